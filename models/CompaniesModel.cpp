#include "CompaniesModel.h"

#include "ModelFormat.h"

#include <QLocale>
#include <domain/Language.h>

namespace steward::models {

CompaniesModel::CompaniesModel(PageFetcher* fetcher, QObject* parent)
    : RemoteTableModel(fetcher, QStringLiteral("/api/v1/companies"), parent)
{}

CompaniesModel::CompaniesModel(net::ServerConnection* connection, QObject* parent)
    : RemoteTableModel(connection, QStringLiteral("/api/v1/companies"), parent)
{}

int CompaniesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompaniesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RemoteTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case LegalName:
        return tr("Legal name");
    case State:
        //: Column header: whether a company is active or suspended.
        return tr("State");
    case Country:
        return tr("Country");
    case Language:
        return tr("Language");
    case Created:
        return tr("Created");
    default:
        return {};
    }
}

QString CompaniesModel::sortKey(int column) const
{
    switch (column) {
    case Name:
        return QStringLiteral("name");
    case Created:
        return QStringLiteral("createdAt");
    default:
        return {};
    }
}

QVariant CompaniesModel::cellData(const QJsonObject& item, int column, int role) const
{
    const bool display = role == Qt::DisplayRole || role == Qt::ToolTipRole;
    if (!display && role != RawValueRole)
        return {};
    switch (column) {
    case Name:
        return item.value(QLatin1String("name")).toString();
    case LegalName:
        return item.value(QLatin1String("legalName")).toString();
    case State: {
        const QString state = item.value(QLatin1String("state")).toString();
        return display ? format::companyState(state) : state;
    }
    case Country: {
        const QString code = item.value(QLatin1String("address")).toObject().value(QLatin1String("country")).toString();
        if (!display)
            return code;
        const QLocale::Territory territory = QLocale::codeToTerritory(code);
        return territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
    }
    case Language: {
        const QString code = item.value(QLatin1String("defaultLanguage")).toString();
        if (!display)
            return code;
        // The product's own names ("English", "Deutsch"), as every language picker shows them.
        const std::optional<steward::Language> language = languageFromCode(code);
        return language ? languageNativeName(*language) : code;
    }
    case Created: {
        const QJsonValue value = item.value(QLatin1String("createdAt"));
        return display ? QVariant(format::timeText(value)) : QVariant(format::time(value));
    }
    default:
        return {};
    }
}

} // namespace steward::models

#include "RolesModel.h"

#include "ModelFormat.h"

#include <QJsonArray>

namespace steward::models {

RolesModel::RolesModel(PageFetcher* fetcher, QObject* parent)
    : RemoteTableModel(fetcher, QStringLiteral("/api/v1/roles"), parent)
{}

RolesModel::RolesModel(net::ServerConnection* connection, QObject* parent)
    : RemoteTableModel(connection, QStringLiteral("/api/v1/roles"), parent)
{}

int RolesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RolesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RemoteTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Scope:
        //: Column header: whether a role is for companies or for platform staff.
        return tr("Scope");
    case Kind:
        //: Column header: built-in or custom role.
        return tr("Type");
    case Permissions:
        return tr("Permissions");
    case Description:
        return tr("Description");
    default:
        return {};
    }
}

QString RolesModel::sortKey(int column) const
{
    switch (column) {
    case Name:
        return QStringLiteral("name");
    case Scope:
        return QStringLiteral("scope");
    default:
        return {};
    }
}

bool RolesModel::isBuiltIn(int row) const
{
    return itemAt(row).value(QLatin1String("builtIn")).toBool();
}

QVariant RolesModel::cellData(const QJsonObject& item, int column, int role) const
{
    const bool display = role == Qt::DisplayRole || role == Qt::ToolTipRole;
    if (!display && role != RawValueRole)
        return {};
    switch (column) {
    case Name:
        return item.value(QLatin1String("name")).toString();
    case Scope: {
        const QString scope = item.value(QLatin1String("scope")).toString();
        return display ? format::roleScope(scope) : scope;
    }
    case Kind: {
        const bool builtIn = item.value(QLatin1String("builtIn")).toBool();
        if (!display)
            return builtIn;
        return builtIn ? tr("Built-in") : tr("Custom");
    }
    case Permissions: {
        const qint64 count = item.value(QLatin1String("permissions")).toArray().size();
        if (role == Qt::ToolTipRole) {
            QStringList keys;
            for (const QJsonValue& key : item.value(QLatin1String("permissions")).toArray())
                keys.append(key.toString());
            return keys.join(QLatin1Char('\n'));
        }
        return display ? QVariant(format::number(count)) : QVariant(count);
    }
    case Description:
        return item.value(QLatin1String("description")).toString();
    default:
        return {};
    }
}

} // namespace steward::models

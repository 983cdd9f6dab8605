#include "UsersModel.h"

#include "ModelFormat.h"

#include <QJsonArray>

namespace steward::models {
namespace {

QString rolesText(const QJsonArray& roles)
{
    QStringList names;
    for (const QJsonValue& value : roles) {
        const QJsonObject role = value.toObject();
        const QString name = role.value(QLatin1String("name")).toString();
        names.append(role.value(QLatin1String("enabled")).toBool(true)
                         //: A role the user holds but whose assignment is switched off; %1 is its name.
                         ? name
                         : UsersModel::tr("%1 (disabled)").arg(name));
    }
    return names.join(QLatin1String(", "));
}

} // namespace

UsersModel::UsersModel(PageFetcher* fetcher, QObject* parent)
    : RemoteTableModel(fetcher, QStringLiteral("/api/v1/users"), parent)
{}

UsersModel::UsersModel(net::ServerConnection* connection, QObject* parent)
    : RemoteTableModel(connection, QStringLiteral("/api/v1/users"), parent)
{}

int UsersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RemoteTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Company:
        return tr("Company");
    case State:
        //: Column header: the state of a user account (enabled, deactivated…).
        return tr("State");
    case Roles:
        return tr("Roles");
    case LastSignIn:
        return tr("Last sign-in");
    case Created:
        return tr("Created");
    default:
        return {};
    }
}

QString UsersModel::sortKey(int column) const
{
    switch (column) {
    case Name:
        return QStringLiteral("lastName,firstName");
    case Email:
        return QStringLiteral("email");
    case State:
        return QStringLiteral("state");
    case LastSignIn:
        return QStringLiteral("lastSignInAt");
    case Created:
        return QStringLiteral("createdAt");
    default:
        return {};
    }
}

QVariant UsersModel::cellData(const QJsonObject& item, int column, int role) const
{
    const bool display = role == Qt::DisplayRole || role == Qt::ToolTipRole;
    switch (column) {
    case Name:
        if (display)
            return format::personName(item);
        if (role == RawValueRole)
            return QString(item.value(QLatin1String("lastName")).toString() + QLatin1Char(' ') +
                           item.value(QLatin1String("firstName")).toString());
        break;
    case Email:
        if (display || role == RawValueRole)
            return item.value(QLatin1String("email")).toString();
        break;
    case Company: {
        const QString id = item.value(QLatin1String("companyId")).toString();
        if (display)
            //: The company column of a platform staff account, which belongs to no company.
            return id.isEmpty() ? tr("Platform") : nameFor(id);
        if (role == RawValueRole)
            return id;
        break;
    }
    case State: {
        const QString state = item.value(QLatin1String("state")).toString();
        if (display)
            return format::userState(state);
        if (role == RawValueRole)
            return state;
        if (role == Qt::DecorationRole)
            return format::userStateColor(state);
        break;
    }
    case Roles:
        if (display || role == RawValueRole)
            return rolesText(item.value(QLatin1String("roles")).toArray());
        break;
    case LastSignIn:
    case Created: {
        const QJsonValue value =
            item.value(column == LastSignIn ? QLatin1String("lastSignInAt") : QLatin1String("createdAt"));
        if (display)
            return format::timeText(value);
        if (role == RawValueRole)
            return format::time(value);
        break;
    }
    default:
        break;
    }
    return {};
}

} // namespace steward::models

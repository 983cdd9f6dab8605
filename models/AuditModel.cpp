#include "AuditModel.h"

#include "ModelFormat.h"

#include <QJsonArray>

namespace steward::models {
namespace {

QString isoTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

AuditModel::AuditModel(PageFetcher* fetcher, QObject* parent)
    : RemoteTableModel(fetcher, QStringLiteral("/api/v1/audit"), parent)
{}

AuditModel::AuditModel(net::ServerConnection* connection, QObject* parent)
    : RemoteTableModel(connection, QStringLiteral("/api/v1/audit"), parent)
{}

void AuditModel::setTimeRange(const QDateTime& from, const QDateTime& to)
{
    setFilter(QStringLiteral("from"), isoTime(from));
    setFilter(QStringLiteral("to"), isoTime(to));
}

void AuditModel::setUserHistory(const QString& userId)
{
    setPath(userId.isEmpty() ? QStringLiteral("/api/v1/audit")
                             : QString(QStringLiteral("/api/v1/users/") + userId + QStringLiteral("/audit")));
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RemoteTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Actor:
        //: Column header: who made the change.
        return tr("By");
    case Action:
        return tr("Action");
    case Target:
        //: Column header: what the change was made to.
        return tr("Object");
    default:
        return {};
    }
}

QString AuditModel::sortKey(int column) const
{
    return column == Time ? QStringLiteral("time") : QString();
}

QVariant AuditModel::cellData(const QJsonObject& item, int column, int role) const
{
    const bool display = role == Qt::DisplayRole || role == Qt::ToolTipRole;
    if (!display && role != RawValueRole)
        return {};
    switch (column) {
    case Time: {
        const QJsonValue value = item.value(QLatin1String("time"));
        return display ? QVariant(format::timeText(value)) : QVariant(format::time(value));
    }
    case Actor: {
        const QString id = item.value(QLatin1String("actorId")).toString();
        if (!display)
            return id;
        if (item.value(QLatin1String("actorType")).toString() == QLatin1String("anonymous") || id.isEmpty())
            //: The actor of an audit event made without signing in (a link from an email…).
            return tr("Anonymous");
        if (item.value(QLatin1String("actorType")).toString() == QLatin1String("api_token"))
            //: An audit event made through an API token; %1 is the token's creator.
            return tr("%1 (API token)").arg(nameFor(id));
        return nameFor(id);
    }
    case Action: {
        const QString action = item.value(QLatin1String("action")).toString();
        return display ? format::auditAction(action) : action;
    }
    case Target: {
        const QString id = item.value(QLatin1String("targetId")).toString();
        if (!display)
            return id;
        const QString type = format::targetType(item.value(QLatin1String("targetType")).toString());
        //: An audit event's object: %1 its kind (User, Role…), %2 its name or id.
        return id.isEmpty() ? type : tr("%1: %2").arg(type, nameFor(id));
    }
    default:
        return {};
    }
}

} // namespace steward::models

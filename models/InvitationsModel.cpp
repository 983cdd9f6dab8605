#include "InvitationsModel.h"

#include "ModelFormat.h"

namespace steward::models {

InvitationsModel::InvitationsModel(PageFetcher* fetcher, QObject* parent)
    : RemoteTableModel(fetcher, QStringLiteral("/api/v1/invitations"), parent)
{}

InvitationsModel::InvitationsModel(net::ServerConnection* connection, QObject* parent)
    : RemoteTableModel(connection, QStringLiteral("/api/v1/invitations"), parent)
{}

int InvitationsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvitationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RemoteTableModel::headerData(section, orientation, role);
    switch (section) {
    case Email:
        return tr("Email");
    case State:
        //: Column header: pending, accepted, expired or revoked.
        return tr("State");
    case Inviter:
        //: Column header: the person who sent the invitation.
        return tr("Invited by");
    case Sent:
        return tr("Sent");
    case Expires:
        return tr("Expires");
    default:
        return {};
    }
}

QString InvitationsModel::sortKey(int column) const
{
    switch (column) {
    case Email:
        return QStringLiteral("email");
    case Sent:
        return QStringLiteral("createdAt");
    case Expires:
        return QStringLiteral("expiresAt");
    default:
        return {};
    }
}

QVariant InvitationsModel::cellData(const QJsonObject& item, int column, int role) const
{
    const bool display = role == Qt::DisplayRole || role == Qt::ToolTipRole;
    if (!display && role != RawValueRole)
        return {};
    switch (column) {
    case Email:
        return item.value(QLatin1String("email")).toString();
    case State: {
        const QString state = item.value(QLatin1String("state")).toString();
        return display ? format::invitationState(state) : state;
    }
    case Inviter: {
        const QString id = item.value(QLatin1String("inviterId")).toString();
        return display ? nameFor(id) : id;
    }
    case Sent:
    case Expires: {
        const QJsonValue value = item.value(column == Sent ? QLatin1String("createdAt") : QLatin1String("expiresAt"));
        return display ? QVariant(format::timeText(value)) : QVariant(format::time(value));
    }
    default:
        return {};
    }
}

} // namespace steward::models

#pragma once

#include "RemoteTableModel.h"

namespace steward::models {

// GET /api/v1/invitations. Inviter names come from the name directory (ids otherwise); the
// expiry's countdown is the view's (RawValueRole of Expires is the QDateTime).
class InvitationsModel : public RemoteTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Email,
        State,
        Inviter,
        Sent,
        Expires,
        ColumnCount
    };

    explicit InvitationsModel(PageFetcher* fetcher, QObject* parent = nullptr);
    explicit InvitationsModel(net::ServerConnection* connection, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QString sortKey(int column) const override;

    void setStateFilter(const QString& state) { setFilter(QStringLiteral("state"), state); } // "pending"…
    void setCompanyFilter(const QString& companyId) { setFilter(QStringLiteral("company"), companyId); }

protected:
    QVariant cellData(const QJsonObject& item, int column, int role) const override;
};

} // namespace steward::models

#pragma once

#include "RemoteTableModel.h"

#include <QDateTime>

namespace steward::models {

// GET /api/v1/audit, or one user's history (GET /api/v1/users/{id}/audit) with setUserHistory().
// The only sort key is the time (newest first by default). Actor and target names come from the
// name directory (ids otherwise); itemAt() gives the event with its before/after changes.
class AuditModel : public RemoteTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        Actor,
        Action,
        Target,
        ColumnCount
    };

    explicit AuditModel(PageFetcher* fetcher, QObject* parent = nullptr);
    explicit AuditModel(net::ServerConnection* connection, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QString sortKey(int column) const override;

    void setActorFilter(const QString& userId) { setFilter(QStringLiteral("actor"), userId); }
    // An action ("user.update") or a prefix ending in a period ("user.").
    void setActionFilter(const QString& action) { setFilter(QStringLiteral("action"), action); }
    void setTargetFilter(const QString& id) { setFilter(QStringLiteral("target"), id); }
    void setCompanyFilter(const QString& companyId) { setFilter(QStringLiteral("company"), companyId); }
    // `from` inclusive, `to` exclusive; an invalid time leaves that side open.
    void setTimeRange(const QDateTime& from, const QDateTime& to);
    // An empty id goes back to the whole trail.
    void setUserHistory(const QString& userId);

protected:
    QVariant cellData(const QJsonObject& item, int column, int role) const override;
};

} // namespace steward::models

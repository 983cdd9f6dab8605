#pragma once

#include "RemoteTableModel.h"

namespace steward::models {

// GET /api/v1/roles: the built-in roles and the company's own.
class RolesModel : public RemoteTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Scope,
        Kind, // built in or custom
        Permissions,
        Description,
        ColumnCount
    };

    explicit RolesModel(PageFetcher* fetcher, QObject* parent = nullptr);
    explicit RolesModel(net::ServerConnection* connection, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QString sortKey(int column) const override;

    void setCompanyFilter(const QString& companyId) { setFilter(QStringLiteral("company"), companyId); }
    void setScopeFilter(const QString& scope) { setFilter(QStringLiteral("scope"), scope); } // "company", "platform"
    bool isBuiltIn(int row) const;

protected:
    QVariant cellData(const QJsonObject& item, int column, int role) const override;
};

} // namespace steward::models

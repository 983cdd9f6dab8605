#pragma once

#include "RemoteTableModel.h"

namespace steward::models {

// GET /api/v1/users. The Company column matters in platform scope only; a company-scope view
// hides it. Company names come from the name directory (ids otherwise).
class UsersModel : public RemoteTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Email,
        Company,
        State,
        Roles,
        LastSignIn,
        Created,
        ColumnCount
    };

    explicit UsersModel(PageFetcher* fetcher, QObject* parent = nullptr);
    explicit UsersModel(net::ServerConnection* connection, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QString sortKey(int column) const override;

    // Filters; an empty value removes one.
    void setStateFilter(const QString& state) { setFilter(QStringLiteral("state"), state); } // "enabled"…
    void setRoleFilter(const QString& roleId) { setFilter(QStringLiteral("role"), roleId); }
    void setUnitFilter(const QString& unitId) { setFilter(QStringLiteral("orgUnit"), unitId); }
    void setCompanyFilter(const QString& companyId) { setFilter(QStringLiteral("company"), companyId); } // staff

protected:
    QVariant cellData(const QJsonObject& item, int column, int role) const override;
};

} // namespace steward::models

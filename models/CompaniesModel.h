#pragma once

#include "RemoteTableModel.h"

namespace steward::models {

// GET /api/v1/companies (platform staff see every company; a company caller only their own).
class CompaniesModel : public RemoteTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        LegalName,
        State,
        Country,
        Language,
        Created,
        ColumnCount
    };

    explicit CompaniesModel(PageFetcher* fetcher, QObject* parent = nullptr);
    explicit CompaniesModel(net::ServerConnection* connection, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QString sortKey(int column) const override;

    void setStateFilter(const QString& state) { setFilter(QStringLiteral("state"), state); } // "active", "suspended"

protected:
    QVariant cellData(const QJsonObject& item, int column, int role) const override;
};

} // namespace steward::models

#pragma once

#include "PageFetcher.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <memory>
#include <vector>

namespace steward::net {
class ServerConnection;
}

namespace steward::models {

// A company's organizational units as a tree, from one GET /api/v1/org-units?format=tree (the
// server sends the whole visible tree at once: at most 5000 units). refresh() swaps the new tree
// in with a layout change that carries persistent indexes over by id, so a view keeps its
// selection and its expanded branches.
class OrgUnitTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Created,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
        IdRole,
        ParentIdRole,
    };

    explicit OrgUnitTreeModel(PageFetcher* fetcher, QObject* parent = nullptr);
    explicit OrgUnitTreeModel(net::ServerConnection* connection, QObject* parent = nullptr);
    ~OrgUnitTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Required for platform staff; a company caller may leave it empty.
    void setCompany(const QString& companyId) { m_companyId = companyId; }
    QString company() const { return m_companyId; }
    int unitCount() const { return int(m_byId.size()); }
    QModelIndex indexForId(const QString& id, int column = 0) const;
    QString idAt(const QModelIndex& index) const;
    // The unit as the server sent it, without its children; empty for an invalid index.
    QJsonObject unitAt(const QModelIndex& index) const;
    // The names from the root down to the unit: "Hamburg / Inbound".
    QStringList pathOf(const QString& id) const;
    bool isLoading() const { return m_ticket != 0; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void loadFailed(const QString& message);
    void refreshed();

private:
    struct Node
    {
        QJsonObject unit;
        Node* parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };
    void onTree(const PageResult& result);
    void addChildren(Node* parent, const QJsonArray& units, QHash<QString, Node*>& byId, int depth);
    Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOf(Node* node, int column) const;

    QPointer<PageFetcher> m_fetcher;
    QString m_companyId;
    quint64 m_ticket = 0;
    std::unique_ptr<Node> m_root;
    QHash<QString, Node*> m_byId;
};

} // namespace steward::models

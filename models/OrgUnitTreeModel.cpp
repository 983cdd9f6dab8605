#include "OrgUnitTreeModel.h"

#include "ModelFormat.h"
#include "NetworkPageFetcher.h"

#include <QJsonArray>

namespace steward::models {
namespace {

constexpr int kMaxDepth = 64; // the server allows 30 levels; a deeper answer is cut, never recursed into

} // namespace

OrgUnitTreeModel::OrgUnitTreeModel(PageFetcher* fetcher, QObject* parent)
    : QAbstractItemModel(parent), m_fetcher(fetcher), m_root(std::make_unique<Node>())
{}

OrgUnitTreeModel::OrgUnitTreeModel(net::ServerConnection* connection, QObject* parent)
    : OrgUnitTreeModel(static_cast<PageFetcher*>(nullptr), parent)
{
    m_fetcher = new NetworkPageFetcher(connection, this);
}

OrgUnitTreeModel::~OrgUnitTreeModel()
{
    if (m_ticket && m_fetcher)
        m_fetcher->cancel(m_ticket);
}

OrgUnitTreeModel::Node* OrgUnitTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex OrgUnitTreeModel::indexOf(Node* node, int column) const
{
    return node && node != m_root.get() ? createIndex(node->row, column, node) : QModelIndex();
}

QModelIndex OrgUnitTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent)->children[size_t(row)].get());
}

QModelIndex OrgUnitTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent, 0);
}

int OrgUnitTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int OrgUnitTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant OrgUnitTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QJsonObject& unit = nodeOf(index)->unit;
    switch (role) {
    case IdRole:
        return unit.value(QLatin1String("id")).toString();
    case ParentIdRole:
        return unit.value(QLatin1String("parentId")).toString();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case RawValueRole:
        break;
    default:
        return {};
    }
    const bool display = role != RawValueRole;
    if (index.column() == Name) {
        if (role == Qt::ToolTipRole)
            return pathOf(unit.value(QLatin1String("id")).toString()).join(QLatin1String(" / "));
        return unit.value(QLatin1String("name")).toString();
    }
    const QJsonValue created = unit.value(QLatin1String("createdAt"));
    return display ? QVariant(format::timeText(created)) : QVariant(format::time(created));
}

QVariant OrgUnitTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        //: Column header of the organizational unit tree.
        return tr("Unit");
    case Created:
        return tr("Created");
    default:
        return {};
    }
}

Qt::ItemFlags OrgUnitTreeModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

QHash<int, QByteArray> OrgUnitTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(IdRole, "id");
    names.insert(ParentIdRole, "parentId");
    return names;
}

QModelIndex OrgUnitTreeModel::indexForId(const QString& id, int column) const
{
    return indexOf(m_byId.value(id), column);
}

QString OrgUnitTreeModel::idAt(const QModelIndex& index) const
{
    return index.isValid() ? nodeOf(index)->unit.value(QLatin1String("id")).toString() : QString();
}

QJsonObject OrgUnitTreeModel::unitAt(const QModelIndex& index) const
{
    return index.isValid() ? nodeOf(index)->unit : QJsonObject();
}

QStringList OrgUnitTreeModel::pathOf(const QString& id) const
{
    QStringList names;
    for (Node* node = m_byId.value(id); node && node != m_root.get(); node = node->parent)
        names.prepend(node->unit.value(QLatin1String("name")).toString());
    return names;
}

void OrgUnitTreeModel::refresh()
{
    if (!m_fetcher)
        return;
    if (m_ticket)
        m_fetcher->cancel(m_ticket);
    PageRequest request;
    request.path = QStringLiteral("/api/v1/org-units");
    request.parameters.insert(QStringLiteral("format"), QStringLiteral("tree"));
    if (!m_companyId.isEmpty())
        request.parameters.insert(QStringLiteral("company"), m_companyId);
    request.limit = 500; // ignored by the server for a tree; sent because every list takes one
    m_ticket = m_fetcher->fetch(request, [this](const PageResult& result) { onTree(result); });
}

void OrgUnitTreeModel::addChildren(Node* parent, const QJsonArray& units, QHash<QString, Node*>& byId, int depth)
{
    if (depth > kMaxDepth)
        return;
    for (const QJsonValue& value : units) {
        QJsonObject unit = value.toObject();
        const QJsonArray children = unit.take(QLatin1String("children")).toArray();
        auto node = std::make_unique<Node>();
        node->unit = unit;
        node->parent = parent;
        node->row = int(parent->children.size());
        Node* raw = node.get();
        parent->children.push_back(std::move(node));
        byId.insert(unit.value(QLatin1String("id")).toString(), raw);
        addChildren(raw, children, byId, depth + 1);
    }
}

void OrgUnitTreeModel::onTree(const PageResult& result)
{
    m_ticket = 0;
    if (!result.ok) {
        Q_EMIT loadFailed(result.message);
        return;
    }
    auto root = std::make_unique<Node>();
    QHash<QString, Node*> byId;
    addChildren(root.get(), result.items, byId, 0);

    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex& index : from) {
        Node* node = byId.value(idAt(index));
        to.append(node ? createIndex(node->row, index.column(), node) : QModelIndex());
    }
    // The old nodes stay alive until no persistent index points at them any more.
    std::unique_ptr<Node> old = std::exchange(m_root, std::move(root));
    m_byId = std::move(byId);
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged();
    old.reset();
    Q_EMIT refreshed();
}

} // namespace steward::models

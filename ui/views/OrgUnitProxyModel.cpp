#include "OrgUnitProxyModel.h"

#include <QMimeData>
#include <models/OrgUnitTreeModel.h>

namespace steward::ui {
namespace {

QString draggedId(const QMimeData* data)
{
    return data ? QString::fromUtf8(data->data(QLatin1String(OrgUnitProxyModel::kMimeType))) : QString();
}

} // namespace

OrgUnitProxyModel::OrgUnitProxyModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(models::OrgUnitTreeModel::Name);
}

Qt::ItemFlags OrgUnitProxyModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QSortFilterProxyModel::flags(index);
    if (!m_dragEnabled)
        return flags;
    if (!index.isValid())
        return flags | Qt::ItemIsDropEnabled; // the empty space: the top level
    return flags | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

QStringList OrgUnitProxyModel::mimeTypes() const
{
    return {QLatin1String(kMimeType)};
}

QMimeData* OrgUnitProxyModel::mimeData(const QModelIndexList& indexes) const
{
    // One unit at a time: moving several at once would need one request each and could fail halfway.
    for (const QModelIndex& index : indexes) {
        if (!index.isValid())
            continue;
        auto* data = new QMimeData;
        data->setData(QLatin1String(kMimeType), index.data(models::OrgUnitTreeModel::IdRole).toString().toUtf8());
        return data;
    }
    return nullptr;
}

bool OrgUnitProxyModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                        const QModelIndex& parent) const
{
    const QString id = draggedId(data);
    return action == Qt::MoveAction && !id.isEmpty() && parent.data(models::OrgUnitTreeModel::IdRole).toString() != id;
}

bool OrgUnitProxyModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                     const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // Dropped between two rows: the unit goes next to them, under their parent.
    const QString parentId = parent.data(models::OrgUnitTreeModel::IdRole).toString();
    Q_EMIT moveRequested(draggedId(data), parentId);
    // False: nothing is inserted or removed here; the tree is reloaded once the server moved it.
    return false;
}

} // namespace steward::ui

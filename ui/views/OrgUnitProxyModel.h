#pragma once

#include <QSortFilterProxyModel>

namespace steward::ui {

// Sits between models::OrgUnitTreeModel and the unit tree: filters by name while keeping the path
// to every match (so a match deep in a large tree is shown where it lives), and carries units
// dragged onto another unit, or onto the empty space below the tree (the top level), as a
// moveRequested() — the drop itself changes nothing; the tree changes when the server agrees.
class OrgUnitProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    static constexpr const char* kMimeType = "application/x-steward-org-unit";

    explicit OrgUnitProxyModel(QObject* parent = nullptr);

    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;
    void setDragEnabled(bool enabled) { m_dragEnabled = enabled; }

Q_SIGNALS:
    // `newParentId` is empty for the top level.
    void moveRequested(const QString& unitId, const QString& newParentId);

private:
    bool m_dragEnabled = true;
};

} // namespace steward::ui

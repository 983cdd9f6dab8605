#include "RemoteTableView.h"

#include <QHeaderView>
#include <QScrollBar>
#include <models/RemoteTableModel.h>

namespace steward::ui {

RemoteTableView::RemoteTableView(QWidget* parent) : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setShowGrid(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->setVisible(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionsMovable(true);
    m_report.setSingleShot(true);
    m_report.setInterval(0);
    connect(&m_report, &QTimer::timeout, this, &RemoteTableView::reportVisibleRows);
}

void RemoteTableView::setRemoteModel(models::RemoteTableModel* model)
{
    m_model = model;
    setModel(model);
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    setSortingEnabled(true);
    connect(model, &QAbstractItemModel::modelReset, this, &RemoteTableView::scheduleReport);
    connect(model, &QAbstractItemModel::layoutChanged, this, &RemoteTableView::scheduleReport);
    connect(model, &QAbstractItemModel::rowsInserted, this, &RemoteTableView::scheduleReport);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RemoteTableView::scheduleReport);
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, &RemoteTableView::scheduleReport);
    scheduleReport();
}

void RemoteTableView::scrollContentsBy(int dx, int dy)
{
    QTableView::scrollContentsBy(dx, dy);
    if (dy != 0)
        scheduleReport();
}

void RemoteTableView::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    scheduleReport();
}

void RemoteTableView::scheduleReport()
{
    if (!m_report.isActive())
        m_report.start();
}

void RemoteTableView::reportVisibleRows()
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    const int first = qMax(0, rowAt(0));
    int last = rowAt(viewport()->height() - 1);
    if (last < 0)
        last = m_model->rowCount() - 1;
    m_model->setVisibleRows(first, last);
}

QList<int> RemoteTableView::selectedRowNumbers() const
{
    QList<int> rows;
    if (!selectionModel())
        return rows;
    for (const QModelIndex& index : selectionModel()->selectedRows())
        if (m_model && m_model->isRowLoaded(index.row()))
            rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QStringList RemoteTableView::selectedIds() const
{
    QStringList ids;
    for (int row : selectedRowNumbers())
        ids.append(m_model->idAt(row));
    return ids;
}

} // namespace steward::ui

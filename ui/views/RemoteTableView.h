#pragma once

#include <QTableView>
#include <QTimer>

namespace steward::models {
class RemoteTableModel;
}

namespace steward::ui {

// A QTableView over a models::RemoteTableModel: it tells the model which rows are on screen
// whenever that changes (scrolling, resizing, a new total), so only those pages are fetched. Rows
// have a fixed height, which keeps a million-row table as cheap to lay out as a hundred-row one.
// Clicking a header sorts on the server.
class RemoteTableView : public QTableView
{
    Q_OBJECT

public:
    explicit RemoteTableView(QWidget* parent = nullptr);

    void setRemoteModel(models::RemoteTableModel* model);
    models::RemoteTableModel* remoteModel() const { return m_model; }
    // The ids of the selected rows that are loaded (a selection never names an unloaded row).
    QStringList selectedIds() const;
    QList<int> selectedRowNumbers() const;

protected:
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void scheduleReport();
    void reportVisibleRows();

    models::RemoteTableModel* m_model = nullptr;
    QTimer m_report;
};

} // namespace steward::ui

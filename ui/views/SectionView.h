#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QSplitter;
class QToolBar;
class QVBoxLayout;

namespace steward::models {
class RemoteTableModel;
}

namespace steward::ui {

class RemoteTableView;
class SessionController;

// What every list section of the main window shares: a tool bar for its actions, a row of filters,
// the remote table with a details pane beside it, and a message line for failures that does not
// block anything (non-modal). The main window's search field reaches the section through
// setSearch(); the status bar's count through countChanged().
class SectionView : public QWidget
{
    Q_OBJECT

public:
    explicit SectionView(SessionController* session, QWidget* parent = nullptr);

    RemoteTableView* table() const { return m_table; }
    models::RemoteTableModel* model() const { return m_model; }
    QToolBar* toolBar() const { return m_toolBar; }
    virtual void setSearch(const QString& text);
    QString countText() const { return m_countText; }
    // The message line's text (empty when nothing is wrong).
    QString message() const;
    void showMessage(const QString& text, bool error = true);

Q_SIGNALS:
    void countChanged(const QString& text);

protected:
    // Subclasses call this once with their model; the view starts loading it.
    void setModel(models::RemoteTableModel* model);
    QHBoxLayout* filterBar() const { return m_filterBar; }
    // The pane to the right of the table (hidden until a subclass puts something in it).
    QVBoxLayout* detailsLayout() const { return m_detailsLayout; }
    QWidget* detailsPane() const { return m_details; }
    // "1,204 users": the count shown in the status bar, through tr() with %n in the subclass.
    virtual QString countFor(qint64 total) const = 0;
    // "10,000+ users": a count the server stopped at (RemoteTableModel::totalExact() false). Only
    // the user list answers one; others show it as countFor() would.
    virtual QString countAtLeastFor(qint64 total) const { return countFor(total); }
    void changeEvent(QEvent* event) override;
    virtual void retranslate() {}

    SessionController* m_session;

private:
    void updateCount();

    QToolBar* m_toolBar;
    QHBoxLayout* m_filterBar;
    QSplitter* m_splitter;
    RemoteTableView* m_table;
    QWidget* m_details;
    QVBoxLayout* m_detailsLayout;
    QLabel* m_message;
    models::RemoteTableModel* m_model = nullptr;
    QString m_countText;
};

} // namespace steward::ui

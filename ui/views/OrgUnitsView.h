#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QWidget>
#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolBar;
class QTreeView;

namespace steward::net {
struct ApiResult;
}
namespace steward::models {
class OrgUnitTreeModel;
}

namespace steward::ui {

class MoveUnitDialog;
class OrgUnitProxyModel;
class SessionController;
class UnitNameDialog;

// The Organizational units section: the company's unit tree as an editor. Add unit… (Ctrl+N) adds
// below the selected unit (or at the top level when none is selected), Rename… (F2), Move to… (or
// drag a unit onto another, or onto the empty space for the top level), Delete (Del, confirmed:
// the question says how many users belong to the unit and where they go, since unit membership
// limits what they may see). A filter field finds units in large trees. Refusals of the server
// (a move below the unit itself, a name taken among the siblings…) are shown with their reason; a
// unit changed meanwhile by someone else is never overwritten: the view offers to reload.
//
// Not a SectionView (a tree, not a remote table), but it offers the same few members the main
// window uses: setSearch(), countText()/countChanged(), message().
class OrgUnitsView : public QWidget
{
    Q_OBJECT

public:
    explicit OrgUnitsView(SessionController* session, QWidget* parent = nullptr);

    models::OrgUnitTreeModel* units() const { return m_units; }
    OrgUnitProxyModel* proxy() const { return m_proxy; }
    QTreeView* tree() const { return m_tree; }
    QToolBar* toolBar() const { return m_toolBar; }
    // Platform staff: the company whose units are shown (required for them).
    void setCompany(const QString& companyId);
    // The main window's search field: the same as typing into the filter field.
    void setSearch(const QString& text);
    QString countText() const { return m_countText; }
    QString message() const;
    void showMessage(const QString& text, bool error = true);

    QString currentUnitId() const;
    void selectUnit(const QString& id);
    // What the actions do; each returns its dialog (it deletes itself when closed).
    UnitNameDialog* addUnit(bool topLevel = false);
    UnitNameDialog* renameCurrent();
    MoveUnitDialog* moveCurrent();
    // Asks the server to move `unitId` below `newParentId` (empty: the top level).
    void moveUnit(const QString& unitId, const QString& newParentId);
    void deleteCurrent();

Q_SIGNALS:
    void countChanged(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateActions();
    void updateCount();
    QString unitName(const QString& id) const;
    QByteArray etagOf(const QString& id) const;
    void patchUnit(const QString& id, const QJsonObject& body, std::function<void(const net::ApiResult&)> failed,
                   const QString& doneText, std::function<void()> succeeded = {});
    void confirmDelete(const QString& id, qint64 members);
    void deleteUnit(const QString& id);
    // The sentence for a refused move, by the server's code.
    QString moveFailureText(const QString& id, const net::ApiResult& result) const;
    void showConflict();

    SessionController* m_session;
    models::OrgUnitTreeModel* m_units;
    OrgUnitProxyModel* m_proxy;
    QString m_companyId;
    QToolBar* m_toolBar;
    QAction* m_add;
    QAction* m_addTop;
    QAction* m_rename;
    QAction* m_move;
    QAction* m_delete;
    QAction* m_refresh;
    QLineEdit* m_filter;
    QLabel* m_message;
    QPushButton* m_reload;
    QTreeView* m_tree;
    QString m_countText;
    QString m_selectAfterRefresh;
    bool m_loadedOnce = false;
};

} // namespace steward::ui

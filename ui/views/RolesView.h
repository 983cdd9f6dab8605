#pragma once

#include "SectionView.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>

class QAction;
class QComboBox;
class QLabel;

namespace steward::models {
class RolesModel;
}

namespace steward::ui {

class RoleEditor;

// Roles: the built-in ones (marked with a lock, read-only) and the custom ones of the company — or,
// in the platform scope, of every company, with a company filter. New role (Ctrl+N), Edit (Enter
// or double-click; a built-in role opens read-only), Duplicate (any company role → a new custom
// role with the same permissions), Delete (Del; asks first, and says why the server refused, e.g.
// a role users still hold, offering to remove it from them).
class RolesView : public SectionView
{
    Q_OBJECT

public:
    explicit RolesView(SessionController* session, QWidget* parent = nullptr);

    models::RolesModel* rolesModel() const { return m_roles; }
    QAction* newAction() const { return m_new; }
    QAction* editAction() const { return m_edit; }
    QAction* duplicateAction() const { return m_duplicate; }
    QAction* deleteAction() const { return m_delete; }
    RoleEditor* editor() const { return m_editor; }
    QComboBox* companyFilter() const { return m_companyFilter; }
    QString currentId() const;
    QString detailText(const QString& field) const;

    void newRole();
    void editCurrent();
    void duplicateCurrent();
    void deleteCurrent();

protected:
    QString countFor(qint64 total) const override;
    void retranslate() override;

private:
    QJsonObject currentRole() const;
    void openEditor(RoleEditor* editor);
    void loadCompanies();
    void updateActions();
    void showDetails();
    void deleteRole(const QString& id, const QString& name, bool force);

    models::RolesModel* m_roles;
    QAction* m_new;
    QAction* m_edit;
    QAction* m_duplicate;
    QAction* m_delete;
    QAction* m_refresh;
    QLabel* m_companyFilterLabel;
    QComboBox* m_companyFilter;
    QLabel* m_scopeFilterLabel;
    QComboBox* m_scopeFilter;
    QLabel* m_lock;
    QLabel* m_title;
    QLabel* m_summary;
    QLabel* m_description;
    QLabel* m_permissionList;
    QLabel* m_placeholder;
    QHash<QString, QString> m_companyNames;
    QString m_selectAfterRefresh;
    QPointer<RoleEditor> m_editor;
};

} // namespace steward::ui

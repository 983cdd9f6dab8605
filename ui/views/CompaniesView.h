#pragma once

#include "SectionView.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <functional>

class QAction;
class QComboBox;
class QFormLayout;
class QLabel;

namespace steward::models {
class CompaniesModel;
}

namespace steward::ui {

class CompanyEditor;

// Companies (platform scope): every company with its state, country and language; search through
// the main window's field, a state filter, New company (Ctrl+N), Edit (Enter or double-click),
// and a details pane with the address, owner, state, default language and number of users.
class CompaniesView : public SectionView
{
    Q_OBJECT

public:
    explicit CompaniesView(SessionController* session, QWidget* parent = nullptr);

    models::CompaniesModel* companiesModel() const { return m_companies; }
    QAction* newAction() const { return m_new; }
    QAction* editAction() const { return m_edit; }
    // The editor opened last (nullptr once closed).
    CompanyEditor* editor() const { return m_editor; }
    QString currentId() const;
    // The details pane's text of `field` ("owner", "users", "address"…), for tests and people alike.
    QString detailText(const QString& field) const;

    void newCompany();
    void editCurrent();

protected:
    QString countFor(qint64 total) const override;
    void retranslate() override;

private:
    void openEditor(const QString& companyId);
    void updateActions();
    void showDetails();
    void loadOwner(const QString& companyId, const QString& ownerId);
    void loadUserCount(const QString& companyId);
    QLabel* detail(const char* name, std::function<QString()> caption);

    models::CompaniesModel* m_companies;
    QAction* m_new;
    QAction* m_edit;
    QAction* m_refresh;
    QComboBox* m_stateFilter;
    QLabel* m_stateFilterLabel;
    QLabel* m_title;
    QLabel* m_placeholder;
    QFormLayout* m_detailsForm;
    QHash<QString, QLabel*> m_details;
    QList<QPair<QLabel*, std::function<QString()>>> m_captions;
    QString m_shownId;
    QString m_selectAfterRefresh;
    QPointer<CompanyEditor> m_editor;
};

} // namespace steward::ui

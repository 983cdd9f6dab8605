#pragma once

#include "../FieldErrorLabels.h"

#include <QDialog>
#include <QJsonObject>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTabWidget;

namespace steward::ui {

class CompanyLookups;
class CustomFieldsForm;
class SessionController;

// Creating or editing one user (seeds 000, 002, 004): email, names, username, language, roles
// (each assignment can be switched off without removing it), organizational units, the company's
// custom fields, and — when creating — how the person gets in: an invitation email, a temporary
// password shown once, or nothing. Only changed fields are sent, with the user's ETag; when
// someone else changed the user meanwhile (412) the editor offers to reload and keeps what this
// person typed on top of the new values.
class UserEditor : public QDialog
{
    Q_OBJECT

public:
    // A new user of `companyId` (empty in the platform scope: the editor asks for the company).
    UserEditor(SessionController* session, const QString& companyId, QWidget* parent = nullptr);
    // An existing user as the server sent it, with its ETag.
    UserEditor(SessionController* session, const QJsonObject& user, const QByteArray& etag, QWidget* parent = nullptr);

    bool isNew() const { return m_user.isEmpty(); }
    QString message() const;
    QString fieldError(const QString& field) const { return m_errors.text(field); }

Q_SIGNALS:
    // The server accepted the change: the user as it is now; a new user's temporary password once.
    void saved(const QJsonObject& user, const QString& temporaryPassword);

protected:
    void changeEvent(QEvent* event) override;

private:
    void build();
    void retranslate();
    void loadCompany(const QString& companyId);
    void fillLookups();
    void fillFromUser(const QJsonObject& user, const QJsonObject& previous);
    void save();
    void create();
    void update();
    void putRoles(const QJsonObject& user, const QByteArray& etag, const QString& temporaryPassword);
    void finish(const QJsonObject& user, const QString& temporaryPassword);
    void fail(const net::ApiResult& result);
    void reloadAfterConflict();
    QJsonArray roleAssignments() const;
    QJsonArray unitIds() const;
    QJsonObject changedFields() const;
    void setBusy(bool busy);

    SessionController* m_session;
    QJsonObject m_user;
    QByteArray m_etag;
    QString m_companyId;
    CompanyLookups* m_lookups = nullptr;
    QTabWidget* m_tabs;
    QComboBox* m_company;
    QLabel* m_companyLabel;
    QLineEdit* m_email;
    QLineEdit* m_firstName;
    QLineEdit* m_lastName;
    QLineEdit* m_username;
    QComboBox* m_language;
    QTreeWidget* m_roles;
    QTreeWidget* m_units;
    CustomFieldsForm* m_custom;
    QButtonGroup* m_onboarding;
    QWidget* m_onboardingBox;
    QLabel* m_message;
    QPushButton* m_save;
    QPushButton* m_cancel;
    FieldErrorLabels m_errors;
    QList<QPair<QWidget*, std::function<void(QWidget*)>>> m_texts;
};

} // namespace steward::ui

#pragma once

#include "FieldErrorLabels.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace steward::ui {

class SessionController;

// My Account (seed 000): who the person is (full name, email, username, unique identifier with a
// copy button, company and roles held), their language — which decides the language of every
// email they get — and notification choices; from here they change their password or ask to
// change their email address. Only what changed is sent, with the account's ETag.
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AccountDialog(SessionController* session, QWidget* parent = nullptr);

    QString message() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void load();
    void save();
    void showResult(const QString& text, bool error);
    bool hasChanges() const;
    // A form label whose text is re-read from `text` on every language change.
    QLabel* rowLabel(QWidget* parent, QWidget* buddy, std::function<QString()> text);

    SessionController* m_session;
    QGroupBox* m_profileBox;
    QGroupBox* m_preferencesBox;
    QGroupBox* m_securityBox;
    QFormLayout* m_profileForm;
    QFormLayout* m_preferencesForm;
    QLabel* m_fullName;
    QLineEdit* m_firstName;
    QLineEdit* m_lastName;
    QLabel* m_nameNote;
    QLineEdit* m_email;
    QPushButton* m_changeEmail;
    QLineEdit* m_username;
    QLineEdit* m_id;
    QPushButton* m_copyId;
    QLabel* m_company;
    QLabel* m_roles;
    QComboBox* m_language;
    QLabel* m_languageNote;
    QCheckBox* m_accountActivity;
    QCheckBox* m_teamChanges;
    QCheckBox* m_productNews;
    QLabel* m_securityNote;
    QPushButton* m_changePassword;
    QLabel* m_message;
    QPushButton* m_save;
    QPushButton* m_close;
    FieldErrorLabels m_errors;
    QList<QPair<QLabel*, std::function<QString()>>> m_rowLabels;
};

} // namespace steward::ui

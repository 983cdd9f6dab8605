#pragma once

#include "FieldErrorLabels.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace steward::ui {

class PasswordRulesView;
class SessionController;

// Choosing a new password: the current one (unless the person just signed in with a temporary
// password, which the client still holds), the new one twice, and the policy checked as they type.
// Stays open, showing the server's answer next to its field, until the change went through.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Forced,    // after signing in with a temporary password
        Voluntary, // from My Account
    };

    ChangePasswordDialog(SessionController* session, Mode mode, QWidget* parent = nullptr);

    QString fieldError(const QString& field) const { return m_errors.text(field); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void validate();
    void submit();
    void onFailed(const net::ApiResult& result);

    SessionController* m_session;
    Mode m_mode;
    QLabel* m_intro;
    QLabel* m_currentLabel;
    QLabel* m_newLabel;
    QLabel* m_repeatLabel;
    QLineEdit* m_current;
    QLineEdit* m_new;
    QLineEdit* m_repeat;
    PasswordRulesView* m_rules;
    QLabel* m_message;
    QPushButton* m_ok;
    QPushButton* m_cancel;
    FieldErrorLabels m_errors;
    bool m_busy = false;
};

} // namespace steward::ui

#pragma once

#include "FieldErrorLabels.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace steward::ui {

class SessionController;

// Asking for a new email address (seed 000): the new address twice and the current password.
// Nothing changes until the person follows the link sent to the new address.
class EmailChangeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EmailChangeDialog(SessionController* session, QWidget* parent = nullptr);

Q_SIGNALS:
    // The server took the request; `detail` says where the confirmation link went.
    void requested(const QString& detail);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void validate();
    void submit();

    SessionController* m_session;
    QLabel* m_intro;
    QLabel* m_newLabel;
    QLabel* m_repeatLabel;
    QLabel* m_passwordLabel;
    QLineEdit* m_new;
    QLineEdit* m_repeat;
    QLineEdit* m_password;
    QLabel* m_mismatch;
    QLabel* m_message;
    QPushButton* m_ok;
    QPushButton* m_cancel;
    FieldErrorLabels m_errors;
    bool m_busy = false;
};

} // namespace steward::ui

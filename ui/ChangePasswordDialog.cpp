#include "ChangePasswordDialog.h"

#include "PasswordRulesView.h"
#include "SessionController.h"
#include "UserFacingText.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace steward::ui {
namespace {

QLineEdit* passwordEdit(const QString& name, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

} // namespace

ChangePasswordDialog::ChangePasswordDialog(SessionController* session, Mode mode, QWidget* parent)
    : QDialog(parent), m_session(session), m_mode(mode)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_currentLabel = new QLabel(this);
    m_newLabel = new QLabel(this);
    m_repeatLabel = new QLabel(this);
    m_current = passwordEdit(QStringLiteral("currentPassword"), this);
    m_new = passwordEdit(QStringLiteral("newPassword"), this);
    m_repeat = passwordEdit(QStringLiteral("repeatPassword"), this);
    m_currentLabel->setBuddy(m_current);
    m_newLabel->setBuddy(m_new);
    m_repeatLabel->setBuddy(m_repeat);
    m_rules = new PasswordRulesView(this);
    m_rules->setEmail(m_session->email());
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));

    auto* form = new QFormLayout;
    if (m_mode == Mode::Voluntary) {
        form->addRow(m_currentLabel, m_current);
        form->addRow(QString(), m_errors.add(QStringLiteral("currentPassword"), this));
    } else {
        m_current->setVisible(false);
        m_currentLabel->setVisible(false);
    }
    form->addRow(m_newLabel, m_new);
    form->addRow(QString(), m_errors.add(QStringLiteral("newPassword"), this));
    form->addRow(m_repeatLabel, m_repeat);
    form->addRow(QString(), m_rules);

    auto* buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("changePassword"));
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    connect(m_current, &QLineEdit::textChanged, this, &ChangePasswordDialog::validate);
    connect(m_new, &QLineEdit::textChanged, this, &ChangePasswordDialog::validate);
    connect(m_repeat, &QLineEdit::textChanged, this, &ChangePasswordDialog::validate);
    connect(m_session, &SessionController::passwordChangeFailed, this, &ChangePasswordDialog::onFailed);
    if (m_mode == Mode::Forced)
        connect(m_session, &SessionController::signedIn, this, &QDialog::accept);
    else
        connect(m_session, &SessionController::passwordChanged, this, &QDialog::accept);
    connect(m_session, &SessionController::signInFailed, this, [this](const QString& text) {
        m_busy = false;
        m_message->setText(text);
        validate();
    });
    retranslate();
    validate();
}

void ChangePasswordDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ChangePasswordDialog::retranslate()
{
    setWindowTitle(tr("Change password"));
    m_intro->setText(m_mode == Mode::Forced
                         ? tr("You signed in with a temporary password. Choose a password of your own to continue.")
                         : tr("Enter your current password and choose a new one. You stay signed in on this "
                              "computer; your other sessions end."));
    m_currentLabel->setText(tr("C&urrent password:"));
    m_newLabel->setText(tr("&New password:"));
    m_repeatLabel->setText(tr("&Repeat new password:"));
    m_ok->setText(tr("&Change password"));
    m_cancel->setText(m_mode == Mode::Forced ? tr("Sign &out") : tr("Cancel"));
}

void ChangePasswordDialog::validate()
{
    m_rules->check(m_new->text(), m_repeat->text());
    const bool currentGiven = m_mode == Mode::Forced || !m_current->text().isEmpty();
    m_ok->setEnabled(!m_busy && currentGiven && m_rules->satisfied());
}

void ChangePasswordDialog::submit()
{
    if (!m_ok->isEnabled())
        return;
    m_errors.clear();
    m_message->clear();
    m_busy = true;
    validate();
    if (m_mode == Mode::Forced)
        m_session->changeTemporaryPassword(m_new->text());
    else
        m_session->changePassword(m_current->text(), m_new->text());
}

void ChangePasswordDialog::onFailed(const net::ApiResult& result)
{
    m_busy = false;
    const QStringList unplaced = m_errors.show(result);
    if (result.fieldErrors.isEmpty())
        m_message->setText(failureText(result));
    else
        m_message->setText(unplaced.join(QLatin1Char('\n')));
    validate();
}

} // namespace steward::ui

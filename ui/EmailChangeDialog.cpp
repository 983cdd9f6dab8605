#include "EmailChangeDialog.h"

#include "SessionController.h"
#include "UserFacingText.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <domain/Validation.h>
#include <net/jobs/EmailChangeJob.h>

namespace steward::ui {

EmailChangeDialog::EmailChangeDialog(SessionController* session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("emailChangeDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_newLabel = new QLabel(this);
    m_repeatLabel = new QLabel(this);
    m_passwordLabel = new QLabel(this);
    m_new = new QLineEdit(this);
    m_new->setObjectName(QStringLiteral("newEmail"));
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatEmail"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_mismatch = new QLabel(this);
    m_mismatch->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));

    auto* form = new QFormLayout;
    form->addRow(m_newLabel, m_new);
    form->addRow(QString(), m_errors.add(QStringLiteral("newEmail"), this));
    form->addRow(m_repeatLabel, m_repeat);
    form->addRow(QString(), m_mismatch);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), m_errors.add(QStringLiteral("password"), this));

    auto* buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("requestEmailChange"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &EmailChangeDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    for (QLineEdit* edit : {m_new, m_repeat, m_password})
        connect(edit, &QLineEdit::textChanged, this, &EmailChangeDialog::validate);
    retranslate();
    validate();
}

void EmailChangeDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void EmailChangeDialog::retranslate()
{
    setWindowTitle(tr("Change email address"));
    m_intro->setText(tr("We will send a confirmation link to the new address and a notice to %1. Your address "
                        "changes when you follow the link; then you sign in with the new one.")
                         .arg(m_session->email()));
    m_newLabel->setText(tr("&New email address:"));
    m_repeatLabel->setText(tr("&Repeat new address:"));
    m_passwordLabel->setText(tr("Current &password:"));
    m_ok->setText(tr("Send &confirmation link"));
    validate();
}

void EmailChangeDialog::validate()
{
    const QString address = m_new->text().trimmed();
    const bool matches = address.compare(m_repeat->text().trimmed(), Qt::CaseInsensitive) == 0;
    m_mismatch->setText(!m_repeat->text().isEmpty() && !matches ? tr("The two addresses differ.") : QString());
    m_mismatch->setVisible(!m_mismatch->text().isEmpty());
    const FieldErrors errors = address.isEmpty() ? FieldErrors() : validateEmail(address, QStringLiteral("newEmail"));
    m_ok->setEnabled(!m_busy && !address.isEmpty() && errors.isEmpty() && matches && !m_password->text().isEmpty());
}

void EmailChangeDialog::submit()
{
    if (!m_ok->isEnabled())
        return;
    m_errors.clear();
    m_message->clear();
    m_busy = true;
    validate();
    auto* job = new net::EmailChangeJob(m_session->connection(), m_new->text().trimmed(), m_password->text());
    connect(job, &net::ApiJob::finished, this, [this](const net::ApiResult& result) {
        m_busy = false;
        validate();
        if (!result.ok()) {
            const QStringList unplaced = m_errors.show(result);
            m_message->setText(result.fieldErrors.isEmpty() ? failureText(result) : unplaced.join(QLatin1Char('\n')));
            return;
        }
        Q_EMIT requested(tr("Follow the link we sent to %1 to confirm the change.").arg(m_new->text().trimmed()));
        accept();
    });
    job->start();
}

} // namespace steward::ui

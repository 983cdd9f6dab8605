#include "SignInWindow.h"

#include "ClientSettings.h"
#include "SessionController.h"
#include "UserFacingText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <net/NetworkErrorText.h>
#include <net/ServerConnection.h>
#include <net/jobs/ForgotPasswordJob.h>

namespace steward::ui {

SignInWindow::SignInWindow(SessionController* session, Mode mode, QWidget* parent)
    : QDialog(parent), m_session(session), m_mode(mode)
{
    setObjectName(mode == Mode::SignIn ? QStringLiteral("signInWindow") : QStringLiteral("reauthenticateWindow"));
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    if (mode == Mode::SignIn) {
        QFont titleFont = m_title->font();
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
        titleFont.setBold(true);
        m_title->setFont(titleFont);
    }

    m_serverLabel = new QLabel(this);
    m_server = new QComboBox(this);
    m_server->setObjectName(QStringLiteral("server"));
    m_server->setEditable(true);
    m_server->setInsertPolicy(QComboBox::NoInsert);
    for (const QUrl& url : m_session->settings()->servers())
        m_server->addItem(url.toString(QUrl::StripTrailingSlash));
    m_serverLabel->setBuddy(m_server);

    m_emailLabel = new QLabel(this);
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_emailLabel->setBuddy(m_email);

    m_passwordLabel = new QLabel(this);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_password);

    m_remember = new QCheckBox(this);
    m_remember->setObjectName(QStringLiteral("rememberMe"));
    m_forgot = new QPushButton(this);
    m_forgot->setObjectName(QStringLiteral("forgotCredentials"));
    m_forgot->setFlat(true);
    m_forgot->setCursor(Qt::PointingHandCursor);
    m_forgot->setStyleSheet(QStringLiteral("QPushButton { color: palette(link); text-decoration: underline; "
                                           "border: none; padding: 0; text-align: left; }"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);

    m_signIn = new QPushButton(this);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancel"));

    auto* form = new QFormLayout;
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_emailLabel, m_email);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_forgot);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_signIn);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addLayout(buttons);
    setMinimumWidth(440);

    if (m_mode == Mode::Reauthenticate) {
        m_server->setEnabled(false);
        m_email->setReadOnly(true);
        m_remember->setVisible(false);
        m_forgot->setVisible(false);
        setServer(m_session->server());
        setEmail(m_session->email());
    } else if (m_server->count() > 0) {
        setEmail(m_session->settings()->lastEmail(normalizeServer(m_server->currentText())));
    }

    connect(m_signIn, &QPushButton::clicked, this, &SignInWindow::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_forgot, &QPushButton::clicked, this, &SignInWindow::forgot);
    connect(m_email, &QLineEdit::textChanged, this, &SignInWindow::updateButtons);
    connect(m_password, &QLineEdit::textChanged, this, &SignInWindow::updateButtons);
    connect(m_server, &QComboBox::currentTextChanged, this, &SignInWindow::updateButtons);
    connect(m_server, &QComboBox::activated, this, [this] {
        const QString email = m_session->settings()->lastEmail(normalizeServer(m_server->currentText()));
        if (!email.isEmpty())
            setEmail(email);
    });
    connect(m_session, &SessionController::busyChanged, this, &SignInWindow::setBusy);
    connect(m_session, &SessionController::signInFailed, this, [this](const QString& text) {
        showMessage(text);
        m_password->selectAll();
        m_password->setFocus();
    });
    retranslate();
    updateButtons();
}

QUrl SignInWindow::normalizeServer(const QString& text)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (!trimmed.contains(QLatin1String("://")))
        trimmed.prepend(QStringLiteral("https://"));
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    return url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

void SignInWindow::setServer(const QUrl& server)
{
    const QString text = server.toString(QUrl::StripTrailingSlash);
    const int index = m_server->findText(text);
    if (index < 0)
        m_server->insertItem(0, text);
    m_server->setCurrentIndex(m_server->findText(text));
    const QString email = m_session->settings()->lastEmail(server);
    if (!email.isEmpty() && m_email->text().isEmpty())
        setEmail(email);
}

void SignInWindow::setEmail(const QString& email)
{
    m_email->setText(email);
    if (!email.isEmpty())
        m_password->setFocus();
}

QUrl SignInWindow::serverUrl() const
{
    return normalizeServer(m_server->currentText());
}

QString SignInWindow::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void SignInWindow::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QStringLiteral("color: palette(text);"));
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void SignInWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SignInWindow::retranslate()
{
    if (m_mode == Mode::SignIn) {
        setWindowTitle(tr("Sign in to Steward"));
        m_title->setText(tr("Sign in"));
    } else {
        setWindowTitle(tr("Session ended"));
        m_title->setText(tr("Your session has ended. Enter your password to continue where you left off."));
    }
    m_serverLabel->setText(tr("&Server:"));
    m_server->lineEdit()->setPlaceholderText(tr("https://steward.example.com"));
    m_emailLabel->setText(tr("&Email:"));
    m_email->setPlaceholderText(tr("name@company.com"));
    m_passwordLabel->setText(tr("&Password:"));
    m_remember->setText(tr("&Remember me on this computer"));
    m_remember->setToolTip(tr("Keeps your session in the system keychain so that Steward opens signed in."));
    m_forgot->setText(tr("I forgot my credentials"));
    m_signIn->setText(tr("Sign &in"));
    m_cancel->setText(m_mode == Mode::SignIn ? tr("&Quit") : tr("Sign &out"));
}

void SignInWindow::updateButtons()
{
    const bool busy = m_session->isBusy();
    m_signIn->setEnabled(!busy && serverUrl().isValid() && !m_email->text().trimmed().isEmpty() &&
                         !m_password->text().isEmpty());
    m_forgot->setEnabled(!busy && serverUrl().isValid());
}

void SignInWindow::setBusy(bool busy)
{
    m_server->setEnabled(!busy && m_mode == Mode::SignIn);
    m_email->setEnabled(!busy);
    m_password->setEnabled(!busy);
    if (busy)
        showMessage(tr("Signing in…"), false);
    else if (m_message->text() == tr("Signing in…"))
        showMessage(QString());
    updateButtons();
}

void SignInWindow::submit()
{
    const QUrl server = serverUrl();
    if (!server.isValid()) {
        showMessage(tr("Enter the server's address, for example https://steward.example.com."));
        return;
    }
    if (server.scheme() != QLatin1String("https")) {
        showMessage(tr("Steward only connects over HTTPS. Use an address that starts with https://."));
        return;
    }
    showMessage(QString());
    if (m_mode == Mode::Reauthenticate)
        m_session->reauthenticate(m_password->text());
    else
        m_session->signIn(server, m_email->text(), m_password->text(), m_remember->isChecked());
}

void SignInWindow::forgot()
{
    const QString email = m_email->text().trimmed();
    if (email.isEmpty()) {
        showMessage(tr("Enter your email address first; we will send a link to reset your password to it."));
        m_email->setFocus();
        return;
    }
    m_session->useServer(serverUrl());
    auto* job = new net::ForgotPasswordJob(m_session->connection(), email);
    m_forgot->setEnabled(false);
    connect(job, &net::ApiJob::finished, this, [this, email](const net::ApiResult& result) {
        m_forgot->setEnabled(true);
        if (!result.ok()) {
            showMessage(failureText(result));
            return;
        }
        showMessage(tr("If an account exists for %1, a link to choose a new password is on its way. Check your "
                       "inbox (and the spam folder).")
                        .arg(email),
                    false);
    });
    job->start();
}

} // namespace steward::ui

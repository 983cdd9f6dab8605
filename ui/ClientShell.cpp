#include "ClientShell.h"

#include "AccountDialog.h"
#include "CertificateDialog.h"
#include "ChangePasswordDialog.h"
#include "ClientSettings.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "SessionController.h"
#include "SettingsDialog.h"
#include "SignInWindow.h"
#include "views/AuditView.h"
#include "views/CompaniesView.h"
#include "views/CompanyEditor.h"
#include "views/InvitationsView.h"
#include "views/OrgUnitsView.h"
#include "views/RoleEditor.h"
#include "views/RolesView.h"
#include "views/UsersView.h"

#include <QDialog>
#include <QMessageBox>
#include <QSettings>
#include <QVBoxLayout>
#include <net/CertificateTrust.h>
#include <net/SettingsTrustStore.h>
#include <net/TokenVault.h>

namespace steward::ui {

ClientShell::ClientShell(QSettings* settings, QObject* parent)
    : QObject(parent), m_settings(std::make_unique<ClientSettings>(settings)),
      m_trustStore(std::make_unique<net::SettingsTrustStore>(settings)),
      m_prompt(std::make_unique<DialogCertificatePrompt>()),
      m_trust(std::make_unique<net::CertificateTrust>(m_trustStore.get())),
      m_vault(std::make_unique<net::TokenVault>()),
      m_session(std::make_unique<SessionController>(m_settings.get(), m_trust.get(), m_vault.get())),
      m_languages(std::make_unique<LanguageManager>())
{
    m_trust->setPrompt(m_prompt.get());
    connect(m_session.get(), &SessionController::passwordChangeRequired, this, &ClientShell::onPasswordChangeRequired);
    connect(m_session.get(), &SessionController::reauthenticationRequired, this,
            &ClientShell::onReauthenticationRequired);
    connect(m_session.get(), &SessionController::signedOut, this, &ClientShell::onSignedOut);
    connect(m_session.get(), &SessionController::notice, this, &ClientShell::onNotice);
    connect(m_session.get(), &SessionController::signedIn, this, [this] {
        if (!m_main)
            showMain();
    });
    connect(m_session.get(), &SessionController::restoreFailed, this,
            [this](const QString& message) { showSignIn(message); });
    connect(m_session.get(), &SessionController::reauthenticated, this, [this] {
        if (m_reauthenticate)
            m_reauthenticate->accept();
    });
}

ClientShell::~ClientShell()
{
    delete m_reauthenticate;
    delete m_account;
    delete m_settingsDialog;
    delete m_signIn;
    delete m_main;
}

SignInWindow* ClientShell::signInWindow() const
{
    return m_signIn;
}

MainWindow* ClientShell::mainWindow() const
{
    return m_main;
}

AccountDialog* ClientShell::accountDialog() const
{
    return m_account;
}

bool ClientShell::configure(const ClientOptions& options, QString* error)
{
    m_options = options;
    if (!options.caFile.isEmpty() && !m_trust->addCaFile(options.caFile, error))
        return false;
    const QString language = options.language.isEmpty() ? m_settings->language() : options.language;
    m_languages->apply(language);
    return true;
}

void ClientShell::start()
{
    QUrl server = m_options.server;
    if (server.isEmpty() && !m_settings->servers().isEmpty())
        server = m_settings->servers().constFirst();
    const bool sameAccount =
        m_options.email.isEmpty() || m_options.email.compare(m_settings->lastEmail(server), Qt::CaseInsensitive) == 0;
    if (!server.isEmpty() && sameAccount && m_session->restore(server))
        return; // signedIn() or restoreFailed() follows
    showSignIn();
}

void ClientShell::showSignIn(const QString& message)
{
    if (!m_signIn) {
        m_signIn = new SignInWindow(m_session.get());
        m_signIn->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_signIn, &QDialog::rejected, this, [this] {
            if (!m_main)
                Q_EMIT quitRequested();
        });
    }
    if (!m_options.server.isEmpty())
        m_signIn->setServer(m_options.server);
    if (!m_options.email.isEmpty())
        m_signIn->setEmail(m_options.email);
    m_signIn->showMessage(message);
    m_prompt->setParentWindow(m_signIn);
    m_signIn->show();
    m_signIn->raise();
    m_signIn->activateWindow();
}

void ClientShell::showMain()
{
    m_main = new MainWindow(m_session.get());
    m_main->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_main, &MainWindow::accountRequested, this, &ClientShell::openAccount);
    connect(m_main, &MainWindow::settingsRequested, this, &ClientShell::openSettings);
    connect(m_main, &MainWindow::signOutRequested, m_session.get(), &SessionController::signOut);
    installViews();
    m_prompt->setParentWindow(m_main);
    m_main->show();
    // Hidden only once the main window shows, so the application never has no window at all.
    if (m_signIn) {
        m_signIn->hide();
        m_signIn->deleteLater();
    }
    Q_EMIT mainWindowShown();
}

void ClientShell::installViews()
{
    SessionController* session = m_session.get();
    if (m_main->hasSection(MainWindow::Section::Companies))
        m_main->setSectionView(MainWindow::Section::Companies, new CompaniesView(session, m_main));
    auto* users = new UsersView(session, m_main);
    m_main->setSectionView(MainWindow::Section::Users, users);
    m_main->setSectionView(MainWindow::Section::Invitations, new InvitationsView(session, m_main));
    m_main->setSectionView(MainWindow::Section::Roles, new RolesView(session, m_main));
    // The unit tree is no SectionView (it is not a table), so the main window's search field and
    // count reach it here.
    auto* units = new OrgUnitsView(session, m_main);
    m_main->setSectionView(MainWindow::Section::OrgUnits, units);
    connect(m_main, &MainWindow::searchChanged, units, [units](MainWindow::Section section, const QString& text) {
        if (section == MainWindow::Section::OrgUnits)
            units->setSearch(text);
    });
    connect(units, &OrgUnitsView::countChanged, m_main, [this](const QString& text) {
        if (m_main->currentSection() == MainWindow::Section::OrgUnits)
            m_main->setCountText(text);
    });
    m_main->setSectionView(MainWindow::Section::Audit, new AuditView(session, m_main));
    connect(users, &UsersView::historyRequested, this, &ClientShell::openUserHistory);
}

void ClientShell::openUserHistory(const QString& userId, const QString& label)
{
    auto* dialog = new QDialog(m_main);
    dialog->setObjectName(QStringLiteral("userHistory"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("History of %1").arg(label));
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(new AuditView(m_session.get(), userId, dialog));
    dialog->resize(900, 520);
    dialog->show();
}

void ClientShell::openAccount()
{
    if (!m_account) {
        m_account = new AccountDialog(m_session.get(), m_main);
        m_account->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_account->show();
    m_account->raise();
    m_account->activateWindow();
}

void ClientShell::openSettings()
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_settings.get(), m_languages.get(), m_trustStore.get(),
                                              m_main ? static_cast<QWidget*>(m_main) : m_signIn.data());
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_settingsDialog->show();
    m_settingsDialog->raise();
}

void ClientShell::onPasswordChangeRequired()
{
    auto* dialog = new ChangePasswordDialog(m_session.get(), ChangePasswordDialog::Mode::Forced, m_signIn);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::rejected, m_session.get(), &SessionController::signOut);
    dialog->open();
}

void ClientShell::onReauthenticationRequired()
{
    if (m_reauthenticate)
        return;
    m_reauthenticate = new SignInWindow(m_session.get(), SignInWindow::Mode::Reauthenticate, m_main);
    m_reauthenticate->setAttribute(Qt::WA_DeleteOnClose);
    m_reauthenticate->setWindowModality(Qt::WindowModal);
    connect(m_reauthenticate, &QDialog::rejected, m_session.get(), &SessionController::cancelReauthentication);
    m_reauthenticate->open();
}

void ClientShell::onSignedOut()
{
    if (m_account)
        m_account->close();
    showSignIn(); // first, so the application is never left without a window
    if (m_main) {
        m_main->close();
        m_main = nullptr;
    }
}

void ClientShell::onNotice(const QString& text)
{
    QWidget* parent = m_main ? static_cast<QWidget*>(m_main) : m_signIn.data();
    auto* box = new QMessageBox(QMessageBox::Information, tr("Steward"), text, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("notice"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->show();
}

} // namespace steward::ui

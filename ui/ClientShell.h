#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <memory>

class QSettings;

namespace steward::net {
class CertificateTrust;
class SettingsTrustStore;
class TokenVault;
} // namespace steward::net

namespace steward::ui {

class AccountDialog;
class ClientSettings;
class DialogCertificatePrompt;
class LanguageManager;
class MainWindow;
class SessionController;
class SettingsDialog;
class SignInWindow;

// What the command line asked for.
struct ClientOptions
{
    QUrl server;
    QString caFile;
    QString email;
    QString language;
};

// The desktop client as a whole, minus main(): owns the session and the windows and moves between
// them — a remembered session opens the main window directly, otherwise the sign-in window; a
// temporary password leads through the forced change; an ended session asks for the password
// over the open window; sign-out returns to the sign-in window.
class ClientShell : public QObject
{
    Q_OBJECT

public:
    // `settings` is not owned and must outlive the shell.
    explicit ClientShell(QSettings* settings, QObject* parent = nullptr);
    ~ClientShell() override;

    // Applies the options that can fail (a CA file that holds no certificate…).
    bool configure(const ClientOptions& options, QString* error);
    void start();

    SessionController* session() const { return m_session.get(); }
    net::TokenVault* vault() const { return m_vault.get(); }
    LanguageManager* languages() const { return m_languages.get(); }
    ClientSettings* clientSettings() const { return m_settings.get(); }
    SignInWindow* signInWindow() const;
    MainWindow* mainWindow() const;
    AccountDialog* accountDialog() const;
    void openAccount();
    void openSettings();

Q_SIGNALS:
    // The person closed the sign-in window without signing in: the application should end.
    void quitRequested();
    // The main window is up with a signed-in session (also after a restored one).
    void mainWindowShown();

private:
    void showSignIn(const QString& message = {});
    void showMain();
    void installViews();
    void openUserHistory(const QString& userId, const QString& label);
    void onPasswordChangeRequired();
    void onReauthenticationRequired();
    void onSignedOut();
    void onNotice(const QString& text);

    std::unique_ptr<ClientSettings> m_settings;
    std::unique_ptr<net::SettingsTrustStore> m_trustStore;
    std::unique_ptr<DialogCertificatePrompt> m_prompt;
    std::unique_ptr<net::CertificateTrust> m_trust;
    std::unique_ptr<net::TokenVault> m_vault;
    std::unique_ptr<SessionController> m_session;
    std::unique_ptr<LanguageManager> m_languages;
    ClientOptions m_options;
    QPointer<SignInWindow> m_signIn;
    QPointer<MainWindow> m_main;
    QPointer<AccountDialog> m_account;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<SignInWindow> m_reauthenticate;
};

} // namespace steward::ui

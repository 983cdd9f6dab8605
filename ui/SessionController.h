#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <domain/User.h>
#include <functional>
#include <net/ApiResult.h>
#include <net/ServerConnection.h>

namespace steward::net {
class CertificateTrust;
class TokenVault;
} // namespace steward::net

namespace steward::ui {

class ClientSettings;

// The signed-in session of the desktop client, below any window: signs in, keeps the token in the
// keychain when the person asked to be remembered (and nowhere else), restores a remembered
// session at start-up, carries out the forced change of a temporary password, asks for a new
// sign-in when the session ends mid-work (the waiting requests are then sent again), and signs out.
// Windows only call it and listen to its signals, so tests can drive the same flow.
class SessionController : public QObject
{
    Q_OBJECT

public:
    // None of the pointers is owned; all must outlive the controller.
    SessionController(ClientSettings* settings, net::CertificateTrust* trust, net::TokenVault* vault,
                      QObject* parent = nullptr);
    ~SessionController() override;

    net::ServerConnection* connection() const { return m_connection; }
    net::TokenVault* vault() const { return m_vault; }
    ClientSettings* settings() const { return m_settings; }
    QUrl server() const;
    QString email() const { return m_email; }
    bool isSignedIn() const { return m_signedIn; }
    bool isBusy() const { return m_busy; }
    bool remembered() const { return m_remember; }

    const User& user() const { return m_user; }
    QByteArray userEtag() const { return m_userEtag; }
    // The company's name, or empty in the platform scope.
    QString companyName() const { return m_companyName; }
    bool isPlatformScope() const { return m_user.companyId.isNull(); }
    // The company's policy (seed 004): whether people may change their own first and last name.
    bool mayEditOwnName() const { return m_mayEditOwnName; }
    bool isOwner() const { return !m_user.id.isNull() && m_user.id == m_ownerId; }
    // After My Account saved a change.
    void setUser(const User& user, const QByteArray& etag);

    // Points the client at `server` (a new connection when it differs from the current one).
    void useServer(const QUrl& server);
    void signIn(const QUrl& server, const QString& email, const QString& password, bool remember);
    // Tries the session remembered for the server's last account. False when there is none to try;
    // otherwise signedIn() or restoreFailed() follows.
    bool restore(const QUrl& server);
    // The forced change after signing in with a temporary password.
    void changeTemporaryPassword(const QString& newPassword);
    // A voluntary change (My Account). The server ends every session; the controller signs in
    // again with the new password, so the person stays signed in.
    void changePassword(const QString& currentPassword, const QString& newPassword);
    // The session ended while working: sign in again as the same person.
    void reauthenticate(const QString& password);
    void cancelReauthentication();
    void signOut();
    // Reads the signed-in user again (GET /me).
    void refreshUser();

Q_SIGNALS:
    void busyChanged(bool busy);
    void signedIn();
    void signInFailed(const QString& message, const steward::net::ApiResult& result);
    void passwordChangeRequired();
    void passwordChangeFailed(const steward::net::ApiResult& result);
    void passwordChanged();
    void restoreFailed(const QString& message);
    void reauthenticationRequired();
    void reauthenticated();
    void signedOut();
    void userChanged();
    // Something the person should know once, not an error of theirs (no keychain…).
    void notice(const QString& message);

private:
    enum class Phase
    {
        SignedOut,
        SigningIn,
        Restoring,
        ChangingPassword,
        LoadingProfile,
        Reauthenticating,
        SignedIn,
        SigningOut
    };
    void setPhase(Phase phase);
    void login(const QString& password, std::function<void(const net::ApiResult&, const QString& token)> done);
    void acceptToken(const QString& token);
    void loadProfile();
    void loadCompany();
    void finishSignIn();
    void failSignIn(const QString& message, const net::ApiResult& result);
    void onSessionExpired();
    void onTokenLoaded(const QString& key, const QString& token);
    void onVaultRemoved(const QString& key);
    void finishSignOut();
    QString vaultKey() const;

    ClientSettings* m_settings;
    net::CertificateTrust* m_trust;
    net::TokenVault* m_vault;
    QPointer<net::ServerConnection> m_connection;
    Phase m_phase = Phase::SignedOut;
    bool m_busy = false;
    bool m_signedIn = false;
    bool m_remember = false;
    bool m_unavailableNoticed = false;
    QString m_email;
    // Held only between signing in with a temporary password and replacing it.
    QString m_temporaryPassword;
    User m_user;
    QByteArray m_userEtag;
    QString m_companyName;
    bool m_mayEditOwnName = true;
    QUuid m_ownerId;
    QString m_pendingRemoval; // the vault key whose removal sign-out waits for
};

} // namespace steward::ui

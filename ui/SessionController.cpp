#include "SessionController.h"

#include "ClientSettings.h"
#include "UserFacingText.h"

#include <QJsonObject>
#include <net/ServerConnection.h>
#include <net/TokenVault.h>
#include <net/jobs/ChangePasswordJob.h>
#include <net/jobs/LoginJob.h>
#include <net/jobs/LogoutJob.h>
#include <net/jobs/MeJob.h>

namespace steward::ui {

SessionController::SessionController(ClientSettings* settings, net::CertificateTrust* trust, net::TokenVault* vault,
                                     QObject* parent)
    : QObject(parent), m_settings(settings), m_trust(trust), m_vault(vault)
{
    connect(m_vault, &net::TokenVault::loaded, this, &SessionController::onTokenLoaded);
    connect(m_vault, &net::TokenVault::removed, this, &SessionController::onVaultRemoved);
    connect(m_vault, &net::TokenVault::failed, this, [this](const QString& key, const QString& message) {
        if (key == m_pendingRemoval)
            onVaultRemoved(key);
        else if (m_phase == Phase::Restoring)
            onTokenLoaded(key, QString());
        Q_EMIT notice(tr("The keychain reported a problem: %1").arg(message));
    });
    connect(m_vault, &net::TokenVault::keychainUnavailable, this, [this](const QString&) {
        if (m_unavailableNoticed)
            return;
        m_unavailableNoticed = true;
        Q_EMIT notice(tr("No keychain is available on this computer, so your session is kept only until Steward "
                         "closes. You will have to sign in again next time."));
    });
}

SessionController::~SessionController() = default;

QUrl SessionController::server() const
{
    return m_connection ? m_connection->baseUrl() : QUrl();
}

QString SessionController::vaultKey() const
{
    return net::TokenVault::keyFor(server(), m_email);
}

void SessionController::setPhase(Phase phase)
{
    m_phase = phase;
    const bool busy = phase != Phase::SignedOut && phase != Phase::SignedIn;
    if (busy != m_busy) {
        m_busy = busy;
        Q_EMIT busyChanged(busy);
    }
}

void SessionController::setUser(const User& user, const QByteArray& etag)
{
    m_user = user;
    m_userEtag = etag;
    Q_EMIT userChanged();
}

void SessionController::useServer(const QUrl& server)
{
    if (m_connection && m_connection->baseUrl() == server)
        return;
    if (m_connection)
        m_connection->deleteLater();
    m_connection = new net::ServerConnection(server, m_trust, this);
    connect(m_connection, &net::ServerConnection::sessionExpired, this, &SessionController::onSessionExpired);
}

void SessionController::login(const QString& password,
                              std::function<void(const net::ApiResult&, const QString& token)> done)
{
    auto* job = new net::LoginJob(m_connection, m_email, password);
    connect(job, &net::ApiJob::finished, this,
            [job, done](const net::ApiResult& result) { done(result, result.ok() ? job->token() : QString()); });
    job->start();
}

void SessionController::signIn(const QUrl& server, const QString& email, const QString& password, bool remember)
{
    if (m_busy)
        return;
    useServer(server);
    m_connection->clearToken();
    m_email = email.trimmed();
    m_remember = remember;
    setPhase(Phase::SigningIn);
    auto* job = new net::LoginJob(m_connection, m_email, password);
    connect(job, &net::ApiJob::finished, this, [this, job, password](const net::ApiResult& result) {
        if (!result.ok()) {
            failSignIn(signInFailureText(result), result);
            return;
        }
        m_settings->rememberServer(this->server());
        m_settings->setLastEmail(this->server(), m_email);
        m_connection->setToken(job->token());
        if (job->mustChangePassword()) {
            m_temporaryPassword = password;
            setPhase(Phase::ChangingPassword);
            Q_EMIT passwordChangeRequired();
            return;
        }
        acceptToken(job->token());
    });
    job->start();
}

void SessionController::failSignIn(const QString& message, const net::ApiResult& result)
{
    m_connection->clearToken();
    m_temporaryPassword.clear();
    setPhase(Phase::SignedOut);
    Q_EMIT signInFailed(message, result);
}

// The token is good for normal work: keep it where the person asked, then read who they are.
void SessionController::acceptToken(const QString& token)
{
    m_connection->setToken(token);
    const QString key = vaultKey();
    if (m_remember) {
        m_vault->save(key, token);
    } else if (m_settings->sessionRemembered(server())) {
        m_vault->remove(key); // an older remembered session of this account must not outlive this choice
    }
    m_settings->setSessionRemembered(server(), m_remember);
    loadProfile();
}

void SessionController::loadProfile()
{
    const Phase phaseBefore = m_phase;
    if (phaseBefore != Phase::Restoring)
        setPhase(Phase::LoadingProfile);
    auto* job = new net::MeJob(m_connection);
    connect(job, &net::ApiJob::finished, this, [this, job](const net::ApiResult& result) {
        if (!result.ok()) {
            if (m_phase == Phase::Restoring) {
                setPhase(Phase::SignedOut);
                m_connection->clearToken();
                Q_EMIT restoreFailed(result.failure == net::ApiResult::Failure::SignedOut
                                         ? tr("Your saved session has ended. Please sign in again.")
                                         : failureText(result));
            } else {
                failSignIn(failureText(result), result);
            }
            return;
        }
        m_user = job->user();
        m_userEtag = job->etag();
        loadCompany();
    });
    job->start();
}

void SessionController::loadCompany()
{
    if (m_user.companyId.isNull()) {
        m_companyName.clear();
        m_mayEditOwnName = true;
        m_ownerId = QUuid();
        finishSignIn();
        return;
    }
    const QString id = m_user.companyId.toString(QUuid::WithoutBraces);
    auto* job = new net::ApiJob(m_connection, "GET", QStringLiteral("/api/v1/companies/") + id);
    connect(job, &net::ApiJob::finished, this, [this](const net::ApiResult& result) {
        // A user of a suspended or otherwise unreadable company still signs in; the scope then
        // shows nothing better than "your company".
        const QJsonObject company = result.ok() ? result.body.object() : QJsonObject();
        m_companyName = company.value(QStringLiteral("name")).toString();
        m_mayEditOwnName = company.value(QStringLiteral("usersMayEditName")).toBool(true);
        m_ownerId = QUuid::fromString(company.value(QStringLiteral("ownerId")).toString());
        finishSignIn();
    });
    job->start();
}

void SessionController::finishSignIn()
{
    m_signedIn = true;
    setPhase(Phase::SignedIn);
    Q_EMIT userChanged();
    Q_EMIT signedIn();
}

bool SessionController::restore(const QUrl& server)
{
    if (m_busy || server.isEmpty() || !m_settings->sessionRemembered(server))
        return false;
    const QString email = m_settings->lastEmail(server);
    if (email.isEmpty())
        return false;
    useServer(server);
    m_email = email;
    m_remember = true;
    setPhase(Phase::Restoring);
    m_vault->load(vaultKey());
    return true;
}

void SessionController::onTokenLoaded(const QString& key, const QString& token)
{
    if (m_phase != Phase::Restoring || key != vaultKey())
        return;
    if (token.isEmpty()) {
        setPhase(Phase::SignedOut);
        m_settings->setSessionRemembered(server(), false);
        Q_EMIT restoreFailed(QString());
        return;
    }
    m_connection->setToken(token);
    loadProfile();
}

void SessionController::changeTemporaryPassword(const QString& newPassword)
{
    if (m_phase != Phase::ChangingPassword)
        return;
    auto* job = new net::ChangePasswordJob(m_connection, m_temporaryPassword, newPassword);
    connect(job, &net::ApiJob::finished, this, [this, newPassword](const net::ApiResult& result) {
        if (!result.ok()) {
            Q_EMIT passwordChangeFailed(result);
            return;
        }
        m_temporaryPassword.clear();
        // Every session ended with the change; the new password opens a normal one.
        m_connection->clearToken();
        setPhase(Phase::SigningIn);
        login(newPassword, [this](const net::ApiResult& login, const QString& token) {
            if (!login.ok()) {
                failSignIn(signInFailureText(login), login);
                return;
            }
            acceptToken(token);
        });
    });
    job->start();
}

void SessionController::changePassword(const QString& currentPassword, const QString& newPassword)
{
    if (m_phase != Phase::SignedIn)
        return;
    auto* job = new net::ChangePasswordJob(m_connection, currentPassword, newPassword);
    connect(job, &net::ApiJob::finished, this, [this, newPassword](const net::ApiResult& result) {
        if (!result.ok()) {
            Q_EMIT passwordChangeFailed(result);
            return;
        }
        setPhase(Phase::Reauthenticating);
        login(newPassword, [this](const net::ApiResult& login, const QString& token) {
            setPhase(Phase::SignedIn);
            if (!login.ok()) {
                // The password did change; only the silent sign-in failed. Ask as for an ended session.
                Q_EMIT passwordChanged();
                onSessionExpired();
                return;
            }
            m_connection->setToken(token);
            if (m_remember)
                m_vault->save(vaultKey(), token);
            Q_EMIT passwordChanged();
        });
    });
    job->start();
}

void SessionController::onSessionExpired()
{
    if (m_phase == Phase::Restoring) {
        // The remembered token is no longer accepted: forget it and ask for the password.
        m_vault->remove(vaultKey());
        m_settings->setSessionRemembered(server(), false);
        m_connection->cancelSignIn();
        return;
    }
    if (m_phase == Phase::SignedIn)
        Q_EMIT reauthenticationRequired();
    else if (m_phase != Phase::Reauthenticating)
        m_connection->cancelSignIn();
}

void SessionController::reauthenticate(const QString& password)
{
    if (m_phase != Phase::SignedIn)
        return;
    setPhase(Phase::Reauthenticating);
    login(password, [this](const net::ApiResult& result, const QString& token) {
        setPhase(Phase::SignedIn);
        if (!result.ok()) {
            Q_EMIT signInFailed(signInFailureText(result), result);
            return;
        }
        m_connection->setToken(token); // sends every request that waited, unchanged
        if (m_remember)
            m_vault->save(vaultKey(), token);
        Q_EMIT reauthenticated();
    });
}

void SessionController::cancelReauthentication()
{
    m_connection->cancelSignIn();
    signOut();
}

void SessionController::refreshUser()
{
    auto* job = new net::MeJob(m_connection);
    connect(job, &net::ApiJob::finished, this, [this, job](const net::ApiResult& result) {
        if (result.ok())
            setUser(job->user(), job->etag());
    });
    job->start();
}

void SessionController::signOut()
{
    if (!m_connection || m_phase == Phase::SigningOut)
        return;
    setPhase(Phase::SigningOut);
    auto finishLocally = [this] {
        m_connection->clearToken();
        if (m_settings->sessionRemembered(server()) || m_remember) {
            m_settings->setSessionRemembered(server(), false);
            m_pendingRemoval = vaultKey();
            m_vault->remove(m_pendingRemoval);
            return;
        }
        finishSignOut();
    };
    if (!m_connection->hasToken()) {
        finishLocally();
        return;
    }
    auto* job = new net::LogoutJob(m_connection);
    job->setTimeout(std::chrono::seconds(10));
    connect(job, &net::ApiJob::finished, this, finishLocally);
    job->start();
}

void SessionController::onVaultRemoved(const QString& key)
{
    if (key != m_pendingRemoval || m_phase != Phase::SigningOut)
        return;
    m_pendingRemoval.clear();
    finishSignOut();
}

void SessionController::finishSignOut()
{
    m_signedIn = false;
    m_remember = false;
    m_user = User();
    m_userEtag.clear();
    m_companyName.clear();
    setPhase(Phase::SignedOut);
    Q_EMIT signedOut();
}

} // namespace steward::ui

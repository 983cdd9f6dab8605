#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;

namespace steward::net {

class ApiJob;
class CertificateTrust;

// One server the client talks to: its base URL, the one QNetworkAccessManager every job of it
// shares, the TLS policy, and the session token (in memory only; the keychain is TokenVault's).
//
// When an authenticated call answers 401 the session has ended: the job keeps its request and
// waits here, sessionExpired() asks the UI for a new sign-in, and setToken() with the new token
// resends every waiting job — so an editor's unsaved change is sent once the user is back.
// cancelSignIn() fails the waiting jobs as signed out.
class ServerConnection : public QObject
{
    Q_OBJECT

public:
    // `trust` is not owned and must outlive the connection.
    ServerConnection(const QUrl& baseUrl, CertificateTrust* trust, QObject* parent = nullptr);
    ~ServerConnection() override;

    QUrl baseUrl() const { return m_baseUrl; }
    // "host:port" with the scheme's default port filled in: the key of pins and trusted CAs.
    QString hostPort() const;
    static QString hostPortOf(const QUrl& url);
    QUrl urlFor(const QString& path, const QUrlQuery& query = {}) const;
    QNetworkAccessManager* network() const { return m_network; }
    CertificateTrust* trust() const { return m_trust; }

    QString token() const { return m_token; }
    bool hasToken() const { return !m_token.isEmpty(); }
    // Sets the session token and resends the jobs that were waiting for a new sign-in.
    void setToken(const QString& token);
    // Forgets the token (sign-out); jobs waiting for sign-in keep waiting.
    void clearToken();
    // The user gave up signing in again: the waiting jobs finish as signed out.
    void cancelSignIn();
    int waitingJobCount() const;

Q_SIGNALS:
    // An authenticated call answered 401: ask the user to sign in, then call setToken().
    // Emitted once per expiry, however many jobs were turned away.
    void sessionExpired();

private:
    friend class ApiJob;
    void waitForSignIn(ApiJob* job);
    void stopWaiting(ApiJob* job);

    QUrl m_baseUrl;
    CertificateTrust* m_trust;
    QNetworkAccessManager* m_network;
    QString m_token;
    bool m_expired = false;
    QList<QPointer<ApiJob>> m_waiting;
};

} // namespace steward::net

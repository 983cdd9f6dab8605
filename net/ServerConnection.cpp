#include "ServerConnection.h"

#include "ApiJob.h"

#include <QNetworkAccessManager>

namespace steward::net {

ServerConnection::ServerConnection(const QUrl& baseUrl, CertificateTrust* trust, QObject* parent)
    : QObject(parent), m_baseUrl(baseUrl), m_trust(trust), m_network(new QNetworkAccessManager(this))
{
    // A bearer token must never follow a redirect to another host.
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

ServerConnection::~ServerConnection() = default;

QString ServerConnection::hostPortOf(const QUrl& url)
{
    const int defaultPort = url.scheme() == QLatin1String("http") ? 80 : 443;
    return url.host().toLower() + QLatin1Char(':') + QString::number(url.port(defaultPort));
}

QString ServerConnection::hostPort() const
{
    return hostPortOf(m_baseUrl);
}

QUrl ServerConnection::urlFor(const QString& path, const QUrlQuery& query) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

void ServerConnection::setToken(const QString& token)
{
    m_token = token;
    if (token.isEmpty())
        return;
    m_expired = false;
    const QList<QPointer<ApiJob>> waiting = std::exchange(m_waiting, {});
    for (const QPointer<ApiJob>& job : waiting) {
        if (job)
            job->retry();
    }
}

void ServerConnection::clearToken()
{
    m_token.clear();
}

void ServerConnection::cancelSignIn()
{
    m_expired = false;
    const QList<QPointer<ApiJob>> waiting = std::exchange(m_waiting, {});
    for (const QPointer<ApiJob>& job : waiting) {
        if (job)
            job->failSignedOut();
    }
}

int ServerConnection::waitingJobCount() const
{
    int count = 0;
    for (const QPointer<ApiJob>& job : m_waiting)
        count += job ? 1 : 0;
    return count;
}

void ServerConnection::waitForSignIn(ApiJob* job)
{
    if (!m_waiting.contains(job))
        m_waiting.append(job);
    if (m_expired)
        return;
    m_expired = true;
    Q_EMIT sessionExpired();
}

void ServerConnection::stopWaiting(ApiJob* job)
{
    m_waiting.removeAll(job);
}

} // namespace steward::net

#include "ApiJob.h"

#include "CertificateTrust.h"
#include "NetworkErrorText.h"
#include "ServerConnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSysInfo>

namespace steward::net {
namespace {

QByteArray userAgent()
{
    return QByteArray("Steward/" STEWARD_VERSION " (") + QSysInfo::prettyProductName().toUtf8() + ')';
}

// Failures after which the request may not have reached the server at all, so an idempotent
// request can safely go again.
bool isTransient(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

} // namespace

ApiJob::ApiJob(ServerConnection* connection, const QByteArray& method, const QString& path, QObject* parent)
    : QObject(parent ? parent : connection), m_connection(connection), m_method(method.toUpper()), m_path(path)
{
    m_timeoutTimer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early; a timeout should never cut an answer short.
    m_timeoutTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &ApiJob::onTimeout);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiJob::send);
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (m_state == State::WaitingForSignIn && m_connection)
        m_connection->stopWaiting(this);
}

bool ApiJob::isIdempotent() const
{
    return m_method == "GET" || m_method == "HEAD" || m_method == "PUT" || m_method == "DELETE" ||
           m_method == "OPTIONS";
}

bool ApiJob::decode(const ApiResult&)
{
    return true;
}

void ApiJob::start()
{
    if (m_state != State::Idle && m_state != State::Finished)
        return;
    m_attempts = 0;
    m_retries = 0;
    send();
}

void ApiJob::retry()
{
    if (m_state == State::Running)
        return;
    if (m_state == State::WaitingForSignIn)
        m_connection->stopWaiting(this);
    m_retryTimer.stop();
    m_retries = 0;
    send();
}

void ApiJob::send()
{
    m_state = State::Running;
    m_unknownCertificate = QSslCertificate();
    m_sslErrors.clear();
    m_tlsRefusal.reset();
    ++m_attempts;

    QNetworkRequest request(m_connection->urlFor(m_path, m_query));
    if (request.url().scheme() == QLatin1String("https") && m_connection->trust())
        request.setSslConfiguration(m_connection->trust()->configurationFor(m_connection->hostPort()));
    request.setRawHeader("Accept", "application/json, application/problem+json");
    request.setRawHeader("User-Agent", userAgent());
    m_sentToken = m_authenticated ? m_connection->token() : QString();
    if (!m_sentToken.isEmpty())
        request.setRawHeader("Authorization", QByteArray("Bearer ") + m_sentToken.toUtf8());
    if (!m_ifMatch.isEmpty())
        request.setRawHeader("If-Match", m_ifMatch);
    QByteArray payload;
    if (!m_body.isUndefined()) {
        request.setRawHeader("Content-Type", "application/json");
        payload = m_body.isArray() ? QJsonDocument(m_body.toArray()).toJson(QJsonDocument::Compact)
                                   : QJsonDocument(m_body.toObject()).toJson(QJsonDocument::Compact);
    }
    QNetworkAccessManager* network = m_connection->network();
    QNetworkReply* reply = m_method == "GET" && payload.isEmpty()
                               ? network->get(request)
                               : network->sendCustomRequest(request, m_method, payload);
    m_reply = reply;
    connect(reply, &QNetworkReply::sslErrors, this,
            [this, reply](const QList<QSslError>& errors) { onSslErrors(reply, errors); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    m_timeoutTimer.start(m_timeout);
}

void ApiJob::onSslErrors(QNetworkReply* reply, const QList<QSslError>& errors)
{
    m_sslErrors = errors;
    CertificateTrust* trust = m_connection->trust();
    if (!trust)
        return; // not ignored: the handshake fails and handleNoAnswer describes the errors
    QSslCertificate leaf = reply->sslConfiguration().peerCertificate();
    if (leaf.isNull() && !errors.isEmpty())
        leaf = errors.first().certificate();
    const CertificateTrust::Decision decision = trust->evaluate(m_connection->hostPort(), leaf, errors);
    switch (decision.verdict) {
    case CertificateTrust::Decision::Verdict::Ignore:
        reply->ignoreSslErrors(decision.ignore);
        break;
    case CertificateTrust::Decision::Verdict::Refuse:
        m_tlsRefusal = ApiResult::failed(decision.failure, decision.message);
        break;
    case CertificateTrust::Decision::Verdict::Ask:
        m_unknownCertificate = leaf;
        break;
    }
}

void ApiJob::onTimeout()
{
    if (!m_reply)
        return;
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
    finish(ApiResult::failed(ApiResult::Failure::Timeout, timeoutMessage()));
}

void ApiJob::onFinished(QNetworkReply* reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    m_timeoutTimer.stop();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        handleNoAnswer(reply);
    else
        handleAnswer(reply, status);
}

void ApiJob::handleNoAnswer(QNetworkReply* reply)
{
    const QNetworkReply::NetworkError error = reply->error();
    if (m_tlsRefusal) {
        finish(*m_tlsRefusal);
        return;
    }
    CertificateTrust* trust = m_connection->trust();
    if (!m_unknownCertificate.isNull() && trust && trust->prompt()) {
        m_state = State::WaitingForCertificateDecision;
        const QString hostPort = m_connection->hostPort();
        trust->ask(hostPort, m_unknownCertificate, m_sslErrors, this, [this, hostPort](bool trusted) {
            if (m_state != State::WaitingForCertificateDecision)
                return; // cancelled meanwhile
            if (trusted) {
                send();
                return;
            }
            finish(ApiResult::failed(
                ApiResult::Failure::CertificateRejected,
                tr("The certificate of %1 was not trusted, so no connection was made.").arg(hostPort)));
        });
        return;
    }
    if (error == QNetworkReply::SslHandshakeFailedError || !m_sslErrors.isEmpty()) {
        finish(ApiResult::failed(ApiResult::Failure::Tls,
                                 m_sslErrors.isEmpty()
                                     ? describeNetworkError(error, m_connection->baseUrl(), reply->errorString())
                                     : describeSslErrors(m_sslErrors)));
        return;
    }
    if (retryLater(isTransient(error)))
        return;
    finish(ApiResult::failed(ApiResult::Failure::Network,
                             describeNetworkError(error, m_connection->baseUrl(), reply->errorString())));
}

void ApiJob::handleAnswer(QNetworkReply* reply, int status)
{
    const bool success = isSuccess(status);
    ApiResult result = ApiResult::fromHttp(status, success, reply->rawHeader("Content-Type"), reply->readAll(),
                                           reply->rawHeader("ETag"), reply->rawHeader("Retry-After"));
    if (!success && status == 401 && m_authenticated) {
        // Another job may have brought a new session while this one was on its way.
        const QString current = m_connection->token();
        if (!current.isEmpty() && current != m_sentToken) {
            send();
            return;
        }
        m_state = State::WaitingForSignIn;
        m_result = result;
        m_connection->waitForSignIn(this);
        Q_EMIT waitingForSignIn();
        return;
    }
    if (!success && (status == 502 || status == 503 || status == 504) && retryLater(true))
        return;
    finish(result);
}

bool ApiJob::retryLater(bool transient)
{
    if (!transient || !isIdempotent() || m_retries >= kMaxRetries)
        return false;
    const std::chrono::milliseconds delay = m_retryDelay * (1 << m_retries);
    ++m_retries;
    m_state = State::WaitingToRetry;
    m_retryTimer.start(delay);
    return true;
}

void ApiJob::cancel()
{
    if (m_state == State::Finished)
        return;
    if (m_reply) {
        QNetworkReply* reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (m_state == State::WaitingForSignIn)
        m_connection->stopWaiting(this);
    finish(ApiResult::failed(ApiResult::Failure::Cancelled, cancelledMessage()));
}

void ApiJob::failSignedOut()
{
    if (m_state == State::WaitingForSignIn)
        finish(ApiResult::failed(ApiResult::Failure::SignedOut, signedOutMessage()));
}

void ApiJob::finish(ApiResult result)
{
    m_timeoutTimer.stop();
    m_retryTimer.stop();
    if (result.ok() && !decode(result)) {
        result.failure = ApiResult::Failure::BadResponse;
        result.message = tr("The server's answer could not be read. Is %1 a Steward server of a matching version?")
                             .arg(serverDisplayName(m_connection->baseUrl()));
    }
    m_result = result;
    m_state = State::Finished;
    Q_EMIT finished(m_result);
    if (m_autoDelete)
        deleteLater();
}

} // namespace steward::net

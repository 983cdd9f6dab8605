#pragma once

#include "ApiResult.h"
#include "ServerConnection.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>
#include <chrono>
#include <optional>

namespace steward::net {

// One HTTP call to the server. The base does what every call needs: the bearer token, a timeout,
// cancellation, retries of idempotent calls (GET, PUT, DELETE) with backoff when the connection
// failed or a gateway answered 502/503/504 (never POST or PATCH: the server may have acted),
// certificate trust, problem+json turned into a readable message with per-field errors, and a 401
// that waits for a new sign-in instead of losing the request. Typed jobs add the route's body and
// read its answer in decode().
//
// Jobs are children of their connection unless given a parent, and delete themselves after
// finished() unless setAutoDelete(false).
class ApiJob : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        Running,
        WaitingToRetry,
        WaitingForSignIn,
        WaitingForCertificateDecision,
        Finished
    };

    static constexpr int kMaxRetries = 2;
    static constexpr std::chrono::milliseconds kDefaultTimeout{30000};
    static constexpr std::chrono::milliseconds kDefaultRetryDelay{500};

    ApiJob(ServerConnection* connection, const QByteArray& method, const QString& path, QObject* parent = nullptr);
    ~ApiJob() override;

    QByteArray method() const { return m_method; }
    QString path() const { return m_path; }
    void setQuery(const QUrlQuery& query) { m_query = query; }
    QUrlQuery query() const { return m_query; }
    void setBody(const QJsonValue& body) { m_body = body; } // an object or, for a few routes, an array
    QJsonValue body() const { return m_body; }
    void setIfMatch(const QByteArray& etag) { m_ifMatch = etag; }
    // Per attempt; an attempt that times out is not retried.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // The first retry waits this long, each further one twice as long.
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }
    // Whether the call sends the session token; a 401 then means the session ended.
    void setAuthenticated(bool authenticated) { m_authenticated = authenticated; }
    bool isAuthenticated() const { return m_authenticated; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    bool isIdempotent() const;
    State state() const { return m_state; }
    int attempts() const { return m_attempts; } // requests sent so far, retries included
    const ApiResult& result() const { return m_result; }
    ServerConnection* connection() const { return m_connection; }

public Q_SLOTS:
    void start();
    // Sends the same request again (same body, same If-Match): what the connection does for a
    // job that waited for a new sign-in. Does nothing while a request is in flight; after
    // finished() only for a job with setAutoDelete(false).
    void retry();
    // Finishes at once with Failure::Cancelled, whatever the job was doing.
    void cancel();

Q_SIGNALS:
    void finished(const steward::net::ApiResult& result);
    // The session ended; the job waits for ServerConnection::setToken() or cancelSignIn().
    void waitingForSignIn();

protected:
    // Reads a successful answer into the typed job's members; false when the answer is not what
    // the route promises (the job then fails with Failure::BadResponse).
    virtual bool decode(const ApiResult& result);
    // Which statuses count as success (a logout accepts 401: the session is gone either way).
    virtual bool isSuccess(int status) const { return status >= 200 && status < 300; }

private:
    friend class ServerConnection;
    void send();
    void onFinished(QNetworkReply* reply);
    void onSslErrors(QNetworkReply* reply, const QList<QSslError>& errors);
    void onTimeout();
    void handleNoAnswer(QNetworkReply* reply);
    void handleAnswer(QNetworkReply* reply, int status);
    bool retryLater(bool transient);
    void failSignedOut();
    void finish(ApiResult result);

    QPointer<ServerConnection> m_connection;
    QByteArray m_method;
    QString m_path;
    QUrlQuery m_query;
    QJsonValue m_body = QJsonValue::Undefined;
    QByteArray m_ifMatch;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
    std::chrono::milliseconds m_retryDelay = kDefaultRetryDelay;
    bool m_authenticated = true;
    bool m_autoDelete = true;

    State m_state = State::Idle;
    int m_attempts = 0;
    int m_retries = 0;
    QString m_sentToken;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeoutTimer;
    QTimer m_retryTimer;
    bool m_timedOut = false;
    // What the TLS handshake of the current attempt ran into.
    QSslCertificate m_unknownCertificate;
    QList<QSslError> m_sslErrors;
    std::optional<ApiResult> m_tlsRefusal;
    ApiResult m_result;
};

} // namespace steward::net

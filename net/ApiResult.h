#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <domain/Problem.h>
#include <optional>

namespace steward::net {

// How one request ended: the server's answer, or why there was none. `message` is what a person
// reads (translated where the client wrote it, the server's own sentence for its problems).
struct ApiResult
{
    enum class Failure
    {
        None,
        Http,                // the server answered with an error status (see status, problem)
        Network,             // no answer: host unknown, connection refused or dropped
        Timeout,             // no answer within the job's timeout
        Cancelled,           // cancel() was called
        SignedOut,           // waited for a new sign-in that the user cancelled
        Tls,                 // the TLS handshake failed (untrusted, expired, wrong host…)
        CertificateChanged,  // the server shows another certificate than the one pinned for it
        CertificateRejected, // the user chose not to trust the server's certificate
        BadResponse,         // a success status whose body is not what the route promises
    };

    Failure failure = Failure::None;
    int status = 0;     // HTTP status; 0 when no answer came
    QJsonDocument body; // the JSON answer; empty for 204 and non-JSON bodies
    QByteArray etag;
    QString message; // empty on success
    std::optional<Problem> problem;
    QHash<QString, QStringList> fieldErrors; // field path ("newPassword", "address.country") → messages
    int retryAfterSeconds = -1;              // from Retry-After (429, 503); -1 when absent

    bool ok() const { return failure == Failure::None; }
    // The problem's machine-readable code ("too_many_requests"…), empty without a problem.
    QString code() const { return problem ? problem->code : QString(); }
    // The codes of the field errors for `field` (for clients that translate per rule).
    QStringList fieldErrorCodes(const QString& field) const;

    // Reads an HTTP answer. `success` says whether the job counts this status as success.
    static ApiResult fromHttp(int status, bool success, const QByteArray& contentType, const QByteArray& body,
                              const QByteArray& etag, const QByteArray& retryAfter);
    static ApiResult failed(Failure failure, const QString& message);
};

// Retry-After as seconds from now: a number of seconds or an HTTP date; -1 when absent or unreadable.
int parseRetryAfter(const QByteArray& value);

} // namespace steward::net

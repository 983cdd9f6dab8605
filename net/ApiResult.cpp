#include "ApiResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QLocale>

namespace steward::net {

QStringList ApiResult::fieldErrorCodes(const QString& field) const
{
    QStringList codes;
    if (!problem)
        return codes;
    for (const FieldError& error : problem->errors) {
        if (error.field == field)
            codes.append(error.code);
    }
    return codes;
}

ApiResult ApiResult::failed(Failure failure, const QString& message)
{
    ApiResult result;
    result.failure = failure;
    result.message = message;
    return result;
}

int parseRetryAfter(const QByteArray& value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool isNumber = false;
    const int seconds = trimmed.toInt(&isNumber);
    if (isNumber)
        return seconds >= 0 ? seconds : -1;
    // An HTTP date is always GMT: "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when =
        QLocale::c().toDateTime(QString::fromLatin1(trimmed), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    when.setTimeSpec(Qt::UTC);
    if (!when.isValid())
        return -1;
    return int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
}

ApiResult ApiResult::fromHttp(int status, bool success, const QByteArray& contentType, const QByteArray& body,
                              const QByteArray& etag, const QByteArray& retryAfter)
{
    ApiResult result;
    result.status = status;
    result.etag = etag;
    result.retryAfterSeconds = parseRetryAfter(retryAfter);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        result.body = document;
    if (success)
        return result;

    result.failure = Failure::Http;
    if (contentType.startsWith(kProblemContentType) || contentType.startsWith("application/json"))
        result.problem = Problem::fromJson(document.object());
    if (result.problem) {
        result.message = result.problem->detail.isEmpty() ? result.problem->title : result.problem->detail;
        for (const FieldError& error : result.problem->errors)
            result.fieldErrors[error.field].append(error.message.isEmpty() ? error.code : error.message);
        return result;
    }
    // No problem body: a proxy or load balancer answered, or the server is not Steward.
    if (status == 502 || status == 503 || status == 504) {
        result.message = QCoreApplication::translate("steward::net::ApiResult",
                                                     "The server is temporarily unavailable (HTTP %1). Try again "
                                                     "in a moment.")
                             .arg(status);
    } else {
        result.message =
            QCoreApplication::translate("steward::net::ApiResult", "The server answered with an error (HTTP %1).")
                .arg(status);
    }
    return result;
}

} // namespace steward::net

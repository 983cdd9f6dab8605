// How answers and failures become what a person reads: problem+json with field errors,
// Retry-After, answers that are not problems, and network errors.
#include <QDateTime>
#include <QLocale>
#include <QTest>
#include <net/ApiResult.h>
#include <net/NetworkErrorText.h>

using namespace steward;
using namespace steward::net;
using Failure = ApiResult::Failure;

class TestApiResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validationProblemBecomesFieldErrors()
    {
        Problem problem =
            Problem::validation({{QStringLiteral("newPassword"), QStringLiteral("too_short"),
                                  QStringLiteral("Must be at least 10 characters.")},
                                 {QStringLiteral("newPassword"), QStringLiteral("common_password"),
                                  QStringLiteral("Is a commonly used password.")},
                                 {QStringLiteral("address.country"), QStringLiteral("unknown_country"), QString()}});
        const ApiResult result =
            ApiResult::fromHttp(422, false, "application/problem+json; charset=utf-8", problem.toJsonBytes(), {}, {});
        QVERIFY(result.failure == Failure::Http);
        QCOMPARE(result.status, 422);
        QCOMPARE(result.message, problem.detail);
        QCOMPARE(result.code(), QStringLiteral("validation_failed"));
        QCOMPARE(result.fieldErrors.value(QStringLiteral("newPassword")),
                 QStringList({QStringLiteral("Must be at least 10 characters."),
                              QStringLiteral("Is a commonly used password.")}));
        // Without a message the code is shown rather than nothing.
        QCOMPARE(result.fieldErrors.value(QStringLiteral("address.country")),
                 QStringList{QStringLiteral("unknown_country")});
        QCOMPARE(result.fieldErrorCodes(QStringLiteral("newPassword")),
                 QStringList({QStringLiteral("too_short"), QStringLiteral("common_password")}));
        QVERIFY(result.problem.has_value());
        QVERIFY(*result.problem == problem);
    }

    void problemWithoutDetailShowsTitle()
    {
        const ApiResult result =
            ApiResult::fromHttp(403, false, "application/problem+json",
                                R"({"type":"about:blank","title":"Not allowed","status":403})", {}, {});
        QCOMPARE(result.message, QStringLiteral("Not allowed"));
    }

    void successKeepsBodyAndEtag()
    {
        const ApiResult result = ApiResult::fromHttp(200, true, "application/json", R"({"id":"x"})", "\"v7\"", {});
        QVERIFY(result.ok());
        QVERIFY(result.message.isEmpty());
        QCOMPARE(result.etag, QByteArray("\"v7\""));
        QCOMPARE(result.body.object().value(QStringLiteral("id")).toString(), QStringLiteral("x"));
    }

    void answersThatAreNotProblems()
    {
        const ApiResult gateway = ApiResult::fromHttp(504, false, "text/html", "<h1>Gateway Timeout</h1>", {}, {});
        QVERIFY(gateway.failure == Failure::Http);
        QVERIFY(!gateway.problem);
        QCOMPARE(gateway.message,
                 QStringLiteral("The server is temporarily unavailable (HTTP 504). Try again in a moment."));
        const ApiResult other = ApiResult::fromHttp(418, false, "application/json", "{\"nonsense\":1}", {}, {});
        QCOMPARE(other.message, QStringLiteral("The server answered with an error (HTTP 418)."));
    }

    void retryAfter()
    {
        QCOMPARE(parseRetryAfter("120"), 120);
        QCOMPARE(parseRetryAfter(" 5 "), 5);
        QCOMPARE(parseRetryAfter(""), -1);
        QCOMPARE(parseRetryAfter("-3"), -1);
        QCOMPARE(parseRetryAfter("soon"), -1);
        const QDateTime inAMinute = QDateTime::currentDateTimeUtc().addSecs(60);
        const QByteArray httpDate =
            QLocale::c().toString(inAMinute, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
        const int seconds = parseRetryAfter(httpDate);
        QVERIFY2(seconds >= 55 && seconds <= 60, httpDate.constData());
        QCOMPARE(parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT"), 0); // in the past: no wait

        const ApiResult limited =
            ApiResult::fromHttp(429, false, "application/problem+json",
                                Problem::tooManyRequests(QStringLiteral("Wait.")).toJsonBytes(), {}, "30");
        QCOMPARE(limited.retryAfterSeconds, 30);
        QCOMPARE(limited.message, QStringLiteral("Wait."));
    }

    void networkErrorsNameTheServer()
    {
        const QUrl server(QStringLiteral("https://steward.example.com:8443/"));
        QCOMPARE(describeNetworkError(QNetworkReply::HostNotFoundError, server, {}),
                 QStringLiteral("Cannot reach the server at https://steward.example.com:8443: the host name was not "
                                "found. Check the address."));
        QCOMPARE(describeNetworkError(QNetworkReply::ConnectionRefusedError, server, {}),
                 QStringLiteral("Cannot reach the server at https://steward.example.com:8443: the connection was "
                                "refused. Is the server running?"));
        QCOMPARE(describeNetworkError(QNetworkReply::TimeoutError, server, {}),
                 QStringLiteral("The server did not answer in time."));
        QVERIFY(describeNetworkError(QNetworkReply::UnknownContentError, server, QStringLiteral("odd"))
                    .endsWith(QLatin1String(": odd")));
        // The user part of a URL (never used, but never shown either).
        QVERIFY(!describeNetworkError(QNetworkReply::HostNotFoundError,
                                      QUrl(QStringLiteral("https://me:secret@host.example")), {})
                     .contains(QLatin1String("secret")));
    }

    void sslErrorsAreListedOnce()
    {
        const QString text =
            describeSslErrors({QSslError(QSslError::CertificateExpired), QSslError(QSslError::CertificateExpired),
                               QSslError(QSslError::HostNameMismatch)});
        QVERIFY(text.startsWith(QLatin1String("The server's certificate is not trusted: ")));
        QCOMPARE(text.count(QSslError(QSslError::CertificateExpired).errorString()), 1);
        QVERIFY(text.contains(QSslError(QSslError::HostNameMismatch).errorString()));
    }
};

QTEST_GUILESS_MAIN(TestApiResult)
#include "tst_apiresult.moc"

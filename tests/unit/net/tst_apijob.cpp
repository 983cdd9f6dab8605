// The job layer's own behaviour against a scripted local server: retries and their limits,
// timeouts, cancellation, the headers every call sends, the 401 → sign-in → resend flow, and how
// answers become results. (The same flows against the real server: tests/net/.)
#include "FakeHttpServer.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <net/ApiJob.h>
#include <net/ServerConnection.h>
#include <net/jobs/ListJob.h>
#include <net/jobs/LoginJob.h>
#include <net/jobs/MeJob.h>

using namespace steward;
using namespace steward::net;
using steward::test::FakeHttpServer;
using Failure = ApiResult::Failure;
using namespace std::chrono_literals;

namespace {

// Starts `job` and waits for its result (the job is kept: auto-delete is switched off).
ApiResult run(ApiJob* job, int waitMs = 10000)
{
    job->setAutoDelete(false);
    QSignalSpy finished(job, &ApiJob::finished);
    job->start();
    if (!finished.wait(waitMs))
        return ApiResult::failed(Failure::Network, QStringLiteral("test: no result"));
    return job->result();
}

QByteArray problemBody(int status, const QByteArray& code, const QByteArray& detail)
{
    return "{\"type\":\"urn:steward:problem:x\",\"title\":\"T\",\"status\":" + QByteArray::number(status) +
           ",\"code\":\"" + code + "\",\"detail\":\"" + detail + "\"}";
}

} // namespace

class TestApiJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void getIsRetriedAfter503()
    {
        FakeHttpServer server;
        server.script({FakeHttpServer::problem(503, problemBody(503, "unavailable", "Busy")),
                       FakeHttpServer::json(200, "{\"ok\":true}")});
        ServerConnection connection(QUrl(server.baseUrl()), nullptr);
        ApiJob job(&connection, "GET", QStringLiteral("/api/v1/thing"));
        job.setRetryDelay(10ms);
        const ApiResult result = run(&job);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.status, 200);
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(job.attempts(), 2);
        QCOMPARE(result.body.object().value(QStringLiteral("ok")).toBool(), true);
    }

    void retriesStopAfterTwo()
    {
        FakeHttpServer server;
        server.script({FakeHttpServer::json(502, "<html>bad gateway</html>")});
        ServerConnection connection(QUrl(server.baseUrl()), nullptr);
        ApiJob job(&connection, "PUT", QStringLiteral("/api/v1/thing"));
        job.setBody(QJsonObject{{QStringLiteral("a"), 1}});
        job.setRetryDelay(10ms);
        const ApiResult result = run(&job);
        QVERIFY(result.failure == Failure::Http);
        QCOMPARE(result.status, 502);
        QCOMPARE(server.requests().size(), 3); // the first try and two retries
        QVERIFY2(result.message.contains(QLatin1String("temporarily unavailable")), qPrintable(result.message));
    }

    void postAndPatchAreNeverRetried_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::newRow("POST") << QByteArray("POST");
        QTest::newRow("PATCH") << QByteArray("PATCH");
    }

    void postAndPatchAreNeverRetried()
    {
        QFETCH(QByteArray, method);
        FakeHttpServer server;
        server.script(
            {FakeHttpServer::problem(503, problemBody(503, "unavailable", "Busy")), FakeHttpServer::json(200, "{}")});
        ServerConnection connection(QUrl(server.baseUrl()), nullptr);
        ApiJob job(&connection, method, QStringLiteral("/api/v1/thing"));
        job.setBody(QJsonObject{});
        job.setRetryDelay(10ms);
        const ApiResult result = run(&job);
        QVERIFY(result.failure == Failure::Http);
        QCOMPARE(result.status, 503);
        QCOMPARE(result.message, QStringLiteral("Busy"));
        QCOMPARE(server.requests().size(), 1);
    }

    void timeoutWhenTheServerNeverAnswers()
    {
        FakeHttpServer server;
        server.script({FakeHttpServer::silence()});
        ServerConnection connection(QUrl(server.baseUrl()), nullptr);
        ApiJob job(&connection, "GET", QStringLiteral("/api/v1/slow"));
        job.setTimeout(300ms);
        QElapsedTimer elapsed;
        elapsed.start();
        const ApiResult result = run(&job, 20000);
        QVERIFY(result.failure == Failure::Timeout);
        QCOMPARE(result.message, QStringLiteral("The server did not answer in time."));
        // Not before the timeout (a precise timer; 1 ms of clock rounding allowed); no upper bound
        // on a shared machine.
        QVERIFY2(elapsed.elapsed() >= 299, qPrintable(QString::number(elapsed.elapsed())));
        QCOMPARE(server.requests().size(), 1); // a timed-out attempt is not retried
    }

    void connectionRefusedIsReadableAndRetriedForGet()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            port = probe.serverPort();
        }
        ServerConnection connection(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), nullptr);
        ApiJob get(&connection, "GET", QStringLiteral("/api/v1/me"));
        get.setRetryDelay(10ms);
        const ApiResult result = run(&get);
        QVERIFY(result.failure == Failure::Network);
        QVERIFY2(result.message.startsWith(QStringLiteral("Cannot reach the server at http://127.0.0.1:%1").arg(port)),
                 qPrintable(result.message));
        QCOMPARE(get.attempts(), 3);

        ApiJob post(&connection, "POST", QStringLiteral("/api/v1/auth/logout"));
        post.setRetryDelay(10ms);
        QVERIFY(run(&post).failure == Failure::Network);
        QCOMPARE(post.attempts(), 1);
    }

    void hostNotFoundIsReadable()
    {
        ServerConnection connection(QUrl(QStringLiteral("https://no-such-host.invalid")), nullptr);
        ApiJob job(&connection, "POST", QStringLiteral("/api/v1/auth/login"));
        const ApiResult result = run(&job, 30000);
        QVERIFY(result.failure == Failure::Network);
        QVERIFY2(result.message.contains(QLatin1String("Cannot reach the server at https://no-such-host.invalid")),
                 qPrintable(result.message));
    }

    void cancelInFlight()
    {
        FakeHttpServer server;
        server.script({FakeHttpServer::silence()});
        ServerConnection connection(QUrl(server.baseUrl()), nullptr);
        ApiJob job(&connection, "GET", QStringLiteral("/api/v1/slow"));
        job.setAutoDelete(false);
        QSignalSpy finished(&job, &ApiJob::finished);
        job.start();
        QTRY_COMPARE(server.requests().size(), 1);
        job.cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(job.result().failure == Failure::Cancelled);
        job.cancel(); // a second cancel changes nothing
        QCOMPARE(finished.size(), 1);
    }

    void requestHeadersAndBody()
    {
        FakeHttpServer server;
        server.script({FakeHttpServer::json(200, "{}", {{"ETag", "\"v4\""}})});
        ServerConnection connection(QUrl(server.baseUrl() + QStringLiteral("/")), nullptr);
        connection.setToken(QStringLiteral("stw_unit_token"));
        ApiJob job(&connection, "patch", QStringLiteral("/api/v1/me"));
        job.setIfMatch("\"v3\"");
        job.setBody(QJsonObject{{QStringLiteral("language"), QStringLiteral("de")}});
        const ApiResult result = run(&job);
        QVERIFY(result.ok());
        QCOMPARE(result.etag, QByteArray("\"v4\""));
        const FakeHttpServer::Request& request = server.requests().first();
        QCOMPARE(request.method, QByteArray("PATCH"));
        QCOMPARE(request.target, QByteArray("/api/v1/me"));
        QVERIFY(request.headers.value("authorization") == "Bearer stw_unit_token");
        QCOMPARE(request.headers.value("if-match"), QByteArray("\"v3\""));
        QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
        QVERIFY(request.headers.value("user-agent").startsWith("Steward/"));
        QCOMPARE(request.body, QByteArray("{\"language\":\"de\"}"));
    }

    void loginSendsNoToken()
    {
        FakeHttpServer server;
        server.script({FakeHttpServer::problem(401, problemBody(401, "unauthorized", "Wrong."))});
        ServerConnection connection(QUrl(server.baseUrl()), nullptr);
        connection.setToken(QStringLiteral("stw_old"));
        QSignalSpy expired(&connection, &ServerConnection::sessionExpired);
        LoginJob job(&connection, QStringLiteral("a@example.org"), QStringLiteral("x"));
        const ApiResult result = run(&job);
        QVERIFY(!server.requests().first().headers.contains("authorization"));
        // A failed sign-in is an answer, not an expired session.
        QVERIFY(result.failure == Failure::Http);
        QCOMPARE(result.message, QStringLiteral("Wrong."));
        QCOMPARE(expired.size(), 0);
    }

    void unauthorizedWaitsForSignInThenResends()
    {
        FakeHttpServer server;
        const QByteArray unauthorized = problemBody(401, "unauthorized", "Session ended.");
        server.script({FakeHttpServer::problem(401, unauthorized), FakeHttpServer::problem(401, unauthorized),
                       FakeHttpServer::json(200, "{\"items\":[],\"total\":0}")});
        ServerConnection connection(QUrl(server.baseUrl()), nullptr);
        connection.setToken(QStringLiteral("stw_expired"));
        QSignalSpy expired(&connection, &ServerConnection::sessionExpired);
        ListJob first(&connection, QStringLiteral("/api/v1/users"));
        ListJob second(&connection, QStringLiteral("/api/v1/roles"));
        for (ListJob* job : {&first, &second}) {
            job->setAutoDelete(false);
            job->start();
        }
        QTRY_COMPARE(connection.waitingJobCount(), 2);
        QCOMPARE(expired.size(), 1); // once, however many jobs were turned away
        QVERIFY(first.state() == ApiJob::State::WaitingForSignIn);

        QSignalSpy firstDone(&first, &ApiJob::finished);
        QSignalSpy secondDone(&second, &ApiJob::finished);
        connection.setToken(QStringLiteral("stw_fresh"));
        QTRY_COMPARE(firstDone.size(), 1);
        QTRY_COMPARE(secondDone.size(), 1);
        QVERIFY(first.result().ok());
        QVERIFY(second.result().ok());
        QCOMPARE(server.requests().size(), 4);
        QVERIFY(server.requests().at(2).headers.value("authorization") == "Bearer stw_fresh");
        QVERIFY(server.requests().at(3).headers.value("authorization") == "Bearer stw_fresh");
        QCOMPARE(connection.waitingJobCount(), 0);
    }

    void cancellingTheSignInFailsWaitingJobs()
    {
        FakeHttpServer server;
        server.script({FakeHttpServer::problem(401, problemBody(401, "unauthorized", "Session ended."))});
        ServerConnection connection(QUrl(server.baseUrl()), nullptr);
        QSignalSpy expired(&connection, &ServerConnection::sessionExpired);
        MeJob job(&connection);
        job.setAutoDelete(false);
        QSignalSpy finished(&job, &ApiJob::finished);
        job.start();
        QTRY_COMPARE(expired.size(), 1);
        QCOMPARE(finished.size(), 0);
        connection.cancelSignIn();
        QCOMPARE(finished.size(), 1);
        QVERIFY(job.result().failure == Failure::SignedOut);
        QCOMPARE(job.result().message, QStringLiteral("You are signed out; sign in again to continue."));
    }

    void listQueryIsEncoded()
    {
        FakeHttpServer server;
        server.script({FakeHttpServer::json(200, "{\"items\":[{\"id\":\"x\"}],\"total\":41}")});
        ServerConnection connection(QUrl(server.baseUrl()), nullptr);
        ListJob job(&connection, QStringLiteral("/api/v1/users"));
        job.setSearch(QStringLiteral("ana+test@example.org & co"));
        job.setSort(QStringLiteral("lastName,-createdAt"));
        job.setLimit(20);
        job.setOffset(40);
        job.setParameter(QStringLiteral("state"), QStringLiteral("enabled"));
        job.setParameter(QStringLiteral("state"), QString()); // removed again
        const ApiResult result = run(&job);
        QVERIFY(result.ok());
        QCOMPARE(job.total(), qint64(41));
        QCOMPARE(job.items().size(), 1);
        QVERIFY(job.totalExact()); // lists without the field count exactly
        QCOMPARE(server.requests().first().target,
                 QByteArray("/api/v1/users?q=ana%2Btest%40example.org%20%26%20co&sort=lastName%2C-createdAt"
                            "&limit=20&offset=40"));
    }

    void listTotalMayBeALowerBound()
    {
        FakeHttpServer server;
        server.script({FakeHttpServer::json(200, "{\"items\":[{\"id\":\"x\"}],\"total\":10000,\"totalExact\":false}"),
                       FakeHttpServer::json(200, "{\"items\":[],\"total\":3,\"totalExact\":\"no\"}")});
        ServerConnection connection(QUrl(server.baseUrl()), nullptr);
        ListJob job(&connection, QStringLiteral("/api/v1/users"));
        QVERIFY(run(&job).ok());
        QCOMPARE(job.total(), qint64(10000));
        QVERIFY(!job.totalExact());
        ListJob garbled(&connection, QStringLiteral("/api/v1/users"));
        QVERIFY(run(&garbled).failure == Failure::BadResponse);
    }

    void unexpectedSuccessBodyIsABadResponse()
    {
        FakeHttpServer server;
        server.script({FakeHttpServer::json(200, "{\"items\":\"nope\"}")});
        ServerConnection connection(QUrl(server.baseUrl()), nullptr);
        ListJob job(&connection, QStringLiteral("/api/v1/users"));
        const ApiResult result = run(&job);
        QVERIFY(result.failure == Failure::BadResponse);
        QVERIFY(result.message.contains(server.baseUrl()));
    }

    void tooManyRequestsCarriesRetryAfter()
    {
        FakeHttpServer server;
        server.script({FakeHttpServer::problem(429, problemBody(429, "too_many_requests", "Wait a moment."),
                                               {{"Retry-After", "17"}})});
        ServerConnection connection(QUrl(server.baseUrl()), nullptr);
        LoginJob job(&connection, QStringLiteral("a@example.org"), QStringLiteral("x"));
        const ApiResult result = run(&job);
        QCOMPARE(result.status, 429);
        QCOMPARE(result.retryAfterSeconds, 17);
        QCOMPARE(result.code(), QStringLiteral("too_many_requests"));
        QCOMPARE(server.requests().size(), 1);
    }

    void autoDeleteAfterFinished()
    {
        FakeHttpServer server;
        server.script({FakeHttpServer::json(204, {})});
        ServerConnection connection(QUrl(server.baseUrl()), nullptr);
        QPointer<ApiJob> job = new ApiJob(&connection, "DELETE", QStringLiteral("/api/v1/x"));
        QCOMPARE(job->parent(), &connection);
        bool ok = false;
        connect(job, &ApiJob::finished, this, [&ok](const ApiResult& result) { ok = result.ok(); });
        job->start();
        QTRY_VERIFY(job.isNull());
        QVERIFY(ok);
    }
};

QTEST_GUILESS_MAIN(TestApiJob)
#include "tst_apijob.moc"

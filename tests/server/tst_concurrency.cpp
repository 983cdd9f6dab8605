// Concurrent edits of one user through a real server: optimistic concurrency with ETags must lose
// nothing, whatever the interleaving, on SQLite and PostgreSQL alike.
#include "ApiClient.h"
#include "Scenario.h"
#include "TestServer.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace steward::test;

class TestConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void secondWriterGets412AndLosesNothing();
    void parallelPatchesWithOneETag();
    void parallelPatchesWithAnyETag();
    void readModifyWriteLosesNothing();
    void noServerErrors();

private:
    struct Outcome
    {
        int status = 0;
        QByteArray etag;
        QJsonObject body;
    };
    // Sends `bodies.size()` PATCHes of one user at once (several connections), each with `ifMatch`.
    QList<Outcome> patchAtOnce(const QString& path, const QList<QJsonObject>& bodies, const QByteArray& ifMatch);
    qint64 versionOf(const QString& path);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Scenario> m_scenario;
    Scenario::Account m_owner;
    QString m_userPath;
};

void TestConcurrency::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral("tst_concurrency"));
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
    m_scenario = std::make_unique<Scenario>(*m_server);
    m_owner = m_scenario->createCompany(QStringLiteral("Busy"));
    ApiClient& admin = m_scenario->admin();
    const QString company = QStringLiteral("/api/v1/companies/") + m_owner.companyId;
    const ApiReply fields =
        admin.patch(company,
                    QJsonObject{{QStringLiteral("customFields"),
                                 QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("counter")},
                                                        {QStringLiteral("label"), QStringLiteral("Counter")},
                                                        {QStringLiteral("type"), QStringLiteral("number")}}}}},
                    admin.get(company).etag());
    QCOMPARE(fields.status, 200);
    m_userPath =
        QStringLiteral("/api/v1/users/") + m_scenario->createUser(m_owner.companyId, QStringLiteral("contended")).id;
}

qint64 TestConcurrency::versionOf(const QString& path)
{
    return m_scenario->admin().get(path).json().value(QStringLiteral("version")).toInteger();
}

QList<TestConcurrency::Outcome> TestConcurrency::patchAtOnce(const QString& path, const QList<QJsonObject>& bodies,
                                                             const QByteArray& ifMatch)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromPath(m_server->caFile()));
    // Several managers so that the requests really travel on separate connections at once.
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QList<QNetworkReply*> replies;
    for (qsizetype i = 0; i < bodies.size(); ++i) {
        if (i % 4 == 0)
            managers.push_back(std::make_unique<QNetworkAccessManager>());
        QNetworkRequest request(QUrl(m_server->baseUrl() + path));
        request.setSslConfiguration(ssl);
        request.setRawHeader("Authorization", "Bearer " + m_scenario->admin().token().toLatin1());
        request.setRawHeader("Content-Type", "application/json");
        request.setRawHeader("If-Match", ifMatch);
        replies.append(managers.back()->sendCustomRequest(request, "PATCH", QJsonDocument(bodies.at(i)).toJson()));
    }
    QList<Outcome> outcomes;
    for (QNetworkReply* reply : replies) {
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 60000))
            qWarning("a PATCH got no answer within a minute");
        outcomes.append({reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->rawHeader("ETag"),
                         QJsonDocument::fromJson(reply->readAll()).object()});
        reply->deleteLater();
    }
    return outcomes;
}

void TestConcurrency::secondWriterGets412AndLosesNothing()
{
    auto first = m_scenario->signIn(m_owner);
    auto second = m_scenario->signIn(m_owner);
    const ApiReply readByFirst = first->get(m_userPath);
    const ApiReply readBySecond = second->get(m_userPath);
    QCOMPARE(readByFirst.etag(), readBySecond.etag());

    const ApiReply won = first->patch(m_userPath, QJsonObject{{QStringLiteral("firstName"), QStringLiteral("Winner")}},
                                      readByFirst.etag());
    QCOMPARE(won.status, 200);
    const QJsonObject secondChange{{QStringLiteral("lastName"), QStringLiteral("Patient")}};
    const ApiReply lost = second->patch(m_userPath, secondChange, readBySecond.etag());
    QCOMPARE(lost.status, 412);
    QVERIFY(lost.contentType().startsWith("application/problem+json"));
    QCOMPARE(second->get(m_userPath).json().value(QStringLiteral("lastName")),
             readBySecond.json().value(QStringLiteral("lastName")));

    // The second client reloads and applies its change on top of the first one's.
    const ApiReply reread = second->get(m_userPath);
    QCOMPARE(reread.etag(), won.etag());
    QCOMPARE(reread.json().value(QStringLiteral("firstName")).toString(), QStringLiteral("Winner"));
    const ApiReply applied = second->patch(m_userPath, secondChange, reread.etag());
    QCOMPARE(applied.status, 200);
    const QJsonObject final = first->get(m_userPath).json();
    QCOMPARE(final.value(QStringLiteral("firstName")).toString(), QStringLiteral("Winner"));
    QCOMPARE(final.value(QStringLiteral("lastName")).toString(), QStringLiteral("Patient"));
    QCOMPARE(final.value(QStringLiteral("version")).toInteger(),
             readByFirst.json().value(QStringLiteral("version")).toInteger() + 2);
}

void TestConcurrency::parallelPatchesWithOneETag()
{
    const ApiReply read = m_scenario->admin().get(m_userPath);
    const qint64 before = read.json().value(QStringLiteral("version")).toInteger();
    QList<QJsonObject> bodies;
    for (int i = 0; i < 12; ++i)
        bodies.append({{QStringLiteral("firstName"), QString(QStringLiteral("Same") + QChar(u'A' + i))}});
    const QList<Outcome> outcomes = patchAtOnce(m_userPath, bodies, read.etag());
    int ok = 0;
    QString winner;
    for (const Outcome& o : outcomes) {
        QVERIFY2(o.status == 200 || o.status == 412, qPrintable(QString::number(o.status)));
        if (o.status == 200) {
            ++ok;
            winner = o.body.value(QStringLiteral("firstName")).toString();
        }
    }
    // Everyone edited the same version: exactly one edit can apply.
    QCOMPARE(ok, 1);
    QCOMPARE(versionOf(m_userPath), before + 1);
    QCOMPARE(m_scenario->admin().get(m_userPath).json().value(QStringLiteral("firstName")).toString(), winner);
}

void TestConcurrency::parallelPatchesWithAnyETag()
{
    // "If-Match: *" accepts any version; a write that races another still never overwrites blindly.
    const qint64 before = versionOf(m_userPath);
    QList<QJsonObject> bodies;
    for (int i = 0; i < 16; ++i)
        bodies.append({{QStringLiteral("lastName"), QString(QStringLiteral("Any") + QChar(u'A' + i))}});
    const QList<Outcome> outcomes = patchAtOnce(m_userPath, bodies, "*");
    int ok = 0;
    qint64 newest = 0;
    QString newestName;
    QSet<QByteArray> etags;
    for (const Outcome& o : outcomes) {
        QVERIFY2(o.status == 200 || o.status == 412, qPrintable(QString::number(o.status)));
        if (o.status != 200)
            continue;
        ++ok;
        QVERIFY(!etags.contains(o.etag)); // each success made its own version
        etags.insert(o.etag);
        const qint64 version = o.body.value(QStringLiteral("version")).toInteger();
        if (version > newest) {
            newest = version;
            newestName = o.body.value(QStringLiteral("lastName")).toString();
        }
    }
    QVERIFY(ok >= 1);
    QCOMPARE(versionOf(m_userPath), before + ok);
    QCOMPARE(newest, before + ok);
    QCOMPARE(m_scenario->admin().get(m_userPath).json().value(QStringLiteral("lastName")).toString(), newestName);
}

void TestConcurrency::readModifyWriteLosesNothing()
{
    // Workers on their own threads each add 1 to a counter, re-reading after every 412: with
    // optimistic concurrency no increment may be lost.
    constexpr int kWorkers = 6;
    constexpr int kRounds = 4;
    const QString token = m_scenario->admin().token();
    const qint64 before = versionOf(m_userPath);
    std::atomic<int> conflicts{0};
    std::atomic<int> failures{0};
    QList<QThread*> threads;
    for (int w = 0; w < kWorkers; ++w) {
        threads.append(QThread::create([&, token] {
            ApiClient client(*m_server);
            client.setToken(token);
            for (int round = 0; round < kRounds; ++round) {
                for (int attempt = 0; attempt < 200; ++attempt) {
                    const ApiReply read = client.get(m_userPath);
                    const int counter = read.json()[QStringLiteral("customFields")][QStringLiteral("counter")].toInt();
                    const ApiReply write =
                        client.patch(m_userPath,
                                     QJsonObject{{QStringLiteral("customFields"),
                                                  QJsonObject{{QStringLiteral("counter"), counter + 1}}}},
                                     read.etag());
                    if (write.status == 200)
                        break;
                    if (write.status == 412) {
                        ++conflicts;
                        continue;
                    }
                    qWarning("unexpected answer: %s", qPrintable(write.describe()));
                    ++failures;
                    break;
                }
            }
        }));
    }
    for (QThread* t : threads)
        t->start();
    for (QThread* t : threads) {
        QVERIFY(t->wait(240000));
        delete t;
    }
    QCOMPARE(failures.load(), 0);
    const QJsonObject user = m_scenario->admin().get(m_userPath).json();
    QCOMPARE(user[QStringLiteral("customFields")][QStringLiteral("counter")].toInt(), kWorkers * kRounds);
    QCOMPARE(user.value(QStringLiteral("version")).toInteger(), before + kWorkers * kRounds);
    qInfo("%d conflicts resolved by re-reading", conflicts.load());
}

void TestConcurrency::noServerErrors()
{
    // Contention must show up as 412s, never as a database error turned into a 500. (Request
    // errors are logged as "error <request id> <path>: ..."; background workers log their own.)
    static const QRegularExpression requestError(QStringLiteral("^error [0-9a-f]{16} "));
    for (const QByteArray& line : m_server->log().split('\n'))
        QVERIFY2(!requestError.match(QString::fromUtf8(line)).hasMatch(), line.constData());
    static const QRegularExpression status500(QStringLiteral("^access .* 500 \\d+us$"));
    for (const QByteArray& line : m_server->log().split('\n'))
        QVERIFY2(!status500.match(QString::fromUtf8(line)).hasMatch(), line.constData());
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"

// The users model over a search the real server counts only up to 10,000 (`totalExact: false`,
// docs/api.md): a company of 10,150 users (steward-server seed-demo, a few seconds) searched by its
// mail domain. The table starts at the lower bound, grows as the view reaches its end, and stops
// exactly where the server's last page does, with the same rows the API lists.
#include "ModelTestSupport.h"
#include "Scenario.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <models/UsersModel.h>
#include <net/jobs/ListJob.h>

using namespace steward;
using namespace steward::models;
using namespace steward::test;

namespace {

constexpr qint64 kUsers = 10150;      // past the server's count limit by one full page and a half
constexpr qint64 kCountLimit = 10000; // server/store/UserStore.h
constexpr int kWaitMs = 60000;

} // namespace

class TestModelsInexact : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ModelClient> m_client;
    QString m_companyId;
    QString m_domain;

    ApiReply adminGet(const QString& path)
    {
        ApiClient api(*m_server);
        if (api.loginAsAdmin().status != 200)
            return {};
        return api.get(path);
    }

    QString usersQuery() const
    {
        return QStringLiteral("company=") + m_companyId + QStringLiteral("&q=") +
               QString::fromLatin1(QUrl::toPercentEncoding(m_domain));
    }

    std::unique_ptr<UsersModel> searchedUsers()
    {
        auto model = std::make_unique<UsersModel>(m_client->connection());
        model->setFilter(QStringLiteral("company"), m_companyId);
        model->setSearch(m_domain);
        return model;
    }

    // The view at the last known rows, until what that asked for has arrived.
    static bool atTheEnd(UsersModel& model)
    {
        const int rows = model.rowCount();
        model.setVisibleRows(qMax(0, rows - 36), rows - 1);
        QTest::qWait(100); // the model's debounce (40 ms), so that its requests are under way
        return QTest::qWaitFor([&] { return model.isRowLoaded(rows - 1) && !model.isLoading(); }, kWaitMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(QStringLiteral("models_inexact"));
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
        QVERIFY(!m_server->isPostgres());
        // Seeded into the server's SQLite file while it runs idle, then restarted on the full store
        // (as tst_models_scale does).
        QByteArray out;
        const int seeded = m_server->seedDemo(1, kUsers, &out, kWaitMs);
        QVERIFY2(seeded == 0, out.constData());
        QVERIFY2(m_server->restart(), qPrintable(m_server->errorText()));

        const ApiReply companies = adminGet(QStringLiteral("/api/v1/companies?limit=10"));
        QCOMPARE(companies.status, 200);
        const QJsonArray items = companies.json().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        m_companyId = items.first().toObject().value(QStringLiteral("id")).toString();
        const ApiReply first = adminGet(QStringLiteral("/api/v1/users?limit=1&company=") + m_companyId);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().value(QStringLiteral("total")).toInteger(), kUsers);
        m_domain = QLatin1Char('@') + first.json()
                                          .value(QStringLiteral("items"))
                                          .toArray()
                                          .first()
                                          .toObject()
                                          .value(QStringLiteral("email"))
                                          .toString()
                                          .section(QLatin1Char('@'), 1);
        QVERIFY(m_domain.size() > 3);

        m_client = std::make_unique<ModelClient>(*m_server);
        QVERIFY(m_client->signIn(QString::fromLatin1(TestServer::kAdminEmail),
                                 QString::fromLatin1(TestServer::kAdminPassword)));
    }

    void listJobReadsTheLowerBound()
    {
        net::ListJob job(m_client->connection(), QStringLiteral("/api/v1/users"));
        job.setAutoDelete(false);
        job.setParameter(QStringLiteral("company"), m_companyId);
        job.setSearch(m_domain);
        job.setLimit(5);
        QSignalSpy finished(&job, &net::ApiJob::finished);
        job.start();
        QVERIFY(finished.wait(kWaitMs));
        QVERIFY2(job.result().ok(), qPrintable(job.result().message));
        QCOMPARE(job.total(), kCountLimit);
        QVERIFY(!job.totalExact());
        QCOMPARE(job.items().size(), 5);

        // Without the search the company's counter answers, exactly.
        net::ListJob all(m_client->connection(), QStringLiteral("/api/v1/users"));
        all.setAutoDelete(false);
        all.setParameter(QStringLiteral("company"), m_companyId);
        all.setLimit(1);
        QSignalSpy allFinished(&all, &net::ApiJob::finished);
        all.start();
        QVERIFY(allFinished.wait(kWaitMs));
        QCOMPARE(all.total(), kUsers);
        QVERIFY(all.totalExact());
    }

    void growsToTheServersLastPage()
    {
        auto model = searchedUsers();
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(model.get(), &RemoteTableModel::refreshed);
        QSignalSpy totals(model.get(), &RemoteTableModel::totalChanged);
        model->refresh();
        QVERIFY(refreshed.wait(kWaitMs));
        QCOMPARE(model->total(), kCountLimit);
        QCOMPARE(model->rowCount(), int(kCountLimit));
        QVERIFY(!model->totalExact());

        // A full page past the bound: 100 more rows, still a bound.
        QVERIFY(atTheEnd(*model));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), int(kCountLimit) + 100, kWaitMs);
        QVERIFY(!model->totalExact());
        QCOMPARE(totals.last().at(0).toLongLong(), kCountLimit + 100);
        // The last page is short: the total is exact, and the table ends where the server's list does.
        QVERIFY(atTheEnd(*model));
        QTRY_VERIFY_WITH_TIMEOUT(model->totalExact(), kWaitMs);
        QCOMPARE(model->total(), kUsers);
        QCOMPARE(model->rowCount(), int(kUsers));
        QVERIFY(atTheEnd(*model));

        const ApiReply last =
            adminGet(QStringLiteral("/api/v1/users?limit=100&offset=%1&").arg(kCountLimit + 100) + usersQuery());
        QCOMPARE(last.status, 200);
        QVERIFY(last.json().value(QStringLiteral("totalExact")).toBool());
        const QJsonArray items = last.json().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), int(kUsers - kCountLimit - 100));
        for (int i = 0; i < items.size(); ++i)
            QCOMPARE(model->idAt(int(kCountLimit) + 100 + i),
                     items.at(i).toObject().value(QStringLiteral("id")).toString());

        // Back at the top, a refresh starts from the bound again.
        model->setVisibleRows(0, 35);
        QTest::qWait(100);
        model->refresh();
        QVERIFY(refreshed.wait(kWaitMs));
        QCOMPARE(model->rowCount(), int(kCountLimit));
        QVERIFY(!model->totalExact());
        QCOMPARE(totals.last().at(0).toLongLong(), kCountLimit);

        // Without the search, the company's exact count.
        model->setSearch(QString());
        QVERIFY(refreshed.wait(kWaitMs));
        QVERIFY(model->totalExact());
        QCOMPARE(model->rowCount(), int(kUsers));
    }

    void cleanupTestCase() { m_client.reset(); }
};

QTEST_MAIN(TestModelsInexact)
#include "tst_models_inexact.moc"

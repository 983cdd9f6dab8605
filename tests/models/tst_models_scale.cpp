// The users model over a million users (steward-server seed-demo): scrolling to the end and back
// loads only the windows looked at, the cache never holds more than its bound, and sorting and
// searching still answer. Slow (the seeding alone takes minutes): label `scale`.
#include "CountingFetcher.h"
#include "ModelTestSupport.h"
#include "Scenario.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <models/NetworkPageFetcher.h>
#include <models/UsersModel.h>

using namespace steward;
using namespace steward::models;
using namespace steward::test;

namespace {

constexpr qint64 kUsers = 1000000;
constexpr int kWaitMs = 120000;

} // namespace

class TestModelsScale : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ModelClient> m_client;
    std::unique_ptr<NetworkPageFetcher> m_network;
    std::unique_ptr<CountingFetcher> m_fetcher;
    std::unique_ptr<UsersModel> m_model;

    // A drag of the scrollbar from `from` to `to` over about two seconds, the view reporting its
    // window every few milliseconds, then waits for the window where it stopped.
    bool drag(int from, int to)
    {
        const int steps = 400;
        for (int i = 0; i <= steps; ++i) {
            const int first = from + int(qint64(to - from) * i / steps);
            m_model->setVisibleRows(first, first + 35);
            QTest::qWait(5);
        }
        return QTest::qWaitFor(
            [&] { return m_model->isRowLoaded(to) && m_model->isRowLoaded(to + 35) && !m_model->isLoading(); },
            kWaitMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(QStringLiteral("models_scale"));
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
        QVERIFY(!m_server->isPostgres());
        // Seeded into the server's own SQLite file (TestServer can restart a running server only, so
        // it runs meanwhile, idle), then restarted so that it starts on the full store.
        QElapsedTimer timer;
        timer.start();
        QByteArray out;
        const int seeded = m_server->seedDemo(1000, kUsers, &out, 30 * 60 * 1000);
        QVERIFY2(seeded == 0, out.constData());
        qInfo("seed-demo took %.1f s: %s", double(timer.elapsed()) / 1000, out.trimmed().constData());
        QVERIFY2(m_server->restart(), qPrintable(m_server->errorText()));

        m_client = std::make_unique<ModelClient>(*m_server);
        QVERIFY(m_client->signIn(QString::fromLatin1(TestServer::kAdminEmail),
                                 QString::fromLatin1(TestServer::kAdminPassword)));
        m_network = std::make_unique<NetworkPageFetcher>(m_client->connection());
        m_fetcher = std::make_unique<CountingFetcher>(m_network.get());
        m_model = std::make_unique<UsersModel>(m_fetcher.get());
        QSignalSpy refreshed(m_model.get(), &RemoteTableModel::refreshed);
        timer.restart();
        m_model->refresh();
        QVERIFY(refreshed.wait(kWaitMs));
        qInfo("first page of %lld users in %lld ms", m_model->total(), timer.elapsed());
        // Every seeded user plus the platform administrator.
        QVERIFY2(m_model->total() > kUsers, qPrintable(QString::number(m_model->total())));
        QCOMPARE(m_model->rowCount(), int(m_model->total()));
    }

    void scrollsToTheEndAndBackWithinTheCacheBound()
    {
        QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int end = m_model->rowCount() - 36;
        const int requestsBefore = m_fetcher->requests;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(drag(0, end));
        qInfo("to the end: %d requests (%d cancelled), %lld ms", m_fetcher->requests - requestsBefore,
              m_fetcher->cancels, timer.elapsed());
        QVERIFY(!m_model->idAt(m_model->rowCount() - 1).isEmpty());
        QVERIFY(m_model->cachedRowCount() <= m_model->maxCachedRows());

        timer.restart();
        QVERIFY(drag(end, 0));
        qInfo("back to the top: %d requests in all (%d cancelled), %lld ms", m_fetcher->requests - requestsBefore,
              m_fetcher->cancels, timer.elapsed());
        // A request for each window the drag paused on, not for each of the 10,000 pages passed.
        QVERIFY2(m_fetcher->requests - requestsBefore < 200, qPrintable(QString::number(m_fetcher->requests)));
        QVERIFY2(m_model->peakCachedRows() <= m_model->maxCachedRows(),
                 qPrintable(QString::number(m_model->peakCachedRows())));
        QCOMPARE(m_model->total(), qint64(m_model->rowCount()));
    }

    void sortingStillAnswers()
    {
        QSignalSpy refreshed(m_model.get(), &RemoteTableModel::refreshed);
        QElapsedTimer timer;
        timer.start();
        m_model->sort(UsersModel::Name, Qt::DescendingOrder);
        QVERIFY(refreshed.wait(kWaitMs));
        qInfo("sorted by last name, descending, in %lld ms", timer.elapsed());
        ApiClient api(*m_server);
        QCOMPARE(api.loginAsAdmin().status, 200);
        const ApiReply direct = api.get(QStringLiteral("/api/v1/users?sort=-lastName,-firstName&limit=40"));
        QCOMPARE(direct.status, 200);
        const QJsonArray items = direct.json().value(QStringLiteral("items")).toArray();
        for (int row = 0; row < items.size(); ++row)
            QCOMPARE(m_model->idAt(row), items.at(row).toObject().value(QStringLiteral("id")).toString());

        // And at the far end of that order.
        QVERIFY(drag(0, m_model->rowCount() - 36));
        QVERIFY(m_model->peakCachedRows() <= m_model->maxCachedRows());
    }

    void searchingStillAnswers()
    {
        m_model->setVisibleRows(0, 35);
        QSignalSpy refreshed(m_model.get(), &RemoteTableModel::refreshed);
        QTRY_VERIFY_WITH_TIMEOUT(m_model->isRowLoaded(0), kWaitMs);
        const QString lastName = m_model->itemAt(0).value(QStringLiteral("lastName")).toString();
        QElapsedTimer timer;
        timer.start();
        m_model->setSearch(lastName);
        QVERIFY(refreshed.wait(kWaitMs));
        qInfo("search for %s: %lld users in %lld ms", qPrintable(lastName), m_model->total(), timer.elapsed());
        QVERIFY(m_model->total() > 0 && m_model->total() < kUsers);
        QVERIFY(
            m_model->itemAt(0).value(QStringLiteral("lastName")).toString().contains(lastName, Qt::CaseInsensitive) ||
            m_model->itemAt(0).value(QStringLiteral("firstName")).toString().contains(lastName, Qt::CaseInsensitive) ||
            m_model->itemAt(0).value(QStringLiteral("email")).toString().contains(lastName, Qt::CaseInsensitive) ||
            m_model->itemAt(0).value(QStringLiteral("username")).toString().contains(lastName, Qt::CaseInsensitive));
        ApiClient api(*m_server);
        QCOMPARE(api.loginAsAdmin().status, 200);
        const ApiReply direct = api.get(QStringLiteral("/api/v1/users?limit=1&q=") +
                                        QString::fromLatin1(QUrl::toPercentEncoding(lastName)));
        QCOMPARE(direct.status, 200);
        QCOMPARE(m_model->total(), qint64(direct.json().value(QStringLiteral("total")).toDouble()));

        m_model->setSearch(QString());
        QVERIFY(refreshed.wait(kWaitMs));
        QVERIFY(m_model->total() > kUsers);
        QVERIFY(m_model->peakCachedRows() <= m_model->maxCachedRows());
    }

    void cleanupTestCase()
    {
        m_model.reset();
        m_fetcher.reset();
        m_network.reset();
    }
};

QTEST_MAIN(TestModelsScale)
#include "tst_models_scale.moc"

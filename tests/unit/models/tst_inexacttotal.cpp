// A list whose server stops counting at a limit (the user list's `totalExact: false`): the model
// sizes the table from the lower bound, grows it as the pages past it come back full, makes the
// total exact at a short or empty page, and starts over from the bound on a refresh, search, filter
// or sort. QAbstractItemModelTester watches every step.
#include "FakePageFetcher.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <models/ListLength.h>
#include <models/UsersModel.h>

using namespace steward;
using namespace steward::models;
using namespace steward::test;

namespace {

QString userId(int n)
{
    return fakeUser(n).value(QStringLiteral("id")).toString();
}

} // namespace

class TestInexactTotal : public QObject
{
    Q_OBJECT

private:
    // The view at the last known rows, until what they asked for has arrived.
    static bool atTheEnd(UsersModel& model)
    {
        const int rows = model.rowCount();
        model.setVisibleRows(qMax(0, rows - 36), rows - 1);
        QTest::qWait(20); // the model's debounce (5 ms), so that its requests are under way
        return QTest::qWaitFor([&] { return model.isRowLoaded(rows - 1) && !model.isLoading(); }, 5000);
    }

    static std::unique_ptr<UsersModel> modelOver(FakePageFetcher& fetcher)
    {
        auto model = std::make_unique<UsersModel>(&fetcher);
        model->setDebounceInterval(5);
        return model;
    }

private Q_SLOTS:
    void lengthFoldsTheAnswers()
    {
        ListLength length;
        QVERIFY(!length.isKnown());
        // An empty page past the end of an inexact count tells only where the rows end at the latest.
        length.add(500, 0, 500, false);
        QVERIFY(!length.isKnown());
        QCOMPARE(length.end(), qint64(500));
        length.add(0, 100, 300, false);
        QCOMPARE(length.rows(), qint64(300));
        QVERIFY(!length.isExact());
        length.add(300, 100, 400, false);
        QCOMPARE(length.rows(), qint64(400));
        QVERIFY(!length.isExact());
        length.add(400, 100, 500, false); // full up to where the empty page was: the end
        QCOMPARE(length.rows(), qint64(500));
        QVERIFY(length.isExact());
        length.add(0, 100, 300, false); // a bound the exact count already covers
        QCOMPARE(length.rows(), qint64(500));
        QVERIFY(length.isExact());
        length.add(500, 100, 600, false); // rows past the exact count: the list grew meanwhile
        QCOMPARE(length.rows(), qint64(600));
        QVERIFY(!length.isExact());
        length.add(600, 40, 640, true);
        QCOMPARE(length.rows(), qint64(640));
        QVERIFY(length.isExact());

        ListLength shrunk;
        shrunk.add(0, 100, 1000, false);
        shrunk.add(700, 0, 1000, false); // empty inside the bound: fewer rows than counted before
        QCOMPARE(shrunk.rows(), qint64(700));
        QVERIFY(shrunk.isExact());
        QVERIFY(ListLength::exactly(0).isKnown() && ListLength::exactly(0).isExact());
    }

    void exactListsDoNotPagePastTheirTotal()
    {
        FakePageFetcher fetcher;
        fetcher.virtualRows = 1000;
        auto model = modelOver(fetcher);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->refresh();
        QTRY_VERIFY(model->isRowLoaded(0) && !model->isLoading());
        QVERIFY(model->totalExact());
        QVERIFY(atTheEnd(*model));
        QTest::qWait(30);
        QCOMPARE(model->rowCount(), 1000);
        for (const PageRequest& request : std::as_const(fetcher.requests))
            QVERIFY2(request.offset < 1000, qPrintable(QString::number(request.offset)));
    }

    void growsPastALowerBoundUntilAShortPage()
    {
        FakePageFetcher fetcher;
        fetcher.virtualRows = 1250;
        fetcher.countLimit = 1000;
        auto model = modelOver(fetcher);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy totals(model.get(), &RemoteTableModel::totalChanged);
        QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
        model->refresh();
        QTRY_VERIFY(model->isRowLoaded(0) && !model->isLoading());
        QCOMPARE(model->rowCount(), 1000);
        QCOMPARE(model->total(), qint64(1000));
        QVERIFY(!model->totalExact());
        QCOMPARE(totals.last().at(0).toLongLong(), qint64(1000));

        // Near the end of the known rows the page past them comes along; a full one adds its rows.
        model->setVisibleRows(964, 999);
        QTRY_COMPARE(model->rowCount(), 1100);
        QVERIFY(!model->totalExact());
        QCOMPARE(fetcher.requests.last().offset, qint64(1000));
        QCOMPARE(inserted.last().at(1).toInt(), 1000);
        QCOMPARE(inserted.last().at(2).toInt(), 1099);
        QCOMPARE(totals.last().at(0).toLongLong(), qint64(1100));
        QTRY_VERIFY(model->isRowLoaded(1099));
        QCOMPARE(model->idAt(1099), userId(1099));
        // No further while the view stays where it is.
        QTest::qWait(30);
        QCOMPARE(model->rowCount(), 1100);

        QVERIFY(atTheEnd(*model));
        QTRY_COMPARE(model->rowCount(), 1200);
        QVERIFY(!model->totalExact());
        // A short page: the list ends there and the total is exact.
        QVERIFY(atTheEnd(*model));
        QTRY_VERIFY(model->totalExact());
        QCOMPARE(model->rowCount(), 1250);
        QCOMPARE(model->total(), qint64(1250));
        QCOMPARE(totals.last().at(0).toLongLong(), qint64(1250));
        QVERIFY(atTheEnd(*model));
        QCOMPARE(model->idAt(1249), userId(1249));
        const qsizetype requests = fetcher.requests.size();
        QTest::qWait(30);
        QCOMPARE(fetcher.requests.size(), requests);
        for (const PageRequest& request : std::as_const(fetcher.requests))
            QVERIFY2(request.offset <= 1200, qPrintable(QString::number(request.offset)));
    }

    void emptyPageAtTheBoundMakesTheTotalExact()
    {
        FakePageFetcher fetcher;
        fetcher.virtualRows = 1100;
        fetcher.countLimit = 1000;
        auto model = modelOver(fetcher);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->refresh();
        QTRY_VERIFY(model->isRowLoaded(0) && !model->isLoading());
        QVERIFY(atTheEnd(*model));
        QTRY_COMPARE(model->rowCount(), 1100);
        QVERIFY(!model->totalExact());
        QSignalSpy totals(model.get(), &RemoteTableModel::totalChanged);
        QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
        QVERIFY(atTheEnd(*model));
        // The server's answer for the empty page still says "1,100, not exact": the emptiness tells.
        QTRY_VERIFY(model->totalExact());
        QCOMPARE(fetcher.requests.last().offset, qint64(1100));
        QCOMPARE(model->rowCount(), 1100);
        QCOMPARE(totals.size(), 1); // the count did not change, its exactness did
        QCOMPARE(totals.last().at(0).toLongLong(), qint64(1100));
        QCOMPARE(removed.size(), 0);
    }

    void filterRefreshAndSortStartOverFromTheBound()
    {
        FakePageFetcher fetcher;
        fetcher.rows = fakeUsers(900);
        fetcher.countLimit = 500;
        auto model = modelOver(fetcher);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(model.get(), &RemoteTableModel::refreshed);
        model->refresh();
        QVERIFY(refreshed.wait());
        QCOMPARE(model->rowCount(), 500);
        QVERIFY(!model->totalExact());
        for (int i = 0; i < 10 && !model->totalExact(); ++i)
            QVERIFY(atTheEnd(*model));
        QVERIFY(model->totalExact());
        QCOMPARE(model->rowCount(), 900);

        // At the end of 900 rows, a filter leaves 600: the pages there come back empty and their
        // "lower bound" is only where they asked. The first page tells how long the list is.
        model->setFilter(QStringLiteral("state"), QStringLiteral("enabled"));
        QVERIFY(refreshed.wait());
        QCOMPARE(model->rowCount(), 500);
        QVERIFY(!model->totalExact());
        QCOMPARE(model->idAt(0), userId(1));
        for (int i = 0; i < 10 && !model->totalExact(); ++i)
            QVERIFY(atTheEnd(*model));
        QVERIFY(model->totalExact());
        QCOMPARE(model->rowCount(), 600);
        QCOMPARE(model->idAt(599), userId(899));

        // Back at the top, a refresh forgets what paging found: the bound again.
        model->setVisibleRows(0, 35);
        QTest::qWait(30);
        model->refresh();
        QVERIFY(refreshed.wait());
        QCOMPARE(model->rowCount(), 500);
        QVERIFY(!model->totalExact());

        // A search with few matches is counted exactly.
        model->setSearch(QStringLiteral("Last00001"));
        QVERIFY(refreshed.wait());
        QVERIFY(model->totalExact());
        QCOMPARE(model->rowCount(), 67); // users 100-199, less the deactivated third
        model->setSearch(QString());
        QVERIFY(refreshed.wait());
        QVERIFY(!model->totalExact());
        model->sort(UsersModel::Name, Qt::DescendingOrder);
        QVERIFY(refreshed.wait());
        QCOMPARE(model->rowCount(), 500);
        QVERIFY(!model->totalExact());
        QCOMPARE(model->idAt(0), userId(899));
    }
};

QTEST_MAIN(TestInexactTotal)
#include "tst_inexacttotal.moc"

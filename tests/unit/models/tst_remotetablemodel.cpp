// RemoteTableModel's paging against a fake page source: the total sizes the table, only the pages
// around the visible rows are fetched, fast scrolls are coalesced, pages scrolled past are
// cancelled, the cache stays within its bound, and a refresh keeps rows by id.
#include "FakePageFetcher.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <models/UsersModel.h>

using namespace steward;
using namespace steward::models;
using namespace steward::test;

class TestRemoteTableModel : public QObject
{
    Q_OBJECT

private:
    // A model over `fetcher` with its first rows loaded.
    static std::unique_ptr<UsersModel> loaded(FakePageFetcher& fetcher)
    {
        auto model = std::make_unique<UsersModel>(&fetcher);
        model->setDebounceInterval(5);
        model->refresh();
        if (!QTest::qWaitFor([&] { return model->isRowLoaded(0); }, 5000))
            return nullptr;
        return model;
    }

private Q_SLOTS:
    void nothingLoadsBeforeRefresh()
    {
        FakePageFetcher fetcher;
        fetcher.virtualRows = 10;
        UsersModel model(&fetcher);
        model.setVisibleRows(0, 5);
        QTest::qWait(100);
        QCOMPARE(fetcher.requests.size(), 0);
        QCOMPARE(model.rowCount(), 0);
    }

    void totalSizesTheTableFromOnePage()
    {
        FakePageFetcher fetcher;
        fetcher.virtualRows = 1000000;
        auto model = loaded(fetcher);
        QVERIFY(model);
        QCOMPARE(model->rowCount(), 1000000);
        QCOMPARE(model->total(), qint64(1000000));
        QCOMPARE(fetcher.requests.size(), 1);
        QCOMPARE(fetcher.requests.first().offset, qint64(0));
        QCOMPARE(fetcher.requests.first().limit, RemoteTableModel::kDefaultPageSize);
        QCOMPARE(fetcher.requests.first().path, QStringLiteral("/api/v1/users"));
        QCOMPARE(model->cachedRowCount(), 100);
        QCOMPARE(model->data(model->index(0, UsersModel::Email)).toString(), QStringLiteral("user0000000@example.com"));
        QCOMPARE(model->idAt(3), fakeUser(3).value(QStringLiteral("id")).toString());
        QCOMPARE(model->rowForId(model->idAt(42)), 42);
    }

    void unloadedRowShowsPlaceholderAndLoadsItsPage()
    {
        FakePageFetcher fetcher;
        fetcher.virtualRows = 1000000;
        auto model = loaded(fetcher);
        QVERIFY(model);
        const QModelIndex far = model->index(654321, UsersModel::Name);
        QCOMPARE(model->data(far).toString(), QStringLiteral("Loading…"));
        QCOMPARE(model->data(far, RemoteTableModel::LoadedRole).toBool(), false);
        QVERIFY(model->data(far, RemoteTableModel::IdRole).isNull());
        QVERIFY(model->itemAt(654321).isEmpty());
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        QTRY_VERIFY(model->isRowLoaded(654321));
        QCOMPARE(fetcher.requests.last().offset, qint64(654300));
        QCOMPARE(model->data(far).toString(), QStringLiteral("Ana Last0654321"));
        QCOMPARE(model->itemAt(654321).value(QStringLiteral("email")).toString(),
                 QStringLiteral("user0654321@example.com"));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().at(0).toModelIndex().row(), 654300);
        QCOMPARE(changed.last().at(1).toModelIndex().row(), 654399);
    }

    void visibleWindowLoadsPagesAroundIt()
    {
        FakePageFetcher fetcher;
        fetcher.virtualRows = 1000000;
        auto model = loaded(fetcher);
        QVERIFY(model);
        fetcher.requests.clear();
        model->setVisibleRows(5030, 5080); // with half a page either side: rows 4980–5130
        QTRY_VERIFY(!model->isLoading() && fetcher.requests.size() == 3);
        QList<qint64> offsets;
        for (const PageRequest& r : fetcher.requests)
            offsets.append(r.offset);
        std::sort(offsets.begin(), offsets.end());
        QCOMPARE(offsets, (QList<qint64>{4900, 5000, 5100}));
        for (int row : {4980, 5030, 5080, 5130})
            QVERIFY2(model->isRowLoaded(row), qPrintable(QString::number(row)));
    }

    void fastScrollToTheEndSendsAFewRequests()
    {
        FakePageFetcher fetcher;
        fetcher.virtualRows = 1000000;
        auto model = loaded(fetcher);
        QVERIFY(model);
        fetcher.requests.clear();
        // A drag of the scrollbar from top to bottom: a thousand windows with no event loop between
        // them, as when the view reports faster than the timer can fire.
        for (int first = 0; first <= 999960; first += 1000)
            model->setVisibleRows(first, first + 40);
        model->setVisibleRows(999960, 999999);
        QTRY_VERIFY(model->isRowLoaded(999999));
        QTRY_VERIFY(!model->isLoading());
        QVERIFY2(fetcher.requests.size() <= 2, qPrintable(QString::number(fetcher.requests.size())));
        QCOMPARE(fetcher.requests.last().offset, qint64(999900));

        // The same drag spread over the event loop still costs only a handful of requests.
        fetcher.requests.clear();
        for (int first = 999960; first >= 0; first -= 20000) {
            model->setVisibleRows(first, first + 40);
            QCoreApplication::processEvents();
        }
        model->setVisibleRows(0, 40);
        QTRY_VERIFY(!model->isLoading());
        QVERIFY(model->isRowLoaded(0));
        QVERIFY2(fetcher.requests.size() <= 15, qPrintable(QString::number(fetcher.requests.size())));
    }

    void pagesScrolledPastAreCancelled()
    {
        FakePageFetcher fetcher;
        fetcher.virtualRows = 1000000;
        auto model = loaded(fetcher);
        QVERIFY(model);
        fetcher.holdAnswers = true;
        model->setVisibleRows(5020, 5060); // with half a page either side: pages 49–51
        QTRY_COMPARE(fetcher.openCount(), 3);
        QCOMPARE(fetcher.openOffsets(), (QList<qint64>{4900, 5000, 5100}));
        QVERIFY(model->isLoading());

        model->setVisibleRows(500020, 500060);
        QTRY_COMPARE(fetcher.cancelled.size(), 3);
        QCOMPARE(fetcher.openOffsets(), (QList<qint64>{499900, 500000, 500100}));
        fetcher.release();
        QVERIFY(model->isRowLoaded(500020));
        QVERIFY(!model->isRowLoaded(5020));
        QVERIFY(!model->isLoading());

        // A page still wanted is not cancelled by a small move within it.
        model->setVisibleRows(700020, 700060);
        QTRY_COMPARE(fetcher.openCount(), 3);
        model->setVisibleRows(700025, 700065);
        QTest::qWait(50);
        QCOMPARE(fetcher.cancelled.size(), 3);
        QCOMPARE(fetcher.openCount(), 3);
        fetcher.release();
        QVERIFY(model->isRowLoaded(700065));
    }

    void cacheStaysWithinItsBound()
    {
        FakePageFetcher fetcher;
        fetcher.virtualRows = 1000000;
        auto model = loaded(fetcher);
        QVERIFY(model);
        model->setMaxCachedRows(500);
        QCOMPARE(model->maxCachedRows(), 500);
        QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
        for (int step = 0; step < 60; ++step) {
            const int first = step * 16661;
            model->setVisibleRows(first, first + 60);
            QTRY_VERIFY(model->isRowLoaded(first + 60));
            QVERIFY(model->cachedRowCount() <= 500);
            // Rows painted off the window (a delegate measuring them) count too.
            model->data(model->index((first + 500000) % 1000000, 0));
        }
        QTRY_VERIFY(!model->isLoading());
        QVERIFY2(model->peakCachedRows() <= 500, qPrintable(QString::number(model->peakCachedRows())));
        QVERIFY(model->peakCachedRows() >= 300);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(model->rowCount(), 1000000);
        // A page evicted long ago comes back when it is shown again.
        model->setVisibleRows(0, 40);
        QTRY_VERIFY(model->isRowLoaded(0));
    }

    void failedPageReportsAndIsNotHammered()
    {
        FakePageFetcher fetcher;
        fetcher.virtualRows = 1000;
        auto model = loaded(fetcher);
        QVERIFY(model);
        fetcher.failWith = QStringLiteral("The server is down.");
        QSignalSpy failed(model.get(), &RemoteTableModel::loadFailed);
        model->setVisibleRows(500, 540); // two pages fail: one message
        QTRY_VERIFY(!failed.isEmpty() && !model->isLoading());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().toString(), QStringLiteral("The server is down."));
        const qsizetype sent = fetcher.requests.size();
        for (int i = 0; i < 10; ++i) {
            model->data(model->index(520, 0));
            QTest::qWait(20);
        }
        QCOMPARE(fetcher.requests.size(), sent);
        QCOMPARE(model->data(model->index(520, 0)).toString(), QStringLiteral("Not loaded"));
        fetcher.failWith.clear();
        model->refresh();
        QTRY_VERIFY(model->isRowLoaded(520));
    }

    void sortAndSearchGoToTheServer()
    {
        FakePageFetcher fetcher;
        fetcher.rows = fakeUsers(300);
        auto model = loaded(fetcher);
        QVERIFY(model);
        QSignalSpy refreshed(model.get(), &RemoteTableModel::refreshed);

        model->sort(UsersModel::Name, Qt::DescendingOrder);
        QTRY_COMPARE(refreshed.size(), 1);
        QCOMPARE(fetcher.requests.last().sort, QStringLiteral("-lastName,-firstName"));
        QCOMPARE(model->sortColumn(), int(UsersModel::Name));
        QCOMPARE(model->data(model->index(0, UsersModel::Name)).toString(), QStringLiteral("Ana Last0000299"));

        model->sort(UsersModel::Roles, Qt::AscendingOrder); // not sortable on the server: default order
        QTRY_COMPARE(refreshed.size(), 2);
        QCOMPARE(fetcher.requests.last().sort, QString());
        QCOMPARE(model->sortColumn(), -1);

        model->setSearch(QStringLiteral("Last000012"));
        QTRY_COMPARE(refreshed.size(), 3);
        QCOMPARE(fetcher.requests.last().search, QStringLiteral("Last000012"));
        QCOMPARE(model->rowCount(), 10); // 120–129

        model->setSearch(QString());
        model->setStateFilter(QStringLiteral("deactivated"));
        QTRY_COMPARE(refreshed.size(), 4);
        QCOMPARE(fetcher.requests.last().parameters.value(QStringLiteral("state")), QStringLiteral("deactivated"));
        QCOMPARE(model->rowCount(), 100);
        QCOMPARE(model->data(model->index(0, UsersModel::State), RemoteTableModel::RawValueRole).toString(),
                 QStringLiteral("deactivated"));

        // Typing a search sends one request for the last text, not one per keystroke.
        model->setStateFilter(QString());
        const qsizetype before = fetcher.requests.size();
        for (const QString& text : {QStringLiteral("L"), QStringLiteral("La"), QStringLiteral("Las"),
                                    QStringLiteral("Last"), QStringLiteral("Last00002")})
            model->setSearch(text);
        QTRY_COMPARE(refreshed.size(), 5);
        QCOMPARE(fetcher.requests.size(), before + 1);
        QCOMPARE(model->rowCount(), 100);
    }

    void refreshKeepsRowsById()
    {
        FakePageFetcher fetcher;
        fetcher.rows = fakeUsers(300);
        auto model = loaded(fetcher);
        QVERIFY(model);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString kept = model->idAt(10);
        const QString gone = model->idAt(20);
        QPersistentModelIndex selected(model->index(10, UsersModel::Email));
        QPersistentModelIndex deleted(model->index(20, UsersModel::Email));

        // Five users created before the first rows, one deleted.
        QJsonArray rows;
        for (int n = 1000; n < 1005; ++n)
            rows.append(fakeUser(n));
        for (const QJsonValue& row : std::as_const(fetcher.rows)) {
            if (row.toObject().value(QStringLiteral("id")).toString() != gone)
                rows.append(row);
        }
        fetcher.rows = rows;
        QSignalSpy refreshed(model.get(), &RemoteTableModel::refreshed);
        QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
        model->refresh();
        QTRY_COMPARE(refreshed.size(), 1);
        QCOMPARE(model->rowCount(), 304);
        QCOMPARE(inserted.size(), 1);
        QVERIFY(selected.isValid());
        QCOMPARE(selected.row(), 15);
        QCOMPARE(selected.column(), int(UsersModel::Email));
        QCOMPARE(model->idAt(selected.row()), kept);
        QCOMPARE(model->rowForId(kept), 15);
        QVERIFY(!deleted.isValid()); // never moved onto another user
        QCOMPARE(model->rowForId(gone), -1);
    }

    void updateItemChangesTheRowInPlace()
    {
        FakePageFetcher fetcher;
        fetcher.rows = fakeUsers(50);
        auto model = loaded(fetcher);
        QVERIFY(model);
        QJsonObject user = model->itemAt(7);
        user.insert(QStringLiteral("state"), QStringLiteral("deactivated"));
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(model->updateItem(user));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 7);
        QCOMPARE(model->data(model->index(7, UsersModel::State)).toString(), QStringLiteral("Deactivated"));
        QVERIFY(!model->updateItem(fakeUser(999)));
    }

    void anAnswerOlderThanALocalUpdateDoesNotUndoIt()
    {
        // A refresh sent before a save, answered after it: its row is the version before the save.
        FakePageFetcher fetcher;
        QJsonArray rows = fakeUsers(20);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QJsonObject user = rows.at(i).toObject();
            user.insert(QStringLiteral("version"), 1);
            rows.replace(i, user);
        }
        fetcher.rows = rows;
        auto model = loaded(fetcher);
        QVERIFY(model);
        fetcher.holdAnswers = true;
        model->refresh();
        QJsonObject saved = model->itemAt(3);
        QVERIFY(!saved.isEmpty());
        saved.insert(QStringLiteral("state"), QStringLiteral("deactivated"));
        saved.insert(QStringLiteral("version"), 2);
        QVERIFY(model->updateItem(saved));
        QTRY_VERIFY(fetcher.openCount() > 0);
        fetcher.release();
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(model->itemAt(3).value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(model->data(model->index(3, UsersModel::State)).toString(), QStringLiteral("Deactivated"));
        // A later version from the server (someone else's edit) replaces it.
        QJsonObject later = rows.at(3).toObject();
        later.insert(QStringLiteral("version"), 3);
        later.insert(QStringLiteral("state"), QStringLiteral("enabled"));
        fetcher.rows.replace(3, later);
        model->refresh();
        QTRY_VERIFY(fetcher.openCount() > 0);
        fetcher.release();
        QTRY_COMPARE(model->itemAt(3).value(QStringLiteral("version")).toInt(), 3);
    }

    void searchFromFarDownShowsTheFirstRows()
    {
        FakePageFetcher fetcher;
        fetcher.rows = fakeUsers(3000);
        auto model = loaded(fetcher);
        QVERIFY(model);
        model->setVisibleRows(2800, 2840);
        QTRY_VERIFY(model->isRowLoaded(2840));
        QSignalSpy refreshed(model.get(), &RemoteTableModel::refreshed);
        model->setSearch(QStringLiteral("Last000001")); // 10–19
        QTRY_COMPARE(refreshed.size(), 1);
        QCOMPARE(model->rowCount(), 10);
        QVERIFY(model->isRowLoaded(0));
        QCOMPARE(model->data(model->index(0, UsersModel::Name)).toString(), QStringLiteral("Ana Last0000010"));
    }
};

QTEST_MAIN(TestRemoteTableModel)
#include "tst_remotetablemodel.moc"

// PageCache: least recently used pages go first, wanted pages never, and the row count follows.
#include <QJsonArray>
#include <QTest>
#include <models/PageCache.h>

using steward::models::PageCache;

namespace {

QJsonArray rows(int count)
{
    QJsonArray items;
    for (int i = 0; i < count; ++i)
        items.append(i);
    return items;
}

} // namespace

class TestPageCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evictsLeastRecentlyUsed()
    {
        PageCache cache(3);
        QVERIFY(cache.insert(0, rows(100)).isEmpty());
        QVERIFY(cache.insert(1, rows(100)).isEmpty());
        QVERIFY(cache.insert(2, rows(100)).isEmpty());
        QCOMPARE(cache.rowCount(), 300);
        cache.touch(0);
        QCOMPARE(cache.insert(3, rows(40)), (QList<qint64>{1}));
        QVERIFY(cache.contains(0));
        QVERIFY(!cache.contains(1));
        QCOMPARE(cache.rowCount(), 240);
        QCOMPARE(cache.pageCount(), 3);
    }

    void keepsWantedPages()
    {
        PageCache cache(2);
        cache.insert(0, rows(10));
        cache.insert(1, rows(10));
        QCOMPARE(cache.insert(2, rows(10), {0}), (QList<qint64>{1}));
        QVERIFY(cache.contains(0));
        // Everything wanted: the bound yields rather than dropping what is on screen.
        QVERIFY(cache.insert(3, rows(10), {0, 2}).isEmpty());
        QCOMPARE(cache.pageCount(), 3);
        QCOMPARE(cache.shrinkTo(1), (QList<qint64>{0, 2}));
        QCOMPARE(cache.pages(), (QList<qint64>{3}));
    }

    void replacingAPageKeepsTheCountRight()
    {
        PageCache cache(4);
        cache.insert(5, rows(100));
        cache.insert(5, rows(30));
        QCOMPARE(cache.rowCount(), 30);
        QVERIFY(cache.replaceItem(5, 3, QStringLiteral("x")));
        QCOMPARE(cache.find(5)->at(3).toString(), QStringLiteral("x"));
        QVERIFY(!cache.replaceItem(5, 30, 1));
        QVERIFY(!cache.find(6));
        cache.remove(5);
        QCOMPARE(cache.rowCount(), 0);
        cache.insert(1, rows(3));
        cache.clear();
        QCOMPARE(cache.pageCount(), 0);
        QCOMPARE(cache.rowCount(), 0);
    }

    void lowerBoundEvicts()
    {
        PageCache cache(5);
        for (int page = 0; page < 5; ++page)
            cache.insert(page, rows(1));
        QCOMPARE(cache.setMaxPages(2, {0}), (QList<qint64>{1, 2, 3}));
        QCOMPARE(cache.pageCount(), 2);
        QVERIFY(cache.contains(0));
        QVERIFY(cache.contains(4));
    }
};

QTEST_APPLESS_MAIN(TestPageCache)
#include "tst_pagecache.moc"

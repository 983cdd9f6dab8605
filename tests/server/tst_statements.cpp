// The store's statements on each back end's own library (store/PreparedStatement.h): on a database
// steward-server created and migrated (a SQLite file, or PostgreSQL under the `postgres` label,
// where statements run through libpq on Qt's connection). Values of every kind read back as they
// went in, `?` inside quotes and comments is no parameter, results of a nested use stay apart,
// failures throw their kind, Qt Sql's transactions include these statements, and on PostgreSQL a
// statement leaving the cache is released on the server and every text column compares bytes.
#include "TestServer.h"
#include "store/Database.h"
#include "store/Sql.h"
#include "store/StatementCache.h"
#include "store/StoreError.h"

#include <QTest>

using namespace steward::server;
using namespace steward::test;

class TestStatements : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Database> m_database;

    QSqlDatabase db() const { return m_database->connection(); }
    bool postgres() const { return m_server->isPostgres(); }
    static QString probeName() { return QStringLiteral("Zoë Ñúñez — 東京 'quoted' \"double\" \\ back"); }

    qint64 scalar(const QString& statement)
    {
        Sql q(db(), statement);
        q.exec();
        return q.next() ? q.integer(0) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(QStringLiteral("statements"));
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
        QString error;
        const auto url = DatabaseUrl::parse(m_server->databaseUrl(), &error);
        QVERIFY2(url, qPrintable(error));
        m_database = std::make_unique<Database>(*url);
        execDirect(db(), QStringLiteral("CREATE TABLE probe (id BIGINT PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                                        "note TEXT, amount DOUBLE PRECISION, flag INTEGER, at BIGINT)"));
    }

    void valuesReadBackAsTheyWentIn()
    {
        const QString name = probeName();
        const qint64 big = (qint64(1) << 53) + 7;
        Sql insert(db(),
                   QStringLiteral("INSERT INTO probe (id, name, note, amount, flag, at) VALUES (?, ?, ?, ?, ?, ?)"));
        insert.bind(qint64(1)).bind(name).bindNullableText(QString()).bind(QVariant(2.5)).bind(true);
        insert.bindNullableTime(big).exec();
        QCOMPARE(insert.rowsAffected(), 1);

        Sql q(db(), QStringLiteral("SELECT name, note, amount, flag, at, id FROM probe WHERE id = ?"));
        q.bind(qint64(1)).exec();
        QVERIFY(q.next());
        QCOMPARE(q.text(0), name);
        QVERIFY(q.isNull(1));
        QVERIFY(q.text(1).isNull());
        QCOMPARE(q.value(2).toDouble(), 2.5);
        QVERIFY(q.flag(3));
        QCOMPARE(q.integer(4), big);
        QCOMPARE(q.value(5).toLongLong(), 1);
        QVERIFY(!q.next());
    }

    void aggregatesReadAsIntegers()
    {
        // SUM of a bigint is a numeric on PostgreSQL: the totals of user_counts are read this way.
        Sql q(db(), QStringLiteral("SELECT COALESCE(SUM(at), 0), COUNT(*) FROM probe WHERE id = ?"));
        q.bind(qint64(1)).exec();
        QVERIFY(q.next());
        QCOMPARE(q.integer(0), (qint64(1) << 53) + 7);
        QCOMPARE(q.integer(1), 1);
    }

    void questionMarksInQuotesAndCommentsAreNoParameters()
    {
        Sql q(db(), QStringLiteral("SELECT '?' || ? || 'it''s ?', -- what? \n ? /* or ? */ || \"name\" "
                                   "FROM probe WHERE id = ?"));
        q.bind(QStringLiteral("a")).bind(QStringLiteral("b")).bind(qint64(1)).exec();
        QVERIFY(q.next());
        QCOMPARE(q.text(0), QStringLiteral("?ait's ?"));
        QCOMPARE(q.text(1), QStringLiteral("b") + probeName());
    }

    void nestedUseOfTheSameTextKeepsBothResults()
    {
        Sql insert(db(), QStringLiteral("INSERT INTO probe (id, name) VALUES (?, ?)"));
        for (qint64 id = 2; id <= 4; ++id)
            insert.bind(id).bind(QStringLiteral("row %1").arg(id)).exec();
        const QString text = QStringLiteral("SELECT id FROM probe WHERE id >= ? ORDER BY id");
        Sql outer(db(), text);
        outer.bind(qint64(2)).exec();
        QList<qint64> pairs;
        while (outer.next()) {
            Sql inner(db(), text);
            inner.bind(outer.integer(0)).exec();
            qint64 n = 0;
            while (inner.next())
                ++n;
            pairs << outer.integer(0) * 10 + n;
        }
        QCOMPARE(pairs, (QList<qint64>{23, 32, 41}));
    }

    void failuresThrowTheirKind()
    {
        Sql duplicate(db(), QStringLiteral("INSERT INTO probe (id, name) VALUES (?, ?)"));
        duplicate.bind(qint64(99)).bind(QStringLiteral("row 2"));
        QVERIFY_THROWS_EXCEPTION(UniqueViolation, duplicate.exec());
        QVERIFY_THROWS_EXCEPTION(StoreError, Sql(db(), QStringLiteral("SELEC nonsense")));
        QVERIFY_THROWS_EXCEPTION(StoreError, Sql(db(), QStringLiteral("SELECT 1; SELECT 2")));
        // The connection is usable after each failure.
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM probe")), 4);
    }

    void transactionsIncludeTheseStatements()
    {
        {
            Transaction tx(db());
            Sql(db(), QStringLiteral("INSERT INTO probe (id, name) VALUES (?, ?)"))
                .bind(qint64(50))
                .bind(QStringLiteral("rolled back"))
                .exec();
            QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM probe")), 5);
        } // not committed
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM probe")), 4);
        {
            Transaction tx(db());
            Sql(db(), QStringLiteral("INSERT INTO probe (id, name) VALUES (?, ?)"))
                .bind(qint64(51))
                .bind(QStringLiteral("kept"))
                .exec();
            tx.commit();
        }
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM probe")), 5);
    }

    void statementsLeavingTheCacheAreReleased()
    {
        if (!postgres())
            QSKIP("PostgreSQL keeps prepared statements on the server; SQLite finalizes its own");
        // Twice as many distinct texts as the cache keeps: the server must not keep them all.
        for (int i = 0; i < 2 * StatementCache::kMaxStatements; ++i)
            QCOMPARE(scalar(QStringLiteral("SELECT %1 + COUNT(*) FROM probe WHERE id < 0").arg(i)), i);
        const qint64 kept = scalar(QStringLiteral("SELECT COUNT(*) FROM pg_prepared_statements"));
        QVERIFY2(kept <= StatementCache::kMaxStatements + 1, qPrintable(QString::number(kept)));
    }

    void textColumnsCompareBytesOnPostgres()
    {
        if (!postgres())
            QSKIP("SQLite compares text bytewise by default");
        // Schema version 4: every text column but search_text has the C collation.
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = "
                                       "current_schema() AND data_type = 'text' AND table_name <> 'probe' AND "
                                       "column_name <> 'search_text' AND COALESCE(collation_name, '') <> 'C'")),
                 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = "
                                       "current_schema() AND collation_name = 'C' AND table_name = 'users' AND "
                                       "column_name IN ('id', 'company_id', 'last_key', 'first_key', 'email_key')")),
                 5);
    }

    void cleanupTestCase() { m_database->closeThreadConnection(); }
};

QTEST_GUILESS_MAIN(TestStatements)
#include "tst_statements.moc"

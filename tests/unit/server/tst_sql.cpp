// Sql over the statement cache on a real SQLite file: reused statements bind afresh, a nested use
// of the same text gets its own preparation, failures throw with the right kind, NULLs and types
// read back as they went in, and a finished read lets a write through.
#include "store/Database.h"
#include "store/Sql.h"
#include "store/StoreError.h"

#include <QTemporaryDir>
#include <QTest>

using namespace steward::server;

class TestSql : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;

    QSqlDatabase db() const { return m_database->connection(); }

    qint64 count(const QString& name)
    {
        Sql q(db(), QStringLiteral("SELECT COUNT(*) FROM items WHERE name = ?"));
        q.bind(name).exec();
        return q.next() ? q.integer(0) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        const auto url = DatabaseUrl::parse(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("t.db")), &error);
        QVERIFY2(url, qPrintable(error));
        m_database = std::make_unique<Database>(*url);
        execDirect(db(), QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                                        "note TEXT, amount REAL, data BLOB, at BIGINT)"));
    }

    void reusedStatementsBindAfresh()
    {
        for (int i = 0; i < 5; ++i) {
            Sql insert(db(), QStringLiteral("INSERT INTO items (name, note, at) VALUES (?, ?, ?)"));
            insert.bind(QStringLiteral("item %1").arg(i)).bindNullableText(i % 2 ? QStringLiteral("odd") : QString());
            insert.bindNullableTime(i).exec();
            QCOMPARE(insert.rowsAffected(), 1);
        }
        for (int i = 0; i < 5; ++i)
            QCOMPARE(count(QStringLiteral("item %1").arg(i)), 1);
        QCOMPARE(count(QStringLiteral("nobody")), 0);
    }

    void oneStatementRunsAgainInALoop()
    {
        Sql q(db(), QStringLiteral("SELECT note FROM items WHERE name = ?"));
        QStringList notes;
        for (int i = 0; i < 3; ++i) {
            q.bind(QStringLiteral("item %1").arg(i)).exec();
            QVERIFY(q.next());
            notes.append(q.isNull(0) ? QStringLiteral("<null>") : q.text(0));
            QVERIFY(!q.next());
        }
        QCOMPARE(notes, (QStringList{QStringLiteral("<null>"), QStringLiteral("odd"), QStringLiteral("<null>")}));
    }

    void nestedUseOfTheSameText()
    {
        const QString text = QStringLiteral("SELECT name FROM items WHERE id >= ? ORDER BY id");
        Sql outer(db(), text);
        outer.bind(qint64(1)).exec();
        QStringList pairs;
        while (outer.next()) {
            const QString name = outer.text(0);
            Sql inner(db(), text); // the cached one is busy: a private preparation
            inner.bind(qint64(4)).exec();
            QVERIFY(inner.next());
            pairs.append(name + QLatin1Char('/') + inner.text(0));
        }
        QCOMPARE(pairs.size(), 5);
        QCOMPARE(pairs.first(), QStringLiteral("item 0/item 3"));
        QCOMPARE(pairs.last(), QStringLiteral("item 4/item 3"));
    }

    void valuesReadBackAsTheyWentIn()
    {
        Sql insert(db(), QStringLiteral("INSERT INTO items (name, note, amount, data, at) VALUES (?, ?, ?, ?, ?)"));
        insert.bind(QStringLiteral("Zoë 🥐 \"q\"")).bind(QString()).bind(QVariant(2.5));
        insert.bind(QVariant(QByteArray("\0\1\2", 3))).bind(qint64(1) << 40).exec();
        Sql q(db(), QStringLiteral("SELECT name, note, amount, data, at, NULL FROM items WHERE name = ?"));
        q.bind(QStringLiteral("Zoë 🥐 \"q\"")).exec();
        QVERIFY(q.next());
        QCOMPARE(q.text(0), QStringLiteral("Zoë 🥐 \"q\""));
        QVERIFY(!q.isNull(1)); // a null QString binds "" (NOT NULL columns want text)
        QCOMPARE(q.text(1), QString());
        QCOMPARE(q.value(2).toDouble(), 2.5);
        QCOMPARE(q.value(3).toByteArray(), QByteArray("\0\1\2", 3));
        QCOMPARE(q.integer(4), qint64(1) << 40);
        QVERIFY(q.isNull(5));
        QVERIFY(q.text(5).isNull());
        QVERIFY(q.uuid(5).isNull());
    }

    void uuidsRoundTrip()
    {
        const QUuid id = QUuid::createUuid();
        Sql(db(), QStringLiteral("INSERT INTO items (name, note) VALUES (?, ?)"))
            .bind(QStringLiteral("with id"))
            .bind(id)
            .exec();
        Sql q(db(), QStringLiteral("SELECT note FROM items WHERE name = ?"));
        q.bind(QStringLiteral("with id")).exec();
        QVERIFY(q.next());
        QCOMPARE(q.uuid(0), id);
    }

    void failuresThrowTheirKind()
    {
        Sql insert(db(), QStringLiteral("INSERT INTO items (name) VALUES (?)"));
        QVERIFY_THROWS_EXCEPTION(UniqueViolation, insert.bind(QStringLiteral("item 1")).exec());
        // The statement stays usable after its failure.
        insert.bind(QStringLiteral("item 99")).exec();
        QCOMPARE(count(QStringLiteral("item 99")), 1);
        QVERIFY_THROWS_EXCEPTION(StoreError, Sql(db(), QStringLiteral("SELECT nothing FROM nowhere")));
        Sql missing(db(), QStringLiteral("SELECT name FROM items WHERE id = ? AND name = ?"));
        QVERIFY_THROWS_EXCEPTION(StoreError, missing.bind(qint64(1)).exec()); // one value for two
        QVERIFY_THROWS_EXCEPTION(StoreError, Sql(db(), QStringLiteral("INSERT INTO items (note) VALUES ('x')")).exec());
        // One statement per text: a second one would otherwise be dropped without a word.
        QVERIFY_THROWS_EXCEPTION(StoreError, Sql(db(), QStringLiteral("DELETE FROM items; DROP TABLE items")));
        QCOMPARE(count(QStringLiteral("item 99")), 1);
        Sql trailing(db(), QStringLiteral("SELECT COUNT(*) FROM items;  \n"));
        QVERIFY(trailing.exec().next());
    }

    void aFinishedReadLetsOthersWrite()
    {
        // A second connection (another thread's, as the server has) writes while this one has read.
        Sql read(db(), QStringLiteral("SELECT name FROM items ORDER BY id"));
        read.exec();
        QVERIFY(read.next());
        read.finish();
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(m_dir.filePath(QStringLiteral("t.db")));
            QVERIFY(other.open());
            execDirect(other, QStringLiteral("PRAGMA busy_timeout=100"));
            execDirect(other, QStringLiteral("INSERT INTO items (name) VALUES ('from elsewhere')"));
            execDirect(other, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QCOMPARE(count(QStringLiteral("from elsewhere")), 1);
    }

    void returningCountsItsRows()
    {
        Sql update(db(), QStringLiteral("UPDATE items SET note = 'seen' WHERE name LIKE 'item %' RETURNING id"));
        update.exec();
        int rows = 0;
        while (update.next())
            ++rows;
        QVERIFY(rows >= 5);
        QCOMPARE(update.rowsAffected(), rows);
    }

    void cleanupTestCase() { m_database->closeThreadConnection(); }
};

QTEST_GUILESS_MAIN(TestSql)
#include "tst_sql.moc"

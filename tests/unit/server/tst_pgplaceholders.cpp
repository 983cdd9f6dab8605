// numberedPlaceholders: the store's `?` parameters as PostgreSQL's $1, $2, … in order, while a `?`
// in a string, a quoted name or a comment is left as it is.
#include "store/PgPlaceholders.h"

#include <QTest>

using steward::server::numberedPlaceholders;

class TestPgPlaceholders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbers_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << "SELECT 1"
                              << "SELECT 1";
        QTest::newRow("in order") << "SELECT a FROM t WHERE b = ? AND c IN (?, ?) LIMIT ? OFFSET ?"
                                  << "SELECT a FROM t WHERE b = $1 AND c IN ($2, $3) LIMIT $4 OFFSET $5";
        QTest::newRow("string") << "SELECT '?', ? FROM t"
                                << "SELECT '?', $1 FROM t";
        QTest::newRow("doubled quote") << "SELECT 'it''s ?' || ?"
                                       << "SELECT 'it''s ?' || $1";
        QTest::newRow("quoted name") << "SELECT \"odd?\" FROM t WHERE x = ?"
                                     << "SELECT \"odd?\" FROM t WHERE x = $1";
        QTest::newRow("line comment") << "SELECT ? -- why?\n, ?"
                                      << "SELECT $1 -- why?\n, $2";
        QTest::newRow("block comment") << "SELECT /* a? /* b? */ c? */ ?"
                                       << "SELECT /* a? /* b? */ c? */ $1";
        QTest::newRow("ESCAPE literal") << "u.search_text LIKE ? ESCAPE '!'"
                                        << "u.search_text LIKE $1 ESCAPE '!'";
        QTest::newRow("twelve") << "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                << "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)";
        QTest::newRow("unterminated string") << "SELECT 'abc ?"
                                             << "SELECT 'abc ?";
    }

    void numbers()
    {
        QFETCH(QString, statement);
        QFETCH(QString, expected);
        QCOMPARE(numberedPlaceholders(statement), expected);
    }
};

QTEST_APPLESS_MAIN(TestPgPlaceholders)
#include "tst_pgplaceholders.moc"

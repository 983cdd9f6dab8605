#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <memory>

namespace steward::server {

// Many rows per prepared INSERT (`VALUES (?, …), (?, …), …`), the statement prepared once and
// executed again for every full batch: the fastest way to load rows through Qt Sql on both
// back ends. Values are added one by one, row after row; throws StoreError when a statement fails.
//
// Loads run in one transaction that fails as a whole, so on SQLite the statements say OR ROLLBACK:
// SQLite then keeps no per-statement undo journal, which otherwise copies every page a statement
// touches.
class BulkInsert
{
public:
    // `row` is one row's VALUES tuple: "?" for bound values, SQL literals for constants.
    BulkInsert(const QSqlDatabase& db, const QString& table, const QStringList& columns, const QString& row,
               int rowsPerStatement);
    // Every column bound.
    BulkInsert(const QSqlDatabase& db, const QString& table, const QStringList& columns, int rowsPerStatement);
    ~BulkInsert();

    void add(const QVariant& value) { m_values.append(value); }
    void add(const QVariantList& values) { m_values.append(values); }
    // Writes every complete batch held so far.
    void flushFull();
    // add() and flushFull() in one, binding straight from `values` when nothing is pending.
    void write(const QVariantList& values);
    // Writes everything, the last rows in a statement of their own.
    void flushAll();
    qint64 rowsWritten() const { return m_written; }
    qsizetype pendingRows() const { return m_values.size() / m_bound; }

private:
    QString statement(int rows) const;
    void prepare(QSqlQuery& query, int rows) const;
    void execute(QSqlQuery& query, const QVariantList& values, int rows, qsizetype offset);
    QSqlQuery& full();

    QSqlDatabase m_db;
    QString m_table;
    QString m_head; // INSERT … INTO table (columns) VALUES
    QString m_row;
    int m_bound; // values bound per row
    int m_rowsPerStatement;
    std::unique_ptr<QSqlQuery> m_full;
    QVariantList m_values;
    qint64 m_written = 0;
};

} // namespace steward::server

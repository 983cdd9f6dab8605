#include "BulkInsert.h"

#include "store/StoreError.h"

#include <QSqlError>

namespace steward::server {

BulkInsert::BulkInsert(const QSqlDatabase& db, const QString& table, const QStringList& columns, const QString& row,
                       int rowsPerStatement)
    : m_db(db), m_table(table), m_row(row), m_bound(int(row.count(QLatin1Char('?')))),
      m_rowsPerStatement(rowsPerStatement)
{
    const bool sqlite = db.driverName() == QLatin1String("QSQLITE");
    m_head = (sqlite ? QStringLiteral("INSERT OR ROLLBACK INTO ") : QStringLiteral("INSERT INTO ")) + table +
             QStringLiteral(" (") + columns.join(u", ") + QStringLiteral(") VALUES ");
    m_values.reserve(qsizetype(m_bound) * rowsPerStatement * 2);
}

static QString allBound(qsizetype columns)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns);
    return QLatin1Char('(') + marks.join(u", ") + QLatin1Char(')');
}

BulkInsert::BulkInsert(const QSqlDatabase& db, const QString& table, const QStringList& columns, int rowsPerStatement)
    : BulkInsert(db, table, columns, allBound(columns.size()), rowsPerStatement)
{}

BulkInsert::~BulkInsert() = default;

QString BulkInsert::statement(int rows) const
{
    QStringList tuples;
    tuples.fill(m_row, rows);
    return m_head + tuples.join(u", ");
}

void BulkInsert::prepare(QSqlQuery& query, int rows) const
{
    if (!query.prepare(statement(rows)))
        throw StoreError("cannot prepare the bulk insert into " + m_table.toStdString() + ": " +
                         query.lastError().text().toStdString());
}

void BulkInsert::execute(QSqlQuery& query, const QVariantList& values, int rows, qsizetype offset)
{
    const int count = rows * m_bound;
    for (int i = 0; i < count; ++i)
        query.bindValue(i, values.at(offset + i));
    if (!query.exec())
        throw StoreError("bulk insert into " + m_table.toStdString() +
                         " failed: " + query.lastError().text().toStdString());
    m_written += rows;
}

QSqlQuery& BulkInsert::full()
{
    if (!m_full) {
        m_full = std::make_unique<QSqlQuery>(m_db);
        prepare(*m_full, m_rowsPerStatement);
    }
    return *m_full;
}

void BulkInsert::flushFull()
{
    const qsizetype batch = qsizetype(m_rowsPerStatement) * m_bound;
    qsizetype offset = 0;
    for (; m_values.size() - offset >= batch; offset += batch)
        execute(full(), m_values, m_rowsPerStatement, offset);
    m_values.remove(0, offset);
}

void BulkInsert::write(const QVariantList& values)
{
    if (!m_values.isEmpty()) {
        add(values);
        flushFull();
        return;
    }
    const qsizetype batch = qsizetype(m_rowsPerStatement) * m_bound;
    qsizetype offset = 0;
    for (; values.size() - offset >= batch; offset += batch)
        execute(full(), values, m_rowsPerStatement, offset);
    m_values = values.mid(offset);
}

void BulkInsert::flushAll()
{
    flushFull();
    if (m_values.isEmpty())
        return;
    QSqlQuery last(m_db);
    const int rows = int(pendingRows());
    prepare(last, rows);
    execute(last, m_values, rows, 0);
    m_values.clear();
}

} // namespace steward::server

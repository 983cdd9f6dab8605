#include "Sql.h"

#include "StatementCache.h"
#include "StoreError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace steward::server {
QString idText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

Sql::Sql(const QSqlDatabase& db, const QString& statement) : m_prepared(StatementCache::lend(db, statement)) {}

Sql::~Sql()
{
    // Ends any read still open (SQLite keeps a snapshot while a statement is un-reset).
    m_prepared->finish();
    m_prepared->inUse = false;
}

Sql& Sql::bind(const QVariant& value)
{
    // By position, so that a reused statement's earlier values are replaced, never appended to.
    m_prepared->bind(m_bound++, value);
    return *this;
}

Sql& Sql::bind(const QString& value)
{
    // A null QString would bind NULL; text columns that are NOT NULL want "".
    return bind(QVariant(value.isNull() ? QStringLiteral("") : value));
}

Sql& Sql::bind(const QUuid& id)
{
    return bind(id.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(idText(id)));
}

Sql& Sql::bind(qint64 value)
{
    return bind(QVariant(value));
}

Sql& Sql::bind(int value)
{
    return bind(QVariant(qint64(value)));
}

Sql& Sql::bind(bool value)
{
    return bind(QVariant(qint64(value ? 1 : 0)));
}

Sql& Sql::bindNullableText(const QString& value)
{
    return bind(value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value));
}

Sql& Sql::bindNullableTime(qint64 msecs)
{
    return bind(msecs == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(msecs));
}

Sql& Sql::exec()
{
    m_bound = 0;
    m_prepared->exec();
    return *this;
}

void execDirect(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement))
        failStatement(q.lastError().text(), q.lastError().nativeErrorCode(), statement);
}

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    // SQLite: take the write lock up front. A deferred transaction that reads and then writes can
    // fail with SQLITE_BUSY at once when another writer got in between; IMMEDIATE waits instead.
    execDirect(m_db, m_db.driverName() == QLatin1String("QSQLITE") ? QStringLiteral("BEGIN IMMEDIATE")
                                                                   : QStringLiteral("BEGIN"));
}

Transaction::~Transaction()
{
    if (!m_done) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

void Transaction::commit()
{
    execDirect(m_db, QStringLiteral("COMMIT"));
    m_done = true;
}

} // namespace steward::server

#include "Sql.h"

#include "StoreError.h"

#include <QSqlError>

namespace steward::server {
namespace {

bool isUniqueViolation(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    // PostgreSQL's SQLSTATE, SQLite's extended codes for UNIQUE and PRIMARY KEY.
    return code == QLatin1String("23505") || code == QLatin1String("2067") || code == QLatin1String("1555") ||
           error.databaseText().contains(QLatin1String("UNIQUE constraint failed"));
}

[[noreturn]] void fail(const QSqlError& error, const QString& statement)
{
    const std::string message = error.text().toStdString() + " [" + error.nativeErrorCode().toStdString() +
                                "] in: " + statement.left(200).simplified().toStdString();
    if (isUniqueViolation(error))
        throw UniqueViolation(message);
    throw StoreError(message);
}

} // namespace

QString idText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

Sql::Sql(const QSqlDatabase& db, const QString& statement) : m_query(db), m_statement(statement)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(statement))
        fail(m_query.lastError(), statement);
}

Sql& Sql::bind(const QVariant& value)
{
    m_query.addBindValue(value);
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
    if (!m_query.exec())
        fail(m_query.lastError(), m_statement);
    return *this;
}

void execDirect(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement))
        fail(q.lastError(), statement);
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

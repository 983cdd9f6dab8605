#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUuid>
#include <QVariant>

namespace steward::server {

// A prepared statement that throws StoreError (or UniqueViolation) instead of returning false, so
// a failed statement can never be mistaken for an empty result.
class Sql
{
public:
    Sql(const QSqlDatabase& db, const QString& statement);

    Sql& bind(const QVariant& value);
    Sql& bind(const QString& value);
    Sql& bind(const char* value) = delete; // say QStringLiteral: no implicit ASCII guesses
    Sql& bind(const QUuid& id);            // as text; a null id binds NULL
    Sql& bind(qint64 value);
    Sql& bind(int value);
    Sql& bind(bool value); // as 0/1, the same on both back ends
    Sql& bindNullableText(const QString& value);
    Sql& bindNullableTime(qint64 msecs); // 0 binds NULL

    Sql& exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QString text(int column) const { return m_query.value(column).toString(); }
    QUuid uuid(int column) const { return QUuid::fromString(m_query.value(column).toString()); }
    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    bool flag(int column) const { return m_query.value(column).toLongLong() != 0; }
    bool isNull(int column) const { return m_query.isNull(column); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    // Ends the statement's read of the result, so that a write on the same connection that follows
    // does not run while SQLite still holds this read open (which can make the write fail as
    // "database is locked" under concurrent writers).
    void finish() { m_query.finish(); }

private:
    QSqlQuery m_query;
    QString m_statement;
};

// Runs `statement` without parameters (DDL); throws on failure.
void execDirect(const QSqlDatabase& db, const QString& statement);

// One transaction on this thread's connection; rolled back unless commit() is called.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    QSqlDatabase m_db;
    bool m_done = false;
};

QString idText(const QUuid& id); // lower-case, no braces

} // namespace steward::server

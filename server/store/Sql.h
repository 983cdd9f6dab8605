#pragma once

#include "PreparedStatement.h"

#include <QSqlDatabase>
#include <QString>
#include <QUuid>
#include <QVariant>
#include <memory>

namespace steward::server {

// A prepared statement that throws StoreError (or UniqueViolation) instead of returning false, so
// a failed statement can never be mistaken for an empty result.
//
// Statements are prepared once per connection and kept (StatementCache.h): preparing costs more
// than running most of the server's statements on SQLite, and on PostgreSQL it is two extra round
// trips (PREPARE, DEALLOCATE) per statement. How each back end runs them: PreparedStatement.h.
class Sql
{
public:
    Sql(const QSqlDatabase& db, const QString& statement);
    ~Sql();
    Sql(const Sql&) = delete;
    Sql& operator=(const Sql&) = delete;

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
    bool next() { return m_prepared->next(); }
    QVariant value(int column) const { return m_prepared->value(column); }
    QString text(int column) const { return m_prepared->text(column); }
    QUuid uuid(int column) const { return m_prepared->uuid(column); }
    qint64 integer(int column) const { return m_prepared->integer(column); }
    bool flag(int column) const { return m_prepared->integer(column) != 0; }
    bool isNull(int column) const { return m_prepared->isNull(column); }
    int rowsAffected() const { return m_prepared->rowsAffected(); }
    // Ends the statement's read of the result, so that a write on the same connection that follows
    // does not run while SQLite still holds this read open (which can make the write fail as
    // "database is locked" under concurrent writers).
    void finish() { m_prepared->finish(); }

private:
    std::shared_ptr<PreparedStatement> m_prepared;
    int m_bound = 0;
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

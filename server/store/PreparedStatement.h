#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QUuid>
#include <QVariant>
#include <memory>

namespace steward::server {

// One prepared statement on one connection, behind Sql (Sql.h). Two kinds: on SQLite the library's
// own statement, read without Qt Sql's per-row QVariant cache and UTF-16 conversion (the largest
// cost of reading a page of users through QSqlQuery); on PostgreSQL libpq's own prepared statement,
// run with PQexecPrepared (one round trip; Qt's driver formats every value into an EXECUTE text and
// reads a forward-only result one PGresult per row). Both run on the handle of Qt's connection.
// Failures throw StoreError, or UniqueViolation for a duplicate key.
class PreparedStatement
{
public:
    virtual ~PreparedStatement() = default;

    virtual void bind(int position, const QVariant& value) = 0;
    // Runs it with the values bound since the last run; a query is then before its first row.
    virtual void exec() = 0;
    virtual bool next() = 0;
    virtual QVariant value(int column) const = 0;
    virtual QString text(int column) const = 0;
    virtual QUuid uuid(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual bool isNull(int column) const = 0;
    virtual int rowsAffected() const = 0;
    // Ends the read of the current result (SQLite keeps its snapshot until then).
    virtual void finish() = 0;

    bool inUse = false; // lent to an Sql (StatementCache.h)
};

// Whether a bound value stands for NULL: a null QVariant, or a null string or byte array in one.
bool isNullBinding(const QVariant& value);

// Prepares `statement` on `db`; throws when it does not compile.
std::unique_ptr<PreparedStatement> prepareStatement(const QSqlDatabase& db, const QString& statement);

// Throws the StoreError (or UniqueViolation) for a failed statement.
[[noreturn]] void failStatement(const QString& message, const QString& nativeCode, const QString& statement);

} // namespace steward::server

#pragma once

#include "PreparedStatement.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

// Prepared statements kept per thread and connection, for Sql (Sql.h). Each is lent to one Sql at a
// time; the thread's connections never cross threads (Database.h), so neither does this.
namespace steward::server::StatementCache {

// The statement prepared on `db`, marked in use: the cached one, or, while that one is lent out
// (a nested use of the same text), a private preparation. Throws when it does not compile.
std::shared_ptr<PreparedStatement> lend(const QSqlDatabase& db, const QString& statement);

// Forgets (finalizes) every statement of this thread's connection `connectionName`: before it
// closes or is opened again.
void clear(const QString& connectionName);

// Statements kept per connection; when more are asked for, the idle ones are dropped. Lists build
// their SQL from the filters in use, so the set is bounded but not small.
constexpr int kMaxStatements = 256;

} // namespace steward::server::StatementCache

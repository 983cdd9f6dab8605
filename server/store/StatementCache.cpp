#include "StatementCache.h"

#include <QHash>

namespace steward::server::StatementCache {
namespace {

using Statements = QHash<QString, std::shared_ptr<PreparedStatement>>;

QHash<QString, Statements>& connections()
{
    thread_local QHash<QString, Statements> cache;
    return cache;
}

void dropIdle(Statements& statements)
{
    for (auto it = statements.begin(); it != statements.end();) {
        if (it.value()->inUse)
            ++it;
        else
            it = statements.erase(it);
    }
}

} // namespace

std::shared_ptr<PreparedStatement> lend(const QSqlDatabase& db, const QString& statement)
{
    Statements& statements = connections()[db.connectionName()];
    const auto found = statements.constFind(statement);
    if (found != statements.constEnd() && !found.value()->inUse) {
        found.value()->inUse = true;
        return found.value();
    }
    std::shared_ptr<PreparedStatement> prepared = prepareStatement(db, statement);
    prepared->inUse = true;
    if (found == statements.constEnd()) {
        if (statements.size() >= kMaxStatements)
            dropIdle(statements);
        if (statements.size() < kMaxStatements)
            statements.insert(statement, prepared);
    }
    return prepared;
}

void clear(const QString& connectionName)
{
    connections().remove(connectionName);
}

} // namespace steward::server::StatementCache

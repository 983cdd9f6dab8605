#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <utility>

namespace steward::server {

// Secondary indexes and derived data of the users tables set aside for a bulk load, inside the
// load's transaction: sorting a million keys once after the load is much cheaper than inserting
// them one by one into eight B-trees, and the user counters and the trigram index are rebuilt in
// one statement each instead of by a trigger per row. Primary keys stay (the load needs them to
// check foreign keys). If the transaction rolls back, the DDL rolls back with it; restore() must
// run before the commit.
class DeferredIndexes
{
public:
    DeferredIndexes(const QSqlDatabase& db, const QStringList& tables);
    DeferredIndexes(const DeferredIndexes&) = delete;
    DeferredIndexes& operator=(const DeferredIndexes&) = delete;

    // Recreates the indexes (a duplicate email or username fails here, like it would have on
    // insert), rebuilds counters and search index, recreates the triggers.
    void restore();

private:
    QSqlDatabase m_db;
    bool m_sqlite;
    QList<std::pair<QString, QString>> m_indexes; // name, CREATE statement
};

} // namespace steward::server

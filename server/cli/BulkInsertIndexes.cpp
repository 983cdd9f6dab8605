#include "BulkInsertIndexes.h"

#include "store/Sql.h"
#include "store/UserIndexes.h"

namespace steward::server {

DeferredIndexes::DeferredIndexes(const QSqlDatabase& db, const QStringList& tables)
    : m_db(db), m_sqlite(db.driverName() == QLatin1String("QSQLITE"))
{
    const QString list = QStringLiteral("'") + tables.join(QStringLiteral("', '")) + QStringLiteral("'");
    // Indexes that back a constraint (primary keys) are not listed here: SQLite's have no SQL, and
    // PostgreSQL's are the ones pg_constraint names.
    Sql q(db, m_sqlite ? QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                        "AND tbl_name IN (") +
                             list + QStringLiteral(") ORDER BY name")
                       : QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = "
                                        "current_schema() AND tablename IN (") +
                             list +
                             QStringLiteral(") AND indexname NOT IN (SELECT conname FROM pg_constraint) "
                                            "ORDER BY indexname"));
    q.exec();
    while (q.next())
        m_indexes.append({q.text(0), q.text(1)});
    const Backend backend = m_sqlite ? Backend::Sqlite : Backend::Postgres;
    for (const QString& statement : userindexes::dropTriggers(backend))
        execDirect(db, statement);
    for (const auto& index : m_indexes)
        execDirect(db, QStringLiteral("DROP INDEX ") + index.first);
}

void DeferredIndexes::restore()
{
    const Backend backend = m_sqlite ? Backend::Sqlite : Backend::Postgres;
    if (!m_sqlite)
        execDirect(m_db, QStringLiteral("SET LOCAL maintenance_work_mem = '512MB'"));
    for (const auto& index : m_indexes)
        execDirect(m_db, index.second);
    m_indexes.clear();
    for (const QString& statement : userindexes::rebuild(backend))
        execDirect(m_db, statement);
    for (const QString& statement : userindexes::createTriggers(backend))
        execDirect(m_db, statement);
}

} // namespace steward::server

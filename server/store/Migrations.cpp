#include "Migrations.h"

#include "Schema.h"
#include "Sql.h"

#include <QDateTime>
#include <QSqlQuery>

namespace steward::server {

int latestSchemaVersion()
{
    return int(schemaMigrations(Backend::Sqlite).size());
}

int currentSchemaVersion(const Database& database)
{
    QSqlDatabase db = database.connection();
    const bool exists = db.tables().contains(QStringLiteral("schema_migrations"));
    if (!exists)
        return 0;
    Sql q(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    q.exec();
    return q.next() ? int(q.integer(0)) : 0;
}

MigrationResult migrate(const Database& database)
{
    QSqlDatabase db = database.connection();
    execDirect(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                                  "applied_at BIGINT NOT NULL)"));
    MigrationResult result;
    result.from = currentSchemaVersion(database);
    const QList<QStringList> migrations = schemaMigrations(database.backend());
    for (int version = result.from + 1; version <= int(migrations.size()); ++version) {
        Transaction tx(db);
        for (const QString& statement : migrations.at(version - 1))
            execDirect(db, statement);
        Sql(db, QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"))
            .bind(version)
            .bind(QDateTime::currentMSecsSinceEpoch())
            .exec();
        tx.commit();
    }
    result.to = currentSchemaVersion(database);
    return result;
}

} // namespace steward::server

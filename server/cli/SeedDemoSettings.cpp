#include "SeedDemoSettings.h"

#include "store/Sql.h"
#include "store/StoreError.h"

#include <QSqlQuery>
#include <cstdio>

namespace steward::server {
namespace {

QString pragma(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA ") + statement) && q.next() ? q.value(0).toString() : QString();
}

} // namespace

SeedLoadSettings::SeedLoadSettings(const QSqlDatabase& db) : m_db(db)
{
    if (db.driverName() != QLatin1String("QSQLITE"))
        return;
    for (const char* name : {"synchronous", "cache_size", "foreign_keys"}) {
        const QString key = QString::fromLatin1(name);
        m_saved.append({key, pragma(db, key)});
    }
    execDirect(db, QStringLiteral("PRAGMA synchronous=OFF"));
    execDirect(db, QStringLiteral("PRAGMA cache_size=-4194304")); // KiB: up to 4 GiB
    execDirect(db, QStringLiteral("PRAGMA foreign_keys=OFF"));
    // Refused (the mode stays "wal") while another connection, such as a running server, has the
    // file open; then the load simply goes through the WAL.
    m_leftWal = pragma(db, QStringLiteral("journal_mode=DELETE")) == QLatin1String("delete");
    m_active = true;
}

SeedLoadSettings::~SeedLoadSettings()
{
    restore();
}

void SeedLoadSettings::checkForeignKeys(const QStringList& tables) const
{
    if (!m_active)
        return;
    for (const QString& table : tables) {
        Sql q(m_db, QStringLiteral("PRAGMA foreign_key_check(") + table + QLatin1Char(')'));
        q.exec();
        if (q.next())
            throw StoreError("seed-demo: a row of " + table.toStdString() + " refers to a missing row of " +
                             q.text(2).toStdString());
    }
}

void SeedLoadSettings::restore()
{
    if (!m_active)
        return;
    m_active = false;
    for (const auto& [name, value] : m_saved)
        pragma(m_db, name + QLatin1Char('=') + value);
    if (m_leftWal && pragma(m_db, QStringLiteral("journal_mode=WAL")) != QLatin1String("wal"))
        std::fprintf(stderr,
                     "steward-server: warning: could not switch %s back to WAL mode; the server does on "
                     "its next start\n",
                     qPrintable(m_db.databaseName()));
}

} // namespace steward::server

#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <utility>

namespace steward::server {

// Connection settings for loading demo data into SQLite, on the loading connection only and only
// while it loads (nothing for PostgreSQL):
// - synchronous=OFF: the load is one transaction that can simply be run again;
// - a page cache big enough for the indexes being built (pages are allocated as they are used);
// - the rollback journal instead of WAL when no one else has the file open, so the pages are
//   written once instead of to the WAL and then again by the checkpoint (for a new database the
//   journal stays tiny: pages added by the transaction need no undo copy);
// - foreign keys checked once over the loaded tables before the commit instead of row by row,
//   which needs an undo journal for every INSERT and costs about a third of the load.
// restore() (or the destructor) puts everything back once the transaction has ended.
class SeedLoadSettings
{
public:
    explicit SeedLoadSettings(const QSqlDatabase& db);
    ~SeedLoadSettings();
    SeedLoadSettings(const SeedLoadSettings&) = delete;
    SeedLoadSettings& operator=(const SeedLoadSettings&) = delete;

    // Throws StoreError (so the open transaction rolls back) if a row of `tables` refers to nothing.
    void checkForeignKeys(const QStringList& tables) const;
    void restore();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    bool m_leftWal = false;
    QList<std::pair<QString, QString>> m_saved;
};

} // namespace steward::server

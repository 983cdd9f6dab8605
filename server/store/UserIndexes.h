#pragma once

#include "Database.h"

#include <QSqlDatabase>
#include <QStringList>

namespace steward::server {

// What keeps the user list fast at a million rows besides plain indexes (schema version 3):
// - user_counts: users per (company, state), and role_counts: holders of each role per (company,
//   state), kept by triggers in the transaction of every insert, delete, state change and role
//   assignment, so lists filtered by nothing but company, state and role know their exact total
//   without counting rows (company_key is '' for platform staff);
// - on SQLite, users_fts: a contentless FTS5 trigram index of users.search_text under the users
//   rowid (positions kept, no case folding), kept by triggers, for substring search. VACUUM keeps
//   rowids, so the index stays aligned with the table. PostgreSQL has the pg_trgm GIN index of
//   version 1, since version 5 over (company_id, search_text).
namespace userindexes {

// The statements of schema version 3: tables, triggers and their first fill from existing users.
// Frozen once released: a change is a new migration.
QStringList migration(Backend backend);

// Bulk loads (seed-demo) drop the triggers, load, then rebuild() and recreate them: maintaining
// the counters and the trigram index row by row costs more than building them once.
QStringList dropTriggers(Backend backend);
QStringList createTriggers(Backend backend);
// Recomputes user_counts, role_counts and (SQLite) users_fts from the users tables.
QStringList rebuild(Backend backend);

// The FTS5 query for a lower-cased search of at least 3 characters: the users whose search_text
// contains it, exactly those that `search_text LIKE '%…%'` finds.
QString phraseQuery(const QString& lowered);
// Whether the trigram index can serve a search for `lowered` (3 characters or more).
bool trigramSearchable(const QString& lowered);

} // namespace userindexes
} // namespace steward::server

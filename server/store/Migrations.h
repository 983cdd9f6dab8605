#pragma once

#include "Database.h"

namespace steward::server {

// Versioned schema migrations. Each runs in its own transaction together with the row that records
// it in schema_migrations, so a failed migration leaves the previous version intact.
struct MigrationResult
{
    int from = 0;
    int to = 0;
};

int latestSchemaVersion();
int currentSchemaVersion(const Database& database); // 0 for an empty database
MigrationResult migrate(const Database& database);

} // namespace steward::server

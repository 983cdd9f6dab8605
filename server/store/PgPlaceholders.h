#pragma once

#include <QString>

namespace steward::server {

// The statement with each `?` parameter numbered for PostgreSQL ($1, $2, ...), in order; a `?`
// inside a quoted string, a quoted name or a comment stays as it is.
QString numberedPlaceholders(const QString& statement);

} // namespace steward::server

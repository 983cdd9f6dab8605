#pragma once

#include <QSqlDatabase>
#include <QString>

namespace steward::server {

// A fixed-window counter kept in the database (shared by every server instance): at most
// `maxPerWindow` events per key per window. Returns 0 when the event may go ahead (and counts
// it), otherwise the seconds until the window ends.
qint64 rateLimit(const QSqlDatabase& db, const QString& key, int maxPerWindow, qint64 windowMs, qint64 nowMs);

} // namespace steward::server

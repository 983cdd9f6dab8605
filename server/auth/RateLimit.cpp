#include "RateLimit.h"

#include "store/Sql.h"

namespace steward::server {

qint64 rateLimit(const QSqlDatabase& db, const QString& key, int maxPerWindow, qint64 windowMs, qint64 nowMs)
{
    // Reuses the lockout table: `failures` counts events, `locked_until` is the end of the window.
    const QString rowKey = QStringLiteral("rate:") + key;
    Sql read(db, QStringLiteral("SELECT failures, locked_until FROM login_throttle WHERE throttle_key = ?"));
    read.bind(rowKey).exec();
    if (!read.next()) {
        Sql(db, QStringLiteral("INSERT INTO login_throttle (throttle_key, failures, locked_until, updated_at) "
                               "VALUES (?, 1, ?, ?)"))
            .bind(rowKey)
            .bind(nowMs + windowMs)
            .bind(nowMs)
            .exec();
        return 0;
    }
    const int count = int(read.integer(0));
    const qint64 windowEnd = read.integer(1);
    if (nowMs >= windowEnd) {
        Sql(db, QStringLiteral("UPDATE login_throttle SET failures = 1, locked_until = ?, updated_at = ? "
                               "WHERE throttle_key = ?"))
            .bind(nowMs + windowMs)
            .bind(nowMs)
            .bind(rowKey)
            .exec();
        return 0;
    }
    if (count >= maxPerWindow)
        return (windowEnd - nowMs + 999) / 1000;
    Sql(db, QStringLiteral("UPDATE login_throttle SET failures = failures + 1, updated_at = ? WHERE throttle_key = ?"))
        .bind(nowMs)
        .bind(rowKey)
        .exec();
    return 0;
}

} // namespace steward::server

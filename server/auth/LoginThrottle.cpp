#include "LoginThrottle.h"

#include "ServerConfig.h"
#include "store/Sql.h"

namespace steward::server {

LoginThrottle::LoginThrottle(const QSqlDatabase& db, const ServerConfig& config, qint64 nowMs)
    : m_db(db), m_config(config), m_now(nowMs)
{}

QString LoginThrottle::accountKey(const QString& email)
{
    return QStringLiteral("email:") + email.trimmed().toLower();
}

qint64 LoginThrottle::lockedFor(const QString& key) const
{
    Sql q(m_db, QStringLiteral("SELECT locked_until FROM login_throttle WHERE throttle_key = ?"));
    q.bind(key).exec();
    if (!q.next())
        return 0;
    const qint64 remainingMs = q.integer(0) - m_now;
    return remainingMs > 0 ? (remainingMs + 999) / 1000 : 0;
}

qint64 LoginThrottle::retryAfterSeconds(const QString& email, const QString& clientAddress) const
{
    return qMax(lockedFor(accountKey(email)), lockedFor(QStringLiteral("addr:") + clientAddress));
}

qint64 LoginThrottle::bump(const QString& key, int threshold)
{
    Sql read(m_db, QStringLiteral("SELECT failures FROM login_throttle WHERE throttle_key = ?"));
    read.bind(key).exec();
    const bool exists = read.next();
    const int failures = (exists ? int(read.integer(0)) : 0) + 1;
    qint64 waitSeconds = 0;
    if (failures >= threshold) {
        // base, 2×base, 4×base, … capped: each failure past the threshold doubles the wait.
        const int doublings = qMin(failures - threshold, 20);
        waitSeconds = qMin<qint64>(qint64(m_config.lockoutBaseSeconds) << doublings, m_config.lockoutMaxSeconds);
    }
    const qint64 lockedUntil = waitSeconds > 0 ? m_now + waitSeconds * 1000 : 0;
    if (exists) {
        Sql(m_db, QStringLiteral("UPDATE login_throttle SET failures = ?, locked_until = ?, updated_at = ? "
                                 "WHERE throttle_key = ?"))
            .bind(failures)
            .bind(lockedUntil)
            .bind(m_now)
            .bind(key)
            .exec();
    } else {
        Sql(m_db, QStringLiteral("INSERT INTO login_throttle (throttle_key, failures, locked_until, updated_at) "
                                 "VALUES (?, ?, ?, ?)"))
            .bind(key)
            .bind(failures)
            .bind(lockedUntil)
            .bind(m_now)
            .exec();
    }
    return waitSeconds;
}

qint64 LoginThrottle::recordFailure(const QString& email, const QString& clientAddress)
{
    const qint64 account = bump(accountKey(email), m_config.accountFailuresBeforeLock);
    const qint64 address = bump(QStringLiteral("addr:") + clientAddress, m_config.addressFailuresBeforeLock);
    return qMax(account, address);
}

void LoginThrottle::recordSuccess(const QString& email)
{
    clearAccount(email);
}

void LoginThrottle::clearAccount(const QString& email)
{
    Sql(m_db, QStringLiteral("DELETE FROM login_throttle WHERE throttle_key = ?")).bind(accountKey(email)).exec();
}

} // namespace steward::server

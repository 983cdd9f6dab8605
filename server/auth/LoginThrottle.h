#pragma once

#include <QSqlDatabase>
#include <QString>

namespace steward::server {

struct ServerConfig;

// Lockout after repeated failed sign-ins, with a growing delay, kept in the database so that
// several server instances share it. Keyed by account ("email:<address>", whether or not such an
// account exists, so lockout never reveals existence) and by client address ("addr:<ip>").
class LoginThrottle
{
public:
    LoginThrottle(const QSqlDatabase& db, const ServerConfig& config, qint64 nowMs);

    // Seconds the caller must wait before trying this email from this address; 0 when free.
    qint64 retryAfterSeconds(const QString& email, const QString& clientAddress) const;
    // Counts a failure; returns the wait that now applies (0 while under the threshold).
    qint64 recordFailure(const QString& email, const QString& clientAddress);
    // A success clears the account's count (the address's stays: it may be guessing many accounts).
    void recordSuccess(const QString& email);
    void clearAccount(const QString& email); // an admin's unlock

    static QString accountKey(const QString& email);

private:
    qint64 lockedFor(const QString& key) const;
    qint64 bump(const QString& key, int threshold);

    QSqlDatabase m_db;
    const ServerConfig& m_config;
    qint64 m_now;
};

} // namespace steward::server

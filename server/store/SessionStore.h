#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QUuid>

namespace steward::server {

struct SessionInfo
{
    QUuid id;
    QDateTime createdAt;
    QDateTime lastUsedAt;
    QDateTime expiresAt;
    QString clientAddress;
    QString userAgent;
};

class SessionStore
{
public:
    // Creates a session for `userId`; returns the bearer token (shown once; only its hash is kept).
    static QString create(const QSqlDatabase& db, const QUuid& userId, qint64 nowMs, qint64 expiresAtMs,
                          const QString& clientAddress, const QString& userAgent, QUuid* sessionId);
    // The user's live sessions at `nowMs`: not expired, and used since `idleSinceMs` (older ones
    // died of the idle timeout even if nobody has tried them since).
    static QList<SessionInfo> listForUser(const QSqlDatabase& db, const QUuid& userId, qint64 nowMs,
                                          qint64 idleSinceMs);
    static bool revoke(const QSqlDatabase& db, const QUuid& userId, const QUuid& sessionId);
    // Ends every session of the user, except `keep` when given; returns how many ended.
    static int revokeAll(const QSqlDatabase& db, const QUuid& userId, const QUuid& keep = {});
};

} // namespace steward::server

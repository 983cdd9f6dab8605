#include "SessionStore.h"

#include "Sql.h"
#include "auth/Passwords.h"

namespace steward::server {

QString SessionStore::create(const QSqlDatabase& db, const QUuid& userId, qint64 nowMs, qint64 expiresAtMs,
                             const QString& clientAddress, const QString& userAgent, QUuid* sessionId)
{
    const QString token = generateToken("stw");
    *sessionId = QUuid::createUuid();
    Sql(db, QStringLiteral("INSERT INTO sessions (id, user_id, token_hash, created_at, last_used_at, expires_at, "
                           "client_address, user_agent) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(*sessionId)
        .bind(userId)
        .bind(tokenHash(token))
        .bind(nowMs)
        .bind(nowMs)
        .bind(expiresAtMs)
        .bind(clientAddress)
        .bind(userAgent)
        .exec();
    return token;
}

QList<SessionInfo> SessionStore::listForUser(const QSqlDatabase& db, const QUuid& userId, qint64 nowMs,
                                             qint64 idleSinceMs)
{
    Sql q(db, QStringLiteral("SELECT id, created_at, last_used_at, expires_at, client_address, user_agent "
                             "FROM sessions WHERE user_id = ? AND expires_at > ? AND last_used_at > ? "
                             "ORDER BY created_at DESC LIMIT 500"));
    q.bind(userId).bind(nowMs).bind(idleSinceMs).exec();
    QList<SessionInfo> sessions;
    while (q.next()) {
        sessions.append({q.uuid(0), QDateTime::fromMSecsSinceEpoch(q.integer(1), Qt::UTC),
                         QDateTime::fromMSecsSinceEpoch(q.integer(2), Qt::UTC),
                         QDateTime::fromMSecsSinceEpoch(q.integer(3), Qt::UTC), q.text(4), q.text(5)});
    }
    return sessions;
}

bool SessionStore::revoke(const QSqlDatabase& db, const QUuid& userId, const QUuid& sessionId)
{
    Sql q(db, QStringLiteral("DELETE FROM sessions WHERE id = ? AND user_id = ?"));
    q.bind(sessionId).bind(userId).exec();
    return q.rowsAffected() > 0;
}

int SessionStore::revokeAll(const QSqlDatabase& db, const QUuid& userId, const QUuid& keep)
{
    Sql q(db, QStringLiteral("DELETE FROM sessions WHERE user_id = ? AND id <> ?"));
    q.bind(userId).bind(keep.isNull() ? QStringLiteral("") : idText(keep)).exec();
    return q.rowsAffected();
}

} // namespace steward::server

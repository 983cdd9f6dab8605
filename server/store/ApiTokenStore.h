#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace steward::server {

// An integration's bearer token as stored: its metadata, never the secret (only its SHA-256 is
// kept, and that stays inside the store).
struct ApiToken
{
    QUuid id;
    QUuid companyId;
    QUuid createdBy;
    QString name;
    QStringList permissions; // sorted company permission keys
    qint64 createdAt = 0;
    qint64 lastUsedAt = 0; // 0: never used
    qint64 expiresAt = 0;  // 0: no expiry
    qint64 revokedAt = 0;  // 0: not revoked
};

struct ApiTokenListQuery
{
    QUuid companyId;     // null: every company (platform scope)
    bool byName = false; // else by creation time
    bool descending = true;
    int limit = 50;
    int offset = 0;
};

class ApiTokenStore
{
public:
    static void insert(const QSqlDatabase& db, const ApiToken& token, const QString& tokenHash);
    static std::optional<ApiToken> find(const QSqlDatabase& db, const QUuid& id);
    static QList<ApiToken> list(const QSqlDatabase& db, const ApiTokenListQuery& query, qint64* total);
    // Sets revoked_at unless the token is already revoked; false when nothing changed.
    static bool revoke(const QSqlDatabase& db, const QUuid& id, qint64 nowMs);
};

} // namespace steward::server

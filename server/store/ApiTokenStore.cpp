#include "ApiTokenStore.h"

#include "Sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace steward::server {
namespace {

const QString kColumns = QStringLiteral(
    "SELECT id, company_id, created_by, name, permissions, created_at, last_used_at, expires_at, revoked_at "
    "FROM api_tokens");

QString permissionsJson(const QStringList& permissions)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(permissions)).toJson(QJsonDocument::Compact));
}

ApiToken readToken(const Sql& q)
{
    ApiToken t;
    t.id = q.uuid(0);
    t.companyId = q.uuid(1);
    t.createdBy = q.uuid(2);
    t.name = q.text(3);
    for (const QJsonValue& v : QJsonDocument::fromJson(q.text(4).toUtf8()).array())
        t.permissions.append(v.toString());
    t.createdAt = q.integer(5);
    t.lastUsedAt = q.isNull(6) ? 0 : q.integer(6);
    t.expiresAt = q.isNull(7) ? 0 : q.integer(7);
    t.revokedAt = q.isNull(8) ? 0 : q.integer(8);
    return t;
}

} // namespace

void ApiTokenStore::insert(const QSqlDatabase& db, const ApiToken& t, const QString& tokenHash)
{
    Sql(db, QStringLiteral("INSERT INTO api_tokens (id, company_id, created_by, name, token_hash, permissions, "
                           "created_at, last_used_at, expires_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(t.id)
        .bind(t.companyId)
        .bind(t.createdBy)
        .bind(t.name)
        .bind(tokenHash)
        .bind(permissionsJson(t.permissions))
        .bind(t.createdAt)
        .bindNullableTime(t.lastUsedAt)
        .bindNullableTime(t.expiresAt)
        .bindNullableTime(t.revokedAt)
        .exec();
}

std::optional<ApiToken> ApiTokenStore::find(const QSqlDatabase& db, const QUuid& id)
{
    Sql q(db, kColumns + QStringLiteral(" WHERE id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return readToken(q);
}

QList<ApiToken> ApiTokenStore::list(const QSqlDatabase& db, const ApiTokenListQuery& query, qint64* total)
{
    const QString where = query.companyId.isNull() ? QString() : QStringLiteral(" WHERE company_id = ?");
    Sql count(db, QStringLiteral("SELECT COUNT(*) FROM api_tokens") + where);
    if (!query.companyId.isNull())
        count.bind(query.companyId);
    count.exec();
    *total = count.next() ? count.integer(0) : 0;

    const QString direction = query.descending ? QStringLiteral(" DESC") : QString();
    const QString order = query.byName ? QStringLiteral(" ORDER BY name") + direction + QStringLiteral(", id")
                                       : QStringLiteral(" ORDER BY created_at") + direction + QStringLiteral(", id");
    Sql q(db, kColumns + where + order + QStringLiteral(" LIMIT ? OFFSET ?"));
    if (!query.companyId.isNull())
        q.bind(query.companyId);
    q.bind(query.limit).bind(query.offset).exec();
    QList<ApiToken> tokens;
    while (q.next())
        tokens.append(readToken(q));
    return tokens;
}

bool ApiTokenStore::revoke(const QSqlDatabase& db, const QUuid& id, qint64 nowMs)
{
    Sql q(db, QStringLiteral("UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"));
    q.bind(nowMs).bind(id).exec();
    return q.rowsAffected() > 0;
}

} // namespace steward::server

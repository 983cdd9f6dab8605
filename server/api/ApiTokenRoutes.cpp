// /api/v1/api-tokens: bearer tokens for integrations. A token belongs to one company and acts with
// exactly the permissions it was given (never more than its creator held), independent of any
// password; its secret is shown once at creation and only its hash is stored.
#include "ApiSupport.h"
#include "Routes.h"
#include "ServerContext.h"
#include "auth/Passwords.h"
#include "store/ApiTokenStore.h"
#include "store/CompanyStore.h"
#include "store/Sql.h"

#include <domain/Json.h>
#include <domain/JsonReader.h>
#include <domain/Permissions.h>
#include <domain/Validation.h>

namespace steward::server {
namespace {

constexpr int kNameMaxLength = 100;

QJsonValue timeOrNull(qint64 ms)
{
    return ms == 0 ? QJsonValue(QJsonValue::Null)
                   : QJsonValue(json::formatTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)));
}

QString stateOf(const ApiToken& token, qint64 nowMs)
{
    if (token.revokedAt != 0)
        return QStringLiteral("revoked");
    if (token.expiresAt != 0 && nowMs >= token.expiresAt)
        return QStringLiteral("expired");
    return QStringLiteral("active");
}

// The metadata a client may see: never the secret nor its hash.
QJsonObject tokenJson(const ApiToken& token, qint64 nowMs)
{
    return {
        {QStringLiteral("id"), json::formatId(token.id)},
        {QStringLiteral("companyId"), json::formatId(token.companyId)},
        {QStringLiteral("name"), token.name},
        {QStringLiteral("permissions"), QJsonArray::fromStringList(token.permissions)},
        {QStringLiteral("createdAt"), timeOrNull(token.createdAt)},
        {QStringLiteral("createdBy"),
         token.createdBy.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(json::formatId(token.createdBy))},
        {QStringLiteral("lastUsedAt"), timeOrNull(token.lastUsedAt)},
        {QStringLiteral("expiresAt"), timeOrNull(token.expiresAt)},
        {QStringLiteral("revokedAt"), timeOrNull(token.revokedAt)},
        {QStringLiteral("state"), stateOf(token, nowMs)},
    };
}

ApiToken loadVisibleToken(const RequestContext& ctx, const QSqlDatabase& db)
{
    const std::optional<ApiToken> token = ApiTokenStore::find(db, ctx.pathId());
    if (!token)
        throw ApiError(Problem::notFound());
    ctx.authorize(AccessTarget{token->companyId, {}, false});
    return *token;
}

Response listTokens(RequestContext& ctx)
{
    const PageParams page = pageParams(ctx, {QStringLiteral("createdAt"), QStringLiteral("name")});
    ApiTokenListQuery query;
    query.companyId = scopeCompany(ctx);
    ctx.authorize(AccessTarget{query.companyId, {}, false});
    if (!page.sort.isEmpty()) {
        query.byName = page.sort.constFirst().endsWith(QLatin1String("name"));
        query.descending = page.sort.constFirst().startsWith(QLatin1Char('-'));
    }
    query.limit = page.limit;
    query.offset = page.offset;
    qint64 total = 0;
    const qint64 now = ctx.server().nowMs();
    QJsonArray items;
    for (const ApiToken& token : ApiTokenStore::list(database(ctx), query, &total))
        items.append(tokenJson(token, now));
    return Response::list(items, total);
}

// The requested permissions: known company keys, each once, each held by the caller in `companyId`.
FieldErrors checkPermissions(const RequestContext& ctx, const QStringList& requested, const QUuid& companyId,
                             QStringList* granted)
{
    FieldErrors errors;
    const QSet<QString> known = companyPermissionKeys();
    QStringList notHeld;
    for (qsizetype i = 0; i < requested.size(); ++i) {
        const QString& key = requested.at(i);
        const QString field = QStringLiteral("permissions[%1]").arg(i);
        if (!known.contains(key))
            errors.append({field, QStringLiteral("unknown_permission"),
                           QStringLiteral("\"%1\" is not a company permission.").arg(key)});
        else if (granted->contains(key))
            errors.append({field, QStringLiteral("duplicate"), QStringLiteral("This permission is listed twice.")});
        else if (!ctx.can(key, AccessTarget{companyId, {}, false}))
            notHeld.append(key);
        else
            granted->append(key);
    }
    if (!notHeld.isEmpty())
        errors.append({QStringLiteral("permissions"), QStringLiteral("not_held"),
                       QStringLiteral("You can only grant permissions you hold yourself; you lack: %1.")
                           .arg(notHeld.join(QStringLiteral(", ")))});
    granted->sort();
    return errors;
}

Response createToken(RequestContext& ctx)
{
    const Principal& caller = ctx.principal();
    JsonReader body(ctx.jsonBody());
    QUuid companyId =
        body.uuid(QStringLiteral("companyId"), caller.isPlatform() ? JsonReader::Required : JsonReader::Optional);
    const QString name = body.string(QStringLiteral("name")).trimmed();
    const QStringList requested = body.stringList(QStringLiteral("permissions"));
    const QDateTime expiresAt = body.time(QStringLiteral("expiresAt"), JsonReader::Optional);
    body.rejectUnknown();
    if (!caller.isPlatform()) {
        // Another company's id answers 404 like any other object of another company.
        if (companyId.isNull())
            companyId = caller.companyId;
        ctx.authorize(AccessTarget{companyId, {}, false});
        // A token carries no unit limits: it would reach beyond the units its creator may see.
        if (!caller.orgUnitLimits.isEmpty())
            throw ApiError(Problem::forbidden(
                QStringLiteral("Accounts limited to organizational units cannot create API tokens.")));
    }
    const QSqlDatabase db = database(ctx);
    Transaction tx(db);
    if (caller.isPlatform() && body.ok()) {
        if (!CompanyStore::find(db, companyId))
            throwIfInvalid(
                {{QStringLiteral("companyId"), QStringLiteral("not_found"), QStringLiteral("No such company.")}});
        ctx.authorize(AccessTarget{companyId, {}, false});
    }
    throwIfInvalid(body.errors());

    const qint64 now = ctx.server().nowMs();
    FieldErrors errors = validateText(name, QStringLiteral("name"), kNameMaxLength);
    if (requested.isEmpty())
        errors.append({QStringLiteral("permissions"), QStringLiteral("required"),
                       QStringLiteral("Grant the token at least one permission.")});
    ApiToken token;
    errors.append(checkPermissions(ctx, requested, companyId, &token.permissions));
    if (expiresAt.isValid() && expiresAt.toMSecsSinceEpoch() <= now)
        errors.append(
            {QStringLiteral("expiresAt"), QStringLiteral("in_past"), QStringLiteral("Must be in the future.")});
    throwIfInvalid(errors);

    token.id = QUuid::createUuid();
    token.companyId = companyId;
    token.createdBy = caller.userId;
    token.name = name;
    token.createdAt = now;
    token.expiresAt = expiresAt.isValid() ? expiresAt.toMSecsSinceEpoch() : 0;
    const QString secret = generateToken("stk");
    ApiTokenStore::insert(db, token, tokenHash(secret));
    QJsonObject recorded{{QStringLiteral("name"), token.name},
                         {QStringLiteral("permissions"), QJsonArray::fromStringList(token.permissions)}};
    if (token.expiresAt != 0)
        recorded.insert(QStringLiteral("expiresAt"), timeOrNull(token.expiresAt));
    audit(ctx, db, QStringLiteral("api_token.create"), QStringLiteral("api_token"), token.id, companyId,
          diffFields(QJsonObject(), recorded));
    tx.commit();

    QJsonObject created = tokenJson(token, now);
    created.insert(QStringLiteral("token"), secret); // shown this once, never again
    Response response = Response::json(created, 201);
    response.header("Location", "/api/v1/api-tokens/" + json::formatId(token.id).toLatin1());
    return response;
}

Response getToken(RequestContext& ctx)
{
    return Response::json(tokenJson(loadVisibleToken(ctx, database(ctx)), ctx.server().nowMs()));
}

Response revokeToken(RequestContext& ctx)
{
    const QSqlDatabase db = database(ctx);
    Transaction tx(db);
    const ApiToken token = loadVisibleToken(ctx, db);
    const qint64 now = ctx.server().nowMs();
    // Revoking twice changes nothing and records nothing.
    if (ApiTokenStore::revoke(db, token.id, now)) {
        audit(ctx, db, QStringLiteral("api_token.revoke"), QStringLiteral("api_token"), token.id, token.companyId,
              {{QStringLiteral("revokedAt"), QJsonValue::Null, timeOrNull(now)},
               {QStringLiteral("state"), stateOf(token, now), QStringLiteral("revoked")}});
    }
    tx.commit();
    return Response::noContent();
}

} // namespace

void addApiTokenRoutes(Router& router)
{
    using namespace perm;
    router.add(
        {QStringLiteral("GET"), QStringLiteral("/api/v1/api-tokens"), Access::Permission, ApiTokensManage, listTokens});
    router.add({QStringLiteral("POST"), QStringLiteral("/api/v1/api-tokens"), Access::Permission, ApiTokensManage,
                createToken});
    router.add({QStringLiteral("GET"), QStringLiteral("/api/v1/api-tokens/{id}"), Access::Permission, ApiTokensManage,
                getToken});
    router.add({QStringLiteral("DELETE"), QStringLiteral("/api/v1/api-tokens/{id}"), Access::Permission,
                ApiTokensManage, revokeToken});
}

} // namespace steward::server

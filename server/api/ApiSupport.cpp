#include "ApiSupport.h"

#include "ServerContext.h"
#include "store/AuditStore.h"

#include <algorithm>
#include <domain/JsonReader.h>

namespace steward::server {

PageParams pageParams(const RequestContext& ctx, const QStringList& sortable)
{
    PageParams page;
    FieldErrors errors;
    if (ctx.hasQuery("limit")) {
        bool ok = false;
        page.limit = ctx.query("limit").toInt(&ok);
        if (!ok || page.limit < 1 || page.limit > 500)
            errors.append({QStringLiteral("limit"), QStringLiteral("out_of_range"),
                           QStringLiteral("Must be a whole number from 1 to 500.")});
    }
    if (ctx.hasQuery("offset")) {
        bool ok = false;
        page.offset = ctx.query("offset").toInt(&ok);
        if (!ok || page.offset < 0)
            errors.append({QStringLiteral("offset"), QStringLiteral("out_of_range"),
                           QStringLiteral("Must be a whole number of at least 0.")});
    }
    for (const QString& key : ctx.query("sort").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = key.startsWith(QLatin1Char('-')) ? key.mid(1) : key;
        if (!sortable.contains(name)) {
            errors.append({QStringLiteral("sort"), QStringLiteral("invalid_value"),
                           QStringLiteral("Cannot sort by \"%1\"; use one of: %2.").arg(name, sortable.join(u", "))});
            continue;
        }
        page.sort.append(key);
    }
    if (!errors.isEmpty()) {
        Problem p = Problem::validation(errors);
        p.status = 400;
        throw ApiError(p);
    }
    return page;
}

QUuid queryId(const RequestContext& ctx, const char* name)
{
    if (!ctx.hasQuery(name) || ctx.query(name).isEmpty())
        return {};
    const QUuid id = parseUuid(ctx.query(name));
    if (id.isNull()) {
        Problem p = Problem::validation(
            {{QString::fromLatin1(name), QStringLiteral("invalid_id"), QStringLiteral("Must be a UUID.")}});
        p.status = 400;
        throw ApiError(p);
    }
    return id;
}

qint64 queryTimeMs(const RequestContext& ctx, const char* name)
{
    if (!ctx.hasQuery(name) || ctx.query(name).isEmpty())
        return 0;
    const QDateTime t = QDateTime::fromString(ctx.query(name), Qt::ISODateWithMs);
    if (!t.isValid()) {
        Problem p = Problem::validation({{QString::fromLatin1(name), QStringLiteral("invalid_time"),
                                          QStringLiteral("Must be an ISO 8601 time, e.g. 2026-01-31T00:00:00Z.")}});
        p.status = 400;
        throw ApiError(p);
    }
    return t.toMSecsSinceEpoch();
}

void throwIfInvalid(const FieldErrors& errors)
{
    if (errors.isEmpty())
        return;
    // Several checks may report the same rule for one field (a missing value is "required" both
    // to the JSON reader and to the validator): say it once.
    FieldErrors unique;
    for (const FieldError& e : errors) {
        const bool seen = std::any_of(unique.cbegin(), unique.cend(),
                                      [&](const FieldError& u) { return u.field == e.field && u.code == e.code; });
        if (!seen)
            unique.append(e);
    }
    throw ApiError(Problem::validation(unique));
}

void audit(const RequestContext& ctx, const QSqlDatabase& db, const QString& action, const QString& targetType,
           const QUuid& targetId, const QUuid& companyId, const QList<FieldChange>& changes)
{
    AuditEvent e;
    e.id = QUuid::createUuid();
    e.time = QDateTime::fromMSecsSinceEpoch(ctx.server().nowMs(), Qt::UTC);
    if (ctx.isSignedIn()) {
        e.actorId = ctx.principal().userId;
        e.actorType = ctx.principal().isApiToken ? QStringLiteral("api_token") : QStringLiteral("user");
    } else {
        e.actorType = QStringLiteral("anonymous");
    }
    e.companyId = companyId;
    e.action = action;
    e.targetType = targetType;
    e.targetId = targetId;
    e.changes = changes;
    e.clientAddress = ctx.clientAddress();
    e.requestId = ctx.requestId();
    AuditStore::record(db, e);
}

QSqlDatabase database(const RequestContext& ctx)
{
    return ctx.server().database.connection();
}

QUuid scopeCompany(const RequestContext& ctx)
{
    const Principal& p = ctx.principal();
    if (!p.isPlatform())
        return p.companyId;
    return queryId(ctx, "company");
}

} // namespace steward::server

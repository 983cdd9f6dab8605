// /api/v1/audit: the audit trail within the caller's scope (their company; for platform staff with
// platform.audit.read every company, one company, or platform-only events), and
// /api/v1/users/{id}/audit: the history of one user.
#include "ApiSupport.h"
#include "Routes.h"
#include "store/AuditStore.h"
#include "store/UserStore.h"

#include <domain/Json.h>
#include <domain/Permissions.h>

namespace steward::server {
namespace {

[[noreturn]] void badQuery(const QString& parameter, const QString& code, const QString& message)
{
    Problem p = Problem::validation({{parameter, code, message}});
    p.status = 400;
    throw ApiError(p);
}

// Action names are dotted lower-case words ("user.password_change"); nothing else can match.
bool isActionFilter(const QString& action)
{
    if (action.isEmpty() || action.size() > 100 || action.startsWith(QLatin1Char('.')))
        return false;
    for (const QChar c : action) {
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              c == QLatin1Char('_') || c == QLatin1Char('.')))
            return false;
    }
    return true;
}

// The filters both routes share: actor, target, action, from, to, paging and sort by time.
AuditQuery filtersOf(const RequestContext& ctx)
{
    const PageParams page = pageParams(ctx, {QStringLiteral("time")});
    AuditQuery query;
    query.actorId = queryId(ctx, "actor");
    query.targetId = queryId(ctx, "target");
    query.action = ctx.query("action").trimmed();
    if (!query.action.isEmpty() && !isActionFilter(query.action))
        badQuery(QStringLiteral("action"), QStringLiteral("invalid_value"),
                 QStringLiteral("Give an action (\"user.update\") or a prefix ending in a period (\"user.\")."));
    query.fromMs = queryTimeMs(ctx, "from");
    query.toMs = queryTimeMs(ctx, "to");
    if (query.fromMs > 0 && query.toMs > 0 && query.fromMs >= query.toMs)
        badQuery(QStringLiteral("to"), QStringLiteral("out_of_range"), QStringLiteral("Must be later than from."));
    query.newestFirst = page.sort.isEmpty() || page.sort.constFirst().startsWith(QLatin1Char('-'));
    query.limit = page.limit;
    query.offset = page.offset;
    return query;
}

Response answer(const RequestContext& ctx, const AuditQuery& query)
{
    qint64 total = 0;
    QJsonArray items;
    for (const AuditEvent& event : AuditStore::list(database(ctx), query, &total))
        items.append(json::toJson(event));
    return Response::list(items, total);
}

Response listAudit(RequestContext& ctx)
{
    AuditQuery query = filtersOf(ctx);
    const Principal& caller = ctx.principal();
    const QString scope = ctx.query("scope");
    const QUuid company = queryId(ctx, "company");
    if (!scope.isEmpty() && scope != QLatin1String("platform"))
        badQuery(QStringLiteral("scope"), QStringLiteral("invalid_value"), QStringLiteral("Must be: platform."));
    if (!scope.isEmpty()) {
        if (!company.isNull())
            badQuery(QStringLiteral("company"), QStringLiteral("conflicting"),
                     QStringLiteral("Leave out company with scope=platform."));
        ctx.authorize(perm::PlatformAuditRead, AccessTarget{});
        query.platformScopeOnly = true;
    } else if (caller.isPlatform() && company.isNull()) {
        ctx.authorize(perm::PlatformAuditRead, AccessTarget{});
    } else {
        query.companyId = company.isNull() ? caller.companyId : company;
        ctx.authorize(AccessTarget{query.companyId, {}, false});
        // Events carry no units; a unit-limited reader sees only those about users it may see.
        query.visibleUnits = caller.orgUnitLimits;
    }
    return answer(ctx, query);
}

Response userAudit(RequestContext& ctx)
{
    AuditQuery query = filtersOf(ctx);
    const std::optional<User> user = UserStore::find(database(ctx), ctx.pathId());
    if (!user)
        throw ApiError(Problem::notFound());
    // Like loadVisibleUser, but a staff account's history is audit data, not staff management.
    if (user->companyId.isNull())
        ctx.authorize(perm::PlatformAuditRead, AccessTarget{});
    else
        ctx.authorize(AccessTarget{user->companyId, user->orgUnitIds, true});
    query.targetId = user->id;
    if (!ctx.principal().isPlatform())
        query.companyId = ctx.principal().companyId;
    return answer(ctx, query);
}

} // namespace

void addAuditRoutes(Router& router)
{
    using namespace perm;
    router.add({QStringLiteral("GET"), QStringLiteral("/api/v1/audit"), Access::Permission, AuditRead, listAudit});
    router.add(
        {QStringLiteral("GET"), QStringLiteral("/api/v1/users/{id}/audit"), Access::Permission, AuditRead, userAudit});
}

} // namespace steward::server

// /api/v1/companies: platform staff see and create companies; a company user sees their own.
// Creating a company creates its owner (SPEC flow 0); ownership moves only to an enabled user of
// the same company, by the owner or a platform administrator.
#include "ApiSupport.h"
#include "CompanyEditing.h"
#include "Routes.h"
#include "ServerContext.h"
#include "UserAccess.h"
#include "UserEditing.h"
#include "mail/AccountMail.h"
#include "store/CompanyStore.h"
#include "store/Sql.h"
#include "store/UserStore.h"

#include <domain/Json.h>
#include <domain/JsonReader.h>
#include <domain/Permissions.h>
#include <domain/Validation.h>

namespace steward::server {
namespace {

Response listCompanies(RequestContext& ctx)
{
    const PageParams page = pageParams(ctx, CompanyStore::sortableFields());
    const Principal& caller = ctx.principal();
    CompanyListQuery query;
    if (!caller.isPlatform())
        query.onlyId = caller.companyId;
    ctx.authorize(AccessTarget{caller.isPlatform() ? QUuid() : caller.companyId, {}, false});
    query.search = withoutControlCharacters(ctx.query("q")).trimmed().left(100);
    if (!ctx.query("state").isEmpty()) {
        query.state = companyStateFromString(ctx.query("state"));
        if (!query.state) {
            // A bad query parameter is a bad request (400), as for every list.
            Problem p = Problem::validation({{QStringLiteral("state"), QStringLiteral("invalid_value"),
                                              QStringLiteral("Must be one of: active, suspended.")}});
            p.status = 400;
            throw ApiError(p);
        }
    }
    query.sort = page.sort;
    query.limit = page.limit;
    query.offset = page.offset;
    qint64 total = 0;
    QJsonArray items;
    for (const Company& company : CompanyStore::list(database(ctx), query, &total))
        items.append(json::toJson(company));
    return Response::list(items, total);
}

Response createCompany(RequestContext& ctx)
{
    ctx.authorize(AccessTarget{});
    JsonReader body(ctx.jsonBody());
    const QSqlDatabase db = database(ctx);
    Transaction tx(db);
    const qint64 now = ctx.server().nowMs();
    Company company;
    company.id = QUuid::createUuid();
    company.createdAt = company.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    FieldErrors errors = applyCompanyFields(body, company, db, true);

    // The owner: the company's first user, created with it. A missing owner is one error, not one
    // per field of it.
    const qsizetype reported = body.errors().size();
    JsonReader owner(body.object(QStringLiteral("owner")), QStringLiteral("owner"));
    User user;
    user.id = QUuid::createUuid();
    user.companyId = company.id;
    user.language = company.defaultLanguage;
    user.createdAt = user.updatedAt = company.createdAt;
    if (body.errors().size() == reported) {
        errors.append(
            prefixed(applyUserFields(owner, user, EditRights{}, db, std::nullopt, true), QStringLiteral("owner")));
        owner.rejectUnknown();
        errors.append(owner.errors());
    }
    body.rejectUnknown();
    errors.append(body.errors());
    throwIfInvalid(errors);
    if (user.username.isEmpty())
        user.username = uniqueUsername(db, user.email);
    user.roles = {{builtin::adminRoleId(), QStringLiteral("Admin"), true}};
    company.ownerId = user.id;

    CompanyStore::insert(db, company);
    UserStore::insert(db, user, QString(), false);
    // SPEC flow 0: the owner chooses a password through an emailed link, in their language.
    accountmail::setPassword(ctx.server(), db, user, company);
    audit(ctx, db, QStringLiteral("company.create"), QStringLiteral("company"), company.id, company.id,
          companyChanges(QJsonObject(), json::toJson(company)));
    audit(ctx, db, QStringLiteral("user.create"), QStringLiteral("user"), user.id, company.id,
          userChanges(QJsonObject(), userJson(*UserStore::find(db, user.id))));
    tx.commit();
    ctx.server().mailQueued();
    Response response = Response::versioned(json::toJson(company), company.version, 201);
    response.header("Location", "/api/v1/companies/" + json::formatId(company.id).toLatin1());
    return response;
}

Company loadVisibleCompany(const RequestContext& ctx, const QSqlDatabase& db, const QUuid& id)
{
    const std::optional<Company> company = CompanyStore::find(db, id);
    if (!company)
        throw ApiError(Problem::notFound());
    ctx.authorize(AccessTarget{company->id, {}, false});
    return *company;
}

Response getCompany(RequestContext& ctx)
{
    const Company company = loadVisibleCompany(ctx, database(ctx), ctx.pathId());
    return Response::versioned(json::toJson(company), company.version);
}

Response patchCompany(RequestContext& ctx)
{
    const QSqlDatabase db = database(ctx);
    Transaction tx(db);
    Company company = loadVisibleCompany(ctx, db, ctx.pathId());
    ctx.requireIfMatch(company.version);
    const Company before = company;
    JsonReader body(ctx.jsonBody());
    FieldErrors errors = applyCompanyFields(body, company, db, false);
    if (body.has(QStringLiteral("state")) && !ctx.can(perm::PlatformCompaniesManage, AccessTarget{}))
        errors.append({QStringLiteral("state"), QStringLiteral("not_editable"),
                       QStringLiteral("Only the platform can suspend or resume a company.")});
    body.rejectUnknown();
    errors.append(body.errors());
    throwIfInvalid(errors);
    if (!CompanyStore::update(db, company, before.version, ctx.server().nowMs()))
        throw ApiError(Problem::preconditionFailed(QStringLiteral("The company changed meanwhile; reload it.")));
    audit(ctx, db, QStringLiteral("company.update"), QStringLiteral("company"), company.id, company.id,
          companyChanges(json::toJson(before), json::toJson(company)));
    tx.commit();
    return Response::versioned(json::toJson(company), company.version);
}

Response transferOwnership(RequestContext& ctx)
{
    const QSqlDatabase db = database(ctx);
    Transaction tx(db);
    Company company = loadVisibleCompany(ctx, db, ctx.pathId());
    const Principal& caller = ctx.principal();
    const bool platformAdmin = caller.isPlatform() && ctx.can(perm::PlatformCompaniesManage, AccessTarget{});
    // The owner in person: an API token the owner made acts with its own narrow permissions.
    if (!platformAdmin && (caller.isApiToken || caller.userId != company.ownerId))
        throw ApiError(
            Problem::forbidden(QStringLiteral("Only the owner or a platform administrator can transfer ownership.")));
    JsonReader body(ctx.jsonBody());
    const QUuid userId = body.uuid(QStringLiteral("userId"));
    body.rejectUnknown();
    throwIfInvalid(body.errors());
    const std::optional<User> next = UserStore::find(db, userId);
    if (!next || next->companyId != company.id)
        throwIfInvalid({{QStringLiteral("userId"), QStringLiteral("not_in_company"),
                         QStringLiteral("The new owner must be a user of this company.")}});
    if (next->state != UserState::Enabled)
        throwIfInvalid({{QStringLiteral("userId"), QStringLiteral("not_enabled"),
                         QStringLiteral("The new owner must be an enabled user.")}});
    const Company before = company;
    company.ownerId = userId;
    if (!CompanyStore::update(db, company, before.version, ctx.server().nowMs()))
        throw ApiError(Problem::preconditionFailed(QStringLiteral("The company changed meanwhile; reload it.")));
    audit(ctx, db, QStringLiteral("company.transfer_ownership"), QStringLiteral("company"), company.id, company.id,
          companyChanges(json::toJson(before), json::toJson(company)));
    tx.commit();
    return Response::versioned(json::toJson(company), company.version);
}

} // namespace

void addCompanyRoutes(Router& router)
{
    using namespace perm;
    router.add(
        {QStringLiteral("GET"), QStringLiteral("/api/v1/companies"), Access::Permission, CompanyRead, listCompanies});
    router.add({QStringLiteral("POST"), QStringLiteral("/api/v1/companies"), Access::Permission,
                PlatformCompaniesManage, createCompany});
    router.add(
        {QStringLiteral("GET"), QStringLiteral("/api/v1/companies/{id}"), Access::Permission, CompanyRead, getCompany});
    router.add({QStringLiteral("PATCH"), QStringLiteral("/api/v1/companies/{id}"), Access::Permission, CompanySettings,
                patchCompany});
    router.add({QStringLiteral("POST"), QStringLiteral("/api/v1/companies/{id}/transfer-ownership"), Access::Permission,
                CompanyRead, transferOwnership});
}

} // namespace steward::server

// /api/v1/users: list, create, read, edit, delete, and the role assignments of a user.
#include "ApiSupport.h"
#include "Routes.h"
#include "ServerContext.h"
#include "UserAccess.h"
#include "UserEditing.h"
#include "UserLifecycle.h"
#include "auth/Passwords.h"
#include "mail/AccountMail.h"
#include "store/RoleStore.h"
#include "store/Sql.h"
#include "store/UserStore.h"

#include <QJsonArray>
#include <domain/Json.h>
#include <domain/JsonReader.h>
#include <domain/JsonWriter.h>
#include <domain/Permissions.h>

namespace steward::server {
namespace {

using namespace Qt::StringLiterals;

Response listUsers(RequestContext& ctx)
{
    const PageParams page = pageParams(ctx, UserStore::sortableFields());
    UserListQuery query;
    query.companyId = scopeCompany(ctx);
    ctx.authorize(AccessTarget{query.companyId.isNull() ? ctx.principal().companyId : query.companyId, {}, false});
    query.visibleUnits = ctx.principal().orgUnitLimits;
    query.search = withoutControlCharacters(ctx.query("q")).trimmed().left(100);
    if (ctx.hasQuery("state") && !ctx.query("state").isEmpty()) {
        query.state = userStateFromString(ctx.query("state"));
        if (!query.state) {
            Problem p =
                Problem::validation({{QStringLiteral("state"), QStringLiteral("invalid_value"),
                                      QStringLiteral("Must be one of: created, valid, enabled, deactivated.")}});
            p.status = 400;
            throw ApiError(p);
        }
    }
    query.roleId = queryId(ctx, "role");
    query.orgUnitId = queryId(ctx, "orgUnit");
    query.sort = page.sort;
    query.limit = page.limit;
    query.offset = page.offset;
    const UserPage users = UserStore::list(database(ctx), query);
    // Written directly: a tree of QJsonObjects for 50 users cost more than the SQL behind them.
    QByteArray body;
    body.reserve(256 + users.items.size() * 900);
    json::JsonWriter out(body);
    out.beginObject().key("items"_L1).beginArray();
    for (const User& user : users.items)
        json::write(out, user);
    out.endArray();
    out.key("total"_L1).value(users.total);
    // totalExact: false when a filtered count stopped at its limit (docs/api.md, GET /api/v1/users).
    out.key("totalExact"_L1).value(users.totalExact);
    out.endObject();
    return Response::json(std::move(body));
}

Response createUser(RequestContext& ctx)
{
    JsonReader body(ctx.jsonBody());
    const Principal& caller = ctx.principal();
    QUuid companyId =
        body.uuid(QStringLiteral("companyId"), caller.isPlatform() ? JsonReader::Required : JsonReader::Optional);
    if (companyId.isNull())
        companyId = caller.companyId;
    // Another company, existing or not, is invisible to a company user: the same 404 for both.
    if (!caller.isPlatform() && companyId != caller.companyId)
        throw ApiError(Problem::notFound());
    const QSqlDatabase db = database(ctx);
    Transaction tx(db);
    const std::optional<Company> company = companyOf(db, companyId);
    if (!body.ok() || !company)
        throwIfInvalid(body.ok() ? FieldErrors{{QStringLiteral("companyId"), QStringLiteral("not_found"),
                                                QStringLiteral("No such company.")}}
                                 : body.errors());
    const QList<QUuid> unitIds = body.uuidList(QStringLiteral("orgUnitIds"), JsonReader::Optional);
    if (!caller.orgUnitLimits.isEmpty() && unitIds.isEmpty())
        throwIfInvalid({{QStringLiteral("orgUnitIds"), QStringLiteral("required"),
                         QStringLiteral("Your access is limited to some units: place the user in one of them.")}});
    ctx.authorize(AccessTarget{companyId, unitIds, !caller.orgUnitLimits.isEmpty()});

    User user;
    user.id = QUuid::createUuid();
    user.companyId = companyId;
    user.language = company->defaultLanguage;
    user.state = UserState::Created;
    const qint64 now = ctx.server().nowMs();
    user.createdAt = user.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    FieldErrors errors = applyUserFields(body, user, EditRights{}, db, company, true);
    if (!body.has(QStringLiteral("username")) && errors.isEmpty())
        user.username = uniqueUsername(db, user.email);
    const QList<QUuid> roleIds = body.uuidList(QStringLiteral("roleIds"), JsonReader::Optional);
    if (!roleIds.isEmpty())
        ctx.authorize(perm::UsersRoles, AccessTarget{companyId, {}, false});
    QList<RoleAssignment> roles;
    for (const QUuid& id : roleIds)
        roles.append({id, QString(), true});
    errors.append(resolveRoles(db, companyId, roles, QStringLiteral("roleIds")));
    errors.append(checkGrantable(ctx, db, companyId, roles, QStringLiteral("roleIds")));
    user.roles = roles;
    errors.append(checkUnits(db, companyId, unitIds, QStringLiteral("orgUnitIds")));
    user.orgUnitIds = unitIds;
    const QString onboarding =
        body.string(QStringLiteral("onboarding"), JsonReader::Optional, QStringLiteral("invite"));
    if (!QStringList{QStringLiteral("invite"), QStringLiteral("temporary-password"), QStringLiteral("none")}.contains(
            onboarding))
        errors.append({QStringLiteral("onboarding"), QStringLiteral("invalid_value"),
                       QStringLiteral("Must be one of: invite, temporary-password, none.")});
    body.rejectUnknown();
    errors.append(body.errors());
    throwIfInvalid(errors);

    QString temporaryPassword;
    QString hash;
    if (onboarding == QLatin1String("temporary-password")) {
        temporaryPassword = Passwords::generateTemporary();
        hash = Passwords(ctx.server().config.argon2Ops, ctx.server().config.argon2MemBytes).hash(temporaryPassword);
        user.mustChangePassword = true;
    }
    UserStore::insert(db, user, hash, !hash.isEmpty());
    QJsonObject created = userJson(*UserStore::find(db, user.id));
    // `invite`: a set-password link in the user's language (seed 000). `none`: no email at all;
    // the user starts with "forgot password" (seed 004).
    if (onboarding == QLatin1String("invite"))
        accountmail::setPassword(ctx.server(), db, user, company);
    audit(ctx, db, QStringLiteral("user.create"), QStringLiteral("user"), user.id, companyId,
          userChanges(QJsonObject(), created));
    tx.commit();
    ctx.server().mailQueued();
    if (!temporaryPassword.isEmpty())
        created.insert(QStringLiteral("temporaryPassword"), temporaryPassword);
    Response response = Response::versioned(created, user.version, 201);
    response.header("Location", "/api/v1/users/" + json::formatId(user.id).toLatin1());
    return response;
}

// The units of an edited user. A caller limited to some units keeps the user inside them: moving
// a user out of sight would be a way around the limit.
FieldErrors applyUnits(const RequestContext& ctx, const QSqlDatabase& db, JsonReader& body, User& user)
{
    QList<QUuid> units = body.uuidList(QStringLiteral("orgUnitIds"), JsonReader::Optional);
    FieldErrors errors = checkUnits(db, user.companyId, units, QStringLiteral("orgUnitIds"));
    if (errors.isEmpty() && !ctx.principal().orgUnitLimits.isEmpty() &&
        !ctx.can(ctx.permission(), AccessTarget{user.companyId, units, true}))
        errors.append({QStringLiteral("orgUnitIds"), QStringLiteral("outside_your_units"),
                       QStringLiteral("Keep the user in at least one of the units you manage.")});
    if (!errors.isEmpty())
        return errors;
    // The order the store reads them back in, so that the answer equals a later GET.
    std::sort(units.begin(), units.end(), [](const QUuid& a, const QUuid& b) { return a.toString() < b.toString(); });
    user.orgUnitIds = units;
    return errors;
}

Response getUser(RequestContext& ctx)
{
    const User user = loadVisibleUser(ctx, database(ctx), ctx.pathId());
    return Response::versioned(userJson(user), user.version);
}

Response patchUser(RequestContext& ctx)
{
    const QSqlDatabase db = database(ctx);
    Transaction tx(db);
    User user = loadVisibleUser(ctx, db, ctx.pathId());
    ctx.requireIfMatch(user.version);
    const User before = user;
    JsonReader body(ctx.jsonBody());
    EditRights rights;
    if (ownerGuarded(ctx, db, user)) {
        // With the owner's address an admin could reset the owner's password and take the company.
        rights.email = false;
        rights.emailRefusal = QStringLiteral("Only the owner or the platform can change the owner's email address.");
    } else if (user.id == ctx.principal().userId && !ctx.principal().isPlatform()) {
        // One's own address changes only through the confirmed email change (My Account).
        rights.email = false;
        rights.emailRefusal = QStringLiteral("Change your own address from My Account; the new one must be confirmed.");
    }
    FieldErrors errors = applyUserFields(body, user, rights, db, companyOf(db, user.companyId), false);
    if (body.has(QStringLiteral("orgUnitIds")))
        errors.append(applyUnits(ctx, db, body, user));
    body.rejectUnknown();
    errors.append(body.errors());
    throwIfInvalid(errors);
    if (!UserStore::update(db, user, before.version, ctx.server().nowMs()))
        throw ApiError(Problem::preconditionFailed(QStringLiteral("The user changed meanwhile; reload it.")));
    if (user.orgUnitIds != before.orgUnitIds)
        UserStore::setOrgUnits(db, user.id, user.orgUnitIds);
    audit(ctx, db, QStringLiteral("user.update"), QStringLiteral("user"), user.id, user.companyId,
          userChanges(userJson(before), userJson(user)));
    tx.commit();
    return Response::versioned(userJson(user), user.version);
}

Response deleteUser(RequestContext& ctx)
{
    const QSqlDatabase db = database(ctx);
    Transaction tx(db);
    const User user = loadVisibleUser(ctx, db, ctx.pathId());
    // If-Match is optional on a delete, but a stale one means the caller decided on old data.
    if (!ctx.header("If-Match").trimmed().isEmpty())
        ctx.requireIfMatch(user.version);
    if (user.id == ctx.principal().userId)
        throw ApiError(
            Problem::conflict(QStringLiteral("self_delete"), QStringLiteral("You cannot delete your own account.")));
    applyUserEvent(ctx, db, user, UserEvent::Delete);
    tx.commit();
    return Response::noContent();
}

Response putRoles(RequestContext& ctx)
{
    const QSqlDatabase db = database(ctx);
    Transaction tx(db);
    User user = loadVisibleUser(ctx, db, ctx.pathId());
    ctx.requireIfMatch(user.version);
    const QJsonArray items = ctx.jsonArrayBody();
    QList<RoleAssignment> roles;
    FieldErrors errors;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            errors.append({QStringLiteral("[%1]").arg(i), QStringLiteral("invalid_type"),
                           QStringLiteral("Must be an object {roleId, enabled}.")});
            continue;
        }
        JsonReader item(items.at(i).toObject(), QStringLiteral("[%1]").arg(i));
        const QUuid roleId = item.uuid(QStringLiteral("roleId"));
        const bool enabled = item.boolean(QStringLiteral("enabled"), JsonReader::Optional, true);
        item.rejectUnknown();
        errors.append(item.errors());
        roles.append({roleId, QString(), enabled});
    }
    throwIfInvalid(errors);
    throwIfInvalid(resolveRoles(db, user.companyId, roles, QString()));
    throwIfInvalid(checkGrantable(ctx, db, user.companyId, roles, QString(), user.roles));
    const User before = user;
    UserStore::setRoles(db, user.id, roles);
    if (!UserStore::update(db, user, before.version, ctx.server().nowMs()))
        throw ApiError(Problem::preconditionFailed(QStringLiteral("The user changed meanwhile; reload it.")));
    const User after = *UserStore::find(db, user.id);
    audit(ctx, db, QStringLiteral("user.roles"), QStringLiteral("user"), user.id, user.companyId,
          userChanges(userJson(before), userJson(after)));
    tx.commit();
    return Response::versioned(userJson(after), after.version);
}

} // namespace

void addUserRoutes(Router& router)
{
    using namespace perm;
    router.add({QStringLiteral("GET"), QStringLiteral("/api/v1/users"), Access::Permission, UsersRead, listUsers});
    router.add({QStringLiteral("POST"), QStringLiteral("/api/v1/users"), Access::Permission, UsersCreate, createUser});
    router.add({QStringLiteral("GET"), QStringLiteral("/api/v1/users/{id}"), Access::Permission, UsersRead, getUser});
    router.add(
        {QStringLiteral("PATCH"), QStringLiteral("/api/v1/users/{id}"), Access::Permission, UsersUpdate, patchUser});
    router.add(
        {QStringLiteral("DELETE"), QStringLiteral("/api/v1/users/{id}"), Access::Permission, UsersDelete, deleteUser});
    router.add(
        {QStringLiteral("PUT"), QStringLiteral("/api/v1/users/{id}/roles"), Access::Permission, UsersRoles, putRoles});
}

} // namespace steward::server

// /api/v1/permissions (the fixed catalogue) and /api/v1/roles: built-in roles are shared and
// read-only; each company defines custom roles of company-scope permissions (seed 003).
#include "ApiSupport.h"
#include "Routes.h"
#include "ServerContext.h"
#include "UserAccess.h"
#include "store/CompanyStore.h"
#include "store/RoleStore.h"
#include "store/Sql.h"

#include <QSet>
#include <domain/Json.h>
#include <domain/JsonReader.h>
#include <domain/Permissions.h>
#include <domain/Validation.h>

namespace steward::server {
namespace {

constexpr int kMaxNameLength = 100;
constexpr int kMaxDescriptionLength = 500;

[[noreturn]] void badQuery(const QString& name, const QString& code, const QString& message)
{
    Problem p = Problem::validation({{name, code, message}});
    p.status = 400;
    throw ApiError(p);
}

std::optional<RoleScope> scopeQuery(const RequestContext& ctx)
{
    if (ctx.query("scope").isEmpty())
        return std::nullopt;
    const std::optional<RoleScope> scope = roleScopeFromString(ctx.query("scope"));
    if (!scope)
        badQuery(QStringLiteral("scope"), QStringLiteral("invalid_value"),
                 QStringLiteral("Must be one of: company, platform."));
    return scope;
}

QList<FieldChange> roleChanges(const QJsonObject& before, const QJsonObject& after)
{
    QList<FieldChange> changes = diffFields(before, after);
    changes.removeIf([](const FieldChange& c) { return c.field == QLatin1String("version"); });
    return changes;
}

Response listPermissions(RequestContext& ctx)
{
    const std::optional<RoleScope> scope = scopeQuery(ctx);
    QJsonArray items;
    for (const PermissionInfo& info : permissionCatalogue()) {
        if (!scope || info.scope == *scope)
            items.append(json::toJson(info));
    }
    return Response::list(items, items.size());
}

Response listRoles(RequestContext& ctx)
{
    const PageParams page = pageParams(ctx, RoleStore::sortableFields());
    const Principal& caller = ctx.principal();
    RoleListQuery query;
    query.companyId = queryId(ctx, "company");
    if (query.companyId.isNull())
        query.companyId = caller.companyId;
    // Another company's list is as invisible as its objects (404).
    ctx.authorize(AccessTarget{query.companyId.isNull() ? caller.companyId : query.companyId, {}, false});
    const QSqlDatabase db = database(ctx);
    if (!query.companyId.isNull() && !CompanyStore::find(db, query.companyId))
        throw ApiError(Problem::notFound());
    query.scope = scopeQuery(ctx);
    query.search = withoutControlCharacters(ctx.query("q")).trimmed().left(100);
    query.sort = page.sort;
    query.limit = page.limit;
    query.offset = page.offset;
    qint64 total = 0;
    QJsonArray items;
    for (const Role& role : RoleStore::list(db, query, &total))
        items.append(json::toJson(role));
    return Response::list(items, total);
}

// A role the caller may see, authorized with the route's permission: built-in company roles are
// every company's, platform roles only staff's, custom roles their company's.
Role loadVisibleRole(const RequestContext& ctx, const QSqlDatabase& db, const QUuid& id)
{
    const std::optional<Role> role = RoleStore::find(db, id);
    const Principal& caller = ctx.principal();
    if (!role || (role->builtIn && role->scope == RoleScope::Platform && !caller.isPlatform()))
        throw ApiError(Problem::notFound());
    ctx.authorize(AccessTarget{role->builtIn ? caller.companyId : role->companyId, {}, false});
    return *role;
}

void refuseBuiltIn(const Role& role)
{
    if (role.builtIn)
        throw ApiError(Problem::conflict(
            QStringLiteral("built_in_role"),
            QStringLiteral("%1 is a built-in role and cannot be changed; create a custom role instead.")
                .arg(role.name)));
}

// Reads name, description and permissions (all when creating) onto `role`. A caller may only grant
// permissions they hold themselves, so that roles.manage never becomes a way to gain more.
// `raw` is the body `reader` reads: a key sent as null counts as sent (a null name is "required",
// a null description clears it).
FieldErrors applyRoleFields(const RequestContext& ctx, const QJsonObject& raw, JsonReader& body, Role& role,
                            const QSqlDatabase& db, bool creating)
{
    FieldErrors errors;
    if (creating || raw.contains(QStringLiteral("name"))) {
        const QString name = body.string(QStringLiteral("name")).trimmed();
        FieldErrors e = validateText(name, QStringLiteral("name"), kMaxNameLength);
        if (e.isEmpty() && RoleStore::nameTaken(db, role.companyId, name, role.id))
            e.append({QStringLiteral("name"), QStringLiteral("taken"),
                      QStringLiteral("A role of this company (or a built-in role) already has this name.")});
        if (e.isEmpty())
            role.name = name;
        errors.append(e);
    }
    if (raw.contains(QStringLiteral("description"))) {
        const QString description = body.string(QStringLiteral("description"), JsonReader::Optional).trimmed();
        const FieldErrors e = validateText(description, QStringLiteral("description"), kMaxDescriptionLength, false);
        if (e.isEmpty())
            role.description = description;
        errors.append(e);
    }
    if (creating || raw.contains(QStringLiteral("permissions"))) {
        const QStringList keys = body.stringList(QStringLiteral("permissions"));
        const QSet<QString> companyKeys = companyPermissionKeys();
        QSet<QString> permissions;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const QString field = QStringLiteral("permissions[%1]").arg(i);
            const QString& key = keys.at(i);
            if (!isKnownPermission(key))
                errors.append({field, QStringLiteral("unknown_permission"),
                               QStringLiteral("\"%1\" is not a permission; see /api/v1/permissions.").arg(key)});
            else if (!companyKeys.contains(key))
                errors.append({field, QStringLiteral("platform_permission"),
                               QStringLiteral("\"%1\" is a platform permission; custom roles hold company "
                                              "permissions only.")
                                   .arg(key)});
            else if (permissions.contains(key))
                errors.append({field, QStringLiteral("duplicate"), QStringLiteral("This permission is listed twice.")});
            else if (!role.permissions.contains(key) && !ctx.can(key, AccessTarget{role.companyId, {}, false}))
                errors.append({field, QStringLiteral("not_held"),
                               QStringLiteral("You can only grant permissions you hold yourself.")});
            permissions.insert(key);
        }
        if (!hasErrorFor(errors, QStringLiteral("permissions")))
            role.permissions = permissions;
    }
    return errors;
}

Response createRole(RequestContext& ctx)
{
    const QJsonObject raw = ctx.jsonBody();
    JsonReader body(raw);
    const Principal& caller = ctx.principal();
    QUuid companyId =
        body.uuid(QStringLiteral("companyId"), caller.isPlatform() ? JsonReader::Required : JsonReader::Optional);
    if (companyId.isNull())
        companyId = caller.companyId;
    ctx.authorize(AccessTarget{companyId, {}, false});
    const QSqlDatabase db = database(ctx);
    Transaction tx(db);
    FieldErrors errors;
    if (!companyId.isNull() && !CompanyStore::find(db, companyId))
        errors.append({QStringLiteral("companyId"), QStringLiteral("not_found"), QStringLiteral("No such company.")});
    if (!companyId.isNull())
        RoleStore::lockCompany(db, companyId);

    Role role;
    role.id = QUuid::createUuid();
    role.companyId = companyId;
    role.scope = RoleScope::Company;
    errors.append(applyRoleFields(ctx, raw, body, role, db, true));
    body.rejectUnknown();
    errors.append(body.errors());
    throwIfInvalid(errors);

    RoleStore::insert(db, role, ctx.server().nowMs());
    audit(ctx, db, QStringLiteral("role.create"), QStringLiteral("role"), role.id, companyId,
          roleChanges(QJsonObject(), json::toJson(role)));
    tx.commit();
    Response response = Response::versioned(json::toJson(role), role.version, 201);
    response.header("Location", "/api/v1/roles/" + json::formatId(role.id).toLatin1());
    return response;
}

Response getRole(RequestContext& ctx)
{
    const Role role = loadVisibleRole(ctx, database(ctx), ctx.pathId());
    return Response::versioned(json::toJson(role), role.version);
}

Response patchRole(RequestContext& ctx)
{
    const QSqlDatabase db = database(ctx);
    Transaction tx(db);
    Role role = loadVisibleRole(ctx, db, ctx.pathId());
    refuseBuiltIn(role);
    ctx.requireIfMatch(role.version);
    RoleStore::lockCompany(db, role.companyId);
    const Role before = role;
    const QJsonObject raw = ctx.jsonBody();
    JsonReader body(raw);
    FieldErrors errors = applyRoleFields(ctx, raw, body, role, db, false);
    body.rejectUnknown();
    errors.append(body.errors());
    throwIfInvalid(errors);
    if (!RoleStore::update(db, role, before.version, ctx.server().nowMs()))
        throw ApiError(Problem::preconditionFailed(QStringLiteral("The role changed meanwhile; reload it.")));
    audit(ctx, db, QStringLiteral("role.update"), QStringLiteral("role"), role.id, role.companyId,
          roleChanges(json::toJson(before), json::toJson(role)));
    tx.commit();
    return Response::versioned(json::toJson(role), role.version);
}

Response deleteRole(RequestContext& ctx)
{
    const QString force = ctx.query("force");
    if (!force.isEmpty() && force != QLatin1String("true") && force != QLatin1String("false"))
        badQuery(QStringLiteral("force"), QStringLiteral("invalid_value"), QStringLiteral("Must be true or false."));
    const QSqlDatabase db = database(ctx);
    Transaction tx(db);
    const Role role = loadVisibleRole(ctx, db, ctx.pathId());
    refuseBuiltIn(role);
    // Optional here: a client that sends it is told when it deletes something it has not seen.
    if (!ctx.header("If-Match").isEmpty())
        ctx.requireIfMatch(role.version);
    const qint64 holders = RoleStore::holders(db, role.id);
    if (holders > 0) {
        if (force != QLatin1String("true"))
            throw ApiError(Problem::conflict(
                QStringLiteral("role_in_use"),
                (holders == 1 ? QStringLiteral("1 user holds this role.")
                              : QStringLiteral("%1 users hold this role.").arg(holders)) +
                    QStringLiteral(" Remove it from them first, or delete with force=true to remove their "
                                   "assignments too.")));
        // Forcing takes the role away from its holders: that is a change of their role assignments.
        ctx.authorize(perm::UsersRoles, AccessTarget{role.companyId, {}, false});
    }
    QList<FieldChange> changes = roleChanges(json::toJson(role), QJsonObject());
    if (holders > 0)
        changes.append({QStringLiteral("holders"), holders, 0});
    RoleStore::remove(db, role.id, ctx.server().nowMs());
    audit(ctx, db, QStringLiteral("role.delete"), QStringLiteral("role"), role.id, role.companyId, changes);
    tx.commit();
    return Response::noContent();
}

} // namespace

void addRoleRoutes(Router& router)
{
    using namespace perm;
    router.add(
        {QStringLiteral("GET"), QStringLiteral("/api/v1/permissions"), Access::SignedIn, QString(), listPermissions});
    router.add({QStringLiteral("GET"), QStringLiteral("/api/v1/roles"), Access::Permission, CompanyRead, listRoles});
    router.add({QStringLiteral("POST"), QStringLiteral("/api/v1/roles"), Access::Permission, RolesManage, createRole});
    router.add({QStringLiteral("GET"), QStringLiteral("/api/v1/roles/{id}"), Access::Permission, CompanyRead, getRole});
    router.add(
        {QStringLiteral("PATCH"), QStringLiteral("/api/v1/roles/{id}"), Access::Permission, RolesManage, patchRole});
    router.add(
        {QStringLiteral("DELETE"), QStringLiteral("/api/v1/roles/{id}"), Access::Permission, RolesManage, deleteRole});
}

} // namespace steward::server

// /api/v1/org-units: each company's tree of organizational units (seed 002). A caller whose access
// is limited to some units sees and changes only those units and the units below them.
#include "ApiSupport.h"
#include "OrgUnitTree.h"
#include "Routes.h"
#include "ServerContext.h"
#include "store/CompanyStore.h"
#include "store/OrgUnitStore.h"
#include "store/Sql.h"

#include <domain/Json.h>
#include <domain/JsonReader.h>
#include <domain/Permissions.h>
#include <domain/Validation.h>

namespace steward::server {
namespace {

// Bounds that keep a tree readable in one answer and within every JSON parser's nesting limit.
constexpr int kMaxUnitsPerCompany = 5000;
constexpr int kMaxDepth = 30;
constexpr int kMaxNameLength = 100;

[[noreturn]] void badQuery(const QString& name, const QString& code, const QString& message)
{
    Problem p = Problem::validation({{name, code, message}});
    p.status = 400;
    throw ApiError(p);
}

QList<FieldChange> unitChanges(const QJsonObject& before, const QJsonObject& after)
{
    QList<FieldChange> changes = diffFields(before, after);
    changes.removeIf([](const FieldChange& c) { return c.field == QLatin1String("version"); });
    return changes;
}

bool isLimited(const RequestContext& ctx)
{
    return !ctx.principal().orgUnitLimits.isEmpty();
}

const OrgUnit* findIn(const QList<OrgUnit>& units, const QUuid& id)
{
    for (const OrgUnit& unit : units) {
        if (unit.id == id)
            return &unit;
    }
    return nullptr;
}

Response listUnits(RequestContext& ctx)
{
    const PageParams page = pageParams(ctx, {});
    const Principal& caller = ctx.principal();
    QUuid companyId = queryId(ctx, "company");
    if (companyId.isNull())
        companyId = caller.companyId;
    if (companyId.isNull())
        badQuery(QStringLiteral("company"), QStringLiteral("required"),
                 QStringLiteral("Name the company whose units to list."));
    ctx.authorize(AccessTarget{companyId, {}, false});
    const QString format = ctx.query("format");
    if (!format.isEmpty() && format != QLatin1String("flat") && format != QLatin1String("tree"))
        badQuery(QStringLiteral("format"), QStringLiteral("invalid_value"), QStringLiteral("Must be flat or tree."));
    const QUuid parent = queryId(ctx, "parent");
    const QSqlDatabase db = database(ctx);
    if (!CompanyStore::find(db, companyId))
        throw ApiError(Problem::notFound());

    QList<OrgUnit> units = OrgUnitStore::listCompany(db, companyId);
    if (isLimited(ctx))
        units.removeIf([&caller](const OrgUnit& u) { return !caller.orgUnitLimits.contains(u.id); });
    if (format == QLatin1String("tree"))
        return Response::list(nestedUnitsJson(units), units.size());

    units = parentsFirst(units);
    const QString search = ctx.query("q").trimmed().left(100);
    units.removeIf([&](const OrgUnit& u) {
        return (!search.isEmpty() && !u.name.contains(search, Qt::CaseInsensitive)) ||
               (!parent.isNull() && u.parentId != parent);
    });
    QJsonArray items;
    for (qsizetype i = page.offset; i < units.size() && items.size() < page.limit; ++i)
        items.append(json::toJson(units.at(i)));
    return Response::list(items, units.size());
}

// A unit the caller may see, authorized with the route's permission (404 for another company's
// unit or one outside the caller's units).
OrgUnit loadVisibleUnit(const RequestContext& ctx, const QSqlDatabase& db, const QUuid& id)
{
    const std::optional<OrgUnit> unit = OrgUnitStore::find(db, id);
    if (!unit)
        throw ApiError(Problem::notFound());
    ctx.authorize(AccessTarget{unit->companyId, {unit->id}, true});
    return *unit;
}

// Checks a unit's (new) parent among the company's `units`: it exists, the caller may see it, the
// tree stays acyclic and within kMaxDepth. `unit` is null when creating.
FieldErrors checkParent(const RequestContext& ctx, const QList<OrgUnit>& units, const QUuid& unit,
                        const QUuid& parentId)
{
    const QString field = QStringLiteral("parentId");
    if (parentId.isNull()) {
        if (isLimited(ctx))
            return {{field, QStringLiteral("outside_limits"),
                     QStringLiteral("Your access is limited to some units; keep the unit inside them.")}};
        return {};
    }
    const OrgUnit* parent = findIn(units, parentId);
    if (!parent || (isLimited(ctx) && !ctx.principal().orgUnitLimits.contains(parentId)))
        return {{field, QStringLiteral("not_found"), QStringLiteral("No such unit in this company.")}};
    if (!unit.isNull() && wouldCreateCycle(units, unit, parentId))
        return {{field, QStringLiteral("cycle"), QStringLiteral("A unit cannot move below itself or its own units.")}};
    const int below = unit.isNull() ? 0 : levelsBelow(units, unit);
    if (depthOf(units, parentId) + 1 + below >= kMaxDepth)
        return {{field, QStringLiteral("too_deep"),
                 QStringLiteral("The tree may be at most %1 levels deep.").arg(kMaxDepth)}};
    return {};
}

FieldErrors checkName(const QList<OrgUnit>& units, const OrgUnit& unit)
{
    FieldErrors errors = validateText(unit.name, QStringLiteral("name"), kMaxNameLength);
    if (!errors.isEmpty())
        return errors;
    for (const OrgUnit& other : units) {
        if (other.id != unit.id && other.parentId == unit.parentId &&
            other.name.compare(unit.name, Qt::CaseInsensitive) == 0)
            return {{QStringLiteral("name"), QStringLiteral("taken"),
                     QStringLiteral("Another unit at this place in the tree already has this name.")}};
    }
    return {};
}

Response createUnit(RequestContext& ctx)
{
    JsonReader body(ctx.jsonBody());
    const Principal& caller = ctx.principal();
    OrgUnit unit;
    unit.id = QUuid::createUuid();
    unit.companyId =
        body.uuid(QStringLiteral("companyId"), caller.isPlatform() ? JsonReader::Required : JsonReader::Optional);
    if (unit.companyId.isNull())
        unit.companyId = caller.companyId;
    ctx.authorize(AccessTarget{unit.companyId, {}, false});
    unit.parentId = body.uuid(QStringLiteral("parentId"), JsonReader::Optional);
    unit.name = body.string(QStringLiteral("name")).trimmed();
    body.rejectUnknown();
    throwIfInvalid(body.errors());

    const QSqlDatabase db = database(ctx);
    Transaction tx(db);
    if (!CompanyStore::find(db, unit.companyId))
        throwIfInvalid(
            {{QStringLiteral("companyId"), QStringLiteral("not_found"), QStringLiteral("No such company.")}});
    OrgUnitStore::lockTree(db, unit.companyId);
    const QList<OrgUnit> units = OrgUnitStore::listCompany(db, unit.companyId);
    if (units.size() >= kMaxUnitsPerCompany)
        throw ApiError(Problem::conflict(
            QStringLiteral("too_many_units"),
            QStringLiteral("A company can have at most %1 organizational units.").arg(kMaxUnitsPerCompany)));
    FieldErrors errors = checkParent(ctx, units, QUuid(), unit.parentId);
    errors.append(checkName(units, unit));
    throwIfInvalid(errors);

    unit.createdAt = QDateTime::fromMSecsSinceEpoch(ctx.server().nowMs(), Qt::UTC);
    unit.version = 1;
    OrgUnitStore::insert(db, unit);
    audit(ctx, db, QStringLiteral("org_unit.create"), QStringLiteral("org_unit"), unit.id, unit.companyId,
          unitChanges(QJsonObject(), json::toJson(unit)));
    tx.commit();
    Response response = Response::versioned(json::toJson(unit), unit.version, 201);
    response.header("Location", "/api/v1/org-units/" + json::formatId(unit.id).toLatin1());
    return response;
}

Response getUnit(RequestContext& ctx)
{
    const OrgUnit unit = loadVisibleUnit(ctx, database(ctx), ctx.pathId());
    return Response::versioned(json::toJson(unit), unit.version);
}

Response patchUnit(RequestContext& ctx)
{
    const QSqlDatabase db = database(ctx);
    Transaction tx(db);
    OrgUnit unit = loadVisibleUnit(ctx, db, ctx.pathId());
    ctx.requireIfMatch(unit.version);
    const OrgUnit before = unit;
    const QJsonObject raw = ctx.jsonBody();
    JsonReader body(raw);
    if (raw.contains(QStringLiteral("name")))
        unit.name = body.string(QStringLiteral("name")).trimmed();
    // An explicit null moves the unit to the top of the tree.
    const bool moving = raw.contains(QStringLiteral("parentId"));
    if (moving)
        unit.parentId = body.uuid(QStringLiteral("parentId"), JsonReader::Optional);
    body.rejectUnknown();
    throwIfInvalid(body.errors());

    OrgUnitStore::lockTree(db, unit.companyId);
    const QList<OrgUnit> units = OrgUnitStore::listCompany(db, unit.companyId);
    FieldErrors errors;
    if (moving && unit.parentId != before.parentId)
        errors = checkParent(ctx, units, unit.id, unit.parentId);
    errors.append(checkName(units, unit));
    throwIfInvalid(errors);
    if (!OrgUnitStore::update(db, unit, before.version))
        throw ApiError(Problem::preconditionFailed(QStringLiteral("The unit changed meanwhile; reload it.")));
    audit(ctx, db, QStringLiteral("org_unit.update"), QStringLiteral("org_unit"), unit.id, unit.companyId,
          unitChanges(json::toJson(before), json::toJson(unit)));
    tx.commit();
    return Response::versioned(json::toJson(unit), unit.version);
}

Response deleteUnit(RequestContext& ctx)
{
    const QSqlDatabase db = database(ctx);
    Transaction tx(db);
    const OrgUnit unit = loadVisibleUnit(ctx, db, ctx.pathId());
    // Optional here: a client that sends it is told when it deletes something it has not seen.
    if (!ctx.header("If-Match").isEmpty())
        ctx.requireIfMatch(unit.version);
    OrgUnitStore::lockTree(db, unit.companyId);
    if (OrgUnitStore::hasChildren(db, unit.companyId, unit.id))
        throw ApiError(
            Problem::conflict(QStringLiteral("has_children"),
                              QStringLiteral("%1 has units below it; move or delete them first.").arg(unit.name)));
    // Unit memberships are also access limits, and no membership means no limit: a member who loses
    // their only unit would suddenly see the whole company. Members move up to the parent unit; a
    // top-level unit with such members cannot be deleted until they are placed elsewhere.
    qint64 moved = 0;
    if (!unit.parentId.isNull()) {
        moved = OrgUnitStore::copyMembers(db, unit.id, unit.parentId);
    } else if (const qint64 sole = OrgUnitStore::soleMembers(db, unit.id); sole > 0) {
        throw ApiError(Problem::conflict(
            QStringLiteral("unit_has_members"),
            QStringLiteral("%1 user(s) belong only to %2; deleting it would open the whole company to them. "
                           "Place them in another unit first.")
                .arg(sole)
                .arg(unit.name)));
    }
    const qint64 members = OrgUnitStore::remove(db, unit.id, ctx.server().nowMs());
    QList<FieldChange> changes = unitChanges(json::toJson(unit), QJsonObject());
    if (members > 0)
        changes.append({QStringLiteral("members"), members, 0});
    if (moved > 0)
        changes.append({QStringLiteral("membersMovedToParent"), 0, moved});
    audit(ctx, db, QStringLiteral("org_unit.delete"), QStringLiteral("org_unit"), unit.id, unit.companyId, changes);
    tx.commit();
    return Response::json(QJsonObject{{QStringLiteral("id"), json::formatId(unit.id)},
                                      {QStringLiteral("membersRemoved"), members},
                                      {QStringLiteral("membersMovedToParent"), moved}});
}

} // namespace

void addOrgUnitRoutes(Router& router)
{
    using namespace perm;
    router.add(
        {QStringLiteral("GET"), QStringLiteral("/api/v1/org-units"), Access::Permission, CompanyRead, listUnits});
    router.add(
        {QStringLiteral("POST"), QStringLiteral("/api/v1/org-units"), Access::Permission, OrgUnitsManage, createUnit});
    router.add(
        {QStringLiteral("GET"), QStringLiteral("/api/v1/org-units/{id}"), Access::Permission, CompanyRead, getUnit});
    router.add({QStringLiteral("PATCH"), QStringLiteral("/api/v1/org-units/{id}"), Access::Permission, OrgUnitsManage,
                patchUnit});
    router.add({QStringLiteral("DELETE"), QStringLiteral("/api/v1/org-units/{id}"), Access::Permission, OrgUnitsManage,
                deleteUnit});
}

} // namespace steward::server

#include "OrgUnitStore.h"

#include "Sql.h"

namespace steward::server {
namespace {

const QString kSelect = QStringLiteral("SELECT id, company_id, parent_id, name, created_at, version FROM org_units ");

OrgUnit readUnit(const Sql& q)
{
    OrgUnit unit;
    unit.id = q.uuid(0);
    unit.companyId = q.uuid(1);
    unit.parentId = q.isNull(2) ? QUuid() : q.uuid(2);
    unit.name = q.text(3);
    unit.createdAt = QDateTime::fromMSecsSinceEpoch(q.integer(4), Qt::UTC);
    unit.version = q.integer(5);
    return unit;
}

} // namespace

std::optional<OrgUnit> OrgUnitStore::find(const QSqlDatabase& db, const QUuid& id)
{
    Sql q(db, kSelect + QStringLiteral("WHERE id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return readUnit(q);
}

QList<OrgUnit> OrgUnitStore::listCompany(const QSqlDatabase& db, const QUuid& companyId)
{
    Sql q(db, kSelect + QStringLiteral("WHERE company_id = ? ORDER BY name, id"));
    q.bind(companyId).exec();
    QList<OrgUnit> units;
    while (q.next())
        units.append(readUnit(q));
    return units;
}

qint64 OrgUnitStore::countCompany(const QSqlDatabase& db, const QUuid& companyId)
{
    Sql q(db, QStringLiteral("SELECT COUNT(*) FROM org_units WHERE company_id = ?"));
    q.bind(companyId).exec();
    return q.next() ? q.integer(0) : 0;
}

void OrgUnitStore::insert(const QSqlDatabase& db, const OrgUnit& unit)
{
    Sql(db, QStringLiteral("INSERT INTO org_units (id, company_id, parent_id, name, created_at, version) "
                           "VALUES (?, ?, ?, ?, ?, ?)"))
        .bind(unit.id)
        .bind(unit.companyId)
        .bind(unit.parentId)
        .bind(unit.name)
        .bind(unit.createdAt.toMSecsSinceEpoch())
        .bind(unit.version)
        .exec();
}

bool OrgUnitStore::update(const QSqlDatabase& db, OrgUnit& unit, qint64 expectedVersion)
{
    Sql q(db, QStringLiteral("UPDATE org_units SET name = ?, parent_id = ?, version = version + 1 "
                             "WHERE id = ? AND version = ?"));
    q.bind(unit.name).bind(unit.parentId).bind(unit.id).bind(expectedVersion).exec();
    if (q.rowsAffected() != 1)
        return false;
    unit.version = expectedVersion + 1;
    return true;
}

bool OrgUnitStore::hasChildren(const QSqlDatabase& db, const QUuid& companyId, const QUuid& id)
{
    // The company narrows it to the org_units_company index.
    Sql q(db, QStringLiteral("SELECT 1 FROM org_units WHERE company_id = ? AND parent_id = ? LIMIT 1"));
    q.bind(companyId).bind(id).exec();
    return q.next();
}

qint64 OrgUnitStore::memberCount(const QSqlDatabase& db, const QUuid& id)
{
    Sql q(db, QStringLiteral("SELECT COUNT(*) FROM user_org_units WHERE unit_id = ?"));
    q.bind(id).exec();
    return q.next() ? q.integer(0) : 0;
}

qint64 OrgUnitStore::remove(const QSqlDatabase& db, const QUuid& id, qint64 nowMs)
{
    const qint64 members = memberCount(db, id);
    Sql(db, QStringLiteral("UPDATE users SET version = version + 1, updated_at = ? "
                           "WHERE id IN (SELECT user_id FROM user_org_units WHERE unit_id = ?)"))
        .bind(nowMs)
        .bind(id)
        .exec();
    Sql(db, QStringLiteral("DELETE FROM user_org_units WHERE unit_id = ?")).bind(id).exec();
    Sql(db, QStringLiteral("DELETE FROM org_units WHERE id = ?")).bind(id).exec();
    return members;
}

void OrgUnitStore::lockTree(const QSqlDatabase& db, const QUuid& companyId)
{
    if (db.driverName() != QLatin1String("QPSQL"))
        return;
    Sql(db, QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(?))"))
        .bind(QString(QStringLiteral("org_units:") + idText(companyId)))
        .exec();
}

qint64 OrgUnitStore::soleMembers(const QSqlDatabase& db, const QUuid& unit)
{
    Sql q(db,
          QStringLiteral("SELECT COUNT(*) FROM user_org_units m WHERE m.unit_id = ? AND NOT EXISTS "
                         "(SELECT 1 FROM user_org_units o WHERE o.user_id = m.user_id AND o.unit_id <> m.unit_id)"));
    q.bind(unit).exec();
    return q.next() ? q.integer(0) : 0;
}

qint64 OrgUnitStore::copyMembers(const QSqlDatabase& db, const QUuid& from, const QUuid& to)
{
    Sql q(db, QStringLiteral("INSERT INTO user_org_units (user_id, unit_id) SELECT m.user_id, ? FROM user_org_units m "
                             "WHERE m.unit_id = ? AND NOT EXISTS (SELECT 1 FROM user_org_units t "
                             "WHERE t.user_id = m.user_id AND t.unit_id = ?)"));
    q.bind(to).bind(from).bind(to).exec();
    return q.rowsAffected();
}

} // namespace steward::server

#pragma once

#include <QList>
#include <QSqlDatabase>
#include <domain/OrgUnit.h>
#include <optional>

namespace steward::server {

// A company's organizational tree (seed 002) and the users' memberships of its units.
class OrgUnitStore
{
public:
    static std::optional<OrgUnit> find(const QSqlDatabase& db, const QUuid& id);
    // Every unit of the company, by name. A company's tree is bounded (see kMaxUnitsPerCompany in
    // the routes), so the whole of it is read at once: cycle checks and tree order need all of it.
    static QList<OrgUnit> listCompany(const QSqlDatabase& db, const QUuid& companyId);
    static qint64 countCompany(const QSqlDatabase& db, const QUuid& companyId);
    static void insert(const QSqlDatabase& db, const OrgUnit& unit);
    // Writes name and parent if the stored version is `expectedVersion`; false when it changed meanwhile.
    static bool update(const QSqlDatabase& db, OrgUnit& unit, qint64 expectedVersion);
    static bool hasChildren(const QSqlDatabase& db, const QUuid& companyId, const QUuid& id);
    static qint64 memberCount(const QSqlDatabase& db, const QUuid& id);
    // Deletes a unit without children and its memberships; the members' versions move on because
    // their unit lists changed. Returns how many users lost the unit.
    static qint64 remove(const QSqlDatabase& db, const QUuid& id, qint64 nowMs);
    // Members of `unit` who belong to no other unit (their access is limited to it alone).
    static qint64 soleMembers(const QSqlDatabase& db, const QUuid& unit);
    // Makes every member of `from` a member of `to` too; returns how many joined `to`.
    static qint64 copyMembers(const QSqlDatabase& db, const QUuid& from, const QUuid& to);
    // Serializes changes to one company's tree until the transaction ends, so that concurrent moves
    // cannot build a cycle between them (SQLite transactions already hold the write lock).
    static void lockTree(const QSqlDatabase& db, const QUuid& companyId);
};

} // namespace steward::server

#pragma once

#include <QList>
#include <QSqlDatabase>
#include <domain/Role.h>
#include <optional>

namespace steward::server {

class RoleStore
{
public:
    static std::optional<Role> find(const QSqlDatabase& db, const QUuid& id);
    // The roles a company's users can hold: the built-in company roles and the company's own.
    // With a null company: the platform roles (for staff).
    static QList<Role> assignable(const QSqlDatabase& db, const QUuid& companyId);
    // Built-in roles and, when companyId is set, that company's roles; null: built-ins and all custom.
    static QList<Role> list(const QSqlDatabase& db, const QUuid& companyId, bool allCompanies);
    static void insert(const QSqlDatabase& db, const Role& role, qint64 nowMs);
    static bool update(const QSqlDatabase& db, Role& role, qint64 expectedVersion, qint64 nowMs);
    static void remove(const QSqlDatabase& db, const QUuid& id);
    static qint64 holders(const QSqlDatabase& db, const QUuid& id);
};

} // namespace steward::server

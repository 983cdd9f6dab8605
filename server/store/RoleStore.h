#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <domain/Role.h>
#include <optional>

namespace steward::server {

struct RoleListQuery
{
    // With a company: the built-in company roles and that company's own roles. Without one: every
    // built-in role (platform ones too) and every company's custom roles (platform staff).
    QUuid companyId;
    std::optional<RoleScope> scope;
    QString search;   // case-insensitive substring of the name
    QStringList sort; // name, scope; "-" for descending
    int limit = 50;
    int offset = 0;
};

class RoleStore
{
public:
    static std::optional<Role> find(const QSqlDatabase& db, const QUuid& id);
    // The roles a company's users can hold: the built-in company roles and the company's own.
    // With a null company: the platform roles (for staff).
    static QList<Role> assignable(const QSqlDatabase& db, const QUuid& companyId);
    static QList<Role> list(const QSqlDatabase& db, const RoleListQuery& query, qint64* total);
    static QStringList sortableFields();
    static void insert(const QSqlDatabase& db, const Role& role, qint64 nowMs);
    static bool update(const QSqlDatabase& db, Role& role, qint64 expectedVersion, qint64 nowMs);
    // Removes a custom role and every assignment of it; the holders' versions move on because
    // their role lists changed.
    static void remove(const QSqlDatabase& db, const QUuid& id, qint64 nowMs);
    static qint64 holders(const QSqlDatabase& db, const QUuid& id);
    // Whether `name` (case-insensitively) is a built-in company role's or another role's of the company.
    static bool nameTaken(const QSqlDatabase& db, const QUuid& companyId, const QString& name, const QUuid& except);
    // Serializes changes to one company's roles until the transaction ends, so that two concurrent
    // requests cannot both pass the name check (SQLite transactions already hold the write lock).
    static void lockCompany(const QSqlDatabase& db, const QUuid& companyId);
};

} // namespace steward::server

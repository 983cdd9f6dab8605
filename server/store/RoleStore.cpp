#include "RoleStore.h"

#include "Sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace steward::server {
namespace {

const QString kSelect =
    QStringLiteral("SELECT id, company_id, name, description, scope, built_in, permissions, version FROM roles ");

Role readRole(const Sql& q)
{
    Role r;
    r.id = q.uuid(0);
    r.companyId = q.uuid(1);
    r.name = q.text(2);
    r.description = q.text(3);
    r.scope = roleScopeFromString(q.text(4)).value_or(RoleScope::Company);
    r.builtIn = q.flag(5);
    for (const QJsonValue& v : QJsonDocument::fromJson(q.text(6).toUtf8()).array())
        r.permissions.insert(v.toString());
    r.version = q.integer(7);
    return r;
}

QList<Role> readAll(Sql& q)
{
    QList<Role> roles;
    while (q.next())
        roles.append(readRole(q));
    return roles;
}

QString permissionsJson(const QSet<QString>& permissions)
{
    QStringList sorted(permissions.cbegin(), permissions.cend());
    sorted.sort();
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(sorted)).toJson(QJsonDocument::Compact));
}

} // namespace

std::optional<Role> RoleStore::find(const QSqlDatabase& db, const QUuid& id)
{
    Sql q(db, kSelect + QStringLiteral("WHERE id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return readRole(q);
}

QList<Role> RoleStore::assignable(const QSqlDatabase& db, const QUuid& companyId)
{
    if (companyId.isNull()) {
        Sql q(db, kSelect + QStringLiteral("WHERE scope = 'platform' ORDER BY name"));
        q.exec();
        return readAll(q);
    }
    Sql q(db, kSelect + QStringLiteral("WHERE scope = 'company' AND (company_id IS NULL OR company_id = ?) "
                                       "ORDER BY built_in DESC, name"));
    q.bind(companyId).exec();
    return readAll(q);
}

QList<Role> RoleStore::list(const QSqlDatabase& db, const QUuid& companyId, bool allCompanies)
{
    if (allCompanies) {
        Sql q(db, kSelect + QStringLiteral("ORDER BY built_in DESC, scope, name LIMIT 5000"));
        q.exec();
        return readAll(q);
    }
    return assignable(db, companyId);
}

void RoleStore::insert(const QSqlDatabase& db, const Role& r, qint64 nowMs)
{
    Sql(db, QStringLiteral("INSERT INTO roles (id, company_id, name, description, scope, built_in, permissions, "
                           "version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?)"))
        .bind(r.id)
        .bind(r.companyId)
        .bind(r.name)
        .bind(r.description)
        .bind(toString(r.scope))
        .bind(permissionsJson(r.permissions))
        .bind(r.version)
        .bind(nowMs)
        .bind(nowMs)
        .exec();
}

bool RoleStore::update(const QSqlDatabase& db, Role& r, qint64 expectedVersion, qint64 nowMs)
{
    Sql q(db, QStringLiteral("UPDATE roles SET name = ?, description = ?, permissions = ?, updated_at = ?, "
                             "version = version + 1 WHERE id = ? AND version = ? AND built_in = 0"));
    q.bind(r.name)
        .bind(r.description)
        .bind(permissionsJson(r.permissions))
        .bind(nowMs)
        .bind(r.id)
        .bind(expectedVersion);
    q.exec();
    if (q.rowsAffected() != 1)
        return false;
    r.version = expectedVersion + 1;
    return true;
}

void RoleStore::remove(const QSqlDatabase& db, const QUuid& id)
{
    Sql(db, QStringLiteral("DELETE FROM role_assignments WHERE role_id = ?")).bind(id).exec();
    Sql(db, QStringLiteral("DELETE FROM roles WHERE id = ? AND built_in = 0")).bind(id).exec();
}

qint64 RoleStore::holders(const QSqlDatabase& db, const QUuid& id)
{
    Sql q(db, QStringLiteral("SELECT COUNT(*) FROM role_assignments WHERE role_id = ?"));
    q.bind(id).exec();
    return q.next() ? q.integer(0) : 0;
}

} // namespace steward::server

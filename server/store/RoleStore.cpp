#include "RoleStore.h"

#include "Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <domain/Permissions.h>

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

QString likePattern(const QString& search)
{
    QString escaped = search.toLower();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
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

QList<Role> RoleStore::list(const QSqlDatabase& db, const RoleListQuery& query, qint64* total)
{
    QStringList where;
    QVariantList values;
    if (!query.companyId.isNull()) {
        // Built-in rows are the ones without a company; both branches can use roles_company.
        where.append(QStringLiteral("(company_id = ? OR (company_id IS NULL AND scope = 'company'))"));
        values.append(idText(query.companyId));
    }
    if (query.scope) {
        where.append(QStringLiteral("scope = ?"));
        values.append(toString(*query.scope));
    }
    if (!query.search.isEmpty()) {
        where.append(QStringLiteral("LOWER(name) LIKE ? ESCAPE '\\'"));
        values.append(likePattern(query.search));
    }
    const QString whereSql = where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(u" AND ");

    Sql count(db, QStringLiteral("SELECT COUNT(*) FROM roles ") + whereSql);
    for (const QVariant& v : values)
        count.bind(v);
    count.exec();
    *total = count.next() ? count.integer(0) : 0;

    QStringList order;
    for (const QString& key : query.sort) {
        const bool descending = key.startsWith(QLatin1Char('-'));
        const QString name = descending ? key.mid(1) : key;
        const QString column = name == QLatin1String("scope") ? QStringLiteral("scope") : QStringLiteral("LOWER(name)");
        order.append(column + (descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC")));
    }
    if (order.isEmpty())
        order = QStringList{QStringLiteral("built_in DESC"), QStringLiteral("scope ASC"),
                            QStringLiteral("LOWER(name) ASC")};
    order.append(QStringLiteral("id ASC"));
    Sql q(db,
          kSelect + whereSql + QStringLiteral(" ORDER BY ") + order.join(u", ") + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant& v : values)
        q.bind(v);
    q.bind(query.limit).bind(query.offset).exec();
    return readAll(q);
}

QStringList RoleStore::sortableFields()
{
    return {QStringLiteral("name"), QStringLiteral("scope")};
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

void RoleStore::remove(const QSqlDatabase& db, const QUuid& id, qint64 nowMs)
{
    Sql(db, QStringLiteral("UPDATE users SET version = version + 1, updated_at = ? "
                           "WHERE id IN (SELECT user_id FROM role_assignments WHERE role_id = ?)"))
        .bind(nowMs)
        .bind(id)
        .exec();
    Sql(db, QStringLiteral("DELETE FROM role_assignments WHERE role_id = ?")).bind(id).exec();
    Sql(db, QStringLiteral("DELETE FROM roles WHERE id = ? AND built_in = 0")).bind(id).exec();
}

qint64 RoleStore::holders(const QSqlDatabase& db, const QUuid& id)
{
    Sql q(db, QStringLiteral("SELECT COUNT(*) FROM role_assignments WHERE role_id = ?"));
    q.bind(id).exec();
    return q.next() ? q.integer(0) : 0;
}

bool RoleStore::nameTaken(const QSqlDatabase& db, const QUuid& companyId, const QString& name, const QUuid& except)
{
    // Compared here rather than with SQL LOWER(), which folds only ASCII on SQLite.
    const QString wanted = name.trimmed().toCaseFolded();
    for (const Role& role : builtInRoles()) {
        if (role.scope == RoleScope::Company && role.name.toCaseFolded() == wanted)
            return true;
    }
    Sql q(db, QStringLiteral("SELECT id, name FROM roles WHERE company_id = ?"));
    q.bind(companyId).exec();
    while (q.next()) {
        if (q.uuid(0) != except && q.text(1).trimmed().toCaseFolded() == wanted)
            return true;
    }
    return false;
}

void RoleStore::lockCompany(const QSqlDatabase& db, const QUuid& companyId)
{
    if (db.driverName() != QLatin1String("QPSQL"))
        return;
    Sql(db, QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(?))"))
        .bind(QString(QStringLiteral("roles:") + idText(companyId)))
        .exec();
}

} // namespace steward::server

#include "UserAccess.h"

#include "store/RoleStore.h"
#include "store/Sql.h"
#include "store/UserStore.h"

#include <QHash>
#include <domain/Permissions.h>

namespace steward::server {

User loadVisibleUser(const RequestContext& ctx, const QSqlDatabase& db, const QUuid& id)
{
    const std::optional<User> user = UserStore::find(db, id);
    if (!user)
        throw ApiError(Problem::notFound());
    const AccessTarget target{user->companyId, user->orgUnitIds, true};
    if (user->companyId.isNull() && ctx.permission() != perm::UsersRead)
        ctx.authorize(perm::PlatformStaffManage, target);
    else
        ctx.authorize(target);
    return *user;
}

namespace {

QString roleField(const QString& field, qsizetype i)
{
    return field.isEmpty() ? QStringLiteral("[%1].roleId").arg(i) : field + QStringLiteral("[%1]").arg(i);
}

} // namespace

FieldErrors resolveRoles(const QSqlDatabase& db, const QUuid& companyId, QList<RoleAssignment>& roles,
                         const QString& field)
{
    QHash<QUuid, QString> names;
    for (const Role& role : RoleStore::assignable(db, companyId))
        names.insert(role.id, role.name);
    FieldErrors errors;
    QSet<QUuid> seen;
    for (qsizetype i = 0; i < roles.size(); ++i) {
        if (!names.contains(roles.at(i).roleId)) {
            errors.append(
                {roleField(field, i), QStringLiteral("unknown_role"), QStringLiteral("No such role in this company.")});
            continue;
        }
        if (seen.contains(roles.at(i).roleId))
            errors.append(
                {roleField(field, i), QStringLiteral("duplicate"), QStringLiteral("This role is listed twice.")});
        seen.insert(roles.at(i).roleId);
        roles[i].name = names.value(roles.at(i).roleId);
    }
    return errors;
}

FieldErrors checkGrantable(const RequestContext& ctx, const QSqlDatabase& db, const QUuid& companyId,
                           const QList<RoleAssignment>& roles, const QString& field,
                           const QList<RoleAssignment>& previous)
{
    const Principal& caller = ctx.principal();
    if (caller.isPlatform())
        return {};
    QHash<QUuid, QSet<QString>> permissions;
    for (const Role& role : RoleStore::assignable(db, companyId))
        permissions.insert(role.id, role.permissions);
    QSet<QUuid> alreadyGranted;
    for (const RoleAssignment& a : previous) {
        if (a.enabled)
            alreadyGranted.insert(a.roleId);
    }
    const QSet<QString> held = effectivePermissions(caller);
    FieldErrors errors;
    for (qsizetype i = 0; i < roles.size(); ++i) {
        const RoleAssignment& a = roles.at(i);
        if (a.enabled && !alreadyGranted.contains(a.roleId) && permissions.contains(a.roleId) &&
            !held.contains(permissions.value(a.roleId)))
            errors.append({roleField(field, i), QStringLiteral("exceeds_your_permissions"),
                           QStringLiteral("This role grants permissions you do not hold yourself.")});
    }
    return errors;
}

FieldErrors checkUnits(const QSqlDatabase& db, const QUuid& companyId, const QList<QUuid>& units, const QString& field)
{
    if (units.isEmpty())
        return {};
    QSet<QUuid> known;
    Sql q(db, QStringLiteral("SELECT id FROM org_units WHERE company_id = ?"));
    q.bind(companyId).exec();
    while (q.next())
        known.insert(q.uuid(0));
    FieldErrors errors;
    QSet<QUuid> seen;
    for (qsizetype i = 0; i < units.size(); ++i) {
        const QString name = field + QStringLiteral("[%1]").arg(i);
        if (!known.contains(units.at(i)))
            errors.append(
                {name, QStringLiteral("unknown_unit"), QStringLiteral("No such organizational unit in this company.")});
        else if (seen.contains(units.at(i)))
            errors.append({name, QStringLiteral("duplicate"), QStringLiteral("This unit is listed twice.")});
        seen.insert(units.at(i));
    }
    return errors;
}

QString withoutControlCharacters(const QString& text)
{
    QString clean = text;
    clean.removeIf([](QChar c) { return c.category() == QChar::Other_Control; });
    return clean;
}

QList<FieldChange> userChanges(const QJsonObject& before, const QJsonObject& after)
{
    QList<FieldChange> changes = diffFields(before, after);
    changes.removeIf([](const FieldChange& c) {
        return c.field == QLatin1String("version") || c.field == QLatin1String("updatedAt") ||
               c.field == QLatin1String("createdAt");
    });
    return changes;
}

} // namespace steward::server

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

FieldErrors resolveRoles(const QSqlDatabase& db, const QUuid& companyId, QList<RoleAssignment>& roles,
                         const QString& field)
{
    QHash<QUuid, QString> names;
    for (const Role& role : RoleStore::assignable(db, companyId))
        names.insert(role.id, role.name);
    FieldErrors errors;
    QSet<QUuid> seen;
    for (qsizetype i = 0; i < roles.size(); ++i) {
        const QString name =
            field.isEmpty() ? QStringLiteral("[%1].roleId").arg(i) : field + QStringLiteral("[%1]").arg(i);
        if (!names.contains(roles.at(i).roleId)) {
            errors.append({name, QStringLiteral("unknown_role"), QStringLiteral("No such role in this company.")});
            continue;
        }
        if (seen.contains(roles.at(i).roleId))
            errors.append({name, QStringLiteral("duplicate"), QStringLiteral("This role is listed twice.")});
        seen.insert(roles.at(i).roleId);
        roles[i].name = names.value(roles.at(i).roleId);
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
    for (qsizetype i = 0; i < units.size(); ++i) {
        if (!known.contains(units.at(i)))
            errors.append({field + QStringLiteral("[%1]").arg(i), QStringLiteral("unknown_unit"),
                           QStringLiteral("No such organizational unit in this company.")});
    }
    return errors;
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

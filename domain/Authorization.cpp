#include "Authorization.h"

#include "Permissions.h"

namespace steward {

QString toString(AccessDecision decision)
{
    switch (decision) {
    case AccessDecision::Allowed:
        return QStringLiteral("allowed");
    case AccessDecision::NotFound:
        return QStringLiteral("not_found");
    case AccessDecision::Forbidden:
        return QStringLiteral("forbidden");
    }
    return {};
}

QSet<QString> effectivePermissions(const Principal& principal)
{
    if (principal.isApiToken)
        return principal.tokenPermissions;
    if (principal.state == UserState::Deactivated || principal.state == UserState::Created)
        return {};
    if (principal.state == UserState::Valid) {
        // A self-registered user waiting to be enabled holds the Temporary role and nothing else.
        return findBuiltInRole(builtin::temporaryRoleId())->permissions;
    }
    QSet<QString> permissions;
    for (const Principal::HeldRole& role : principal.roles) {
        if (role.enabled)
            permissions.unite(role.permissions);
    }
    if (principal.isOwner && !principal.companyId.isNull())
        permissions.unite(findBuiltInRole(builtin::adminRoleId())->permissions);
    // Keep each scope's keys to its own kind of principal.
    const QSet<QString> allowed = principal.companyId.isNull() ? platformPermissionKeys() : companyPermissionKeys();
    permissions.intersect(allowed);
    return permissions;
}

QString platformEquivalent(const QString& companyPermission)
{
    using namespace perm;
    if (companyPermission == CompanyRead)
        return PlatformCompaniesRead;
    if (companyPermission == UsersRead)
        return PlatformUsersRead;
    if (companyPermission == UsersCredentials)
        return PlatformUsersCredentials;
    if (companyPermission == AuditRead)
        return PlatformAuditRead;
    if (companyPermission == CompanySettings)
        return PlatformCompaniesManage;
    // Everything else that changes a company's users or configuration.
    return PlatformUsersManage;
}

bool canSee(const Principal& principal, const AccessTarget& target)
{
    if (principal.isPlatform())
        return true;
    if (target.companyId.isNull() || target.companyId != principal.companyId)
        return false;
    if (target.appliesOrgUnitLimit && !principal.orgUnitLimits.isEmpty()) {
        for (const QUuid& unit : target.orgUnitIds) {
            if (principal.orgUnitLimits.contains(unit))
                return true;
        }
        return false;
    }
    return true;
}

AccessDecision checkAccess(const Principal& principal, const QString& permission, const AccessTarget& target)
{
    if (!canSee(principal, target))
        return AccessDecision::NotFound;
    const QSet<QString> held = effectivePermissions(principal);
    if (principal.isPlatform()) {
        if (permission.startsWith(QLatin1String("platform.")))
            return held.contains(permission) ? AccessDecision::Allowed : AccessDecision::Forbidden;
        if (held.contains(perm::PlatformUsersManage) && held.contains(perm::PlatformCompaniesManage))
            return AccessDecision::Allowed; // platform administrator: Admin inside any company
        const QString equivalent = platformEquivalent(permission);
        if (held.contains(equivalent))
            return AccessDecision::Allowed;
        // Staff who can read users cannot read what the company keeps private (KYC, invoices...).
        return held.contains(perm::PlatformUsersRead) || held.contains(perm::PlatformCompaniesRead)
                   ? AccessDecision::Forbidden
                   : AccessDecision::NotFound;
    }
    if (permission.startsWith(QLatin1String("platform.")))
        return AccessDecision::NotFound;
    return held.contains(permission) ? AccessDecision::Allowed : AccessDecision::Forbidden;
}

} // namespace steward

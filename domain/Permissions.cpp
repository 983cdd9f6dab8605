#include "Permissions.h"

namespace steward {
namespace {

QUuid roleId(const char* name)
{
    // Name-based (v5) ids in a namespace of our own: stable across builds and machines.
    static const QUuid ns(QStringLiteral("{6f1c2b0e-5d1a-4c8e-9a57-3e2d1f0b7a11}"));
    return QUuid::createUuidV5(ns, QString::fromLatin1(name));
}

QList<PermissionInfo> makeCatalogue()
{
    using namespace perm;
    const RoleScope C = RoleScope::Company;
    const RoleScope P = RoleScope::Platform;
    return {
        {CompanyRead, C, QStringLiteral("company"), QStringLiteral("See the company's details")},
        {CompanySettings, C, QStringLiteral("company"), QStringLiteral("Change the company's settings")},
        {CompanyKycRead, C, QStringLiteral("company"), QStringLiteral("Read the KYC profile fields")},
        {CompanyKycDocuments, C, QStringLiteral("company"), QStringLiteral("Open and upload KYC documents")},
        {PaymentsManage, C, QStringLiteral("finance"), QStringLiteral("Change payment details")},
        {InvoicesRead, C, QStringLiteral("finance"), QStringLiteral("Read invoices")},
        {OrdersRead, C, QStringLiteral("commerce"), QStringLiteral("See orders")},
        {OrdersManage, C, QStringLiteral("commerce"), QStringLiteral("Manage orders")},
        {ProductsRead, C, QStringLiteral("commerce"), QStringLiteral("See products")},
        {ProductsManage, C, QStringLiteral("commerce"), QStringLiteral("Manage products")},
        {UsersRead, C, QStringLiteral("users"), QStringLiteral("See the company's users")},
        {UsersCreate, C, QStringLiteral("users"), QStringLiteral("Create users")},
        {UsersUpdate, C, QStringLiteral("users"), QStringLiteral("Edit users and change their state")},
        {UsersDelete, C, QStringLiteral("users"), QStringLiteral("Delete users")},
        {UsersCredentials, C, QStringLiteral("users"),
         QStringLiteral("Reset passwords, issue temporary passwords, revoke sessions, unlock")},
        {UsersRoles, C, QStringLiteral("users"), QStringLiteral("Assign roles to users")},
        {InvitationsManage, C, QStringLiteral("users"), QStringLiteral("Invite, resend and revoke invitations")},
        {RolesManage, C, QStringLiteral("administration"), QStringLiteral("Create and edit custom roles")},
        {OrgUnitsManage, C, QStringLiteral("administration"), QStringLiteral("Manage organizational units")},
        {ApiTokensManage, C, QStringLiteral("administration"), QStringLiteral("Create and revoke API tokens")},
        {AuditRead, C, QStringLiteral("administration"), QStringLiteral("Read the company's audit log")},
        {PlatformCompaniesRead, P, QStringLiteral("platform"), QStringLiteral("See every company")},
        {PlatformCompaniesManage, P, QStringLiteral("platform"), QStringLiteral("Create and change companies")},
        {PlatformUsersRead, P, QStringLiteral("platform"), QStringLiteral("See the users of every company")},
        {PlatformUsersManage, P, QStringLiteral("platform"), QStringLiteral("Change the users of every company")},
        {PlatformUsersCredentials, P, QStringLiteral("platform"), QStringLiteral("Reset credentials of any user")},
        {PlatformAuditRead, P, QStringLiteral("platform"), QStringLiteral("Read every audit log")},
        {PlatformStaffManage, P, QStringLiteral("platform"), QStringLiteral("Manage the platform's own staff")},
    };
}

QList<Role> makeBuiltInRoles()
{
    using namespace perm;
    auto role = [](QUuid id, const char* name, const char* description, RoleScope scope, QSet<QString> permissions) {
        Role r;
        r.id = id;
        r.name = QString::fromLatin1(name);
        r.description = QString::fromLatin1(description);
        r.scope = scope;
        r.builtIn = true;
        r.permissions = std::move(permissions);
        return r;
    };
    return {
        role(builtin::adminRoleId(), "Admin",
             "Full access to the company, including user management and company settings.", RoleScope::Company,
             companyPermissionKeys()),
        role(builtin::operationsRoleId(), "Operations",
             "Manages orders and products; reads KYC profile fields; no KYC documents, invoices or settings.",
             RoleScope::Company, {CompanyRead, CompanyKycRead, OrdersRead, OrdersManage, ProductsRead, ProductsManage}),
        role(builtin::financeRoleId(), "Finance", "Invoices; read-only access to the rest; no KYC documents.",
             RoleScope::Company, {CompanyRead, CompanyKycRead, InvoicesRead, OrdersRead, ProductsRead}),
        role(builtin::temporaryRoleId(), "Temporary",
             "What a self-registered user may do until enabled: see their company and themself.", RoleScope::Company,
             {CompanyRead}),
        role(builtin::platformAdminRoleId(), "Platform administrator",
             "Everything on the platform, and Admin inside any company.", RoleScope::Platform,
             platformPermissionKeys()),
        role(builtin::supportRoleId(), "Support", "Finds any user and resets their credentials.", RoleScope::Platform,
             {PlatformCompaniesRead, PlatformUsersRead, PlatformUsersCredentials}),
        role(builtin::auditorRoleId(), "Auditor", "Reads companies, users and every audit log.", RoleScope::Platform,
             {PlatformCompaniesRead, PlatformUsersRead, PlatformAuditRead}),
    };
}

} // namespace

namespace builtin {
QUuid adminRoleId()
{
    return roleId("builtin:admin");
}
QUuid operationsRoleId()
{
    return roleId("builtin:operations");
}
QUuid financeRoleId()
{
    return roleId("builtin:finance");
}
QUuid temporaryRoleId()
{
    return roleId("builtin:temporary");
}
QUuid platformAdminRoleId()
{
    return roleId("builtin:platform-admin");
}
QUuid supportRoleId()
{
    return roleId("builtin:support");
}
QUuid auditorRoleId()
{
    return roleId("builtin:auditor");
}
} // namespace builtin

const QList<PermissionInfo>& permissionCatalogue()
{
    static const QList<PermissionInfo> catalogue = makeCatalogue();
    return catalogue;
}

bool isKnownPermission(const QString& key)
{
    for (const PermissionInfo& info : permissionCatalogue()) {
        if (info.key == key)
            return true;
    }
    return false;
}

static QSet<QString> keysOfScope(RoleScope scope)
{
    QSet<QString> keys;
    for (const PermissionInfo& info : permissionCatalogue()) {
        if (info.scope == scope)
            keys.insert(info.key);
    }
    return keys;
}

QSet<QString> companyPermissionKeys()
{
    return keysOfScope(RoleScope::Company);
}

QSet<QString> platformPermissionKeys()
{
    return keysOfScope(RoleScope::Platform);
}

const QList<Role>& builtInRoles()
{
    static const QList<Role> roles = makeBuiltInRoles();
    return roles;
}

const Role* findBuiltInRole(const QUuid& id)
{
    for (const Role& role : builtInRoles()) {
        if (role.id == id)
            return &role;
    }
    return nullptr;
}

} // namespace steward

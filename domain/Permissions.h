#pragma once

#include "Role.h"

#include <QList>
#include <QSet>
#include <QString>

namespace steward {

// The fixed catalogue of permission keys (SPEC). Keys are stable: the store and API use them.
namespace perm {
inline const QString CompanyRead = QStringLiteral("company.read");
inline const QString CompanySettings = QStringLiteral("company.settings");
inline const QString CompanyKycRead = QStringLiteral("company.kyc.read");
inline const QString CompanyKycDocuments = QStringLiteral("company.kyc.documents");
inline const QString PaymentsManage = QStringLiteral("payments.manage");
inline const QString InvoicesRead = QStringLiteral("invoices.read");
inline const QString OrdersRead = QStringLiteral("orders.read");
inline const QString OrdersManage = QStringLiteral("orders.manage");
inline const QString ProductsRead = QStringLiteral("products.read");
inline const QString ProductsManage = QStringLiteral("products.manage");
inline const QString UsersRead = QStringLiteral("users.read");
inline const QString UsersCreate = QStringLiteral("users.create");
inline const QString UsersUpdate = QStringLiteral("users.update");
inline const QString UsersDelete = QStringLiteral("users.delete");
inline const QString UsersCredentials = QStringLiteral("users.credentials");
inline const QString UsersRoles = QStringLiteral("users.roles");
inline const QString InvitationsManage = QStringLiteral("invitations.manage");
inline const QString RolesManage = QStringLiteral("roles.manage");
inline const QString OrgUnitsManage = QStringLiteral("org_units.manage");
inline const QString ApiTokensManage = QStringLiteral("api_tokens.manage");
inline const QString AuditRead = QStringLiteral("audit.read");

inline const QString PlatformCompaniesRead = QStringLiteral("platform.companies.read");
inline const QString PlatformCompaniesManage = QStringLiteral("platform.companies.manage");
inline const QString PlatformUsersRead = QStringLiteral("platform.users.read");
inline const QString PlatformUsersManage = QStringLiteral("platform.users.manage");
inline const QString PlatformUsersCredentials = QStringLiteral("platform.users.credentials");
inline const QString PlatformAuditRead = QStringLiteral("platform.audit.read");
inline const QString PlatformStaffManage = QStringLiteral("platform.staff.manage");
} // namespace perm

struct PermissionInfo
{
    QString key;
    RoleScope scope;
    QString area;        // groups the permission matrix: "company", "users", "platform", ...
    QString description; // English; the client translates it
};

const QList<PermissionInfo>& permissionCatalogue();
bool isKnownPermission(const QString& key);
QSet<QString> companyPermissionKeys();
QSet<QString> platformPermissionKeys();

// Built-in roles, the same in every company (SPEC, seed 003). Their ids are fixed so that the
// store, the API and the client agree without looking them up.
namespace builtin {
QUuid adminRoleId();
QUuid operationsRoleId();
QUuid financeRoleId();
QUuid temporaryRoleId();
QUuid platformAdminRoleId();
QUuid supportRoleId();
QUuid auditorRoleId();
} // namespace builtin

const QList<Role>& builtInRoles();
const Role* findBuiltInRole(const QUuid& id);

} // namespace steward

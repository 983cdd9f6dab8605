#pragma once

#include "Role.h"
#include "UserState.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QUuid>

namespace steward {

// Who is asking: a signed-in user or an API token, with what it holds.
struct Principal
{
    QUuid userId;    // the user, or the token's creator for an API token
    QUuid companyId; // null for platform staff
    UserState state = UserState::Enabled;
    bool isOwner = false;    // the owner holds Admin implicitly
    bool isApiToken = false; // a token's permissions are exactly `tokenPermissions`
    QSet<QString> tokenPermissions;
    // Each held role with its permissions; a disabled assignment grants nothing.
    struct HeldRole
    {
        QUuid roleId;
        bool enabled = true;
        QSet<QString> permissions;
    };
    QList<HeldRole> roles;
    // Organizational units the principal's access is limited to, already expanded with their
    // descendants (see withDescendants). Empty means no limit.
    QSet<QUuid> orgUnitLimits;

    bool isPlatform() const { return companyId.isNull() && !isApiToken; }
};

// The permissions in force: enabled roles, the owner's implicit Admin, and only Temporary's while
// the account is `valid`. Platform staff get their platform permissions.
QSet<QString> effectivePermissions(const Principal& principal);

// What a request touches: the company an object belongs to (null for platform objects) and, for a
// user, the units that user belongs to.
struct AccessTarget
{
    QUuid companyId;
    QList<QUuid> orgUnitIds;
    bool appliesOrgUnitLimit = false; // true when the object is a user whose units matter
};

// Allowed; NotFound when the object must stay invisible (another company, outside the caller's
// units: no existence leak); Forbidden when it is visible but the action is not permitted.
enum class AccessDecision
{
    Allowed,
    NotFound,
    Forbidden
};
QString toString(AccessDecision decision); // "allowed", "not_found", "forbidden"

// Checks a company-scope permission (e.g. "users.update") against a target. Platform staff are
// mapped onto the matching platform permission; a platform administrator acts as Admin anywhere.
AccessDecision checkAccess(const Principal& principal, const QString& permission, const AccessTarget& target);

// True when the principal may see the target at all (company and unit limits, no permission).
bool canSee(const Principal& principal, const AccessTarget& target);

// The platform permission that stands in for a company permission when staff act in a company.
QString platformEquivalent(const QString& companyPermission);

} // namespace steward

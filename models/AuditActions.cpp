// The words for audit actions, apart because the list is long.
#include "ModelFormat.h"

#include <QCoreApplication>
#include <QHash>

namespace steward::models::format {

QString auditAction(const QString& action)
{
#define STEWARD_ACTION(key, text)                                                                                      \
    {                                                                                                                  \
        QStringLiteral(key), QT_TRANSLATE_NOOP("steward::models::AuditAction", text)                                   \
    }
    static const QHash<QString, const char*> words{
        STEWARD_ACTION("user.create", "User created"),
        STEWARD_ACTION("user.update", "User changed"),
        STEWARD_ACTION("user.roles", "Roles assigned"),
        STEWARD_ACTION("user.enable", "User enabled"),
        STEWARD_ACTION("user.deactivate", "User deactivated"),
        STEWARD_ACTION("user.reactivate", "User reactivated"),
        STEWARD_ACTION("user.delete", "User deleted"),
        STEWARD_ACTION("user.unlock", "User unlocked"),
        STEWARD_ACTION("user.send_password_reset", "Password reset sent"),
        STEWARD_ACTION("user.temporary_password", "Temporary password issued"),
        STEWARD_ACTION("user.revoke_sessions", "Sessions revoked"),
        STEWARD_ACTION("user.password_change", "Password changed"),
        STEWARD_ACTION("user.email_verified", "Email verified"),
        STEWARD_ACTION("user.email_change_request", "Email change requested"),
        STEWARD_ACTION("user.email_change", "Email changed"),
        STEWARD_ACTION("session.revoke", "Session ended"),
        STEWARD_ACTION("company.create", "Company created"),
        STEWARD_ACTION("company.register", "Company registered"),
        STEWARD_ACTION("company.update", "Company changed"),
        STEWARD_ACTION("company.transfer_ownership", "Ownership transferred"),
        STEWARD_ACTION("registration.existing_email", "Registration with a known email"),
        STEWARD_ACTION("role.create", "Role created"),
        STEWARD_ACTION("role.update", "Role changed"),
        STEWARD_ACTION("role.delete", "Role deleted"),
        STEWARD_ACTION("org_unit.create", "Unit created"),
        STEWARD_ACTION("org_unit.update", "Unit changed"),
        STEWARD_ACTION("org_unit.delete", "Unit deleted"),
        STEWARD_ACTION("api_token.create", "API token created"),
        STEWARD_ACTION("api_token.revoke", "API token revoked"),
        STEWARD_ACTION("invitation.create", "Invitation sent"),
        STEWARD_ACTION("invitation.resend", "Invitation sent again"),
        STEWARD_ACTION("invitation.revoke", "Invitation revoked"),
        STEWARD_ACTION("invitation.accept", "Invitation accepted"),
    };
#undef STEWARD_ACTION
    const char* word = words.value(action);
    return word ? QCoreApplication::translate("steward::models::AuditAction", word) : action;
}

} // namespace steward::models::format

#include "AuditActionGroups.h"

#include <QCoreApplication>

namespace steward::ui {

// The actions the server records (docs/api.md, Audit log), grouped by what they act on.
const QList<QPair<const char*, QStringList>>& auditActionGroups()
{
    static const QList<QPair<const char*, QStringList>> groups{
        {QT_TRANSLATE_NOOP("steward::ui::AuditView", "All user actions"),
         {"user.create", "user.update", "user.roles", "user.enable", "user.deactivate", "user.reactivate",
          "user.delete", "user.unlock", "user.send_password_reset", "user.temporary_password", "user.revoke_sessions",
          "user.password_change", "user.email_verified", "user.email_change_request", "user.email_change"}},
        {QT_TRANSLATE_NOOP("steward::ui::AuditView", "All invitation actions"),
         {"invitation.create", "invitation.resend", "invitation.revoke", "invitation.accept"}},
        {QT_TRANSLATE_NOOP("steward::ui::AuditView", "All role actions"),
         {"role.create", "role.update", "role.delete"}},
        {QT_TRANSLATE_NOOP("steward::ui::AuditView", "All unit actions"),
         {"org_unit.create", "org_unit.update", "org_unit.delete"}},
        {QT_TRANSLATE_NOOP("steward::ui::AuditView", "All company actions"),
         {"company.create", "company.register", "company.update", "company.transfer_ownership"}},
        {QT_TRANSLATE_NOOP("steward::ui::AuditView", "All API token actions"),
         {"api_token.create", "api_token.revoke"}},
        {QT_TRANSLATE_NOOP("steward::ui::AuditView", "Other actions"),
         {"session.revoke", "registration.existing_email"}},
    };
    return groups;
}

} // namespace steward::ui

#pragma once

#include <QSqlDatabase>
#include <domain/Company.h>
#include <domain/Invitation.h>
#include <domain/User.h>

namespace steward::server {

struct ServerContext;

// The emails of the account flows: each issues its one-time link where it has one and queues the
// mail in the recipient's language, in the caller's transaction. Call context.mailQueued() after
// the commit.
namespace accountmail {

inline constexpr int kSetPasswordHours = 72;
inline constexpr int kResetPasswordHours = 2;
inline constexpr int kVerifyEmailHours = 48;
inline constexpr int kEmailChangeHours = 24;

void setPassword(const ServerContext& context, const QSqlDatabase& db, const User& user,
                 const std::optional<Company>& company);
void passwordReset(const ServerContext& context, const QSqlDatabase& db, const User& user);
void passwordChanged(const ServerContext& context, const QSqlDatabase& db, const User& user);
void accountDeactivated(const ServerContext& context, const QSqlDatabase& db, const User& user,
                        const std::optional<Company>& company);
void verifyEmail(const ServerContext& context, const QSqlDatabase& db, const User& user, const Company& company);
// A confirmation link to the new address and a notice to the old one.
void emailChange(const ServerContext& context, const QSqlDatabase& db, const User& user, const QString& newEmail);
void invitation(const ServerContext& context, const QSqlDatabase& db, const Invitation& invitation,
                const Company& company, const QString& inviterName);

// Notices the recipient may switch off (NotificationPreferences): each checks the flag itself and
// returns whether a mail was queued.
bool sessionsRevoked(const ServerContext& context, const QSqlDatabase& db, const User& user);
// To the inviter, when they still exist, are enabled and want team changes.
bool invitationAccepted(const ServerContext& context, const QSqlDatabase& db, const Invitation& invitation,
                        const Company& company, const User& invitee);

// The page a link opens: publicUrl + "/account/<page>?token=<token>".
QString accountLink(const ServerContext& context, const QString& page, const QString& token = QString());

} // namespace accountmail
} // namespace steward::server

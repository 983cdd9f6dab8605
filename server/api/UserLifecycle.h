#pragma once

#include "http/RequestContext.h"

#include <QSqlDatabase>
#include <domain/User.h>
#include <domain/UserStateMachine.h>

namespace steward::server {

// The state machine applied to a stored user: decides the event with the domain rules (409 with
// the reason when refused), writes the new state, revokes what must be revoked and audits it, all
// in the caller's transaction. Returns the user as stored afterwards (nullopt after Delete).
std::optional<User> applyUserEvent(const RequestContext& ctx, const QSqlDatabase& db, const User& user,
                                   UserEvent event);

// The user sets a password of their own (their choice, never a temporary one): stores the hash,
// applies PasswordSet (created → enabled), ends every session, audits "user.password_change".
void setOwnPassword(const RequestContext& ctx, const QSqlDatabase& db, const User& user, const QString& hash);

// Whether the user owns their company.
bool isCompanyOwner(const QSqlDatabase& db, const User& user);

// Whether the caller must keep their hands off `user`'s credentials: the user is the company's
// owner and the caller is neither that owner nor platform staff. Otherwise an admin could take
// over the owner's account and, with it, the company.
bool ownerGuarded(const RequestContext& ctx, const QSqlDatabase& db, const User& user);

} // namespace steward::server

#include "UserStateMachine.h"

namespace steward {
namespace {

Transition allow(UserState to)
{
    Transition t;
    t.allowed = true;
    t.to = to;
    return t;
}

Transition refuse(const char* code, const char* reason)
{
    Transition t;
    t.code = QString::fromLatin1(code);
    t.reason = QString::fromLatin1(reason);
    return t;
}

Transition onEmailVerified(const UserStateContext& c)
{
    switch (c.state) {
    case UserState::Created:
        // Only a self-registered account waits for verification; an admin-created one waits for a password.
        if (c.selfRegistered)
            return allow(UserState::Valid);
        return allow(UserState::Created);
    case UserState::Valid:
    case UserState::Enabled:
        return allow(c.state); // verifying again, or a changed address: the state stays
    case UserState::Deactivated:
        return refuse("account_deactivated", "The account is deactivated.");
    }
    return refuse("invalid_state", "Unknown state.");
}

Transition onPasswordSet(const UserStateContext& c)
{
    switch (c.state) {
    case UserState::Created:
        if (c.selfRegistered)
            return refuse("email_not_verified", "The email address has not been verified yet.");
        return allow(UserState::Enabled);
    case UserState::Valid:
    case UserState::Enabled:
        return allow(c.state);
    case UserState::Deactivated:
        return refuse("account_deactivated", "The account is deactivated.");
    }
    return refuse("invalid_state", "Unknown state.");
}

Transition onEnable(const UserStateContext& c)
{
    switch (c.state) {
    case UserState::Valid:
        return allow(UserState::Enabled);
    case UserState::Created:
        if (c.selfRegistered && !c.emailVerified)
            return refuse("email_not_verified", "The email address has not been verified yet.");
        return refuse("password_not_set", "The user has not set a password yet; they are enabled when they do.");
    case UserState::Enabled:
        return refuse("already_enabled", "The user is already enabled.");
    case UserState::Deactivated:
        return refuse("deactivated_use_reactivate", "The user is deactivated; reactivate them instead.");
    }
    return refuse("invalid_state", "Unknown state.");
}

Transition onDeactivate(const UserStateContext& c)
{
    if (c.isOwner)
        return refuse("owner_protected",
                      "The company owner cannot be deactivated; transfer ownership to another user first.");
    if (c.state == UserState::Deactivated)
        return refuse("already_deactivated", "The user is already deactivated.");
    return allow(UserState::Deactivated);
}

Transition onReactivate(const UserStateContext& c)
{
    if (c.state != UserState::Deactivated)
        return refuse("not_deactivated", "Only a deactivated user can be reactivated.");
    return allow(c.hasPassword ? UserState::Enabled : UserState::Created);
}

Transition onDelete(const UserStateContext& c)
{
    if (c.isOwner)
        return refuse("owner_protected",
                      "The company owner cannot be deleted; transfer ownership to another user first.");
    Transition t = allow(c.state);
    t.removes = true;
    return t;
}

} // namespace

QString toString(UserEvent event)
{
    switch (event) {
    case UserEvent::EmailVerified:
        return QStringLiteral("email_verified");
    case UserEvent::PasswordSet:
        return QStringLiteral("password_set");
    case UserEvent::Enable:
        return QStringLiteral("enable");
    case UserEvent::Deactivate:
        return QStringLiteral("deactivate");
    case UserEvent::Reactivate:
        return QStringLiteral("reactivate");
    case UserEvent::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

Transition decide(const UserStateContext& context, UserEvent event)
{
    switch (event) {
    case UserEvent::EmailVerified:
        return onEmailVerified(context);
    case UserEvent::PasswordSet:
        return onPasswordSet(context);
    case UserEvent::Enable:
        return onEnable(context);
    case UserEvent::Deactivate:
        return onDeactivate(context);
    case UserEvent::Reactivate:
        return onReactivate(context);
    case UserEvent::Delete:
        return onDelete(context);
    }
    return refuse("invalid_event", "Unknown event.");
}

QString toString(SignInMode mode)
{
    switch (mode) {
    case SignInMode::Refused:
        return QStringLiteral("refused");
    case SignInMode::ChangePasswordOnly:
        return QStringLiteral("change_password_only");
    case SignInMode::TemporaryRoleOnly:
        return QStringLiteral("temporary_role_only");
    case SignInMode::Full:
        return QStringLiteral("full");
    }
    return {};
}

SignInMode signInMode(UserState state, bool hasTemporaryPassword)
{
    switch (state) {
    case UserState::Created:
        return hasTemporaryPassword ? SignInMode::ChangePasswordOnly : SignInMode::Refused;
    case UserState::Valid:
        return SignInMode::TemporaryRoleOnly;
    case UserState::Enabled:
        return SignInMode::Full;
    case UserState::Deactivated:
        return SignInMode::Refused;
    }
    return SignInMode::Refused;
}

} // namespace steward

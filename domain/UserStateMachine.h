#pragma once

#include "UserState.h"

#include <QString>

namespace steward {

// What can happen to an account (SPEC "User states").
enum class UserEvent
{
    EmailVerified, // the user followed a verification link
    PasswordSet,   // the user set a password of their own (emailed link, invitation, temporary one changed)
    Enable,        // an admin enables a valid user
    Deactivate,    // an admin switches the account off
    Reactivate,    // an admin switches it back on
    Delete,        // an admin removes it
};

QString toString(UserEvent event); // "email_verified", "password_set", "enable", ...

// The facts about an account that decide a transition.
struct UserStateContext
{
    UserState state = UserState::Created;
    bool isOwner = false;
    bool hasPassword = false;    // the user has ever set a password of their own
    bool selfRegistered = false; // came through storefront self-registration
    bool emailVerified = false;
};

struct Transition
{
    bool allowed = false;
    UserState to = UserState::Created; // the state afterwards; meaningless when refused or deleted
    bool removes = false;              // Delete: the account goes away
    QString code;                      // why it was refused: "owner_protected", "email_not_verified", ...
    QString reason;                    // the same in an English sentence

    bool changesState(UserState from) const { return allowed && !removes && to != from; }
};

// Decides one event. A refused transition carries a code and a reason the API returns with 409.
Transition decide(const UserStateContext& context, UserEvent event);

// How a user in this state may sign in.
enum class SignInMode
{
    Refused,            // deactivated, or created without a temporary password
    ChangePasswordOnly, // created with an admin-issued temporary password: only to change it
    TemporaryRoleOnly,  // valid: the Temporary role applies, nothing else
    Full,               // enabled
};
QString toString(SignInMode mode); // "refused", "change_password_only", "temporary_role_only", "full"
SignInMode signInMode(UserState state, bool hasTemporaryPassword);

} // namespace steward

#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace steward {

// The life of an account (SPEC, seed 001). Whether the email is verified is a separate flag.
enum class UserState
{
    Created,
    Valid,
    Enabled,
    Deactivated
};

QList<UserState> allUserStates();
QString toString(UserState state); // "created", "valid", "enabled", "deactivated"
std::optional<UserState> userStateFromString(const QString& text);

} // namespace steward

#pragma once

#include <QString>

namespace steward::ui::onboarding {

// How a new user gets in (POST /users "onboarding"); the ids of the editor's radio buttons.
enum Choice
{
    Invite,
    TemporaryPassword,
    NoEmail
};

inline QString value(int choice)
{
    switch (choice) {
    case TemporaryPassword:
        return QStringLiteral("temporary-password");
    case NoEmail:
        return QStringLiteral("none");
    default:
        return QStringLiteral("invite");
    }
}

} // namespace steward::ui::onboarding

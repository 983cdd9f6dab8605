#pragma once

namespace steward {

// What a user chose to be told by email. Security notices (password changed, email changed,
// account deactivated) are always sent and cannot be switched off, so they have no flag here.
struct NotificationPreferences
{
    bool accountActivity = true; // new sign-in from another device, sessions revoked by an admin
    bool teamChanges = true;     // invitations accepted, roles changed (admins and owners)
    bool productNews = false;    // announcements from the platform operator

    friend bool operator==(const NotificationPreferences&, const NotificationPreferences&) = default;
};

} // namespace steward

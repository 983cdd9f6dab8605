#pragma once

#include "CustomField.h"
#include "Language.h"
#include "NotificationPreferences.h"
#include "Role.h"
#include "UserState.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace steward {

// A person's account. Secrets (the password hash) never live in this type: only the store sees them.
struct User
{
    QUuid id;
    QUuid companyId; // null for platform staff
    QString email;
    QString username;
    QString firstName;
    QString lastName;
    Language language = Language::English;
    UserState state = UserState::Created;
    QDateTime emailVerifiedAt; // null until the user proves control of the address
    bool hasPassword = false;  // the user has ever set a password of their own
    bool mustChangePassword = false;
    bool selfRegistered = false;
    QDateTime lastSignInAt;
    CustomFieldValues customFields;
    NotificationPreferences notifications;
    QList<RoleAssignment> roles;
    QList<QUuid> orgUnitIds;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 version = 1;

    bool emailVerified() const { return emailVerifiedAt.isValid(); }
    QString fullName() const;

    friend bool operator==(const User&, const User&) = default;
};

} // namespace steward

#pragma once

#include "Language.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

namespace steward {

enum class InvitationState
{
    Pending,
    Accepted,
    Expired,
    Revoked
};
QString toString(InvitationState state); // "pending", "accepted", "expired", "revoked"
std::optional<InvitationState> invitationStateFromString(const QString& text);

struct Invitation
{
    static constexpr int kDefaultValidityDays = 7;

    QUuid id;
    QUuid companyId;
    QString email;
    QList<QUuid> roleIds;
    QUuid inviterId;
    Language language = Language::English;
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime acceptedAt;
    QDateTime revokedAt;

    // The state is derived from the timestamps so it can never disagree with them.
    InvitationState stateAt(const QDateTime& now) const;

    friend bool operator==(const Invitation&, const Invitation&) = default;
};

} // namespace steward

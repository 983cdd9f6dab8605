#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>
#include <optional>

namespace steward::server {

// What an emailed link lets its holder do, once.
enum class TokenPurpose
{
    SetPassword,
    ResetPassword,
    VerifyEmail,
    ConfirmEmailChange,
    AcceptInvitation
};
QString toString(TokenPurpose purpose); // "set_password", "reset_password", ...

struct OneTimeToken
{
    QUuid id;
    TokenPurpose purpose = TokenPurpose::SetPassword;
    QUuid userId;       // the account it acts on (null for an invitation)
    QUuid invitationId; // for AcceptInvitation
    QString email;      // the address it was sent to (the new address for an email change)
    qint64 expiresAtMs = 0;
};

// Random single-use tokens for emailed links, stored only as SHA-256 hashes. Issuing a new token
// of a purpose for a user (or an invitation) kills the older ones, so only the latest link works.
class OneTimeTokenStore
{
public:
    // Returns the token to put in the link ("stl_…"); shown in that email only.
    static QString issue(const QSqlDatabase& db, const OneTimeToken& token, qint64 nowMs);
    // The token if it exists, has that purpose, is unused and unexpired; does not use it up.
    static std::optional<OneTimeToken> find(const QSqlDatabase& db, const QString& token, TokenPurpose purpose,
                                            qint64 nowMs);
    // Marks it used; false when it was already used (a concurrent submit lost the race).
    static bool consume(const QSqlDatabase& db, const QUuid& id, qint64 nowMs);
    static void revokeFor(const QSqlDatabase& db, const QUuid& userId, TokenPurpose purpose, qint64 nowMs);
    static void revokeForInvitation(const QSqlDatabase& db, const QUuid& invitationId, qint64 nowMs);
};

} // namespace steward::server

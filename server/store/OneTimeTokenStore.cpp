#include "OneTimeTokenStore.h"

#include "Sql.h"
#include "auth/Passwords.h"

namespace steward::server {

QString toString(TokenPurpose purpose)
{
    switch (purpose) {
    case TokenPurpose::SetPassword:
        return QStringLiteral("set_password");
    case TokenPurpose::ResetPassword:
        return QStringLiteral("reset_password");
    case TokenPurpose::VerifyEmail:
        return QStringLiteral("verify_email");
    case TokenPurpose::ConfirmEmailChange:
        return QStringLiteral("confirm_email_change");
    case TokenPurpose::AcceptInvitation:
        return QStringLiteral("accept_invitation");
    }
    return {};
}

QString OneTimeTokenStore::issue(const QSqlDatabase& db, const OneTimeToken& token, qint64 nowMs)
{
    if (!token.invitationId.isNull())
        revokeForInvitation(db, token.invitationId, nowMs);
    else if (!token.userId.isNull())
        revokeFor(db, token.userId, token.purpose, nowMs);
    const QString secret = generateToken("stl");
    Sql(db, QStringLiteral("INSERT INTO one_time_tokens (id, token_hash, purpose, user_id, invitation_id, email, "
                           "created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(token.id.isNull() ? QUuid::createUuid() : token.id)
        .bind(tokenHash(secret))
        .bind(toString(token.purpose))
        .bind(token.userId)
        .bind(token.invitationId)
        .bind(token.email)
        .bind(nowMs)
        .bind(token.expiresAtMs)
        .exec();
    return secret;
}

std::optional<OneTimeToken> OneTimeTokenStore::find(const QSqlDatabase& db, const QString& token, TokenPurpose purpose,
                                                    qint64 nowMs)
{
    if (!token.startsWith(QLatin1String("stl_")) || token.size() > 100)
        return std::nullopt;
    Sql q(db, QStringLiteral("SELECT id, user_id, invitation_id, email, expires_at FROM one_time_tokens "
                             "WHERE token_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?"));
    q.bind(tokenHash(token)).bind(toString(purpose)).bind(nowMs).exec();
    if (!q.next())
        return std::nullopt;
    OneTimeToken t;
    t.id = q.uuid(0);
    t.purpose = purpose;
    t.userId = q.uuid(1);
    t.invitationId = q.uuid(2);
    t.email = q.text(3);
    t.expiresAtMs = q.integer(4);
    return t;
}

bool OneTimeTokenStore::consume(const QSqlDatabase& db, const QUuid& id, qint64 nowMs)
{
    Sql q(db, QStringLiteral("UPDATE one_time_tokens SET used_at = ? WHERE id = ? AND used_at IS NULL"));
    q.bind(nowMs).bind(id).exec();
    return q.rowsAffected() == 1;
}

void OneTimeTokenStore::revokeFor(const QSqlDatabase& db, const QUuid& userId, TokenPurpose purpose, qint64 nowMs)
{
    Sql(db, QStringLiteral("UPDATE one_time_tokens SET used_at = ? WHERE user_id = ? AND purpose = ? "
                           "AND used_at IS NULL"))
        .bind(nowMs)
        .bind(userId)
        .bind(toString(purpose))
        .exec();
}

void OneTimeTokenStore::revokeForInvitation(const QSqlDatabase& db, const QUuid& invitationId, qint64 nowMs)
{
    Sql(db, QStringLiteral("UPDATE one_time_tokens SET used_at = ? WHERE invitation_id = ? AND used_at IS NULL"))
        .bind(nowMs)
        .bind(invitationId)
        .exec();
}

} // namespace steward::server

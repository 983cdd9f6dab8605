#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QUuid>
#include <domain/Authorization.h>
#include <optional>

namespace steward::server {

struct ServerContext;

struct Authentication
{
    std::optional<Principal> principal; // empty: no, unknown, expired or revoked credentials
    QUuid sessionId;                    // null for API tokens
    bool mustChangePassword = false;
};

// Turns an `Authorization: Bearer …` header into the caller: a session token ("stw_…") or an API
// token ("stk_…"). Sessions end at their expiry or after the idle timeout; both kinds are looked up
// by the SHA-256 of the token.
Authentication authenticate(ServerContext& context, const QByteArray& authorizationHeader,
                            const QString& clientAddress);

// The principal of a user as stored now: state, ownership, roles with their permissions, and unit
// limits expanded to descendants. Empty when the user does not exist.
std::optional<Principal> loadPrincipal(const QSqlDatabase& db, const QUuid& userId);

} // namespace steward::server

// Sign-in and sign-out. One 401 for an unknown email and a wrong password, with the same work
// done for both; lockout with a growing delay per account and per client address.
#include "ApiSupport.h"
#include "PasswordReset.h"
#include "Routes.h"
#include "ServerContext.h"
#include "UserAccess.h"
#include "auth/LoginThrottle.h"
#include "auth/Passwords.h"
#include "store/SessionStore.h"
#include "store/Sql.h"
#include "store/UserStore.h"

#include <domain/Json.h>
#include <domain/JsonReader.h>
#include <domain/UserStateMachine.h>
#include <domain/Validation.h>

namespace steward::server {
namespace {

ApiError lockedOut(qint64 seconds)
{
    return ApiError(
        Problem::tooManyRequests(QStringLiteral("Too many failed sign-ins. Try again in %1 seconds.").arg(seconds)),
        {{"Retry-After", QByteArray::number(seconds)}});
}

Response login(RequestContext& ctx)
{
    JsonReader body(ctx.jsonBody());
    const QString email = withoutControlCharacters(body.string(QStringLiteral("email")));
    const QString password = body.string(QStringLiteral("password"));
    body.rejectUnknown();
    throwIfInvalid(body.errors());

    ServerContext& server = ctx.server();
    const QSqlDatabase db = database(ctx);
    const qint64 now = server.nowMs();
    LoginThrottle throttle(db, server.config, now);
    if (const qint64 wait = throttle.retryAfterSeconds(email, ctx.clientAddress()); wait > 0)
        throw lockedOut(wait);

    const Passwords passwords(server.config.argon2Ops, server.config.argon2MemBytes);
    const std::optional<UserCredentials> account = UserStore::credentialsByEmail(db, email);
    bool ok = false;
    if (account)
        ok = passwords.verify(password, account->passwordHash);
    else
        passwords.verifyDummy(password);
    // A deactivated account, or one that may not sign in yet, fails exactly like a wrong password.
    const SignInMode mode = account ? signInMode(account->state, account->temporaryPassword) : SignInMode::Refused;
    if (!ok || mode == SignInMode::Refused) {
        Transaction tx(db);
        const qint64 wait = throttle.recordFailure(email, ctx.clientAddress());
        tx.commit();
        if (wait > 0)
            throw lockedOut(wait);
        throw ApiError(Problem::unauthorized(QStringLiteral("The email or the password is wrong.")));
    }

    Transaction tx(db);
    throttle.recordSuccess(email);
    UserStore::recordSignIn(db, account->id, now);
    QUuid sessionId;
    const qint64 expires = now + qint64(server.config.sessionTtlSeconds) * 1000;
    const QString token =
        SessionStore::create(db, account->id, now, expires, ctx.clientAddress(), ctx.userAgent(), &sessionId);
    tx.commit();

    const std::optional<User> user = UserStore::find(db, account->id);
    return Response::json(
        QJsonObject{{QStringLiteral("token"), token},
                    {QStringLiteral("expiresAt"), json::formatTime(QDateTime::fromMSecsSinceEpoch(expires, Qt::UTC))},
                    {QStringLiteral("mustChangePassword"), account->mustChangePassword},
                    {QStringLiteral("user"), json::toJson(*user)}});
}

Response logout(RequestContext& ctx)
{
    if (!ctx.sessionId().isNull())
        SessionStore::revoke(database(ctx), ctx.principal().userId, ctx.sessionId());
    return Response::noContent();
}

Response forgotPassword(RequestContext& ctx)
{
    JsonReader body(ctx.jsonBody());
    const QString email = withoutControlCharacters(body.string(QStringLiteral("email")));
    body.rejectUnknown();
    FieldErrors errors = body.errors();
    if (errors.isEmpty())
        errors.append(validateEmail(email));
    throwIfInvalid(errors);
    if (const qint64 wait = requestPasswordReset(ctx, email); wait > 0)
        throw ApiError(
            Problem::tooManyRequests(QStringLiteral("Too many requests. Try again in %1 seconds.").arg(wait)),
            {{"Retry-After", QByteArray::number(wait)}});
    return Response::json(QJsonObject{{QStringLiteral("status"), QStringLiteral("accepted")},
                                      {QStringLiteral("detail"),
                                       QStringLiteral("If an account exists for this address, a link to choose a new "
                                                      "password is on its way.")}},
                          202);
}

} // namespace

void addAuthRoutes(Router& router)
{
    router.add({QStringLiteral("POST"), QStringLiteral("/api/v1/auth/login"), Access::Public, {}, login});
    router.add(
        {QStringLiteral("POST"), QStringLiteral("/api/v1/auth/forgot-password"), Access::Public, {}, forgotPassword});
    router.add({QStringLiteral("POST"), QStringLiteral("/api/v1/auth/logout"), Access::SignedIn, {}, logout, true});
}

} // namespace steward::server

// The caller's own account: every signed-in user may read and edit it (SPEC), within the
// company's name policy, change their password and manage their sessions.
#include "ApiSupport.h"
#include "Routes.h"
#include "ServerContext.h"
#include "UserAccess.h"
#include "UserEditing.h"
#include "UserLifecycle.h"
#include "auth/LoginThrottle.h"
#include "auth/Passwords.h"
#include "mail/AccountMail.h"
#include "store/SessionStore.h"
#include "store/Sql.h"
#include "store/UserStore.h"

#include <QJsonArray>
#include <domain/Json.h>
#include <domain/JsonReader.h>
#include <domain/Validation.h>

namespace steward::server {
namespace {

// Sessions belong to a person; an API token acting for its creator must not see or end theirs.
void refuseApiToken(const RequestContext& ctx)
{
    if (ctx.principal().isApiToken)
        throw ApiError(Problem::forbidden(QStringLiteral("An API token has no account of its own.")));
}

User currentUser(const RequestContext& ctx, const QSqlDatabase& db)
{
    refuseApiToken(ctx);
    const std::optional<User> user = UserStore::find(db, ctx.principal().userId);
    if (!user)
        throw ApiError(Problem::unauthorized(QStringLiteral("Your account no longer exists.")));
    return *user;
}

Response getMe(RequestContext& ctx)
{
    const User user = currentUser(ctx, database(ctx));
    return Response::versioned(userJson(user), user.version);
}

Response patchMe(RequestContext& ctx)
{
    const QSqlDatabase db = database(ctx);
    Transaction tx(db);
    User user = currentUser(ctx, db);
    ctx.requireIfMatch(user.version);
    const User before = user;
    const std::optional<Company> company = companyOf(db, user.companyId);
    EditRights rights;
    rights.names = !company || company->usersMayEditName;
    rights.email = false; // an address changes only through a confirmed email change
    rights.adminCustomFields = false;
    JsonReader body(ctx.jsonBody());
    FieldErrors errors = applyUserFields(body, user, rights, db, company, false);
    body.rejectUnknown();
    errors.append(body.errors());
    throwIfInvalid(errors);
    if (!UserStore::update(db, user, before.version, ctx.server().nowMs()))
        throw ApiError(Problem::preconditionFailed(QStringLiteral("Your account changed meanwhile; reload it.")));
    audit(ctx, db, QStringLiteral("user.update"), QStringLiteral("user"), user.id, user.companyId,
          userChanges(userJson(before), userJson(user)));
    tx.commit();
    return Response::versioned(userJson(user), user.version);
}

ApiError lockedOut(qint64 seconds)
{
    return ApiError(
        Problem::tooManyRequests(QStringLiteral("Too many wrong passwords. Try again in %1 seconds.").arg(seconds)),
        {{"Retry-After", QByteArray::number(seconds)}});
}

// Proves the caller knows the account's password before a sensitive change. Guessing it through a
// borrowed session counts like failed sign-ins (lockout, 429).
void verifyCurrentPassword(const RequestContext& ctx, const QSqlDatabase& db, const User& user, const QString& password,
                           const QString& field)
{
    const Passwords passwords(ctx.server().config.argon2Ops, ctx.server().config.argon2MemBytes);
    LoginThrottle throttle(db, ctx.server().config, ctx.server().nowMs());
    if (const qint64 wait = throttle.retryAfterSeconds(user.email, ctx.clientAddress()); wait > 0)
        throw lockedOut(wait);
    const std::optional<UserCredentials> credentials = UserStore::credentialsById(db, user.id);
    if (!credentials || !passwords.verify(password, credentials->passwordHash)) {
        Transaction tx(db);
        const qint64 wait = throttle.recordFailure(user.email, ctx.clientAddress());
        tx.commit();
        if (wait > 0)
            throw lockedOut(wait);
        throwIfInvalid({{field, QStringLiteral("wrong_password"), QStringLiteral("The password is not correct.")}});
    }
}

Response changePassword(RequestContext& ctx)
{
    JsonReader body(ctx.jsonBody());
    const QString current = body.string(QStringLiteral("currentPassword"));
    const QString next = body.string(QStringLiteral("newPassword"));
    body.rejectUnknown();
    throwIfInvalid(body.errors());

    const QSqlDatabase db = database(ctx);
    const User user = currentUser(ctx, db);
    verifyCurrentPassword(ctx, db, user, current, QStringLiteral("currentPassword"));
    const Passwords passwords(ctx.server().config.argon2Ops, ctx.server().config.argon2MemBytes);
    LoginThrottle throttle(db, ctx.server().config, ctx.server().nowMs());
    FieldErrors errors = validatePassword(next, user.email, QStringLiteral("newPassword"));
    if (errors.isEmpty() && next == current)
        errors.append({QStringLiteral("newPassword"), QStringLiteral("unchanged"),
                       QStringLiteral("Choose a password different from the current one.")});
    throwIfInvalid(errors);
    const QString hash = passwords.hash(next);

    Transaction tx(db);
    setOwnPassword(ctx, db, user, hash);
    throttle.recordSuccess(user.email);
    // A first password after a temporary one is not news to anyone; a change of a chosen one is.
    if (user.hasPassword && !user.mustChangePassword)
        accountmail::passwordChanged(ctx.server(), db, user);
    tx.commit();
    ctx.server().mailQueued();
    return Response::noContent();
}

// Seed 002: the new address twice in the client, a confirmation link to it and a notice to the old
// one; the change applies only when the link is followed (/account/confirm-email-change). The
// answer is the same whether or not the new address already has an account: that is found out by
// whoever owns it, at confirmation.
Response requestEmailChange(RequestContext& ctx)
{
    JsonReader body(ctx.jsonBody());
    const QString newEmail = normalizeEmail(withoutControlCharacters(body.string(QStringLiteral("newEmail"))));
    const QString password = body.string(QStringLiteral("password"));
    body.rejectUnknown();
    FieldErrors errors = body.errors();
    if (!hasErrorFor(errors, QStringLiteral("newEmail")))
        errors.append(validateEmail(newEmail, QStringLiteral("newEmail")));
    throwIfInvalid(errors);

    const QSqlDatabase db = database(ctx);
    const User user = currentUser(ctx, db);
    if (newEmail.compare(user.email, Qt::CaseInsensitive) == 0)
        throwIfInvalid({{QStringLiteral("newEmail"), QStringLiteral("unchanged"),
                         QStringLiteral("This is already your email address.")}});
    verifyCurrentPassword(ctx, db, user, password, QStringLiteral("password"));
    Transaction tx(db);
    accountmail::emailChange(ctx.server(), db, user, newEmail);
    audit(ctx, db, QStringLiteral("user.email_change_request"), QStringLiteral("user"), user.id, user.companyId,
          {{QStringLiteral("pendingEmail"), QJsonValue::Null, newEmail}});
    tx.commit();
    ctx.server().mailQueued();
    return Response::json(
        QJsonObject{{QStringLiteral("status"), QStringLiteral("accepted")},
                    {QStringLiteral("detail"),
                     QStringLiteral("Follow the link sent to %1 to confirm the change.").arg(newEmail)}},
        202);
}

Response listSessions(RequestContext& ctx)
{
    refuseApiToken(ctx);
    const qint64 now = ctx.server().nowMs();
    const qint64 idleSince = now - qint64(ctx.server().config.sessionIdleSeconds) * 1000;
    QJsonArray items;
    for (const SessionInfo& s : SessionStore::listForUser(database(ctx), ctx.principal().userId, now, idleSince)) {
        items.append(QJsonObject{{QStringLiteral("id"), json::formatId(s.id)},
                                 {QStringLiteral("createdAt"), json::formatTime(s.createdAt)},
                                 {QStringLiteral("lastUsedAt"), json::formatTime(s.lastUsedAt)},
                                 {QStringLiteral("expiresAt"), json::formatTime(s.expiresAt)},
                                 {QStringLiteral("clientAddress"), s.clientAddress},
                                 {QStringLiteral("userAgent"), s.userAgent},
                                 {QStringLiteral("current"), s.id == ctx.sessionId()}});
    }
    return Response::list(items, items.size());
}

Response revokeSession(RequestContext& ctx)
{
    refuseApiToken(ctx);
    const QSqlDatabase db = database(ctx);
    Transaction tx(db);
    const QUuid id = ctx.pathId();
    if (!SessionStore::revoke(db, ctx.principal().userId, id))
        throw ApiError(Problem::notFound());
    audit(ctx, db, QStringLiteral("session.revoke"), QStringLiteral("session"), id, ctx.principal().companyId);
    tx.commit();
    return Response::noContent();
}

} // namespace

void addMeRoutes(Router& router)
{
    router.add({QStringLiteral("GET"), QStringLiteral("/api/v1/me"), Access::SignedIn, {}, getMe, true});
    router.add({QStringLiteral("PATCH"), QStringLiteral("/api/v1/me"), Access::SignedIn, {}, patchMe});
    router.add(
        {QStringLiteral("POST"), QStringLiteral("/api/v1/me/password"), Access::SignedIn, {}, changePassword, true});
    router.add(
        {QStringLiteral("POST"), QStringLiteral("/api/v1/me/email-change"), Access::SignedIn, {}, requestEmailChange});
    router.add({QStringLiteral("GET"), QStringLiteral("/api/v1/me/sessions"), Access::SignedIn, {}, listSessions});
    router.add(
        {QStringLiteral("DELETE"), QStringLiteral("/api/v1/me/sessions/{id}"), Access::SignedIn, {}, revokeSession});
}

} // namespace steward::server

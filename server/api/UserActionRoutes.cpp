// State changes and credential actions on one user: enable, deactivate, reactivate, unlock,
// temporary password, revoke sessions.
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

#include <domain/Permissions.h>

namespace steward::server {
namespace {

Handler stateChange(UserEvent event)
{
    return [event](RequestContext& ctx) {
        const QSqlDatabase db = database(ctx);
        Transaction tx(db);
        const User user = loadVisibleUser(ctx, db, ctx.pathId());
        // Optional for an action, but a client that sends it learns of a change it has not seen.
        if (!ctx.header("If-Match").isEmpty())
            ctx.requireIfMatch(user.version);
        if (user.id == ctx.principal().userId && event == UserEvent::Deactivate)
            throw ApiError(Problem::conflict(QStringLiteral("self_deactivate"),
                                             QStringLiteral("You cannot deactivate your own account.")));
        const std::optional<User> after = applyUserEvent(ctx, db, user, event);
        tx.commit();
        ctx.server().mailQueued();
        return Response::versioned(userJson(*after), after->version);
    };
}

Response unlock(RequestContext& ctx)
{
    const QSqlDatabase db = database(ctx);
    Transaction tx(db);
    const User user = loadVisibleUser(ctx, db, ctx.pathId());
    LoginThrottle(db, ctx.server().config, ctx.server().nowMs()).clearAccount(user.email);
    audit(ctx, db, QStringLiteral("user.unlock"), QStringLiteral("user"), user.id, user.companyId);
    tx.commit();
    return Response::noContent();
}

Response temporaryPassword(RequestContext& ctx)
{
    const QSqlDatabase db = database(ctx);
    const QString password = Passwords::generateTemporary();
    const QString hash = Passwords(ctx.server().config.argon2Ops, ctx.server().config.argon2MemBytes).hash(password);
    Transaction tx(db);
    const User user = loadVisibleUser(ctx, db, ctx.pathId());
    if (user.state == UserState::Deactivated)
        throw ApiError(Problem::conflict(QStringLiteral("account_deactivated"),
                                         QStringLiteral("Reactivate the user before issuing a password.")));
    if (ownerGuarded(ctx, db, user))
        throw ApiError(Problem::conflict(
            QStringLiteral("owner_protected"),
            QStringLiteral("Only the owner or the platform can issue the owner a temporary password.")));
    UserStore::setPassword(db, user.id, hash, true, ctx.server().nowMs());
    SessionStore::revokeAll(db, user.id);
    audit(ctx, db, QStringLiteral("user.temporary_password"), QStringLiteral("user"), user.id, user.companyId,
          {{QStringLiteral("password"), QJsonValue::Null, QJsonValue::Null},
           {QStringLiteral("mustChangePassword"), user.mustChangePassword, true}});
    tx.commit();
    const User after = *UserStore::find(db, user.id);
    QJsonObject body = userJson(after);
    body.insert(QStringLiteral("temporaryPassword"), password);
    return Response::versioned(body, after.version);
}

Response revokeSessions(RequestContext& ctx)
{
    const QSqlDatabase db = database(ctx);
    Transaction tx(db);
    const User user = loadVisibleUser(ctx, db, ctx.pathId());
    const int count = SessionStore::revokeAll(db, user.id);
    audit(ctx, db, QStringLiteral("user.revoke_sessions"), QStringLiteral("user"), user.id, user.companyId,
          {{QStringLiteral("sessions"), count, 0}});
    // An administrator ending their own sessions, or ending none, has nothing to tell.
    const bool mailed =
        count > 0 && user.id != ctx.principal().userId && accountmail::sessionsRevoked(ctx.server(), db, user);
    tx.commit();
    if (mailed)
        ctx.server().mailQueued();
    return Response::json(QJsonObject{{QStringLiteral("revoked"), count}});
}

// Support's "send a reset link" (SPEC): the user chooses the new password themself.
Response sendPasswordReset(RequestContext& ctx)
{
    const QSqlDatabase db = database(ctx);
    Transaction tx(db);
    const User user = loadVisibleUser(ctx, db, ctx.pathId());
    if (user.state == UserState::Deactivated)
        throw ApiError(Problem::conflict(QStringLiteral("account_deactivated"),
                                         QStringLiteral("Reactivate the user before sending a reset link.")));
    // The link goes to the user's own address, so even the owner may receive one from an admin.
    accountmail::passwordReset(ctx.server(), db, user);
    audit(ctx, db, QStringLiteral("user.send_password_reset"), QStringLiteral("user"), user.id, user.companyId);
    tx.commit();
    ctx.server().mailQueued();
    return Response::json(
        QJsonObject{{QStringLiteral("status"), QStringLiteral("accepted")},
                    {QStringLiteral("detail"),
                     QStringLiteral("A link to choose a new password was sent to %1.").arg(user.email)}},
        202);
}

} // namespace

void addUserActionRoutes(Router& router)
{
    using namespace perm;
    const auto post = [&](const char* action, const QString& permission, Handler handler) {
        router.add({QStringLiteral("POST"), QStringLiteral("/api/v1/users/{id}/") + QLatin1String(action),
                    Access::Permission, permission, std::move(handler)});
    };
    post("enable", UsersUpdate, stateChange(UserEvent::Enable));
    post("deactivate", UsersUpdate, stateChange(UserEvent::Deactivate));
    post("reactivate", UsersUpdate, stateChange(UserEvent::Reactivate));
    post("unlock", UsersCredentials, unlock);
    post("send-password-reset", UsersCredentials, sendPasswordReset);
    post("temporary-password", UsersCredentials, temporaryPassword);
    post("revoke-sessions", UsersCredentials, revokeSessions);
}

} // namespace steward::server

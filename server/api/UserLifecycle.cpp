#include "UserLifecycle.h"

#include "ApiSupport.h"
#include "ServerContext.h"
#include "UserAccess.h"
#include "UserEditing.h"
#include "mail/AccountMail.h"
#include "store/SessionStore.h"
#include "store/Sql.h"
#include "store/UserStore.h"

namespace steward::server {

namespace {

void revokeApiTokens(const QSqlDatabase& db, const QUuid& userId, qint64 nowMs)
{
    Sql(db, QStringLiteral("UPDATE api_tokens SET revoked_at = ? WHERE created_by = ? AND revoked_at IS NULL"))
        .bind(nowMs)
        .bind(userId)
        .exec();
}

} // namespace

bool isCompanyOwner(const QSqlDatabase& db, const User& user)
{
    if (user.companyId.isNull())
        return false;
    Sql q(db, QStringLiteral("SELECT owner_id FROM companies WHERE id = ?"));
    q.bind(user.companyId).exec();
    return q.next() && q.uuid(0) == user.id;
}

bool ownerGuarded(const RequestContext& ctx, const QSqlDatabase& db, const User& user)
{
    const Principal& caller = ctx.principal();
    return !caller.isPlatform() && caller.userId != user.id && isCompanyOwner(db, user);
}

std::optional<User> applyUserEvent(const RequestContext& ctx, const QSqlDatabase& db, const User& user, UserEvent event)
{
    UserStateContext context;
    context.state = user.state;
    context.isOwner = isCompanyOwner(db, user);
    context.hasPassword = user.hasPassword;
    context.selfRegistered = user.selfRegistered;
    context.emailVerified = user.emailVerified();
    const Transition t = decide(context, event);
    if (!t.allowed)
        throw ApiError(Problem::conflict(t.code, t.reason));

    const QString action = QStringLiteral("user.") + toString(event);
    const qint64 now = ctx.server().nowMs();
    if (t.removes) {
        // The API tokens the user created would otherwise go on acting in their name.
        revokeApiTokens(db, user.id, now);
        UserStore::remove(db, user.id);
        audit(ctx, db, action, QStringLiteral("user"), user.id, user.companyId,
              userChanges(userJson(user), QJsonObject()));
        return std::nullopt;
    }
    User after = user;
    after.state = t.to;
    if (!UserStore::update(db, after, user.version, now))
        throw ApiError(Problem::preconditionFailed(QStringLiteral("The user changed meanwhile; reload and retry.")));
    if (t.to == UserState::Deactivated) {
        SessionStore::revokeAll(db, user.id);
        revokeApiTokens(db, user.id, now);
        accountmail::accountDeactivated(ctx.server(), db, after, companyOf(db, user.companyId));
    }
    audit(ctx, db, action, QStringLiteral("user"), user.id, user.companyId,
          diffFields(QJsonObject{{QStringLiteral("state"), toString(user.state)}},
                     QJsonObject{{QStringLiteral("state"), toString(after.state)}}));
    return after;
}

void setOwnPassword(const RequestContext& ctx, const QSqlDatabase& db, const User& user, const QString& hash)
{
    UserStateContext context;
    context.state = user.state;
    context.hasPassword = user.hasPassword;
    context.selfRegistered = user.selfRegistered;
    context.emailVerified = user.emailVerified();
    const Transition t = decide(context, UserEvent::PasswordSet);
    if (!t.allowed)
        throw ApiError(Problem::conflict(t.code, t.reason));
    const qint64 now = ctx.server().nowMs();
    UserStore::setPassword(db, user.id, hash, false, now);
    User after = *UserStore::find(db, user.id);
    const qint64 version = after.version;
    after.state = t.to;
    after.hasPassword = true;
    after.mustChangePassword = false;
    if (!UserStore::update(db, after, version, now))
        throw ApiError(Problem::preconditionFailed(QStringLiteral("The account changed meanwhile; try again.")));
    SessionStore::revokeAll(db, user.id);
    QList<FieldChange> changes = userChanges(userJson(user), userJson(after));
    changes.append({QStringLiteral("password"), QJsonValue::Null, QJsonValue::Null});
    audit(ctx, db, QStringLiteral("user.password_change"), QStringLiteral("user"), user.id, user.companyId, changes);
}

} // namespace steward::server

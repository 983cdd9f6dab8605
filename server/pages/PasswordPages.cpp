// /account/set-password and /account/reset-password: a new password, twice. Setting it applies
// PasswordSet (created → enabled), ends every session and, since following the emailed link proves
// the address, verifies the email if it was not yet (seed 004).
#include "AccountPages.h"
#include "Csrf.h"
#include "ServerContext.h"
#include "api/ApiSupport.h"
#include "api/UserLifecycle.h"
#include "auth/LoginThrottle.h"
#include "auth/Passwords.h"
#include "mail/AccountMail.h"
#include "store/Sql.h"
#include "store/UserStore.h"

namespace steward::server::pages {
namespace {

struct PasswordFlow
{
    TokenPurpose purpose;
    const char* path;
    const char* keys; // prefix of its strings: "setPassword", "resetPassword"
};

const PasswordFlow kSetPassword{TokenPurpose::SetPassword, "/account/set-password", "setPassword"};
const PasswordFlow kResetPassword{TokenPurpose::ResetPassword, "/account/reset-password", "resetPassword"};

QString key(const PasswordFlow& flow, const char* name)
{
    return QString::fromLatin1(flow.keys) + QLatin1Char('.') + QString::fromLatin1(name);
}

Response form(const RequestContext& ctx, const PasswordFlow& flow, const User& user, const QString& token,
              const FieldMessages& errors, int status)
{
    const PageStrings s(user.language);
    const CsrfToken csrf = csrfForForm(ctx);
    PageBody body;
    body.errorSummary(s, errors).paragraph(s.html(key(flow, "intro")));
    body.beginForm(QString::fromLatin1(flow.path), csrf.value, token);
    addAccountField(body, s, user.email);
    addPasswordFields(body, s, errors);
    body.submit(s.html(key(flow, "submit"))).endForm();
    Response response = page(ctx, s, s.html(key(flow, "title")), body, status);
    setCsrfCookie(response, csrf);
    return response;
}

Response show(RequestContext& ctx, PageState& state, const PasswordFlow& flow)
{
    const QString token = ctx.query("token");
    const auto account = linkedAccount(database(ctx), token, flow.purpose, ctx.server().nowMs());
    if (!account)
        return invalidLinkPage(ctx, state.language);
    state.language = account->user.language;
    if (account->user.state == UserState::Deactivated)
        return deactivatedPage(ctx, state.language);
    return form(ctx, flow, account->user, token, {}, 200);
}

Response submit(RequestContext& ctx, PageState& state, const PasswordFlow& flow)
{
    ServerContext& server = ctx.server();
    const QSqlDatabase db = database(ctx);
    const QString token = formValue(ctx, "token");
    std::optional<LinkedAccount> account = linkedAccount(db, token, flow.purpose, server.nowMs());
    if (!account)
        return invalidLinkPage(ctx, state.language);
    state.language = account->user.language;
    if (!csrfValid(ctx))
        return csrfRejectedPage(ctx, state.language);
    if (account->user.state == UserState::Deactivated)
        return deactivatedPage(ctx, state.language);
    const QString password = formValue(ctx, "password");
    const FieldErrors errors = newPasswordErrors(password, formValue(ctx, "confirmPassword"), account->user.email);
    if (!errors.isEmpty())
        return form(ctx, flow, account->user, token, localized(PageStrings(state.language), errors), 422);

    // Hashing is slow on purpose: do it before the transaction takes the write lock.
    const QString hash = Passwords(server.config.argon2Ops, server.config.argon2MemBytes).hash(password);
    Transaction tx(db);
    const qint64 now = server.nowMs();
    // Again inside the transaction: of two submits of one link, only the first gets through.
    account = linkedAccount(db, token, flow.purpose, now);
    if (!account || !OneTimeTokenStore::consume(db, account->token.id, now))
        return invalidLinkPage(ctx, state.language);
    User user = account->user;
    const bool hadPassword = user.hasPassword;
    if (!user.emailVerified()) {
        user.emailVerifiedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
        user = *applyUserEvent(ctx, db, user, UserEvent::EmailVerified);
    }
    setOwnPassword(ctx, db, user, hash);
    // Whoever proved control of the address may sign in at once, even after a lockout.
    LoginThrottle(db, server.config, now).clearAccount(user.email);
    if (flow.purpose == TokenPurpose::ResetPassword && hadPassword)
        accountmail::passwordChanged(server, db, *UserStore::find(db, user.id));
    tx.commit();
    server.mailQueued();

    const PageStrings s(state.language);
    PageBody body;
    body.paragraph(s.html(key(flow, "doneText")))
        .paragraph(s.html(QStringLiteral("signIn.password"), {{QStringLiteral("email"), user.email}}));
    return page(ctx, s, s.html(key(flow, "doneTitle")), body);
}

} // namespace

Response showSetPassword(RequestContext& ctx, PageState& state)
{
    return show(ctx, state, kSetPassword);
}

Response submitSetPassword(RequestContext& ctx, PageState& state)
{
    return submit(ctx, state, kSetPassword);
}

Response showResetPassword(RequestContext& ctx, PageState& state)
{
    return show(ctx, state, kResetPassword);
}

Response submitResetPassword(RequestContext& ctx, PageState& state)
{
    return submit(ctx, state, kResetPassword);
}

} // namespace steward::server::pages

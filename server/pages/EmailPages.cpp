// /account/verify-email and /account/confirm-email-change: one button each. The GET only shows it
// (mail scanners follow links); the POST proves the address.
#include "AccountPages.h"
#include "Csrf.h"
#include "ServerContext.h"
#include "api/ApiSupport.h"
#include "api/UserAccess.h"
#include "api/UserEditing.h"
#include "api/UserLifecycle.h"
#include "store/SessionStore.h"
#include "store/Sql.h"
#include "store/UserStore.h"

#include <domain/Validation.h>

namespace steward::server::pages {
namespace {

const QString kVerifyPath = QStringLiteral("/account/verify-email");
const QString kChangePath = QStringLiteral("/account/confirm-email-change");

Response confirmForm(const RequestContext& ctx, const PageStrings& s, const QString& path, const QString& token,
                     const QString& titleKey, const QString& introHtml, const QString& submitKey)
{
    const CsrfToken csrf = csrfForForm(ctx);
    PageBody body;
    body.paragraph(introHtml).beginForm(path, csrf.value, token).submit(s.html(submitKey)).endForm();
    Response response = page(ctx, s, s.html(titleKey), body);
    setCsrfCookie(response, csrf);
    return response;
}

// The link for `purpose`, its account's language, a matching CSRF value on POST and an account
// that is not deactivated; otherwise the page that says which of these failed.
std::optional<Response> refuse(const RequestContext& ctx, PageState& state, const std::optional<LinkedAccount>& account,
                               bool post)
{
    if (!account)
        return invalidLinkPage(ctx, state.language);
    state.language = account->user.language;
    if (post && !csrfValid(ctx))
        return csrfRejectedPage(ctx, state.language);
    if (account->user.state == UserState::Deactivated)
        return deactivatedPage(ctx, state.language);
    return std::nullopt;
}

Response emailTakenPage(const RequestContext& ctx, const PageStrings& s, const User& user, const QString& newEmail)
{
    return page(ctx, s, s.html(QStringLiteral("emailChange.takenTitle")),
                PageBody().paragraph(
                    s.html(QStringLiteral("emailChange.takenText"),
                           {{QStringLiteral("newEmail"), newEmail}, {QStringLiteral("oldEmail"), user.email}})),
                409);
}

} // namespace

Response showVerifyEmail(RequestContext& ctx, PageState& state)
{
    const QString token = ctx.query("token");
    const auto account = linkedAccount(database(ctx), token, TokenPurpose::VerifyEmail, ctx.server().nowMs());
    if (auto refused = refuse(ctx, state, account, false))
        return *refused;
    const PageStrings s(state.language);
    return confirmForm(ctx, s, kVerifyPath, token, QStringLiteral("verifyEmail.title"),
                       s.html(QStringLiteral("verifyEmail.intro"), {{QStringLiteral("email"), account->user.email}}),
                       QStringLiteral("verifyEmail.submit"));
}

Response submitVerifyEmail(RequestContext& ctx, PageState& state)
{
    const QSqlDatabase db = database(ctx);
    const QString token = formValue(ctx, "token");
    Transaction tx(db);
    const qint64 now = ctx.server().nowMs();
    const auto account = linkedAccount(db, token, TokenPurpose::VerifyEmail, now);
    if (auto refused = refuse(ctx, state, account, true))
        return *refused;
    if (!OneTimeTokenStore::consume(db, account->token.id, now))
        return invalidLinkPage(ctx, state.language);
    User user = account->user;
    if (!user.emailVerified())
        user.emailVerifiedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    // A self-registered account moves created → valid; any other keeps its state.
    const User after = *applyUserEvent(ctx, db, user, UserEvent::EmailVerified);
    tx.commit();

    const PageStrings s(state.language);
    PageBody body;
    if (after.state == UserState::Valid || after.state == UserState::Enabled)
        body.paragraph(s.html(QStringLiteral("signIn.plain"), {{QStringLiteral("email"), after.email}}));
    if (after.state == UserState::Valid)
        body.paragraph(s.html(QStringLiteral("verifyEmail.donePending")));
    return page(ctx, s, s.html(QStringLiteral("verifyEmail.doneTitle")), body);
}

Response showConfirmEmailChange(RequestContext& ctx, PageState& state)
{
    const QSqlDatabase db = database(ctx);
    const QString token = ctx.query("token");
    const auto account = linkedAccount(db, token, TokenPurpose::ConfirmEmailChange, ctx.server().nowMs());
    if (auto refused = refuse(ctx, state, account, false))
        return *refused;
    const PageStrings s(state.language);
    const QString newEmail = normalizeEmail(account->token.email);
    if (UserStore::emailTaken(db, newEmail, account->user.id))
        return emailTakenPage(ctx, s, account->user, newEmail);
    return confirmForm(ctx, s, kChangePath, token, QStringLiteral("emailChange.title"),
                       s.html(QStringLiteral("emailChange.intro"), {{QStringLiteral("oldEmail"), account->user.email},
                                                                    {QStringLiteral("newEmail"), newEmail}}),
                       QStringLiteral("emailChange.submit"));
}

Response submitConfirmEmailChange(RequestContext& ctx, PageState& state)
{
    const QSqlDatabase db = database(ctx);
    const QString token = formValue(ctx, "token");
    Transaction tx(db);
    const qint64 now = ctx.server().nowMs();
    const auto account = linkedAccount(db, token, TokenPurpose::ConfirmEmailChange, now);
    if (auto refused = refuse(ctx, state, account, true))
        return *refused;
    const PageStrings s(state.language);
    const QString newEmail = normalizeEmail(account->token.email);
    // Someone may have taken the address since the link was sent: say so, and keep the link (it
    // works again should the address become free).
    if (UserStore::emailTaken(db, newEmail, account->user.id))
        return emailTakenPage(ctx, s, account->user, newEmail);
    if (!OneTimeTokenStore::consume(db, account->token.id, now))
        return invalidLinkPage(ctx, state.language);
    const User& before = account->user;
    User after = before;
    after.email = newEmail;
    after.emailVerifiedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    if (!UserStore::update(db, after, before.version, now))
        return failedPage(ctx, state.language, 409);
    SessionStore::revokeAll(db, after.id);
    // Links mailed to the old address must not act on the account any more.
    for (const TokenPurpose purpose :
         {TokenPurpose::SetPassword, TokenPurpose::ResetPassword, TokenPurpose::VerifyEmail})
        OneTimeTokenStore::revokeFor(db, after.id, purpose, now);
    audit(ctx, db, QStringLiteral("user.email_change"), QStringLiteral("user"), after.id, after.companyId,
          userChanges(userJson(before), userJson(after)));
    tx.commit();

    return page(ctx, s, s.html(QStringLiteral("emailChange.doneTitle")),
                PageBody().paragraph(
                    s.html(QStringLiteral("emailChange.doneText"), {{QStringLiteral("newEmail"), after.email}})));
}

} // namespace steward::server::pages

// /account/invitation: the invitee enters a name and a password; the account is created in the
// invitation's company with its roles and language, enabled and with a verified address (the
// link came to it), and the invitation is accepted.
#include "AccountPages.h"
#include "Csrf.h"
#include "ServerContext.h"
#include "api/ApiSupport.h"
#include "api/UserAccess.h"
#include "api/UserEditing.h"
#include "auth/Passwords.h"
#include "mail/AccountMail.h"
#include "store/InvitationStore.h"
#include "store/Sql.h"
#include "store/UserStore.h"

#include <domain/Json.h>
#include <domain/Validation.h>

namespace steward::server::pages {
namespace {

const QString kPath = QStringLiteral("/account/invitation");

struct OpenInvitation
{
    OneTimeToken token;
    Invitation invitation;
    Company company;
    QString inviterName; // empty when the inviter is gone
};

std::optional<OpenInvitation> openInvitation(const QSqlDatabase& db, const QString& token, qint64 nowMs)
{
    const std::optional<OneTimeToken> found = OneTimeTokenStore::find(db, token, TokenPurpose::AcceptInvitation, nowMs);
    if (!found)
        return std::nullopt;
    const std::optional<Invitation> invitation = InvitationStore::find(db, found->invitationId);
    if (!invitation || invitation->stateAt(QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC)) != InvitationState::Pending)
        return std::nullopt;
    const std::optional<Company> company = companyOf(db, invitation->companyId);
    if (!company)
        return std::nullopt;
    OpenInvitation open{*found, *invitation, *company, QString()};
    if (const std::optional<User> inviter = UserStore::find(db, invitation->inviterId))
        open.inviterName = inviter->fullName().isEmpty() ? inviter->email : inviter->fullName();
    return open;
}

struct Names
{
    QString first;
    QString last;
};

Response form(const RequestContext& ctx, const OpenInvitation& open, const QString& token, const Names& names,
              const FieldMessages& errors, int status)
{
    const PageStrings s(open.invitation.language);
    const CsrfToken csrf = csrfForForm(ctx);
    const Params params{{QStringLiteral("inviter"), open.inviterName},
                        {QStringLiteral("company"), open.company.name},
                        {QStringLiteral("platform"), ctx.server().config.platformName}};
    PageBody body;
    body.errorSummary(s, errors)
        .paragraph(s.html(open.inviterName.isEmpty() ? QStringLiteral("invitation.introAnonymous")
                                                     : QStringLiteral("invitation.intro"),
                          params))
        .paragraph(s.html(QStringLiteral("invitation.choose")))
        .beginForm(kPath, csrf.value, token);
    addAccountField(body, s, open.invitation.email);
    FormField first;
    first.name = QStringLiteral("firstName");
    first.labelHtml = s.html(QStringLiteral("field.firstName"));
    first.value = names.first;
    first.autocomplete = QStringLiteral("given-name");
    FormField last = first;
    last.name = QStringLiteral("lastName");
    last.labelHtml = s.html(QStringLiteral("field.lastName"));
    last.value = names.last;
    last.autocomplete = QStringLiteral("family-name");
    body.field(first, errors).field(last, errors);
    addPasswordFields(body, s, errors);
    body.submit(s.html(QStringLiteral("invitation.submit"))).endForm();
    Response response = page(ctx, s, s.html(QStringLiteral("invitation.title")), body, status);
    setCsrfCookie(response, csrf);
    return response;
}

// The address already has an account (of this company or another): no second one.
Response existsPage(const RequestContext& ctx, const OpenInvitation& open)
{
    const PageStrings s(open.invitation.language);
    PageBody body;
    body.paragraph(s.html(QStringLiteral("invitation.existsText"), {{QStringLiteral("email"), open.invitation.email}}))
        .link(QStringLiteral("/account/forgot-password"), s.html(QStringLiteral("forgot.title")));
    return page(ctx, s, s.html(QStringLiteral("invitation.existsTitle")), body, 409);
}

// The invitation's roles that still exist in its company (a custom role may have been deleted).
QList<RoleAssignment> invitationRoles(const QSqlDatabase& db, const Invitation& invitation)
{
    QList<RoleAssignment> roles;
    for (const QUuid& id : invitation.roleIds) {
        if (std::none_of(roles.cbegin(), roles.cend(), [&](const RoleAssignment& r) { return r.roleId == id; }))
            roles.append({id, QString(), true});
    }
    resolveRoles(db, invitation.companyId, roles, QStringLiteral("roleIds"));
    roles.removeIf([](const RoleAssignment& r) { return r.name.isEmpty(); });
    return roles;
}

} // namespace

Response showInvitation(RequestContext& ctx, PageState& state)
{
    const QSqlDatabase db = database(ctx);
    const QString token = ctx.query("token");
    const std::optional<OpenInvitation> open = openInvitation(db, token, ctx.server().nowMs());
    if (!open)
        return invalidLinkPage(ctx, state.language, true);
    state.language = open->invitation.language;
    if (UserStore::emailTaken(db, open->invitation.email))
        return existsPage(ctx, *open);
    return form(ctx, *open, token, {}, {}, 200);
}

Response submitInvitation(RequestContext& ctx, PageState& state)
{
    ServerContext& server = ctx.server();
    const QSqlDatabase db = database(ctx);
    const QString token = formValue(ctx, "token");
    std::optional<OpenInvitation> open = openInvitation(db, token, server.nowMs());
    if (!open)
        return invalidLinkPage(ctx, state.language, true);
    state.language = open->invitation.language;
    if (!csrfValid(ctx))
        return csrfRejectedPage(ctx, state.language);
    if (UserStore::emailTaken(db, open->invitation.email))
        return existsPage(ctx, *open);
    const Names names{formValue(ctx, "firstName").trimmed(), formValue(ctx, "lastName").trimmed()};
    const QString password = formValue(ctx, "password");
    FieldErrors errors = validatePersonName(names.first, QStringLiteral("firstName"));
    errors.append(validatePersonName(names.last, QStringLiteral("lastName")));
    errors.append(newPasswordErrors(password, formValue(ctx, "confirmPassword"), open->invitation.email));
    if (!errors.isEmpty())
        return form(ctx, *open, token, names, localized(PageStrings(state.language), errors), 422);

    const QString hash = Passwords(server.config.argon2Ops, server.config.argon2MemBytes).hash(password);
    Transaction tx(db);
    const qint64 now = server.nowMs();
    const QDateTime nowTime = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    open = openInvitation(db, token, now);
    if (!open)
        return invalidLinkPage(ctx, state.language, true);
    if (UserStore::emailTaken(db, open->invitation.email))
        return existsPage(ctx, *open);
    if (!OneTimeTokenStore::consume(db, open->token.id, now))
        return invalidLinkPage(ctx, state.language, true);

    Invitation invitation = open->invitation;
    User user;
    user.id = QUuid::createUuid();
    user.companyId = invitation.companyId;
    user.email = normalizeEmail(invitation.email);
    user.username = uniqueUsername(db, user.email);
    user.firstName = names.first;
    user.lastName = names.last;
    user.language = invitation.language;
    user.state = UserState::Enabled;
    user.emailVerifiedAt = nowTime;
    user.hasPassword = true;
    user.roles = invitationRoles(db, invitation);
    user.createdAt = user.updatedAt = nowTime;
    UserStore::insert(db, user, hash, false);

    const QJsonObject before = json::toJson(invitation, nowTime);
    invitation.acceptedAt = nowTime;
    InvitationStore::update(db, invitation);
    Sql(db, QStringLiteral("UPDATE invitations SET accepted_user_id = ? WHERE id = ?"))
        .bind(user.id)
        .bind(invitation.id)
        .exec();
    audit(ctx, db, QStringLiteral("invitation.accept"), QStringLiteral("invitation"), invitation.id,
          invitation.companyId, diffFields(before, json::toJson(invitation, nowTime)));
    audit(ctx, db, QStringLiteral("user.create"), QStringLiteral("user"), user.id, user.companyId,
          userChanges(QJsonObject(), userJson(*UserStore::find(db, user.id))));
    const bool mailed = accountmail::invitationAccepted(server, db, invitation, open->company, user);
    tx.commit();
    if (mailed)
        server.mailQueued();

    const PageStrings s(state.language);
    PageBody body;
    body.paragraph(s.html(QStringLiteral("invitation.doneText")))
        .paragraph(s.html(QStringLiteral("signIn.password"), {{QStringLiteral("email"), user.email}}));
    return page(ctx, s,
                s.html(QStringLiteral("invitation.doneTitle"), {{QStringLiteral("company"), open->company.name}}),
                body);
}

} // namespace steward::server::pages

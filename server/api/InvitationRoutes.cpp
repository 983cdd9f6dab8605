// /api/v1/invitations: an owner or admin invites by email with roles (seed 003). Resending issues
// a new link and kills the old one; revoking kills it; an expired invitation can be sent again.
#include "ApiSupport.h"
#include "Routes.h"
#include "ServerContext.h"
#include "UserAccess.h"
#include "UserEditing.h"
#include "mail/AccountMail.h"
#include "store/InvitationStore.h"
#include "store/OneTimeTokenStore.h"
#include "store/Sql.h"
#include "store/UserStore.h"

#include <domain/Json.h>
#include <domain/JsonReader.h>
#include <domain/Permissions.h>
#include <domain/Validation.h>

namespace steward::server {
namespace {

QJsonObject invitationJson(const RequestContext& ctx, const Invitation& invitation)
{
    return json::toJson(invitation, QDateTime::fromMSecsSinceEpoch(ctx.server().nowMs(), Qt::UTC));
}

QString callerName(const QSqlDatabase& db, const RequestContext& ctx)
{
    const std::optional<User> me = UserStore::find(db, ctx.principal().userId);
    return me ? (me->fullName().isEmpty() ? me->email : me->fullName()) : ctx.server().config.platformName;
}

Response listInvitations(RequestContext& ctx)
{
    const PageParams page = pageParams(ctx, InvitationStore::sortableFields());
    InvitationListQuery query;
    query.companyId = scopeCompany(ctx);
    ctx.authorize(AccessTarget{query.companyId.isNull() ? ctx.principal().companyId : query.companyId, {}, false});
    if (!ctx.query("state").isEmpty()) {
        query.state = invitationStateFromString(ctx.query("state"));
        if (!query.state) {
            Problem p = Problem::validation({{QStringLiteral("state"), QStringLiteral("invalid_value"),
                                              QStringLiteral("Must be one of: pending, accepted, expired, revoked.")}});
            p.status = 400;
            throw ApiError(p);
        }
    }
    query.search = withoutControlCharacters(ctx.query("q")).trimmed().left(100);
    query.sort = page.sort;
    query.limit = page.limit;
    query.offset = page.offset;
    qint64 total = 0;
    QJsonArray items;
    for (const Invitation& i : InvitationStore::list(database(ctx), query, ctx.server().nowMs(), &total))
        items.append(invitationJson(ctx, i));
    return Response::list(items, total);
}

Response createInvitation(RequestContext& ctx)
{
    JsonReader body(ctx.jsonBody());
    const Principal& caller = ctx.principal();
    QUuid companyId =
        body.uuid(QStringLiteral("companyId"), caller.isPlatform() ? JsonReader::Required : JsonReader::Optional);
    if (companyId.isNull())
        companyId = caller.companyId;
    const QSqlDatabase db = database(ctx);
    Transaction tx(db);
    const std::optional<Company> company = companyOf(db, companyId);
    if (!company && !caller.isPlatform())
        throw ApiError(Problem::notFound()); // the same answer as for another company's id
    if (!company)
        throwIfInvalid(body.ok() ? FieldErrors{{QStringLiteral("companyId"), QStringLiteral("not_found"),
                                                QStringLiteral("No such company.")}}
                                 : body.errors());
    ctx.authorize(AccessTarget{companyId, {}, false});

    const qint64 now = ctx.server().nowMs();
    Invitation invitation;
    invitation.id = QUuid::createUuid();
    invitation.companyId = companyId;
    invitation.inviterId = caller.userId;
    invitation.email = normalizeEmail(body.string(QStringLiteral("email")));
    invitation.language = company->defaultLanguage;
    if (const auto language =
            body.enumeration<Language>(QStringLiteral("language"), languageFromCode,
                                       {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("de"),
                                        QStringLiteral("fr"), QStringLiteral("ru")},
                                       JsonReader::Optional))
        invitation.language = *language;
    invitation.roleIds = body.uuidList(QStringLiteral("roleIds"), JsonReader::Optional);
    invitation.createdAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    invitation.expiresAt = invitation.createdAt.addDays(Invitation::kDefaultValidityDays);
    body.rejectUnknown();
    FieldErrors errors = body.errors();
    if (body.has(QStringLiteral("email")))
        errors.append(validateEmail(invitation.email));
    QList<RoleAssignment> roles;
    for (const QUuid& id : invitation.roleIds)
        roles.append({id, QString(), true});
    errors.append(resolveRoles(db, companyId, roles, QStringLiteral("roleIds")));
    // Inviting is granting: nobody invites into more than they hold themself.
    errors.append(checkGrantable(ctx, db, companyId, roles, QStringLiteral("roleIds")));
    if (!invitation.roleIds.isEmpty())
        ctx.authorize(perm::UsersRoles, AccessTarget{companyId, {}, false});
    throwIfInvalid(errors);
    // Someone of this company already has the address: tell the admin (they can see that user).
    if (const auto existing = UserStore::credentialsByEmail(db, invitation.email);
        existing && existing->companyId == companyId)
        throwIfInvalid({{QStringLiteral("email"), QStringLiteral("already_member"),
                         QStringLiteral("A user of this company already has this email address.")}});
    if (InvitationStore::pendingFor(db, companyId, invitation.email, now))
        throw ApiError(
            Problem::conflict(QStringLiteral("already_invited"),
                              QStringLiteral("This address already has a pending invitation; resend it instead.")));

    InvitationStore::insert(db, invitation);
    accountmail::invitation(ctx.server(), db, invitation, *company, callerName(db, ctx));
    const QJsonObject created = invitationJson(ctx, invitation);
    audit(ctx, db, QStringLiteral("invitation.create"), QStringLiteral("invitation"), invitation.id, companyId,
          diffFields(QJsonObject(), created));
    tx.commit();
    ctx.server().mailQueued();
    Response response = Response::json(created, 201);
    response.header("Location", "/api/v1/invitations/" + json::formatId(invitation.id).toLatin1());
    return response;
}

Invitation loadVisibleInvitation(const RequestContext& ctx, const QSqlDatabase& db)
{
    const std::optional<Invitation> invitation = InvitationStore::find(db, ctx.pathId());
    if (!invitation)
        throw ApiError(Problem::notFound());
    ctx.authorize(AccessTarget{invitation->companyId, {}, false});
    return *invitation;
}

Response getInvitation(RequestContext& ctx)
{
    return Response::json(invitationJson(ctx, loadVisibleInvitation(ctx, database(ctx))));
}

Response resendInvitation(RequestContext& ctx)
{
    const QSqlDatabase db = database(ctx);
    Transaction tx(db);
    Invitation invitation = loadVisibleInvitation(ctx, db);
    const qint64 now = ctx.server().nowMs();
    const InvitationState state = invitation.stateAt(QDateTime::fromMSecsSinceEpoch(now, Qt::UTC));
    if (state == InvitationState::Accepted || state == InvitationState::Revoked)
        throw ApiError(Problem::conflict(
            QStringLiteral("invitation_") + toString(state),
            QStringLiteral("This invitation was %1; invite the address again instead.").arg(toString(state))));
    const QJsonObject before = invitationJson(ctx, invitation);
    invitation.expiresAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).addDays(Invitation::kDefaultValidityDays);
    InvitationStore::update(db, invitation);
    // Issuing the new link kills the old one.
    accountmail::invitation(ctx.server(), db, invitation, *companyOf(db, invitation.companyId), callerName(db, ctx));
    const QJsonObject after = invitationJson(ctx, invitation);
    audit(ctx, db, QStringLiteral("invitation.resend"), QStringLiteral("invitation"), invitation.id,
          invitation.companyId, diffFields(before, after));
    tx.commit();
    ctx.server().mailQueued();
    return Response::json(after);
}

Response revokeInvitation(RequestContext& ctx)
{
    const QSqlDatabase db = database(ctx);
    Transaction tx(db);
    Invitation invitation = loadVisibleInvitation(ctx, db);
    const qint64 now = ctx.server().nowMs();
    const InvitationState state = invitation.stateAt(QDateTime::fromMSecsSinceEpoch(now, Qt::UTC));
    if (state == InvitationState::Accepted)
        throw ApiError(
            Problem::conflict(QStringLiteral("invitation_accepted"),
                              QStringLiteral("This invitation was already accepted; manage the user instead.")));
    if (state != InvitationState::Revoked) {
        const QJsonObject before = invitationJson(ctx, invitation);
        invitation.revokedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
        InvitationStore::update(db, invitation);
        OneTimeTokenStore::revokeForInvitation(db, invitation.id, now);
        audit(ctx, db, QStringLiteral("invitation.revoke"), QStringLiteral("invitation"), invitation.id,
              invitation.companyId, diffFields(before, invitationJson(ctx, invitation)));
    }
    tx.commit();
    return Response::noContent();
}

} // namespace

void addInvitationRoutes(Router& router)
{
    using namespace perm;
    router.add({QStringLiteral("GET"), QStringLiteral("/api/v1/invitations"), Access::Permission, InvitationsManage,
                listInvitations});
    router.add({QStringLiteral("POST"), QStringLiteral("/api/v1/invitations"), Access::Permission, InvitationsManage,
                createInvitation});
    router.add({QStringLiteral("GET"), QStringLiteral("/api/v1/invitations/{id}"), Access::Permission,
                InvitationsManage, getInvitation});
    router.add({QStringLiteral("POST"), QStringLiteral("/api/v1/invitations/{id}/resend"), Access::Permission,
                InvitationsManage, resendInvitation});
    router.add({QStringLiteral("DELETE"), QStringLiteral("/api/v1/invitations/{id}"), Access::Permission,
                InvitationsManage, revokeInvitation});
}

} // namespace steward::server

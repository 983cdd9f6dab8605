#include "AccountMail.h"

#include "Outbox.h"
#include "ServerContext.h"
#include "store/OneTimeTokenStore.h"
#include "store/UserStore.h"

#include <QLocale>
#include <QUrlQuery>

namespace steward::server::accountmail {
namespace {

QString localTime(qint64 ms, Language language)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return QLocale(languageCode(language)).toString(time, QLocale::ShortFormat) + QStringLiteral(" UTC");
}

void queue(const ServerContext& context, const QSqlDatabase& db, const QString& templateName, const QString& to,
           Language language, QJsonObject parameters, const QUuid& companyId, const QUuid& userId)
{
    OutgoingMail mail;
    mail.recipient = to;
    mail.language = language;
    mail.templateName = templateName;
    mail.parameters = std::move(parameters);
    mail.companyId = companyId;
    mail.userId = userId;
    Outbox::enqueue(db, mail, context.nowMs());
}

QString issue(const ServerContext& context, const QSqlDatabase& db, TokenPurpose purpose, const QUuid& userId,
              const QString& email, int hours, const QUuid& invitationId = {})
{
    OneTimeToken token;
    token.purpose = purpose;
    token.userId = userId;
    token.invitationId = invitationId;
    token.email = email;
    token.expiresAtMs = context.nowMs() + qint64(hours) * 3600 * 1000;
    return OneTimeTokenStore::issue(db, token, context.nowMs());
}

QJsonObject personal(const User& user)
{
    const QString name = user.fullName();
    return {{QStringLiteral("name"), name.isEmpty() ? user.email : name}, {QStringLiteral("email"), user.email}};
}

} // namespace

QString accountLink(const ServerContext& context, const QString& page, const QString& token)
{
    QString base = context.config.publicUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QString link = base + QStringLiteral("/account/") + page;
    if (!token.isEmpty())
        link += QStringLiteral("?token=") + token;
    return link;
}

void setPassword(const ServerContext& context, const QSqlDatabase& db, const User& user,
                 const std::optional<Company>& company)
{
    const QString token = issue(context, db, TokenPurpose::SetPassword, user.id, user.email, kSetPasswordHours);
    QJsonObject p = personal(user);
    p.insert(QStringLiteral("company"), company ? company->name : context.config.platformName);
    p.insert(QStringLiteral("hours"), kSetPasswordHours);
    p.insert(QStringLiteral("link"), accountLink(context, QStringLiteral("set-password"), token));
    queue(context, db, QStringLiteral("set-password"), user.email, user.language, p, user.companyId, user.id);
}

void passwordReset(const ServerContext& context, const QSqlDatabase& db, const User& user)
{
    const QString token = issue(context, db, TokenPurpose::ResetPassword, user.id, user.email, kResetPasswordHours);
    QJsonObject p = personal(user);
    p.insert(QStringLiteral("hours"), kResetPasswordHours);
    p.insert(QStringLiteral("link"), accountLink(context, QStringLiteral("reset-password"), token));
    queue(context, db, QStringLiteral("password-reset"), user.email, user.language, p, user.companyId, user.id);
}

void passwordChanged(const ServerContext& context, const QSqlDatabase& db, const User& user)
{
    QJsonObject p = personal(user);
    p.insert(QStringLiteral("time"), localTime(context.nowMs(), user.language));
    p.insert(QStringLiteral("link"), accountLink(context, QStringLiteral("forgot-password")));
    queue(context, db, QStringLiteral("password-changed"), user.email, user.language, p, user.companyId, user.id);
}

void accountDeactivated(const ServerContext& context, const QSqlDatabase& db, const User& user,
                        const std::optional<Company>& company)
{
    QJsonObject p = personal(user);
    p.insert(QStringLiteral("company"), company ? company->name : context.config.platformName);
    p.insert(QStringLiteral("time"), localTime(context.nowMs(), user.language));
    queue(context, db, QStringLiteral("account-deactivated"), user.email, user.language, p, user.companyId, user.id);
}

void verifyEmail(const ServerContext& context, const QSqlDatabase& db, const User& user, const Company& company)
{
    const QString token = issue(context, db, TokenPurpose::VerifyEmail, user.id, user.email, kVerifyEmailHours);
    QJsonObject p = personal(user);
    p.insert(QStringLiteral("company"), company.name);
    p.insert(QStringLiteral("hours"), kVerifyEmailHours);
    p.insert(QStringLiteral("link"), accountLink(context, QStringLiteral("verify-email"), token));
    queue(context, db, QStringLiteral("verify-email"), user.email, user.language, p, user.companyId, user.id);
}

void emailChange(const ServerContext& context, const QSqlDatabase& db, const User& user, const QString& newEmail)
{
    const QString token = issue(context, db, TokenPurpose::ConfirmEmailChange, user.id, newEmail, kEmailChangeHours);
    QJsonObject p = personal(user);
    p.insert(QStringLiteral("newEmail"), newEmail);
    p.insert(QStringLiteral("oldEmail"), user.email);
    p.insert(QStringLiteral("hours"), kEmailChangeHours);
    QJsonObject confirm = p;
    confirm.insert(QStringLiteral("link"), accountLink(context, QStringLiteral("confirm-email-change"), token));
    queue(context, db, QStringLiteral("email-change-confirm"), newEmail, user.language, confirm, user.companyId,
          user.id);
    QJsonObject notice = p;
    notice.insert(QStringLiteral("link"), accountLink(context, QStringLiteral("forgot-password")));
    queue(context, db, QStringLiteral("email-change-notice"), user.email, user.language, notice, user.companyId,
          user.id);
}

void invitation(const ServerContext& context, const QSqlDatabase& db, const Invitation& invitation,
                const Company& company, const QString& inviterName)
{
    const qint64 now = context.nowMs();
    const int days =
        int(qMax<qint64>(1, (invitation.expiresAt.toMSecsSinceEpoch() - now + 3600 * 1000) / (24 * 3600 * 1000)));
    const QString token =
        issue(context, db, TokenPurpose::AcceptInvitation, QUuid(), invitation.email, days * 24, invitation.id);
    const QJsonObject p{{QStringLiteral("name"), invitation.email},
                        {QStringLiteral("email"), invitation.email},
                        {QStringLiteral("company"), company.name},
                        {QStringLiteral("inviter"), inviterName},
                        {QStringLiteral("days"), days},
                        {QStringLiteral("link"), accountLink(context, QStringLiteral("invitation"), token)}};
    queue(context, db, QStringLiteral("invitation"), invitation.email, invitation.language, p, company.id, QUuid());
}

bool sessionsRevoked(const ServerContext& context, const QSqlDatabase& db, const User& user)
{
    if (!user.notifications.accountActivity)
        return false;
    QJsonObject p = personal(user);
    p.insert(QStringLiteral("time"), localTime(context.nowMs(), user.language));
    queue(context, db, QStringLiteral("sessions-revoked"), user.email, user.language, p, user.companyId, user.id);
    return true;
}

bool invitationAccepted(const ServerContext& context, const QSqlDatabase& db, const Invitation& invitation,
                        const Company& company, const User& invitee)
{
    if (invitation.inviterId.isNull())
        return false;
    const std::optional<User> inviter = UserStore::find(db, invitation.inviterId);
    if (!inviter || inviter->state != UserState::Enabled || !inviter->notifications.teamChanges)
        return false;
    QJsonObject p = personal(*inviter);
    const QString inviteeName = invitee.fullName();
    p.insert(QStringLiteral("invitee"), inviteeName.isEmpty() ? invitee.email : inviteeName);
    p.insert(QStringLiteral("inviteeEmail"), invitee.email);
    p.insert(QStringLiteral("company"), company.name);
    queue(context, db, QStringLiteral("invitation-accepted"), inviter->email, inviter->language, p, company.id,
          inviter->id);
    return true;
}

} // namespace steward::server::accountmail

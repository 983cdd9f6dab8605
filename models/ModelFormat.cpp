#include "ModelFormat.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace steward::models::format {
namespace {

QString translated(const char* context, const QHash<QString, const char*>& words, const QString& value)
{
    const char* word = words.value(value);
    // An enumeration value newer than this client: shown as sent rather than hidden.
    return word ? QCoreApplication::translate(context, word) : value;
}

} // namespace

QDateTime time(const QJsonValue& value)
{
    if (!value.isString())
        return {};
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (t.isValid())
        t = t.toUTC();
    return t;
}

QString timeText(const QJsonValue& value)
{
    const QDateTime t = time(value);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString personName(const QJsonObject& user)
{
    const QString first = user.value(QLatin1String("firstName")).toString();
    const QString last = user.value(QLatin1String("lastName")).toString();
    //: A person's name in a table: %1 first name, %2 last name.
    return QCoreApplication::translate("steward::models::format", "%1 %2").arg(first, last).trimmed();
}

QString userState(const QString& state)
{
    static const QHash<QString, const char*> words{
        {QStringLiteral("created"), QT_TRANSLATE_NOOP("steward::models::UserState", "Created")},
        //: A self-registered user whose email is verified, waiting for an admin to enable them.
        {QStringLiteral("valid"), QT_TRANSLATE_NOOP("steward::models::UserState", "Valid")},
        {QStringLiteral("enabled"), QT_TRANSLATE_NOOP("steward::models::UserState", "Enabled")},
        {QStringLiteral("deactivated"), QT_TRANSLATE_NOOP("steward::models::UserState", "Deactivated")},
    };
    return translated("steward::models::UserState", words, state);
}

QColor userStateColor(const QString& state)
{
    if (state == QLatin1String("enabled"))
        return QColor(0x2e, 0x7d, 0x32);
    if (state == QLatin1String("valid"))
        return QColor(0xef, 0x6c, 0x00);
    if (state == QLatin1String("deactivated"))
        return QColor(0xc6, 0x28, 0x28);
    return QColor(0x75, 0x75, 0x75);
}

QString companyState(const QString& state)
{
    static const QHash<QString, const char*> words{
        {QStringLiteral("active"), QT_TRANSLATE_NOOP("steward::models::CompanyState", "Active")},
        {QStringLiteral("suspended"), QT_TRANSLATE_NOOP("steward::models::CompanyState", "Suspended")},
    };
    return translated("steward::models::CompanyState", words, state);
}

QString roleScope(const QString& scope)
{
    static const QHash<QString, const char*> words{
        //: Role scope: used inside one company.
        {QStringLiteral("company"), QT_TRANSLATE_NOOP("steward::models::RoleScope", "Company")},
        //: Role scope: platform staff.
        {QStringLiteral("platform"), QT_TRANSLATE_NOOP("steward::models::RoleScope", "Platform")},
    };
    return translated("steward::models::RoleScope", words, scope);
}

QString invitationState(const QString& state)
{
    static const QHash<QString, const char*> words{
        {QStringLiteral("pending"), QT_TRANSLATE_NOOP("steward::models::InvitationState", "Pending")},
        {QStringLiteral("accepted"), QT_TRANSLATE_NOOP("steward::models::InvitationState", "Accepted")},
        {QStringLiteral("expired"), QT_TRANSLATE_NOOP("steward::models::InvitationState", "Expired")},
        {QStringLiteral("revoked"), QT_TRANSLATE_NOOP("steward::models::InvitationState", "Revoked")},
    };
    return translated("steward::models::InvitationState", words, state);
}

QString targetType(const QString& type)
{
    static const QHash<QString, const char*> words{
        {QStringLiteral("user"), QT_TRANSLATE_NOOP("steward::models::TargetType", "User")},
        {QStringLiteral("company"), QT_TRANSLATE_NOOP("steward::models::TargetType", "Company")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("steward::models::TargetType", "Role")},
        {QStringLiteral("org_unit"), QT_TRANSLATE_NOOP("steward::models::TargetType", "Organizational unit")},
        {QStringLiteral("api_token"), QT_TRANSLATE_NOOP("steward::models::TargetType", "API token")},
        {QStringLiteral("invitation"), QT_TRANSLATE_NOOP("steward::models::TargetType", "Invitation")},
        {QStringLiteral("session"), QT_TRANSLATE_NOOP("steward::models::TargetType", "Session")},
    };
    return translated("steward::models::TargetType", words, type);
}

} // namespace steward::models::format

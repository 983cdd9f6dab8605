// User, with the role assignments and notification preferences it carries.
#include "Json.h"
#include "JsonSupport.h"
#include "JsonWriter.h"

namespace steward::json {

using namespace detail;
using namespace Qt::StringLiterals;

namespace {

NotificationPreferences readNotifications(JsonReader& r)
{
    // Absent flags keep their defaults so that a client may send only what it changes.
    const NotificationPreferences defaults;
    NotificationPreferences n;
    n.accountActivity = r.boolean(QStringLiteral("accountActivity"), JsonReader::Optional, defaults.accountActivity);
    n.teamChanges = r.boolean(QStringLiteral("teamChanges"), JsonReader::Optional, defaults.teamChanges);
    n.productNews = r.boolean(QStringLiteral("productNews"), JsonReader::Optional, defaults.productNews);
    return n;
}

RoleAssignment readAssignment(JsonReader& r)
{
    RoleAssignment a;
    a.roleId = r.uuid(QStringLiteral("roleId"));
    a.name = r.string(QStringLiteral("name"), JsonReader::Optional);
    a.enabled = r.boolean(QStringLiteral("enabled"), JsonReader::Optional, true);
    return a;
}

void readIdentity(JsonReader& r, User& u)
{
    u.id = r.uuid(QStringLiteral("id"));
    u.companyId = r.uuid(QStringLiteral("companyId"), JsonReader::Optional);
    u.email = r.string(QStringLiteral("email"));
    u.username = r.string(QStringLiteral("username"));
    u.firstName = r.string(QStringLiteral("firstName"));
    u.lastName = r.string(QStringLiteral("lastName"));
    u.language = readLanguage(r, QStringLiteral("language"));
    u.state = readEnum(r, QStringLiteral("state"), &userStateFromString,
                       {UserState::Created, UserState::Valid, UserState::Enabled, UserState::Deactivated},
                       UserState::Created);
}

// "emailVerified" is derived from emailVerifiedAt and therefore not read.
void readAccount(JsonReader& r, User& u)
{
    u.emailVerifiedAt = r.time(QStringLiteral("emailVerifiedAt"), JsonReader::Optional);
    u.hasPassword = r.boolean(QStringLiteral("hasPassword"), JsonReader::Optional);
    u.mustChangePassword = r.boolean(QStringLiteral("mustChangePassword"), JsonReader::Optional);
    u.selfRegistered = r.boolean(QStringLiteral("selfRegistered"), JsonReader::Optional);
    u.lastSignInAt = r.time(QStringLiteral("lastSignInAt"), JsonReader::Optional);
    u.customFields = r.object(QStringLiteral("customFields"), JsonReader::Optional);
    u.notifications = readNested<NotificationPreferences>(r, QStringLiteral("notifications"), JsonReader::Optional,
                                                          &readNotifications);
    u.roles = readObjectList<RoleAssignment>(r, QStringLiteral("roles"), &readAssignment);
    u.orgUnitIds = r.uuidList(QStringLiteral("orgUnitIds"), JsonReader::Optional);
    u.createdAt = r.time(QStringLiteral("createdAt"), JsonReader::Optional);
    u.updatedAt = r.time(QStringLiteral("updatedAt"), JsonReader::Optional);
    u.version = readVersion(r);
}

User readUser(JsonReader& r)
{
    User u;
    readIdentity(r, u);
    readAccount(r, u);
    return u;
}

} // namespace

QJsonObject toJson(const NotificationPreferences& value)
{
    return {
        {QStringLiteral("accountActivity"), value.accountActivity},
        {QStringLiteral("teamChanges"), value.teamChanges},
        {QStringLiteral("productNews"), value.productNews},
    };
}

QJsonObject toJson(const RoleAssignment& value)
{
    return {
        {QStringLiteral("roleId"), idValue(value.roleId)},
        {QStringLiteral("name"), value.name},
        {QStringLiteral("enabled"), value.enabled},
    };
}

QJsonObject toJson(const User& value)
{
    return {
        {QStringLiteral("id"), idValue(value.id)},
        {QStringLiteral("companyId"), idValue(value.companyId)},
        {QStringLiteral("email"), value.email},
        {QStringLiteral("username"), value.username},
        {QStringLiteral("firstName"), value.firstName},
        {QStringLiteral("lastName"), value.lastName},
        {QStringLiteral("language"), languageCode(value.language)},
        {QStringLiteral("state"), toString(value.state)},
        {QStringLiteral("emailVerified"), value.emailVerified()},
        {QStringLiteral("emailVerifiedAt"), timeValue(value.emailVerifiedAt)},
        {QStringLiteral("hasPassword"), value.hasPassword},
        {QStringLiteral("mustChangePassword"), value.mustChangePassword},
        {QStringLiteral("selfRegistered"), value.selfRegistered},
        {QStringLiteral("lastSignInAt"), timeValue(value.lastSignInAt)},
        {QStringLiteral("customFields"), value.customFields},
        {QStringLiteral("notifications"), toJson(value.notifications)},
        {QStringLiteral("roles"), arrayOf(value.roles, [](const RoleAssignment& a) { return toJson(a); })},
        {QStringLiteral("orgUnitIds"), idArray(value.orgUnitIds)},
        {QStringLiteral("createdAt"), timeValue(value.createdAt)},
        {QStringLiteral("updatedAt"), timeValue(value.updatedAt)},
        {QStringLiteral("version"), value.version},
    };
}

// Field for field what toJson(User) holds (tst_jsonwriter compares the two on every kind of value).
void write(JsonWriter& out, const User& value)
{
    out.beginObject();
    out.key("id"_L1).id(value.id);
    out.key("companyId"_L1).id(value.companyId);
    out.key("email"_L1).value(value.email);
    out.key("username"_L1).value(value.username);
    out.key("firstName"_L1).value(value.firstName);
    out.key("lastName"_L1).value(value.lastName);
    out.key("language"_L1).value(languageCode(value.language));
    out.key("state"_L1).value(toString(value.state));
    out.key("emailVerified"_L1).value(value.emailVerified());
    out.key("emailVerifiedAt"_L1).time(value.emailVerifiedAt);
    out.key("hasPassword"_L1).value(value.hasPassword);
    out.key("mustChangePassword"_L1).value(value.mustChangePassword);
    out.key("selfRegistered"_L1).value(value.selfRegistered);
    out.key("lastSignInAt"_L1).time(value.lastSignInAt);
    out.key("customFields"_L1).value(QJsonValue(value.customFields));
    out.key("notifications"_L1).beginObject();
    out.key("accountActivity"_L1).value(value.notifications.accountActivity);
    out.key("teamChanges"_L1).value(value.notifications.teamChanges);
    out.key("productNews"_L1).value(value.notifications.productNews);
    out.endObject();
    out.key("roles"_L1).beginArray();
    for (const RoleAssignment& a : value.roles) {
        out.beginObject();
        out.key("roleId"_L1).id(a.roleId);
        out.key("name"_L1).value(a.name);
        out.key("enabled"_L1).value(a.enabled);
        out.endObject();
    }
    out.endArray();
    out.key("orgUnitIds"_L1).beginArray();
    for (const QUuid& id : value.orgUnitIds)
        out.value(QStringView(formatId(id)));
    out.endArray();
    out.key("createdAt"_L1).time(value.createdAt);
    out.key("updatedAt"_L1).time(value.updatedAt);
    out.key("version"_L1).value(value.version);
    out.endObject();
}

std::optional<NotificationPreferences> notificationPreferencesFromJson(const QJsonObject& o, FieldErrors* errors)
{
    return decode(o, errors, &readNotifications);
}

std::optional<RoleAssignment> roleAssignmentFromJson(const QJsonObject& o, FieldErrors* errors)
{
    return decode(o, errors, &readAssignment);
}

std::optional<User> userFromJson(const QJsonObject& o, FieldErrors* errors)
{
    return decode(o, errors, &readUser);
}

} // namespace steward::json

#pragma once

#include "AuditEvent.h"
#include "Company.h"
#include "FieldError.h"
#include "Invitation.h"
#include "OrgUnit.h"
#include "Permissions.h"
#include "Role.h"
#include "User.h"

#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace steward::json {
class JsonWriter;
}

namespace steward::json {

// JSON codecs for every domain type, camelCase names, as the API sends them. Timestamps are
// ISO 8601 UTC with milliseconds ("2026-11-22T17:38:48.123Z"), absent ones null; ids are UUID
// strings without braces; enums their lower-case names (see the toString functions).
//
// Decoding is strict: a missing required field, a value of the wrong type, an unknown enum value
// or a malformed id/time is reported as a FieldError naming the field (with its path, e.g.
// "address.country"), and decoding returns std::nullopt when any error occurred. Keys the type does
// not know are ignored when decoding whole objects (responses may grow); request bodies in the
// server check unknown keys separately with JsonReader::rejectUnknown.

QJsonObject toJson(const Address& value);
QJsonObject toJson(const CustomFieldDefinition& value);
QJsonObject toJson(const Company& value);
QJsonObject toJson(const NotificationPreferences& value);
QJsonObject toJson(const RoleAssignment& value);
QJsonObject toJson(const Role& value);
QJsonObject toJson(const User& value);
// The same object as toJson(User), written straight into `out` (JsonWriter.h): for pages of users.
void write(JsonWriter& out, const User& value);
QJsonObject toJson(const OrgUnit& value);
QJsonObject toJson(const Invitation& value, const QDateTime& now); // carries the derived "state"
QJsonObject toJson(const FieldChange& value);
QJsonObject toJson(const AuditEvent& value);
QJsonObject toJson(const PermissionInfo& value);

std::optional<Address> addressFromJson(const QJsonObject& o, FieldErrors* errors = nullptr);
std::optional<CustomFieldDefinition> customFieldDefinitionFromJson(const QJsonObject& o, FieldErrors* errors = nullptr);
std::optional<Company> companyFromJson(const QJsonObject& o, FieldErrors* errors = nullptr);
std::optional<NotificationPreferences> notificationPreferencesFromJson(const QJsonObject& o,
                                                                       FieldErrors* errors = nullptr);
std::optional<RoleAssignment> roleAssignmentFromJson(const QJsonObject& o, FieldErrors* errors = nullptr);
std::optional<Role> roleFromJson(const QJsonObject& o, FieldErrors* errors = nullptr);
std::optional<User> userFromJson(const QJsonObject& o, FieldErrors* errors = nullptr);
std::optional<OrgUnit> orgUnitFromJson(const QJsonObject& o, FieldErrors* errors = nullptr);
std::optional<Invitation> invitationFromJson(const QJsonObject& o, FieldErrors* errors = nullptr);
std::optional<FieldChange> fieldChangeFromJson(const QJsonObject& o, FieldErrors* errors = nullptr);
std::optional<AuditEvent> auditEventFromJson(const QJsonObject& o, FieldErrors* errors = nullptr);
std::optional<PermissionInfo> permissionInfoFromJson(const QJsonObject& o, FieldErrors* errors = nullptr);

QString formatTime(const QDateTime& time); // null for an invalid time is handled by the codecs
QString formatId(const QUuid& id);         // "" for a null id is never sent: codecs send null

} // namespace steward::json

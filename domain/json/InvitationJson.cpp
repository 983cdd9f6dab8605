// Invitations. The state is derived from the timestamps: sent for display, never read back.
#include "Json.h"
#include "JsonSupport.h"

namespace steward::json {

using namespace detail;

namespace {

Invitation readInvitation(JsonReader& r)
{
    Invitation inv;
    inv.id = r.uuid(QStringLiteral("id"));
    inv.companyId = r.uuid(QStringLiteral("companyId"));
    inv.email = r.string(QStringLiteral("email"));
    inv.roleIds = r.uuidList(QStringLiteral("roleIds"), JsonReader::Optional);
    inv.inviterId = r.uuid(QStringLiteral("inviterId"), JsonReader::Optional);
    inv.language = readLanguage(r, QStringLiteral("language"));
    inv.createdAt = r.time(QStringLiteral("createdAt"), JsonReader::Optional);
    inv.expiresAt = r.time(QStringLiteral("expiresAt"), JsonReader::Optional);
    inv.acceptedAt = r.time(QStringLiteral("acceptedAt"), JsonReader::Optional);
    inv.revokedAt = r.time(QStringLiteral("revokedAt"), JsonReader::Optional);
    return inv;
}

} // namespace

QJsonObject toJson(const Invitation& value, const QDateTime& now)
{
    return {
        {QStringLiteral("id"), idValue(value.id)},
        {QStringLiteral("companyId"), idValue(value.companyId)},
        {QStringLiteral("email"), value.email},
        {QStringLiteral("roleIds"), idArray(value.roleIds)},
        {QStringLiteral("inviterId"), idValue(value.inviterId)},
        {QStringLiteral("language"), languageCode(value.language)},
        {QStringLiteral("createdAt"), timeValue(value.createdAt)},
        {QStringLiteral("expiresAt"), timeValue(value.expiresAt)},
        {QStringLiteral("acceptedAt"), timeValue(value.acceptedAt)},
        {QStringLiteral("revokedAt"), timeValue(value.revokedAt)},
        {QStringLiteral("state"), toString(value.stateAt(now))},
    };
}

std::optional<Invitation> invitationFromJson(const QJsonObject& o, FieldErrors* errors)
{
    return decode(o, errors, &readInvitation);
}

} // namespace steward::json

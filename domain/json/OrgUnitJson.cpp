// Organizational units.
#include "Json.h"
#include "JsonSupport.h"

namespace steward::json {

using namespace detail;

namespace {

OrgUnit readOrgUnit(JsonReader& r)
{
    OrgUnit unit;
    unit.id = r.uuid(QStringLiteral("id"));
    unit.companyId = r.uuid(QStringLiteral("companyId"));
    unit.parentId = r.uuid(QStringLiteral("parentId"), JsonReader::Optional);
    unit.name = r.string(QStringLiteral("name"));
    unit.createdAt = r.time(QStringLiteral("createdAt"), JsonReader::Optional);
    unit.version = readVersion(r);
    return unit;
}

} // namespace

QJsonObject toJson(const OrgUnit& value)
{
    return {
        {QStringLiteral("id"), idValue(value.id)},
        {QStringLiteral("companyId"), idValue(value.companyId)},
        {QStringLiteral("parentId"), idValue(value.parentId)},
        {QStringLiteral("name"), value.name},
        {QStringLiteral("createdAt"), timeValue(value.createdAt)},
        {QStringLiteral("version"), value.version},
    };
}

std::optional<OrgUnit> orgUnitFromJson(const QJsonObject& o, FieldErrors* errors)
{
    return decode(o, errors, &readOrgUnit);
}

} // namespace steward::json

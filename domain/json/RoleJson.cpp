// Roles and the permission catalogue's entries.
#include "Json.h"
#include "JsonSupport.h"

#include <algorithm>

namespace steward::json {

using namespace detail;

namespace {

RoleScope readScope(JsonReader& r)
{
    return readEnum(r, QStringLiteral("scope"), &roleScopeFromString, {RoleScope::Company, RoleScope::Platform},
                    RoleScope::Company);
}

Role readRole(JsonReader& r)
{
    Role role;
    role.id = r.uuid(QStringLiteral("id"));
    role.companyId = r.uuid(QStringLiteral("companyId"), JsonReader::Optional);
    role.name = r.string(QStringLiteral("name"));
    role.description = r.string(QStringLiteral("description"), JsonReader::Optional);
    role.scope = readScope(r);
    role.builtIn = r.boolean(QStringLiteral("builtIn"), JsonReader::Optional);
    const QStringList permissions = r.stringList(QStringLiteral("permissions"), JsonReader::Optional);
    role.permissions = QSet<QString>(permissions.cbegin(), permissions.cend());
    role.version = readVersion(r);
    return role;
}

PermissionInfo readPermission(JsonReader& r)
{
    PermissionInfo info;
    info.key = r.string(QStringLiteral("key"));
    info.scope = readScope(r);
    info.area = r.string(QStringLiteral("area"));
    info.description = r.string(QStringLiteral("description"), JsonReader::Optional);
    return info;
}

// Sorted so that equal sets always produce the same document (ETags, diffs, tests).
QJsonArray sortedArray(const QSet<QString>& items)
{
    QStringList sorted(items.cbegin(), items.cend());
    std::sort(sorted.begin(), sorted.end());
    return QJsonArray::fromStringList(sorted);
}

} // namespace

QJsonObject toJson(const Role& value)
{
    return {
        {QStringLiteral("id"), idValue(value.id)},
        {QStringLiteral("companyId"), idValue(value.companyId)},
        {QStringLiteral("name"), value.name},
        {QStringLiteral("description"), value.description},
        {QStringLiteral("scope"), toString(value.scope)},
        {QStringLiteral("builtIn"), value.builtIn},
        {QStringLiteral("permissions"), sortedArray(value.permissions)},
        {QStringLiteral("version"), value.version},
    };
}

QJsonObject toJson(const PermissionInfo& value)
{
    return {
        {QStringLiteral("key"), value.key},
        {QStringLiteral("scope"), toString(value.scope)},
        {QStringLiteral("area"), value.area},
        {QStringLiteral("description"), value.description},
    };
}

std::optional<Role> roleFromJson(const QJsonObject& o, FieldErrors* errors)
{
    return decode(o, errors, &readRole);
}

std::optional<PermissionInfo> permissionInfoFromJson(const QJsonObject& o, FieldErrors* errors)
{
    return decode(o, errors, &readPermission);
}

} // namespace steward::json

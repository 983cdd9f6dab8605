// Company, its address and its custom-field definitions.
#include "Json.h"
#include "JsonSupport.h"

namespace steward::json {

using namespace detail;

namespace {

Address readAddress(JsonReader& r)
{
    Address address;
    address.street = r.string(QStringLiteral("street"), JsonReader::Optional);
    address.postalCode = r.string(QStringLiteral("postalCode"), JsonReader::Optional);
    address.city = r.string(QStringLiteral("city"), JsonReader::Optional);
    address.region = r.string(QStringLiteral("region"), JsonReader::Optional);
    address.country = r.string(QStringLiteral("country"));
    return address;
}

CustomFieldDefinition readDefinition(JsonReader& r)
{
    CustomFieldDefinition d;
    d.key = r.string(QStringLiteral("key"));
    d.label = r.string(QStringLiteral("label"));
    d.type = readEnum(r, QStringLiteral("type"), &customFieldTypeFromString,
                      {CustomFieldType::Text, CustomFieldType::Number, CustomFieldType::Date, CustomFieldType::Choice},
                      CustomFieldType::Text);
    d.required = r.boolean(QStringLiteral("required"), JsonReader::Optional);
    d.unique = r.boolean(QStringLiteral("unique"), JsonReader::Optional);
    d.editableBy = readEnum(r, QStringLiteral("editableBy"), &customFieldEditorFromString,
                            {CustomFieldEditor::AdminsOnly, CustomFieldEditor::UserToo}, CustomFieldEditor::AdminsOnly,
                            JsonReader::Optional);
    d.options = r.stringList(QStringLiteral("options"), JsonReader::Optional);
    d.maxLength = readCount(r, QStringLiteral("maxLength"), CustomFieldDefinition().maxLength);
    return d;
}

Company readCompany(JsonReader& r)
{
    Company c;
    c.id = r.uuid(QStringLiteral("id"));
    c.name = r.string(QStringLiteral("name"));
    c.legalName = r.string(QStringLiteral("legalName"), JsonReader::Optional);
    c.taxId = r.string(QStringLiteral("taxId"), JsonReader::Optional);
    c.address = readNested<Address>(r, QStringLiteral("address"), JsonReader::Required, &readAddress);
    c.defaultLanguage = readLanguage(r, QStringLiteral("defaultLanguage"));
    c.state = readEnum(r, QStringLiteral("state"), &companyStateFromString,
                       {CompanyState::Active, CompanyState::Suspended}, CompanyState::Active);
    c.ownerId = r.uuid(QStringLiteral("ownerId"), JsonReader::Optional);
    c.customFields = readObjectList<CustomFieldDefinition>(r, QStringLiteral("customFields"), &readDefinition);
    c.usersMayEditName = r.boolean(QStringLiteral("usersMayEditName"), JsonReader::Optional, true);
    c.createdAt = r.time(QStringLiteral("createdAt"), JsonReader::Optional);
    c.updatedAt = r.time(QStringLiteral("updatedAt"), JsonReader::Optional);
    c.version = readVersion(r);
    return c;
}

} // namespace

QJsonObject toJson(const Address& value)
{
    return {
        {QStringLiteral("street"), value.street},   {QStringLiteral("postalCode"), value.postalCode},
        {QStringLiteral("city"), value.city},       {QStringLiteral("region"), value.region},
        {QStringLiteral("country"), value.country},
    };
}

QJsonObject toJson(const CustomFieldDefinition& value)
{
    return {
        {QStringLiteral("key"), value.key},
        {QStringLiteral("label"), value.label},
        {QStringLiteral("type"), toString(value.type)},
        {QStringLiteral("required"), value.required},
        {QStringLiteral("unique"), value.unique},
        {QStringLiteral("editableBy"), toString(value.editableBy)},
        {QStringLiteral("options"), QJsonArray::fromStringList(value.options)},
        {QStringLiteral("maxLength"), value.maxLength},
    };
}

QJsonObject toJson(const Company& value)
{
    return {
        {QStringLiteral("id"), idValue(value.id)},
        {QStringLiteral("name"), value.name},
        {QStringLiteral("legalName"), value.legalName},
        {QStringLiteral("taxId"), value.taxId},
        {QStringLiteral("address"), toJson(value.address)},
        {QStringLiteral("defaultLanguage"), languageCode(value.defaultLanguage)},
        {QStringLiteral("state"), toString(value.state)},
        {QStringLiteral("ownerId"), idValue(value.ownerId)},
        {QStringLiteral("customFields"),
         arrayOf(value.customFields, [](const CustomFieldDefinition& d) { return toJson(d); })},
        {QStringLiteral("usersMayEditName"), value.usersMayEditName},
        {QStringLiteral("createdAt"), timeValue(value.createdAt)},
        {QStringLiteral("updatedAt"), timeValue(value.updatedAt)},
        {QStringLiteral("version"), value.version},
    };
}

std::optional<Address> addressFromJson(const QJsonObject& o, FieldErrors* errors)
{
    return decode(o, errors, &readAddress);
}

std::optional<CustomFieldDefinition> customFieldDefinitionFromJson(const QJsonObject& o, FieldErrors* errors)
{
    return decode(o, errors, &readDefinition);
}

std::optional<Company> companyFromJson(const QJsonObject& o, FieldErrors* errors)
{
    return decode(o, errors, &readCompany);
}

} // namespace steward::json

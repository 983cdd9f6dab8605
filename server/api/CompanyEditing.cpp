#include "CompanyEditing.h"

#include "store/CompanyStore.h"

#include <QSet>
#include <domain/Json.h>
#include <domain/Validation.h>

namespace steward::server {
namespace {

void readText(JsonReader& body, const QString& key, QString& target, int maxLength, bool required, bool creating,
              FieldErrors& errors)
{
    if (!creating && !body.has(key))
        return;
    const QString value =
        body.string(key, creating && required ? JsonReader::Required : JsonReader::Optional).trimmed();
    const FieldErrors e = validateText(value, body.path(key), maxLength, required);
    errors.append(e);
    if (e.isEmpty())
        target = value;
}

void readAddress(JsonReader& body, Company& company, bool creating, FieldErrors& errors)
{
    if (!creating && !body.has(QStringLiteral("address")))
        return;
    JsonReader address(body.object(QStringLiteral("address")), QStringLiteral("address"));
    Address a = company.address;
    // A PATCH replaces the whole address: its parts only make sense together.
    readText(address, QStringLiteral("street"), a.street, 200, true, true, errors);
    readText(address, QStringLiteral("postalCode"), a.postalCode, 20, true, true, errors);
    readText(address, QStringLiteral("city"), a.city, 100, true, true, errors);
    readText(address, QStringLiteral("region"), a.region, 100, false, true, errors);
    const QString country = address.string(QStringLiteral("country")).trimmed().toUpper();
    if (address.has(QStringLiteral("country")))
        errors.append(validateCountryCode(country, QStringLiteral("address.country")));
    a.country = country;
    address.rejectUnknown();
    errors.append(address.errors());
    company.address = a;
}

void readDefinitions(JsonReader& body, Company& company, FieldErrors& errors)
{
    if (!body.has(QStringLiteral("customFields")))
        return;
    const QJsonArray items = body.array(QStringLiteral("customFields"));
    QList<CustomFieldDefinition> definitions;
    QSet<QString> keys;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("customFields[%1]").arg(i);
        FieldErrors e;
        const auto definition = json::customFieldDefinitionFromJson(items.at(i).toObject(), &e);
        errors.append(prefixed(e, path));
        if (!definition)
            continue;
        errors.append(validateCustomFieldDefinition(*definition, path));
        if (keys.contains(definition->key))
            errors.append({path + QStringLiteral(".key"), QStringLiteral("duplicate"),
                           QStringLiteral("Another field already uses this key.")});
        keys.insert(definition->key);
        definitions.append(*definition);
    }
    company.customFields = definitions;
}

} // namespace

FieldErrors applyCompanyFields(JsonReader& body, Company& company, const QSqlDatabase& db, bool creating)
{
    FieldErrors errors;
    readText(body, QStringLiteral("name"), company.name, 200, true, creating, errors);
    if (!company.name.isEmpty() && CompanyStore::nameTaken(db, company.name, company.id))
        errors.append({QStringLiteral("name"), QStringLiteral("taken"),
                       QStringLiteral("Another company already has this name.")});
    readText(body, QStringLiteral("legalName"), company.legalName, 200, true, creating, errors);
    readText(body, QStringLiteral("taxId"), company.taxId, 50, false, creating, errors);
    readAddress(body, company, creating, errors);
    if (const auto language =
            body.enumeration<Language>(QStringLiteral("defaultLanguage"), languageFromCode,
                                       {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("de"),
                                        QStringLiteral("fr"), QStringLiteral("ru")},
                                       creating ? JsonReader::Required : JsonReader::Optional))
        company.defaultLanguage = *language;
    if (!creating) {
        if (const auto state = body.enumeration<CompanyState>(QStringLiteral("state"), companyStateFromString,
                                                              {QStringLiteral("active"), QStringLiteral("suspended")},
                                                              JsonReader::Optional))
            company.state = *state;
    }
    readDefinitions(body, company, errors);
    company.usersMayEditName =
        body.boolean(QStringLiteral("usersMayEditName"), JsonReader::Optional, company.usersMayEditName);
    return errors;
}

QList<FieldChange> companyChanges(const QJsonObject& before, const QJsonObject& after)
{
    QList<FieldChange> changes = diffFields(before, after);
    changes.removeIf([](const FieldChange& c) {
        return c.field == QLatin1String("version") || c.field == QLatin1String("updatedAt") ||
               c.field == QLatin1String("createdAt");
    });
    return changes;
}

} // namespace steward::server

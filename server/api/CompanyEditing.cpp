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
    const qsizetype reported = body.errors().size();
    const QString value =
        body.string(key, creating && required ? JsonReader::Required : JsonReader::Optional).trimmed();
    if (body.errors().size() != reported)
        return; // missing or not a string: the reader said so, once
    const FieldErrors e = validateText(value, body.path(key), maxLength, required);
    errors.append(e);
    if (e.isEmpty())
        target = value;
}

void readAddress(JsonReader& body, Company& company, bool creating, FieldErrors& errors)
{
    if (!creating && !body.has(QStringLiteral("address")))
        return;
    const qsizetype reported = body.errors().size();
    const QJsonObject object = body.object(QStringLiteral("address"));
    if (body.errors().size() != reported)
        return; // missing or not an object: one error, not one per part
    JsonReader address(object, QStringLiteral("address"));
    Address a = company.address;
    // A PATCH replaces the whole address: its parts only make sense together.
    readText(address, QStringLiteral("street"), a.street, 200, true, true, errors);
    readText(address, QStringLiteral("postalCode"), a.postalCode, 20, true, true, errors);
    readText(address, QStringLiteral("city"), a.city, 100, true, true, errors);
    readText(address, QStringLiteral("region"), a.region, 100, false, true, errors);
    const qsizetype countryReported = address.errors().size();
    const QString country = address.string(QStringLiteral("country")).trimmed().toUpper();
    if (address.errors().size() == countryReported)
        errors.append(validateCountryCode(country, QStringLiteral("address.country")));
    a.country = country;
    address.rejectUnknown();
    errors.append(address.errors());
    company.address = a;
}

const QStringList kDefinitionKeys{QStringLiteral("key"),      QStringLiteral("label"),    QStringLiteral("type"),
                                  QStringLiteral("required"), QStringLiteral("unique"),   QStringLiteral("editableBy"),
                                  QStringLiteral("options"),  QStringLiteral("maxLength")};

void readDefinitions(JsonReader& body, Company& company, FieldErrors& errors)
{
    if (!body.has(QStringLiteral("customFields")))
        return;
    const QJsonArray items = body.array(QStringLiteral("customFields"));
    QList<CustomFieldDefinition> definitions;
    QSet<QString> keys;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("customFields[%1]").arg(i);
        if (!items.at(i).isObject()) {
            errors.append({path, QStringLiteral("invalid_type"), QStringLiteral("Must be an object.")});
            continue;
        }
        FieldErrors e;
        const QJsonObject item = items.at(i).toObject();
        const auto definition = json::customFieldDefinitionFromJson(item, &e);
        errors.append(prefixed(e, path));
        // The codec reads what it knows; a request must not have a misspelt key silently ignored.
        for (auto it = item.constBegin(); it != item.constEnd(); ++it) {
            if (!kDefinitionKeys.contains(it.key()))
                errors.append({path + QLatin1Char('.') + it.key(), QStringLiteral("unknown_field"),
                               QStringLiteral("This field is not recognized.")});
        }
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

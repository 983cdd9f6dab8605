#include "UserEditing.h"

#include "store/CompanyStore.h"
#include "store/UserStore.h"

#include <domain/Json.h>
#include <domain/Validation.h>

namespace steward::server {
namespace {

void refuse(FieldErrors& errors, const QString& field, const QString& message)
{
    errors.append({field, QStringLiteral("not_editable"), message});
}

// Reads a string field; `read` is false when the reader already reported it (missing or of the
// wrong type), so that one mistake yields one error rather than a second "required".
QString readString(JsonReader& body, const QString& key, JsonReader::Presence presence, bool& read)
{
    const qsizetype before = body.errors().size();
    const QString value = body.string(key, presence);
    read = body.errors().size() == before;
    return value;
}

void applyEmail(const QString& email, User& user, const EditRights& rights, const QSqlDatabase& db, FieldErrors& errors)
{
    // The address unchanged (a whole form posted back) is not an attempt to edit it.
    const bool changed = email.compare(user.email, Qt::CaseInsensitive) != 0;
    if (!rights.email && changed)
        refuse(errors, QStringLiteral("email"), rights.emailRefusal);
    else if (const FieldErrors e = validateEmail(email); !e.isEmpty())
        errors.append(e);
    else if (UserStore::emailTaken(db, email, user.id))
        errors.append({QStringLiteral("email"), QStringLiteral("taken"),
                       QStringLiteral("Another account already uses this email address.")});
    else if (rights.email) {
        // Nobody has proven control of a new address yet.
        if (changed)
            user.emailVerifiedAt = QDateTime();
        user.email = email;
    }
}

void applyUsername(const QString& username, User& user, const EditRights& rights, const QSqlDatabase& db,
                   FieldErrors& errors)
{
    if (!rights.username && username != user.username)
        refuse(errors, QStringLiteral("username"), QStringLiteral("The username cannot be changed here."));
    else if (const FieldErrors e = validateUsername(username); !e.isEmpty())
        errors.append(e);
    else if (UserStore::usernameTaken(db, username, user.id))
        errors.append({QStringLiteral("username"), QStringLiteral("taken"),
                       QStringLiteral("Another account already uses this username.")});
    else
        user.username = username;
}

void applyCustomFields(const QJsonObject& values, User& user, const EditRights& rights,
                       const std::optional<Company>& company, const QSqlDatabase& db, FieldErrors& errors)
{
    const QList<CustomFieldDefinition> definitions = company ? company->customFields : QList<CustomFieldDefinition>();
    const auto definitionOf = [&](const QString& key) {
        return std::find_if(definitions.cbegin(), definitions.cend(),
                            [&](const CustomFieldDefinition& d) { return d.key == key; });
    };
    // Values whose definition the company has since removed are dropped, not reported: the user
    // cannot fix them, and only the keys the client sends are its responsibility.
    CustomFieldValues merged;
    for (auto it = user.customFields.constBegin(); it != user.customFields.constEnd(); ++it) {
        if (definitionOf(it.key()) != definitions.cend())
            merged.insert(it.key(), it.value());
    }
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const QString field = QStringLiteral("customFields.") + it.key();
        const auto definition = definitionOf(it.key());
        if (definition != definitions.cend() && definition->editableBy == CustomFieldEditor::AdminsOnly &&
            !rights.adminCustomFields && user.customFields.value(it.key()) != it.value()) {
            refuse(errors, field, QStringLiteral("Only an administrator can change this field."));
            continue;
        }
        if (it.value().isNull())
            merged.remove(it.key());
        else
            merged.insert(it.key(), it.value());
    }
    const FieldErrors valueErrors = validateCustomFieldValues(definitions, merged);
    errors.append(valueErrors);
    if (!valueErrors.isEmpty())
        return;
    for (const CustomFieldDefinition& d : definitions) {
        if (d.unique && merged.contains(d.key) && values.contains(d.key) &&
            UserStore::customValueTaken(db, user.companyId, d.key, merged.value(d.key), user.id))
            errors.append({QStringLiteral("customFields.") + d.key, QStringLiteral("taken"),
                           QStringLiteral("Another user of the company already has this value.")});
    }
    user.customFields = merged;
}

// Only the flags present change: a client may send just the one the user toggled.
void applyNotifications(const QJsonObject& values, User& user, FieldErrors& errors)
{
    JsonReader r(values, QStringLiteral("notifications"));
    NotificationPreferences n = user.notifications;
    n.accountActivity = r.boolean(QStringLiteral("accountActivity"), JsonReader::Optional, n.accountActivity);
    n.teamChanges = r.boolean(QStringLiteral("teamChanges"), JsonReader::Optional, n.teamChanges);
    n.productNews = r.boolean(QStringLiteral("productNews"), JsonReader::Optional, n.productNews);
    r.rejectUnknown();
    errors.append(r.errors());
    if (r.ok())
        user.notifications = n;
}

} // namespace

FieldErrors applyUserFields(JsonReader& body, User& user, const EditRights& rights, const QSqlDatabase& db,
                            const std::optional<Company>& company, bool creating)
{
    FieldErrors errors;
    const JsonReader::Presence presence = creating ? JsonReader::Required : JsonReader::Optional;
    bool read = false;
    if (body.has(QStringLiteral("email")) || creating) {
        const QString email = normalizeEmail(readString(body, QStringLiteral("email"), presence, read));
        if (read)
            applyEmail(email, user, rights, db, errors);
    }
    for (const auto& [key, target] : {std::pair{QStringLiteral("firstName"), &user.firstName},
                                      std::pair{QStringLiteral("lastName"), &user.lastName}}) {
        if (!body.has(key) && !creating)
            continue;
        const QString value = readString(body, key, presence, read).trimmed();
        if (!read)
            continue;
        // Sending the name unchanged (a whole form posted back) is not an attempt to edit it.
        if (!rights.names && value != *target)
            refuse(errors, key, QStringLiteral("Your company does not let users change their own name."));
        else if (const FieldErrors e = validatePersonName(value, key); !e.isEmpty())
            errors.append(e);
        else
            *target = value;
    }
    if (body.has(QStringLiteral("username"))) {
        const QString username = readString(body, QStringLiteral("username"), presence, read).trimmed().toLower();
        if (read)
            applyUsername(username, user, rights, db, errors);
    }
    if (const auto language =
            body.enumeration<Language>(QStringLiteral("language"), languageFromCode,
                                       {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("de"),
                                        QStringLiteral("fr"), QStringLiteral("ru")},
                                       JsonReader::Optional))
        user.language = *language;
    if (body.has(QStringLiteral("notifications")))
        applyNotifications(body.object(QStringLiteral("notifications")), user, errors);
    if (body.has(QStringLiteral("customFields")))
        applyCustomFields(body.object(QStringLiteral("customFields")), user, rights, company, db, errors);
    else if (creating && company)
        errors.append(validateCustomFieldValues(company->customFields, user.customFields));
    return errors;
}

QJsonObject userJson(const User& user)
{
    return json::toJson(user);
}

QString uniqueUsername(const QSqlDatabase& db, const QString& email)
{
    QString base;
    for (const QChar c : email.section(QLatin1Char('@'), 0, 0).toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
            c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('-'))
            base.append(c);
    }
    while (base.size() < 3)
        base.append(QLatin1Char('0'));
    base = base.left(56);
    QString candidate = base;
    for (int n = 2; UserStore::usernameTaken(db, candidate); ++n)
        candidate = base + QString::number(n);
    return candidate;
}

std::optional<Company> companyOf(const QSqlDatabase& db, const QUuid& companyId)
{
    if (companyId.isNull())
        return std::nullopt;
    return CompanyStore::find(db, companyId);
}

} // namespace steward::server

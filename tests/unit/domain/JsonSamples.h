// Sample objects and JSON helpers shared by the JSON codec tests (tst_jsoncodecs, tst_jsondecodeerrors).
#pragma once

#include "Json.h"

#include <QHash>
#include <QJsonDocument>
#include <QTest>

namespace steward::jsonsamples {

inline QUuid id(const char* text)
{
    return QUuid::fromString(QLatin1String(text));
}

inline QDateTime at(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

inline QString compact(const QJsonValue& value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

// Serializes to text and parses again, as a document does between server and client.
inline QJsonObject overTheWire(const QJsonObject& object)
{
    return QJsonDocument::fromJson(QJsonDocument(object).toJson(QJsonDocument::Compact)).object();
}

inline QJsonObject parse(const char* json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in the test: %s", qPrintable(error.errorString()));
    return document.object();
}

inline QString describe(const FieldErrors& errors)
{
    QStringList lines;
    for (const FieldError& e : errors)
        lines.append(e.field + QStringLiteral(": ") + e.code + QStringLiteral(" (") + e.message + QLatin1Char(')'));
    return lines.join(QStringLiteral("; "));
}

// The keys whose values differ, to tell why two values are not equal.
inline QString differences(const QJsonObject& a, const QJsonObject& b)
{
    QStringList keys = a.keys() + b.keys();
    keys.removeDuplicates();
    QStringList lines;
    for (const QString& key : std::as_const(keys)) {
        if (a.value(key) != b.value(key))
            lines.append(key + QStringLiteral(": ") + compact(a.value(key)) + QStringLiteral(" vs ") +
                         compact(b.value(key)));
    }
    return lines.join(QStringLiteral("; "));
}

// Undefined removes the key.
inline QJsonObject with(QJsonObject object, const QString& key, const QJsonValue& value)
{
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return object;
}

inline QJsonObject withInner(QJsonObject object, const QString& key, const QString& inner, const QJsonValue& value)
{
    object.insert(key, with(object.value(key).toObject(), inner, value));
    return object;
}

inline QJsonObject withItem(QJsonObject object, const QString& key, int index, const QString& inner,
                            const QJsonValue& value)
{
    QJsonArray items = object.value(key).toArray();
    items.replace(index, with(items.at(index).toObject(), inner, value));
    object.insert(key, items);
    return object;
}

inline const QJsonValue kRemoved(QJsonValue::Undefined);

inline const QDateTime kNow = at("2026-11-22T12:00:00.000Z");

inline const QUuid kCompanyId = id("3f1c2a9e-5b7d-4e21-9a0c-1d2e3f4a5b6c");
inline const QUuid kUserId = id("9b2e4c61-7a3d-4f85-b0e1-2c3d4e5f6a7b");
inline const QUuid kOwnerId = id("0d4e6f80-1a2b-4c3d-8e9f-a0b1c2d3e4f5");
inline const QUuid kCustomRoleId = id("6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d");
inline const QUuid kUnitA = id("a1a2a3a4-b1b2-4c1c-8d1d-e1e2e3e4e5e6");
inline const QUuid kUnitB = id("b1b2b3b4-c1c2-4d1d-9e1e-f1f2f3f4f5f6");

inline Company sampleCompany()
{
    Company c;
    c.id = kCompanyId;
    c.name = QStringLiteral("Bäckerei Müller");
    c.legalName = QStringLiteral("Bäckerei Müller GmbH & Co. KG");
    c.taxId = QStringLiteral("DE123456789");
    c.address = {QStringLiteral("Königstraße 12"), QStringLiteral("70173"), QStringLiteral("Stuttgart"),
                 QStringLiteral("Baden-Württemberg"), QStringLiteral("DE")};
    c.defaultLanguage = Language::German;
    c.state = CompanyState::Suspended;
    c.ownerId = kOwnerId;
    c.customFields = {
        {QStringLiteral("employee_no"),
         QStringLiteral("Personalnummer"),
         CustomFieldType::Text,
         true,
         true,
         CustomFieldEditor::AdminsOnly,
         {},
         20},
        {QStringLiteral("desk"),
         QStringLiteral("Schreibtisch"),
         CustomFieldType::Number,
         false,
         false,
         CustomFieldEditor::UserToo,
         {},
         200},
        {QStringLiteral("birthday"),
         QStringLiteral("Geburtstag"),
         CustomFieldType::Date,
         false,
         false,
         CustomFieldEditor::UserToo,
         {},
         200},
        {QStringLiteral("shirt_size"),
         QStringLiteral("T-Shirt-Größe"),
         CustomFieldType::Choice,
         true,
         false,
         CustomFieldEditor::UserToo,
         {QStringLiteral("S"), QStringLiteral("M"), QStringLiteral("L")},
         200},
    };
    c.usersMayEditName = false;
    c.createdAt = at("2025-03-01T08:15:30.045Z");
    c.updatedAt = at("2026-11-22T17:38:48.123Z");
    c.version = 7;
    return c;
}

inline User sampleUser()
{
    User u;
    u.id = kUserId;
    u.companyId = kCompanyId;
    u.email = QStringLiteral("zoe.lukasiewicz@bäckerei-müller.de");
    u.username = QStringLiteral("zoe.l");
    u.firstName = QStringLiteral("Zoë");
    u.lastName = QStringLiteral("Łukasiewicz-Šimić");
    u.language = Language::Spanish;
    u.state = UserState::Enabled;
    u.emailVerifiedAt = at("2025-03-02T09:00:00.001Z");
    u.hasPassword = true;
    u.mustChangePassword = true;
    u.selfRegistered = true;
    u.lastSignInAt = at("2026-11-21T23:59:59.999Z");
    u.customFields = {{QStringLiteral("employee_no"), QStringLiteral("A-0042")},
                      {QStringLiteral("desk"), 12.5},
                      {QStringLiteral("birthday"), QStringLiteral("1990-02-28")},
                      {QStringLiteral("shirt_size"), QStringLiteral("M")},
                      {QStringLiteral("nickname"), QStringLiteral("Зоя 🥐")}};
    u.notifications = {false, false, true};
    u.roles = {{builtin::adminRoleId(), QStringLiteral("Admin"), true},
               {builtin::financeRoleId(), QStringLiteral("Finance"), false},
               {kCustomRoleId, QStringLiteral("Lagerverwaltung"), false}};
    u.orgUnitIds = {kUnitA, kUnitB};
    u.createdAt = at("2025-03-01T08:15:30.045Z");
    u.updatedAt = at("2026-11-22T17:38:48.123Z");
    u.version = 42;
    return u;
}

// A platform staff member who never verified an email or signed in.
inline User sparseUser()
{
    User u;
    u.id = kOwnerId;
    u.email = QStringLiteral("support@steward.example");
    u.username = QStringLiteral("support");
    u.firstName = QStringLiteral("Сергей");
    u.lastName = QStringLiteral("Иванов");
    return u;
}

inline Role customRole()
{
    Role r;
    r.id = kCustomRoleId;
    r.companyId = kCompanyId;
    r.name = QStringLiteral("Lagerverwaltung");
    r.description = QStringLiteral("Bestellungen und Artikel pflegen – ohne Zahlungen.");
    r.permissions = {perm::UsersRead, perm::OrdersManage, perm::OrdersRead, perm::ProductsManage};
    r.version = 3;
    return r;
}

inline Invitation sampleInvitation()
{
    Invitation inv;
    inv.id = id("c0c1c2c3-d0d1-4e0e-8f0f-a0a1a2a3a4a5");
    inv.companyId = kCompanyId;
    inv.email = QStringLiteral("jürgen@example.de");
    inv.roleIds = {builtin::operationsRoleId(), kCustomRoleId};
    inv.inviterId = kOwnerId;
    inv.language = Language::French;
    inv.createdAt = at("2026-11-20T10:00:00.250Z");
    inv.expiresAt = at("2026-11-27T10:00:00.250Z");
    return inv;
}

inline AuditEvent sampleEvent()
{
    AuditEvent e;
    e.id = id("e0e1e2e3-f0f1-4a0a-9b0b-c0c1c2c3c4c5");
    e.time = at("2026-11-22T17:38:48.123Z");
    e.actorId = kOwnerId;
    e.actorType = QStringLiteral("user");
    e.companyId = kCompanyId;
    e.action = QStringLiteral("user.update");
    e.targetType = QStringLiteral("user");
    e.targetId = kUserId;
    e.changes = {
        {QStringLiteral("firstName"), QStringLiteral("Zoe"), QStringLiteral("Zoë")},
        {QStringLiteral("version"), 41, 42},
        {QStringLiteral("mustChangePassword"), false, true},
        {QStringLiteral("orgUnitIds"), QJsonArray{}, QJsonArray{json::formatId(kUnitA)}},
        {QStringLiteral("customFields"), QJsonObject{{QStringLiteral("desk"), 3}},
         QJsonObject{{QStringLiteral("desk"), 12.5}}},
        {QStringLiteral("region"), QStringLiteral("Bayern"), QJsonValue()},
        {QStringLiteral("password"), QJsonValue(), QJsonValue()},
    };
    e.clientAddress = QStringLiteral("2001:db8::17");
    e.requestId = QStringLiteral("req-7f3a9c");
    return e;
}

} // namespace steward::jsonsamples

// Decodes `object` with `decode`, failing the test with the errors when it does not decode.
#define DECODE(decode, object, out)                                                                                    \
    do {                                                                                                               \
        FieldErrors decodeErrors;                                                                                      \
        const auto decodeResult = decode(overTheWire(object), &decodeErrors);                                          \
        QVERIFY2(decodeResult.has_value(), qPrintable(describe(decodeErrors)));                                        \
        QVERIFY2(decodeErrors.isEmpty(), qPrintable(describe(decodeErrors)));                                          \
        out = *decodeResult;                                                                                           \
    } while (false)

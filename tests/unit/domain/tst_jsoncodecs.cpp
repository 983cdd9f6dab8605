// The JSON codecs: every type survives a trip over the wire unchanged, the documents carry the
// names and forms the API promises, and decoding names the field and the rule of each problem.
#include "Json.h"

#include <QHash>
#include <QJsonDocument>
#include <QTest>

using namespace steward;

namespace {

QUuid id(const char* text)
{
    return QUuid::fromString(QLatin1String(text));
}

QDateTime at(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

QString compact(const QJsonValue& value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

// Serializes to text and parses again, as a document does between server and client.
QJsonObject overTheWire(const QJsonObject& object)
{
    return QJsonDocument::fromJson(QJsonDocument(object).toJson(QJsonDocument::Compact)).object();
}

QJsonObject parse(const char* json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in the test: %s", qPrintable(error.errorString()));
    return document.object();
}

QString describe(const FieldErrors& errors)
{
    QStringList lines;
    for (const FieldError& e : errors)
        lines.append(e.field + QStringLiteral(": ") + e.code + QStringLiteral(" (") + e.message + QLatin1Char(')'));
    return lines.join(QStringLiteral("; "));
}

// The keys whose values differ, to tell why two values are not equal.
QString differences(const QJsonObject& a, const QJsonObject& b)
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
QJsonObject with(QJsonObject object, const QString& key, const QJsonValue& value)
{
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return object;
}

QJsonObject withInner(QJsonObject object, const QString& key, const QString& inner, const QJsonValue& value)
{
    object.insert(key, with(object.value(key).toObject(), inner, value));
    return object;
}

QJsonObject withItem(QJsonObject object, const QString& key, int index, const QString& inner, const QJsonValue& value)
{
    QJsonArray items = object.value(key).toArray();
    items.replace(index, with(items.at(index).toObject(), inner, value));
    object.insert(key, items);
    return object;
}

const QJsonValue kRemoved(QJsonValue::Undefined);

const QDateTime kNow = at("2026-11-22T12:00:00.000Z");

const QUuid kCompanyId = id("3f1c2a9e-5b7d-4e21-9a0c-1d2e3f4a5b6c");
const QUuid kUserId = id("9b2e4c61-7a3d-4f85-b0e1-2c3d4e5f6a7b");
const QUuid kOwnerId = id("0d4e6f80-1a2b-4c3d-8e9f-a0b1c2d3e4f5");
const QUuid kCustomRoleId = id("6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d");
const QUuid kUnitA = id("a1a2a3a4-b1b2-4c1c-8d1d-e1e2e3e4e5e6");
const QUuid kUnitB = id("b1b2b3b4-c1c2-4d1d-9e1e-f1f2f3f4f5f6");

Company sampleCompany()
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

User sampleUser()
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
User sparseUser()
{
    User u;
    u.id = kOwnerId;
    u.email = QStringLiteral("support@steward.example");
    u.username = QStringLiteral("support");
    u.firstName = QStringLiteral("Сергей");
    u.lastName = QStringLiteral("Иванов");
    return u;
}

Role customRole()
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

Invitation sampleInvitation()
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

AuditEvent sampleEvent()
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

} // namespace

// Decodes `object` with `decode`, failing the test with the errors when it does not decode.
#define DECODE(decode, object, out)                                                                                    \
    do {                                                                                                               \
        FieldErrors decodeErrors;                                                                                      \
        const auto decodeResult = decode(overTheWire(object), &decodeErrors);                                          \
        QVERIFY2(decodeResult.has_value(), qPrintable(describe(decodeErrors)));                                        \
        QVERIFY2(decodeErrors.isEmpty(), qPrintable(describe(decodeErrors)));                                          \
        out = *decodeResult;                                                                                           \
    } while (false)

class TestJsonCodecs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void companyRoundTrip();
    void companyWithNullsRoundTrip();
    void userRoundTrip();
    void userWithNullsRoundTrip();
    void partsRoundTrip();
    void roleRoundTrip();
    void orgUnitRoundTrip();
    void invitationRoundTrip();
    void invitationStateIsDerived();
    void auditEventRoundTrip();
    void permissionInfoRoundTrip();
    void timesKeepMillisecondsInUtc();
    void userDocument();
    void companyDocument();
    void roleDocumentSortsPermissions();
    void unknownKeysAreIgnored();
    void decodingErrors_data();
    void decodingErrors();
    void everyErrorIsCollected();
};

void TestJsonCodecs::companyRoundTrip()
{
    const Company company = sampleCompany();
    Company decoded;
    DECODE(json::companyFromJson, json::toJson(company), decoded);
    QVERIFY2(decoded == company, qPrintable(differences(json::toJson(decoded), json::toJson(company))));
    QCOMPARE(decoded.customFields.size(), 4);
}

void TestJsonCodecs::companyWithNullsRoundTrip()
{
    Company company;
    company.id = kCompanyId;
    company.name = QStringLiteral("Пекарня «Колосок»");
    company.address.country = QStringLiteral("RU");
    const QJsonObject object = json::toJson(company);
    QVERIFY(object.value(QStringLiteral("ownerId")).isNull());
    QVERIFY(object.value(QStringLiteral("createdAt")).isNull());
    QVERIFY(object.value(QStringLiteral("updatedAt")).isNull());
    Company decoded;
    DECODE(json::companyFromJson, object, decoded);
    QVERIFY(decoded == company);
    QVERIFY(decoded.ownerId.isNull());
    QVERIFY(!decoded.createdAt.isValid());
}

void TestJsonCodecs::userRoundTrip()
{
    const User user = sampleUser();
    User decoded;
    DECODE(json::userFromJson, json::toJson(user), decoded);
    QVERIFY2(decoded == user, qPrintable(differences(json::toJson(decoded), json::toJson(user))));
    QCOMPARE(decoded.roles.at(1).enabled, false);
    QCOMPARE(decoded.customFields.value(QStringLiteral("desk")).toDouble(), 12.5);
    QCOMPARE(decoded.lastName, QStringLiteral("Łukasiewicz-Šimić"));
}

void TestJsonCodecs::userWithNullsRoundTrip()
{
    const User user = sparseUser();
    const QJsonObject object = json::toJson(user);
    for (const char* key : {"companyId", "emailVerifiedAt", "lastSignInAt", "createdAt", "updatedAt"})
        QVERIFY2(object.value(QLatin1String(key)).isNull(), key);
    QCOMPARE(object.value(QStringLiteral("emailVerified")), QJsonValue(false));
    User decoded;
    DECODE(json::userFromJson, object, decoded);
    QVERIFY(decoded == user);
    QVERIFY(decoded.companyId.isNull());
    QVERIFY(!decoded.emailVerifiedAt.isValid());
}

// The pieces that also travel on their own (request bodies, list items).
void TestJsonCodecs::partsRoundTrip()
{
    const Company company = sampleCompany();
    Address address;
    DECODE(json::addressFromJson, json::toJson(company.address), address);
    QVERIFY(address == company.address);
    for (const CustomFieldDefinition& definition : company.customFields) {
        CustomFieldDefinition decoded;
        DECODE(json::customFieldDefinitionFromJson, json::toJson(definition), decoded);
        QVERIFY2(decoded == definition, qPrintable(definition.key));
    }
    const User user = sampleUser();
    NotificationPreferences notifications;
    DECODE(json::notificationPreferencesFromJson, json::toJson(user.notifications), notifications);
    QVERIFY(notifications == user.notifications);
    for (const RoleAssignment& assignment : user.roles) {
        RoleAssignment decoded;
        DECODE(json::roleAssignmentFromJson, json::toJson(assignment), decoded);
        QVERIFY2(decoded == assignment, qPrintable(assignment.name));
    }
    for (const FieldChange& change : sampleEvent().changes) {
        FieldChange decoded;
        DECODE(json::fieldChangeFromJson, json::toJson(change), decoded);
        QVERIFY2(decoded == change, qPrintable(change.field));
    }
}

void TestJsonCodecs::roleRoundTrip()
{
    QList<Role> roles = builtInRoles();
    roles.append(customRole());
    for (const Role& role : roles) {
        Role decoded;
        DECODE(json::roleFromJson, json::toJson(role), decoded);
        QVERIFY2(decoded == role, qPrintable(role.name));
    }
    QVERIFY(json::toJson(builtInRoles().first()).value(QStringLiteral("companyId")).isNull());
}

void TestJsonCodecs::orgUnitRoundTrip()
{
    const OrgUnit root{
        kUnitA, kCompanyId, QUuid(), QStringLiteral("Vertrieb & Außendienst"), at("2025-04-01T07:00:00.500Z"), 2};
    const OrgUnit child{kUnitB, kCompanyId, kUnitA, QStringLiteral("Région Île-de-France"), QDateTime(), 1};
    for (const OrgUnit& unit : {root, child}) {
        OrgUnit decoded;
        DECODE(json::orgUnitFromJson, json::toJson(unit), decoded);
        QVERIFY2(decoded == unit, qPrintable(unit.name));
    }
    QVERIFY(json::toJson(root).value(QStringLiteral("parentId")).isNull());
    QCOMPARE(json::toJson(child).value(QStringLiteral("parentId")).toString(), json::formatId(kUnitA));
}

void TestJsonCodecs::invitationRoundTrip()
{
    Invitation pending = sampleInvitation();
    Invitation accepted = pending;
    accepted.acceptedAt = at("2026-11-21T08:30:00.007Z");
    Invitation revoked = pending;
    revoked.revokedAt = at("2026-11-21T09:45:12.300Z");
    revoked.inviterId = QUuid();
    revoked.roleIds.clear();
    for (const Invitation& invitation : {pending, accepted, revoked}) {
        Invitation decoded;
        DECODE(json::invitationFromJson, json::toJson(invitation, kNow), decoded);
        QVERIFY(decoded == invitation);
    }
}

void TestJsonCodecs::invitationStateIsDerived()
{
    Invitation invitation = sampleInvitation();
    const auto stateAt = [&](const QDateTime& now) {
        return json::toJson(invitation, now).value(QStringLiteral("state")).toString();
    };
    QCOMPARE(stateAt(kNow), QStringLiteral("pending"));
    QCOMPARE(stateAt(at("2026-11-28T00:00:00.000Z")), QStringLiteral("expired"));
    invitation.revokedAt = kNow;
    QCOMPARE(stateAt(kNow), QStringLiteral("revoked"));
    invitation.acceptedAt = kNow;
    QCOMPARE(stateAt(kNow), QStringLiteral("accepted"));

    // Only the timestamps count when reading: a contradicting or unknown state is not an error.
    Invitation decoded;
    DECODE(json::invitationFromJson,
           with(json::toJson(sampleInvitation(), kNow), QStringLiteral("state"), QStringLiteral("whatever")), decoded);
    QVERIFY(decoded == sampleInvitation());
}

void TestJsonCodecs::auditEventRoundTrip()
{
    AuditEvent system;
    system.id = id("f0f1f2f3-a0a1-4b0b-8c0c-d0d1d2d3d4d5");
    system.time = at("2026-01-01T00:00:00.000Z");
    system.actorType = QStringLiteral("system");
    system.action = QStringLiteral("invitation.expire");
    for (const AuditEvent& event : {sampleEvent(), system}) {
        AuditEvent decoded;
        DECODE(json::auditEventFromJson, json::toJson(event), decoded);
        QVERIFY2(decoded == event, qPrintable(event.action));
    }
    const QJsonObject object = json::toJson(system);
    QVERIFY(object.value(QStringLiteral("actorId")).isNull());
    QVERIFY(object.value(QStringLiteral("companyId")).isNull());
    QVERIFY(object.value(QStringLiteral("targetId")).isNull());
    const QJsonObject change = json::toJson(FieldChange{QStringLiteral("password"), QJsonValue(), QJsonValue()});
    QVERIFY(change.contains(QStringLiteral("before")) && change.value(QStringLiteral("before")).isNull());
}

void TestJsonCodecs::permissionInfoRoundTrip()
{
    QVERIFY(!permissionCatalogue().isEmpty());
    for (const PermissionInfo& info : permissionCatalogue()) {
        PermissionInfo decoded;
        DECODE(json::permissionInfoFromJson, json::toJson(info), decoded);
        QCOMPARE(decoded.key, info.key);
        QVERIFY(decoded.scope == info.scope);
        QCOMPARE(decoded.area, info.area);
        QCOMPARE(decoded.description, info.description);
    }
    const QJsonObject object = json::toJson(PermissionInfo{perm::PlatformAuditRead, RoleScope::Platform,
                                                           QStringLiteral("platform"), QStringLiteral("Read")});
    QCOMPARE(object.value(QStringLiteral("scope")).toString(), QStringLiteral("platform"));
}

void TestJsonCodecs::timesKeepMillisecondsInUtc()
{
    // Ends up in UTC with the milliseconds, wherever it came from.
    const QDateTime berlin = at("2026-11-22T18:38:48.123+01:00");
    QCOMPARE(json::formatTime(berlin), QStringLiteral("2026-11-22T17:38:48.123Z"));
    QCOMPARE(json::formatTime(at("2026-11-22T17:38:48Z")), QStringLiteral("2026-11-22T17:38:48.000Z"));
    QVERIFY(json::formatTime(QDateTime()).isNull());

    OrgUnit unit{kUnitA, kCompanyId, QUuid(), QStringLiteral("Berlin"), berlin, 1};
    OrgUnit decoded;
    DECODE(json::orgUnitFromJson, json::toJson(unit), decoded);
    QCOMPARE(decoded.createdAt, berlin);
    QCOMPARE(decoded.createdAt.toMSecsSinceEpoch(), berlin.toMSecsSinceEpoch());
    QCOMPARE(decoded.createdAt.timeSpec(), Qt::UTC);

    // Any ISO 8601 offset is accepted on input and converted.
    DECODE(json::orgUnitFromJson,
           with(json::toJson(unit), QStringLiteral("createdAt"), QStringLiteral("2026-11-22T12:08:48.123-05:30")),
           decoded);
    QCOMPARE(decoded.createdAt, berlin);
    QCOMPARE(decoded.createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(json::formatTime(decoded.createdAt), QStringLiteral("2026-11-22T17:38:48.123Z"));
}

void TestJsonCodecs::userDocument()
{
    const QJsonObject expected = parse(R"({
        "id": "9b2e4c61-7a3d-4f85-b0e1-2c3d4e5f6a7b",
        "companyId": "3f1c2a9e-5b7d-4e21-9a0c-1d2e3f4a5b6c",
        "email": "zoe.lukasiewicz@bäckerei-müller.de",
        "username": "zoe.l",
        "firstName": "Zoë",
        "lastName": "Łukasiewicz-Šimić",
        "language": "es",
        "state": "enabled",
        "emailVerified": true,
        "emailVerifiedAt": "2025-03-02T09:00:00.001Z",
        "hasPassword": true,
        "mustChangePassword": true,
        "selfRegistered": true,
        "lastSignInAt": "2026-11-21T23:59:59.999Z",
        "customFields": {"employee_no": "A-0042", "desk": 12.5, "birthday": "1990-02-28", "shirt_size": "M",
                         "nickname": "Зоя 🥐"},
        "notifications": {"accountActivity": false, "teamChanges": false, "productNews": true},
        "roles": [
            {"roleId": "%ADMIN%", "name": "Admin", "enabled": true},
            {"roleId": "%FINANCE%", "name": "Finance", "enabled": false},
            {"roleId": "6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d", "name": "Lagerverwaltung", "enabled": false}
        ],
        "orgUnitIds": ["a1a2a3a4-b1b2-4c1c-8d1d-e1e2e3e4e5e6", "b1b2b3b4-c1c2-4d1d-9e1e-f1f2f3f4f5f6"],
        "createdAt": "2025-03-01T08:15:30.045Z",
        "updatedAt": "2026-11-22T17:38:48.123Z",
        "version": 42
    })");
    const QJsonObject actual = json::toJson(sampleUser());
    QCOMPARE(actual.keys(), expected.keys());
    for (const QString& key : expected.keys()) {
        QString want = compact(expected.value(key));
        want.replace(QStringLiteral("%ADMIN%"), json::formatId(builtin::adminRoleId()));
        want.replace(QStringLiteral("%FINANCE%"), json::formatId(builtin::financeRoleId()));
        QCOMPARE(compact(actual.value(key)), want);
    }
}

void TestJsonCodecs::companyDocument()
{
    const QJsonObject expected = parse(R"({
        "id": "3f1c2a9e-5b7d-4e21-9a0c-1d2e3f4a5b6c",
        "name": "Bäckerei Müller",
        "legalName": "Bäckerei Müller GmbH & Co. KG",
        "taxId": "DE123456789",
        "address": {"street": "Königstraße 12", "postalCode": "70173", "city": "Stuttgart",
                    "region": "Baden-Württemberg", "country": "DE"},
        "defaultLanguage": "de",
        "state": "suspended",
        "ownerId": "0d4e6f80-1a2b-4c3d-8e9f-a0b1c2d3e4f5",
        "customFields": [
            {"key": "employee_no", "label": "Personalnummer", "type": "text", "required": true, "unique": true,
             "editableBy": "admins", "options": [], "maxLength": 20},
            {"key": "desk", "label": "Schreibtisch", "type": "number", "required": false, "unique": false,
             "editableBy": "user", "options": [], "maxLength": 200},
            {"key": "birthday", "label": "Geburtstag", "type": "date", "required": false, "unique": false,
             "editableBy": "user", "options": [], "maxLength": 200},
            {"key": "shirt_size", "label": "T-Shirt-Größe", "type": "choice", "required": true, "unique": false,
             "editableBy": "user", "options": ["S", "M", "L"], "maxLength": 200}
        ],
        "usersMayEditName": false,
        "createdAt": "2025-03-01T08:15:30.045Z",
        "updatedAt": "2026-11-22T17:38:48.123Z",
        "version": 7
    })");
    const QJsonObject actual = json::toJson(sampleCompany());
    QCOMPARE(actual.keys(), expected.keys());
    for (const QString& key : expected.keys())
        QCOMPARE(compact(actual.value(key)), compact(expected.value(key)));
}

void TestJsonCodecs::roleDocumentSortsPermissions()
{
    const QJsonObject object = json::toJson(customRole());
    QCOMPARE(object.keys(),
             (QStringList{QStringLiteral("builtIn"), QStringLiteral("companyId"), QStringLiteral("description"),
                          QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("permissions"),
                          QStringLiteral("scope"), QStringLiteral("version")}));
    QCOMPARE(compact(object.value(QStringLiteral("permissions"))),
             QStringLiteral(R"([["orders.manage","orders.read","products.manage","users.read"]])"));
    QCOMPARE(object.value(QStringLiteral("scope")).toString(), QStringLiteral("company"));
}

void TestJsonCodecs::unknownKeysAreIgnored()
{
    QJsonObject object = json::toJson(sampleUser());
    object.insert(QStringLiteral("lockedUntil"), QStringLiteral("2027-01-01T00:00:00Z"));
    object.insert(QStringLiteral("address"), QJsonObject{{QStringLiteral("country"), 7}});
    User decoded;
    DECODE(json::userFromJson, object, decoded);
    QVERIFY(decoded == sampleUser());
}

using Decoder = bool (*)(const QJsonObject&, FieldErrors*);

template <auto decode> bool decodes(const QJsonObject& object, FieldErrors* errors)
{
    return decode(object, errors).has_value();
}

void TestJsonCodecs::decodingErrors_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonObject>("object");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");

    const QJsonObject user = json::toJson(sampleUser());
    const QJsonObject company = json::toJson(sampleCompany());
    const auto row = [](const char* name, const char* type, const QJsonObject& object, const char* field,
                        const char* code) {
        QTest::newRow(name) << QString::fromLatin1(type) << object << QString::fromLatin1(field)
                            << QString::fromLatin1(code);
    };
    const auto s = [](const char* text) { return QJsonValue(QString::fromUtf8(text)); };
    const QJsonValue null(QJsonValue::Null);

    row("user: missing email", "user", with(user, QStringLiteral("email"), kRemoved), "email", "required");
    row("user: null id", "user", with(user, QStringLiteral("id"), null), "id", "required");
    row("user: missing version", "user", with(user, QStringLiteral("version"), kRemoved), "version", "required");
    row("user: version as text", "user", with(user, QStringLiteral("version"), s("42")), "version", "invalid_type");
    row("user: fractional version", "user", with(user, QStringLiteral("version"), 4.2), "version", "invalid_type");
    row("user: name as number", "user", with(user, QStringLiteral("firstName"), 5), "firstName", "invalid_type");
    row("user: flag as text", "user", with(user, QStringLiteral("hasPassword"), s("yes")), "hasPassword",
        "invalid_type");
    row("user: custom fields as array", "user", with(user, QStringLiteral("customFields"), QJsonArray{}),
        "customFields", "invalid_type");
    row("user: unknown state", "user", with(user, QStringLiteral("state"), s("active")), "state", "invalid_value");
    row("user: unknown language", "user", with(user, QStringLiteral("language"), s("pt")), "language", "invalid_value");
    row("user: malformed id", "user", with(user, QStringLiteral("id"), s("9b2e4c61-7a3d")), "id", "invalid_id");
    row("user: id as number", "user", with(user, QStringLiteral("id"), 17), "id", "invalid_id");
    row("user: malformed company id", "user", with(user, QStringLiteral("companyId"), s("acme")), "companyId",
        "invalid_id");
    row("user: impossible date", "user", with(user, QStringLiteral("createdAt"), s("2026-13-01T00:00:00Z")),
        "createdAt", "invalid_time");
    row("user: time as words", "user", with(user, QStringLiteral("lastSignInAt"), s("yesterday")), "lastSignInAt",
        "invalid_time");
    row("user: time without clock", "user", with(user, QStringLiteral("emailVerifiedAt"), s("2026-11-22")),
        "emailVerifiedAt", "invalid_time");
    row("user: role id", "user", withItem(user, QStringLiteral("roles"), 1, QStringLiteral("roleId"), s("x")),
        "roles[1].roleId", "invalid_id");
    row("user: role without id", "user", withItem(user, QStringLiteral("roles"), 2, QStringLiteral("roleId"), kRemoved),
        "roles[2].roleId", "required");
    row("user: role not an object", "user", with(user, QStringLiteral("roles"), QJsonArray{s("Admin")}), "roles[0]",
        "invalid_type");
    row("user: unit id", "user", with(user, QStringLiteral("orgUnitIds"), QJsonArray{s("nope")}), "orgUnitIds[0]",
        "invalid_id");
    row("user: notification flag", "user",
        withInner(user, QStringLiteral("notifications"), QStringLiteral("productNews"), s("no")),
        "notifications.productNews", "invalid_type");

    row("company: missing country", "company",
        withInner(company, QStringLiteral("address"), QStringLiteral("country"), kRemoved), "address.country",
        "required");
    row("company: country as number", "company",
        withInner(company, QStringLiteral("address"), QStringLiteral("country"), 49), "address.country",
        "invalid_type");
    row("company: missing address", "company", with(company, QStringLiteral("address"), kRemoved), "address",
        "required");
    row("company: address as text", "company", with(company, QStringLiteral("address"), s("Königstraße 12")), "address",
        "invalid_type");
    row("company: unknown state", "company", with(company, QStringLiteral("state"), s("closed")), "state",
        "invalid_value");
    row("company: missing language", "company", with(company, QStringLiteral("defaultLanguage"), kRemoved),
        "defaultLanguage", "required");
    row("company: missing name", "company", with(company, QStringLiteral("name"), kRemoved), "name", "required");
    row("company: malformed owner", "company", with(company, QStringLiteral("ownerId"), s("{not-a-uuid}")), "ownerId",
        "invalid_id");
    row("company: field type", "company",
        withItem(company, QStringLiteral("customFields"), 1, QStringLiteral("type"), s("boolean")),
        "customFields[1].type", "invalid_value");
    row("company: field editor", "company",
        withItem(company, QStringLiteral("customFields"), 0, QStringLiteral("editableBy"), s("everyone")),
        "customFields[0].editableBy", "invalid_value");
    row("company: negative max length", "company",
        withItem(company, QStringLiteral("customFields"), 0, QStringLiteral("maxLength"), -1),
        "customFields[0].maxLength", "invalid_value");
    row("company: option not text", "company",
        withItem(company, QStringLiteral("customFields"), 3, QStringLiteral("options"), QJsonArray{s("S"), 2}),
        "customFields[3].options[1]", "invalid_type");

    const QJsonObject role = json::toJson(customRole());
    row("role: unknown scope", "role", with(role, QStringLiteral("scope"), s("global")), "scope", "invalid_value");
    row("role: permissions as text", "role", with(role, QStringLiteral("permissions"), s("users.read")), "permissions",
        "invalid_type");
    const QJsonObject unit = json::toJson(OrgUnit{kUnitB, kCompanyId, kUnitA, QStringLiteral("Lager"), kNow, 1});
    row("org unit: missing company", "orgUnit", with(unit, QStringLiteral("companyId"), kRemoved), "companyId",
        "required");
    row("org unit: malformed parent", "orgUnit", with(unit, QStringLiteral("parentId"), s("root")), "parentId",
        "invalid_id");
    const QJsonObject invitation = json::toJson(sampleInvitation(), kNow);
    row("invitation: malformed expiry", "invitation", with(invitation, QStringLiteral("expiresAt"), s("next week")),
        "expiresAt", "invalid_time");
    row("invitation: role id", "invitation", with(invitation, QStringLiteral("roleIds"), QJsonArray{s("admin")}),
        "roleIds[0]", "invalid_id");
    const QJsonObject event = json::toJson(sampleEvent());
    row("audit: missing time", "audit", with(event, QStringLiteral("time"), kRemoved), "time", "required");
    row("audit: change without field", "audit",
        withItem(event, QStringLiteral("changes"), 0, QStringLiteral("field"), kRemoved), "changes[0].field",
        "required");
    const QJsonObject permission = json::toJson(permissionCatalogue().first());
    row("permission: missing key", "permission", with(permission, QStringLiteral("key"), kRemoved), "key", "required");
}

void TestJsonCodecs::decodingErrors()
{
    QFETCH(QString, type);
    QFETCH(QJsonObject, object);
    QFETCH(QString, field);
    QFETCH(QString, code);

    static const QHash<QString, Decoder> decoders{
        {QStringLiteral("user"), &decodes<&json::userFromJson>},
        {QStringLiteral("company"), &decodes<&json::companyFromJson>},
        {QStringLiteral("role"), &decodes<&json::roleFromJson>},
        {QStringLiteral("orgUnit"), &decodes<&json::orgUnitFromJson>},
        {QStringLiteral("invitation"), &decodes<&json::invitationFromJson>},
        {QStringLiteral("audit"), &decodes<&json::auditEventFromJson>},
        {QStringLiteral("permission"), &decodes<&json::permissionInfoFromJson>},
    };
    QVERIFY(decoders.contains(type));
    FieldErrors errors;
    QVERIFY(!decoders.value(type)(overTheWire(object), &errors));
    QVERIFY2(errors.size() == 1, qPrintable(describe(errors)));
    QCOMPARE(errors.first().field, field);
    QCOMPARE(errors.first().code, code);
    QVERIFY(!errors.first().message.isEmpty());
}

void TestJsonCodecs::everyErrorIsCollected()
{
    QJsonObject object = json::toJson(sampleUser());
    object.remove(QStringLiteral("email"));
    object.insert(QStringLiteral("state"), QStringLiteral("gone"));
    object = withItem(object, QStringLiteral("roles"), 0, QStringLiteral("enabled"), QStringLiteral("yes"));

    // Errors are added to what the caller already has.
    FieldErrors errors{{QStringLiteral("earlier"), QStringLiteral("required"), QStringLiteral("Kept.")}};
    QVERIFY(!json::userFromJson(object, &errors));
    QStringList fields;
    for (const FieldError& e : errors)
        fields.append(e.field + QLatin1Char('/') + e.code);
    fields.sort();
    QCOMPARE(fields,
             (QStringList{QStringLiteral("earlier/required"), QStringLiteral("email/required"),
                          QStringLiteral("roles[0].enabled/invalid_type"), QStringLiteral("state/invalid_value")}));

    // Without an error list the answer is still no.
    QVERIFY(!json::companyFromJson(QJsonObject()));
}

QTEST_APPLESS_MAIN(TestJsonCodecs)
#include "tst_jsoncodecs.moc"

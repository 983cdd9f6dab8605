// The JSON codecs: every type survives a trip over the wire unchanged, and the documents carry the
// names and forms the API promises. Decoding errors are in tst_jsondecodeerrors.
#include "JsonSamples.h"

using namespace steward;
using namespace steward::jsonsamples;

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

QTEST_APPLESS_MAIN(TestJsonCodecs)
#include "tst_jsoncodecs.moc"

// Decoding JSON into the domain types names the field and the rule of each problem, and collects
// every problem of a document rather than stopping at the first.
#include "JsonSamples.h"

using namespace steward;
using namespace steward::jsonsamples;

class TestJsonDecodeErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodingErrors_data();
    void decodingErrors();
    void everyErrorIsCollected();
};

using Decoder = bool (*)(const QJsonObject&, FieldErrors*);

template <auto decode> bool decodes(const QJsonObject& object, FieldErrors* errors)
{
    return decode(object, errors).has_value();
}

void TestJsonDecodeErrors::decodingErrors_data()
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

void TestJsonDecodeErrors::decodingErrors()
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

void TestJsonDecodeErrors::everyErrorIsCollected()
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

QTEST_APPLESS_MAIN(TestJsonDecodeErrors)
#include "tst_jsondecodeerrors.moc"

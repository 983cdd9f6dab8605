// Custom fields of users through a real server: a company defines them (PATCH /companies/{id}),
// values are validated on create and edit with errors naming "customFields.<key>", uniqueness per
// company, who may edit what on their own account, and definitions changing under existing users.
#include "ApiClient.h"
#include "Scenario.h"
#include "TestServer.h"

#include <QTest>

using namespace steward::test;

namespace {

QJsonObject definition(const QString& key, const QString& type, bool required = false, bool unique = false,
                       const QString& editableBy = QStringLiteral("admins"), const QStringList& options = {})
{
    QJsonObject d{{QStringLiteral("key"), key},       {QStringLiteral("label"), key.toUpper()},
                  {QStringLiteral("type"), type},     {QStringLiteral("required"), required},
                  {QStringLiteral("unique"), unique}, {QStringLiteral("editableBy"), editableBy}};
    if (!options.isEmpty())
        d.insert(QStringLiteral("options"), QJsonArray::fromStringList(options));
    if (key == QLatin1String("employee_no"))
        d.insert(QStringLiteral("maxLength"), 8);
    return d;
}

} // namespace

class TestCustomFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createValidatesEveryRule();
    void createWithValidValues();
    void uniquePerCompany();
    void patchMergesAndValidates();
    void usersEditOnlyTheirFields();
    void definitionsChangeUnderExistingUsers();
    void changesAreAudited();

private:
    ApiReply createUser(const QString& email, const QJsonObject& customFields);
    void define(const QJsonArray& definitions);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Scenario> m_scenario;
    Scenario::Account m_owner;
    QString m_firstId;
};

void TestCustomFields::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral("tst_customfields"));
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
    m_scenario = std::make_unique<Scenario>(*m_server);
    m_owner = m_scenario->createCompany(QStringLiteral("Fields"));
    define(QJsonArray{
        definition(QStringLiteral("employee_no"), QStringLiteral("text"), true, true),
        definition(QStringLiteral("department"), QStringLiteral("choice"), false, false, QStringLiteral("admins"),
                   {QStringLiteral("Sales"), QStringLiteral("Support")}),
        definition(QStringLiteral("start_date"), QStringLiteral("date")),
        definition(QStringLiteral("badge"), QStringLiteral("number")),
        definition(QStringLiteral("nickname"), QStringLiteral("text"), false, false, QStringLiteral("user")),
    });
}

void TestCustomFields::define(const QJsonArray& definitions)
{
    ApiClient& admin = m_scenario->admin();
    const QString path = QStringLiteral("/api/v1/companies/") + m_owner.companyId;
    const ApiReply r =
        admin.patch(path, QJsonObject{{QStringLiteral("customFields"), definitions}}, admin.get(path).etag());
    QVERIFY2(r.status == 200, qPrintable(r.describe()));
    QCOMPARE(r.json().value(QStringLiteral("customFields")).toArray().size(), definitions.size());
}

ApiReply TestCustomFields::createUser(const QString& email, const QJsonObject& customFields)
{
    return m_scenario->admin().post(QStringLiteral("/api/v1/users"),
                                    QJsonObject{{QStringLiteral("companyId"), m_owner.companyId},
                                                {QStringLiteral("email"), email},
                                                {QStringLiteral("firstName"), QStringLiteral("Fiona")},
                                                {QStringLiteral("lastName"), QStringLiteral("Field")},
                                                {QStringLiteral("customFields"), customFields},
                                                {QStringLiteral("onboarding"), QStringLiteral("temporary-password")}});
}

void TestCustomFields::createValidatesEveryRule()
{
    ApiReply r = createUser(QStringLiteral("f0@example.org"), QJsonObject());
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(QStringLiteral("customFields.employee_no")), QStringList{QStringLiteral("required")});

    r = createUser(QStringLiteral("f0@example.org"),
                   QJsonObject{{QStringLiteral("employee_no"), QStringLiteral("E-0000001")}, // 9 characters
                               {QStringLiteral("department"), QStringLiteral("Legal")},
                               {QStringLiteral("start_date"), QStringLiteral("2026-02-30")},
                               {QStringLiteral("badge"), QStringLiteral("7")},
                               {QStringLiteral("shoe_size"), 44}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(QStringLiteral("customFields.employee_no")), QStringList{QStringLiteral("too_long")});
    QCOMPARE(r.fieldCodes(QStringLiteral("customFields.department")), QStringList{QStringLiteral("not_an_option")});
    QCOMPARE(r.fieldCodes(QStringLiteral("customFields.start_date")), QStringList{QStringLiteral("invalid_date")});
    QCOMPARE(r.fieldCodes(QStringLiteral("customFields.badge")), QStringList{QStringLiteral("not_a_number")});
    QCOMPARE(r.fieldCodes(QStringLiteral("customFields.shoe_size")), QStringList{QStringLiteral("unknown_field")});
    QCOMPARE(m_scenario->admin().get(QStringLiteral("/api/v1/users?q=f0%40")).json().value(QStringLiteral("total")),
             QJsonValue(0));
}

void TestCustomFields::createWithValidValues()
{
    const QJsonObject values{{QStringLiteral("employee_no"), QStringLiteral("E-001")},
                             {QStringLiteral("department"), QStringLiteral("Sales")},
                             {QStringLiteral("start_date"), QStringLiteral("2024-02-29")},
                             {QStringLiteral("badge"), 1234.5}};
    const ApiReply r = createUser(QStringLiteral("f1@example.org"), values);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json().value(QStringLiteral("customFields")).toObject(), values);
    m_firstId = r.json().value(QStringLiteral("id")).toString();
    QCOMPARE(m_scenario->admin()
                 .get(QStringLiteral("/api/v1/users/") + m_firstId)
                 .json()
                 .value(QStringLiteral("customFields"))
                 .toObject(),
             values);
}

void TestCustomFields::uniquePerCompany()
{
    const ApiReply r = createUser(QStringLiteral("f2@example.org"),
                                  QJsonObject{{QStringLiteral("employee_no"), QStringLiteral("E-001")}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(QStringLiteral("customFields.employee_no")), QStringList{QStringLiteral("taken")});
    QCOMPARE(createUser(QStringLiteral("f2@example.org"),
                        QJsonObject{{QStringLiteral("employee_no"), QStringLiteral("E-002")}})
                 .status,
             201);
}

void TestCustomFields::patchMergesAndValidates()
{
    ApiClient& admin = m_scenario->admin();
    const QString path = QStringLiteral("/api/v1/users/") + m_firstId;
    ApiReply read = admin.get(path);
    // Only the keys sent change; null removes an optional value.
    ApiReply r = admin.patch(
        path,
        QJsonObject{{QStringLiteral("customFields"),
                     QJsonObject{{QStringLiteral("badge"), 12}, {QStringLiteral("start_date"), QJsonValue::Null}}}},
        read.etag());
    QCOMPARE(r.status, 200);
    const QJsonObject values = r.json().value(QStringLiteral("customFields")).toObject();
    QCOMPARE(values, (QJsonObject{{QStringLiteral("employee_no"), QStringLiteral("E-001")},
                                  {QStringLiteral("department"), QStringLiteral("Sales")},
                                  {QStringLiteral("badge"), 12}}));

    const ApiReply bad =
        admin.patch(path,
                    QJsonObject{{QStringLiteral("customFields"),
                                 QJsonObject{{QStringLiteral("employee_no"), QJsonValue::Null},
                                             {QStringLiteral("department"), QStringLiteral("sales")},
                                             {QStringLiteral("start_date"), QStringLiteral("29/02/2024")},
                                             {QStringLiteral("badge"), true}}}},
                    r.etag());
    QCOMPARE(bad.status, 422);
    QCOMPARE(bad.fieldCodes(QStringLiteral("customFields.employee_no")), QStringList{QStringLiteral("required")});
    QCOMPARE(bad.fieldCodes(QStringLiteral("customFields.department")), QStringList{QStringLiteral("not_an_option")});
    QCOMPARE(bad.fieldCodes(QStringLiteral("customFields.start_date")), QStringList{QStringLiteral("invalid_date")});
    QCOMPARE(bad.fieldCodes(QStringLiteral("customFields.badge")), QStringList{QStringLiteral("not_a_number")});
    const ApiReply taken =
        admin.patch(path,
                    QJsonObject{{QStringLiteral("customFields"),
                                 QJsonObject{{QStringLiteral("employee_no"), QStringLiteral("E-002")}}}},
                    r.etag());
    QCOMPARE(taken.fieldCodes(QStringLiteral("customFields.employee_no")), QStringList{QStringLiteral("taken")});
    QCOMPARE(admin.get(path).etag(), r.etag());
}

void TestCustomFields::usersEditOnlyTheirFields()
{
    ApiReply created = createUser(QStringLiteral("self.edit@example.org"),
                                  QJsonObject{{QStringLiteral("employee_no"), QStringLiteral("E-010")},
                                              {QStringLiteral("department"), QStringLiteral("Support")}});
    QCOMPARE(created.status, 201);
    Scenario::Account account;
    account.email = QStringLiteral("self.edit@example.org");
    account.password =
        m_scenario->activate(account.email, created.json().value(QStringLiteral("temporaryPassword")).toString());
    auto client = m_scenario->signIn(account);
    const ApiReply me = client->get(QStringLiteral("/api/v1/me"));
    ApiReply r = client->patch(QStringLiteral("/api/v1/me"),
                               QJsonObject{{QStringLiteral("customFields"),
                                            QJsonObject{{QStringLiteral("nickname"), QStringLiteral("Fi")},
                                                        {QStringLiteral("department"), QStringLiteral("Sales")},
                                                        {QStringLiteral("employee_no"), QStringLiteral("E-999")}}}},
                               me.etag());
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(QStringLiteral("customFields.department")), QStringList{QStringLiteral("not_editable")});
    QCOMPARE(r.fieldCodes(QStringLiteral("customFields.employee_no")), QStringList{QStringLiteral("not_editable")});
    QCOMPARE(r.fieldCodes(QStringLiteral("customFields.nickname")), QStringList{});
    // Their own field, with the admins' fields posted back unchanged, is fine.
    r = client->patch(QStringLiteral("/api/v1/me"),
                      QJsonObject{{QStringLiteral("customFields"),
                                   QJsonObject{{QStringLiteral("nickname"), QStringLiteral("Fi")},
                                               {QStringLiteral("department"), QStringLiteral("Support")}}}},
                      me.etag());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("customFields")).toObject().value(QStringLiteral("nickname")).toString(),
             QStringLiteral("Fi"));
}

void TestCustomFields::definitionsChangeUnderExistingUsers()
{
    // "badge" goes away and a required "site" arrives while users hold values.
    define(QJsonArray{
        definition(QStringLiteral("employee_no"), QStringLiteral("text"), true, true),
        definition(QStringLiteral("department"), QStringLiteral("choice"), false, false, QStringLiteral("admins"),
                   {QStringLiteral("Sales"), QStringLiteral("Support")}),
        definition(QStringLiteral("nickname"), QStringLiteral("text"), false, false, QStringLiteral("user")),
        definition(QStringLiteral("site"), QStringLiteral("text"), true),
    });
    ApiClient& admin = m_scenario->admin();
    const QString path = QStringLiteral("/api/v1/users/") + m_firstId;
    const QByteArray etag = admin.get(path).etag();
    // Edits that leave custom fields alone still work.
    ApiReply r = admin.patch(path, QJsonObject{{QStringLiteral("lastName"), QStringLiteral("Fieldwork")}}, etag);
    QCOMPARE(r.status, 200);
    // Touching them asks for the new required field, and never for the removed one.
    r = admin.patch(
        path,
        QJsonObject{{QStringLiteral("customFields"), QJsonObject{{QStringLiteral("nickname"), QStringLiteral("F")}}}},
        r.etag());
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(QStringLiteral("customFields.site")), QStringList{QStringLiteral("required")});
    QCOMPARE(r.fieldCodes(QStringLiteral("customFields.badge")), QStringList{});
    r = admin.patch(
        path,
        QJsonObject{{QStringLiteral("customFields"), QJsonObject{{QStringLiteral("site"), QStringLiteral("Madrid")}}}},
        admin.get(path).etag());
    QCOMPARE(r.status, 200);
    const QJsonObject values = r.json().value(QStringLiteral("customFields")).toObject();
    QCOMPARE(values.value(QStringLiteral("site")).toString(), QStringLiteral("Madrid"));
    QVERIFY(!values.contains(QStringLiteral("badge")));
    QCOMPARE(values.value(QStringLiteral("employee_no")).toString(), QStringLiteral("E-001"));
    // Sending the removed key explicitly is the client's mistake, and named.
    r = admin.patch(path, QJsonObject{{QStringLiteral("customFields"), QJsonObject{{QStringLiteral("badge"), 3}}}},
                    r.etag());
    QCOMPARE(r.fieldCodes(QStringLiteral("customFields.badge")), QStringList{QStringLiteral("unknown_field")});
}

void TestCustomFields::changesAreAudited()
{
    ApiClient& admin = m_scenario->admin();
    const ApiReply events = admin.get(QStringLiteral("/api/v1/audit?action=user.update&target=") + m_firstId);
    QCOMPARE(events.status, 200);
    bool sawSite = false;
    for (const QJsonValue& e : events.json().value(QStringLiteral("items")).toArray()) {
        for (const QJsonValue& c : e[QStringLiteral("changes")].toArray()) {
            QVERIFY(c[QStringLiteral("field")].toString() != QLatin1String("version"));
            if (c[QStringLiteral("field")].toString() == QLatin1String("customFields") &&
                c[QStringLiteral("after")][QStringLiteral("site")].toString() == QLatin1String("Madrid")) {
                sawSite = true;
                QVERIFY(!c[QStringLiteral("before")].toObject().contains(QStringLiteral("site")));
            }
        }
    }
    QVERIFY(sawSite);
}

QTEST_GUILESS_MAIN(TestCustomFields)
#include "tst_customfields.moc"

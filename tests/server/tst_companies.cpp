// /api/v1/companies through a real server: creation with the owner, validation naming each field,
// lists per scope, editing with If-Match (state only by the platform), and ownership transfer.
#include "ApiClient.h"
#include "Scenario.h"
#include "TestServer.h"

#include <QTest>

using namespace steward::test;

namespace {

QString companyPath(const QString& id, const char* action = nullptr)
{
    QString path = QStringLiteral("/api/v1/companies/") + id;
    if (action)
        path += QLatin1Char('/') + QLatin1String(action);
    return path;
}

QJsonObject withAddress(QJsonObject body, const QString& key, const QJsonValue& value)
{
    QJsonObject address = body.value(QStringLiteral("address")).toObject();
    if (value.isUndefined())
        address.remove(key);
    else
        address.insert(key, value);
    body.insert(QStringLiteral("address"), address);
    return body;
}

} // namespace

class TestCompanies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createWithOwner();
    void createValidation();
    void onlyThePlatformCreates();
    void listPerScope();
    void getCompany();
    void patchWithIfMatch();
    void patchValidation();
    void stateOnlyByThePlatform();
    void transferOwnershipRules();
    void transferOwnershipMovesTheGuard();

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Scenario> m_scenario;
    Scenario::Account m_acme;
    Scenario::Account m_globex;
};

void TestCompanies::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral("tst_companies"));
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
    m_scenario = std::make_unique<Scenario>(*m_server);
    m_acme = m_scenario->createCompany(QStringLiteral("Acme"));
    m_globex = m_scenario->createCompany(QStringLiteral("Globex"), QStringLiteral("de"));
}

void TestCompanies::createWithOwner()
{
    ApiClient& admin = m_scenario->admin();
    const ApiReply created =
        admin.post(QStringLiteral("/api/v1/companies"),
                   Scenario::companyBody(QStringLiteral("Initech"), QStringLiteral("peter@initech.example"),
                                         QStringLiteral("es")));
    QCOMPARE(created.status, 201);
    const QJsonObject company = created.json();
    const QString id = company.value(QStringLiteral("id")).toString();
    QCOMPARE(created.headers.value("location"), companyPath(id).toUtf8());
    QCOMPARE(created.etag(), QByteArray("\"v1\""));
    QCOMPARE(company.value(QStringLiteral("name")).toString(), QStringLiteral("Company Initech"));
    QCOMPARE(company.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    QCOMPARE(company.value(QStringLiteral("defaultLanguage")).toString(), QStringLiteral("es"));
    QCOMPARE(company.value(QStringLiteral("address")).toObject().value(QStringLiteral("country")).toString(),
             QStringLiteral("ES"));

    // The owner exists, belongs to the company, holds Admin and is its ownerId.
    const QString ownerId = company.value(QStringLiteral("ownerId")).toString();
    const ApiReply owner = admin.get(QStringLiteral("/api/v1/users/") + ownerId);
    QCOMPARE(owner.status, 200);
    QCOMPARE(owner.json().value(QStringLiteral("companyId")).toString(), id);
    QCOMPARE(owner.json().value(QStringLiteral("email")).toString(), QStringLiteral("peter@initech.example"));
    QCOMPARE(owner.json().value(QStringLiteral("language")).toString(), QStringLiteral("es"));
    QCOMPARE(owner.json().value(QStringLiteral("state")).toString(), QStringLiteral("created"));
    const QJsonArray roles = owner.json().value(QStringLiteral("roles")).toArray();
    QCOMPARE(roles.size(), 1);
    QCOMPARE(roles.at(0)[QStringLiteral("roleId")].toString(), adminRoleId());
    QCOMPARE(roles.at(0)[QStringLiteral("enabled")].toBool(), true);
}

void TestCompanies::createValidation()
{
    ApiClient& admin = m_scenario->admin();
    const QJsonObject good =
        Scenario::companyBody(QStringLiteral("Bad"), QStringLiteral("bad.owner@bad.example"), QStringLiteral("en"));
    const auto codes = [&](const QJsonObject& body, const QString& field) {
        const ApiReply r = admin.post(QStringLiteral("/api/v1/companies"), body);
        if (r.status != 422)
            qWarning("expected 422, got %s", qPrintable(r.describe()));
        return r.fieldCodes(field);
    };
    const QStringList required{QStringLiteral("required")};
    QCOMPARE(
        codes(withAddress(good, QStringLiteral("country"), QStringLiteral("XX")), QStringLiteral("address.country")),
        QStringList{QStringLiteral("unknown_country")});
    QCOMPARE(
        codes(withAddress(good, QStringLiteral("country"), QJsonValue::Undefined), QStringLiteral("address.country")),
        required);
    for (const char* part : {"street", "postalCode", "city"})
        QCOMPARE(codes(withAddress(good, QLatin1String(part), QJsonValue::Undefined),
                       QStringLiteral("address.") + QLatin1String(part)),
                 required);
    QCOMPARE(codes(withAddress(good, QStringLiteral("city"), QStringLiteral("  ")), QStringLiteral("address.city")),
             required);
    QCOMPARE(
        codes(withAddress(good, QStringLiteral("planet"), QStringLiteral("Mars")), QStringLiteral("address.planet")),
        QStringList{QStringLiteral("unknown_field")});

    QJsonObject body = good;
    body.insert(QStringLiteral("defaultLanguage"), QStringLiteral("tlh"));
    QCOMPARE(codes(body, QStringLiteral("defaultLanguage")), QStringList{QStringLiteral("invalid_value")});
    body = good;
    body.remove(QStringLiteral("name"));
    QCOMPARE(codes(body, QStringLiteral("name")), required);
    body = good;
    body.insert(QStringLiteral("name"), QStringLiteral("company ACME")); // names are unique, case-insensitively
    QCOMPARE(codes(body, QStringLiteral("name")), QStringList{QStringLiteral("taken")});

    QJsonObject owner = good.value(QStringLiteral("owner")).toObject();
    owner.insert(QStringLiteral("email"), QStringLiteral("not-an-email"));
    owner.insert(QStringLiteral("firstName"), 42);
    body = good;
    body.insert(QStringLiteral("owner"), owner);
    QCOMPARE(codes(body, QStringLiteral("owner.email")), QStringList{QStringLiteral("invalid_format")});
    QCOMPARE(codes(body, QStringLiteral("owner.firstName")), QStringList{QStringLiteral("invalid_type")});
    owner.insert(QStringLiteral("email"), m_acme.email);
    owner.insert(QStringLiteral("firstName"), QStringLiteral("Bea"));
    body.insert(QStringLiteral("owner"), owner);
    QCOMPARE(codes(body, QStringLiteral("owner.email")), QStringList{QStringLiteral("taken")});
    owner.remove(QStringLiteral("email"));
    body.insert(QStringLiteral("owner"), owner);
    QCOMPARE(codes(body, QStringLiteral("owner.email")), required);
    body.remove(QStringLiteral("owner"));
    QCOMPARE(codes(body, QStringLiteral("owner")), required);
    QCOMPARE(codes(body, QStringLiteral("owner.email")), QStringList{});

    // Nothing of those attempts was created.
    QCOMPARE(admin.get(QStringLiteral("/api/v1/companies?q=Company%20Bad")).json().value(QStringLiteral("total")),
             QJsonValue(0));
    QCOMPARE(admin.get(QStringLiteral("/api/v1/users?q=bad.owner")).json().value(QStringLiteral("total")),
             QJsonValue(0));
}

void TestCompanies::onlyThePlatformCreates()
{
    auto owner = m_scenario->signIn(m_acme);
    const ApiReply r = owner->post(
        QStringLiteral("/api/v1/companies"),
        Scenario::companyBody(QStringLiteral("Sneaky"), QStringLiteral("sneaky@sneaky.example"), QStringLiteral("en")));
    QCOMPARE(r.status, 403);
    QCOMPARE(
        m_scenario->admin().get(QStringLiteral("/api/v1/companies?q=Sneaky")).json().value(QStringLiteral("total")),
        QJsonValue(0));
}

void TestCompanies::listPerScope()
{
    ApiClient& admin = m_scenario->admin();
    const ApiReply all = admin.get(QStringLiteral("/api/v1/companies?sort=name"));
    QCOMPARE(all.status, 200);
    QStringList names;
    for (const QJsonValue& c : all.json().value(QStringLiteral("items")).toArray())
        names.append(c[QStringLiteral("name")].toString());
    QCOMPARE(names, (QStringList{"Company Acme", "Company Globex", "Company Initech"}));
    QCOMPARE(all.json().value(QStringLiteral("total")).toInt(), 3);
    const ApiReply page = admin.get(QStringLiteral("/api/v1/companies?sort=-name&limit=1&offset=1"));
    QCOMPARE(page.json().value(QStringLiteral("items")).toArray().at(0)[QStringLiteral("name")].toString(),
             QStringLiteral("Company Globex"));
    QCOMPARE(page.json().value(QStringLiteral("total")).toInt(), 3);
    QCOMPARE(admin.get(QStringLiteral("/api/v1/companies?q=glob")).json().value(QStringLiteral("total")).toInt(), 1);
    QCOMPARE(admin.get(QStringLiteral("/api/v1/companies?state=active")).json().value(QStringLiteral("total")).toInt(),
             3);
    QCOMPARE(admin.get(QStringLiteral("/api/v1/companies?state=bankrupt")).status, 400);
    QCOMPARE(admin.get(QStringLiteral("/api/v1/companies?limit=501")).status, 400);
    QCOMPARE(admin.get(QStringLiteral("/api/v1/companies?sort=taxId")).status, 400);

    auto owner = m_scenario->signIn(m_acme);
    const ApiReply mine = owner->get(QStringLiteral("/api/v1/companies"));
    QCOMPARE(mine.status, 200);
    QCOMPARE(mine.json().value(QStringLiteral("total")).toInt(), 1);
    QCOMPARE(mine.json().value(QStringLiteral("items")).toArray().at(0)[QStringLiteral("id")].toString(),
             m_acme.companyId);
    QCOMPARE(owner->get(QStringLiteral("/api/v1/companies?q=glob")).json().value(QStringLiteral("total")).toInt(), 0);
}

void TestCompanies::getCompany()
{
    const ApiReply r = m_scenario->admin().get(companyPath(m_acme.companyId));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("ownerId")).toString(), m_acme.id);
    QCOMPARE(r.etag(),
             QByteArray("\"v") + QByteArray::number(r.json().value(QStringLiteral("version")).toInteger()) + '"');
    // Every role of the company may read it.
    const Scenario::Account finance =
        m_scenario->createUser(m_acme.companyId, QStringLiteral("acme.finance"), {financeRoleId()});
    QCOMPARE(m_scenario->signIn(finance)->get(companyPath(m_acme.companyId)).status, 200);
    QCOMPARE(m_scenario->admin().get(companyPath(QUuid::createUuid().toString(QUuid::WithoutBraces))).status, 404);
}

void TestCompanies::patchWithIfMatch()
{
    auto owner = m_scenario->signIn(m_acme);
    const QString path = companyPath(m_acme.companyId);
    const ApiReply before = owner->get(path);
    const QJsonObject change{
        {QStringLiteral("name"), QStringLiteral("Acme Renamed")},
        {QStringLiteral("address"), QJsonObject{{QStringLiteral("street"), QStringLiteral("Hauptstraße 5")},
                                                {QStringLiteral("postalCode"), QStringLiteral("10115")},
                                                {QStringLiteral("city"), QStringLiteral("Berlin")},
                                                {QStringLiteral("country"), QStringLiteral("de")}}},
        {QStringLiteral("usersMayEditName"), false},
        {QStringLiteral("customFields"),
         QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("cost_center")},
                                {QStringLiteral("label"), QStringLiteral("Cost center")},
                                {QStringLiteral("type"), QStringLiteral("choice")},
                                {QStringLiteral("options"), QJsonArray{QStringLiteral("A"), QStringLiteral("B")}}}}}};
    QCOMPARE(owner->patch(path, change).status, 428);
    QCOMPARE(owner->patch(path, change, "\"v0\"").status, 412);
    const ApiReply r = owner->patch(path, change, before.etag());
    QCOMPARE(r.status, 200);
    QVERIFY(r.etag() != before.etag());
    const QJsonObject company = owner->get(path).json();
    QCOMPARE(company.value(QStringLiteral("name")).toString(), QStringLiteral("Acme Renamed"));
    QCOMPARE(company.value(QStringLiteral("legalName")), before.json().value(QStringLiteral("legalName")));
    const QJsonObject address = company.value(QStringLiteral("address")).toObject();
    QCOMPARE(address.value(QStringLiteral("city")).toString(), QStringLiteral("Berlin"));
    QCOMPARE(address.value(QStringLiteral("country")).toString(), QStringLiteral("DE"));
    QCOMPARE(address.value(QStringLiteral("region")).toString(), QString()); // the address is replaced whole
    QCOMPARE(company.value(QStringLiteral("usersMayEditName")).toBool(), false);
    const QJsonObject field = company.value(QStringLiteral("customFields")).toArray().at(0).toObject();
    QCOMPARE(field.value(QStringLiteral("key")).toString(), QStringLiteral("cost_center"));
    QCOMPARE(field.value(QStringLiteral("editableBy")).toString(), QStringLiteral("admins"));
    QCOMPARE(field.value(QStringLiteral("options")).toArray().size(), 2);
    QCOMPARE(owner->patch(path, QJsonObject{{QStringLiteral("name"), QStringLiteral("Again")}}, before.etag()).status,
             412);
}

void TestCompanies::patchValidation()
{
    ApiClient& admin = m_scenario->admin();
    const QString path = companyPath(m_globex.companyId);
    const QByteArray etag = admin.get(path).etag();
    const QJsonObject bad{
        {QStringLiteral("name"), QString()},
        {QStringLiteral("address"), QJsonObject{{QStringLiteral("street"), QStringLiteral("Only a street")},
                                                {QStringLiteral("country"), QStringLiteral("DEU")}}},
        {QStringLiteral("usersMayEditName"), QStringLiteral("no")},
        {QStringLiteral("customFields"), QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("Bad Key")},
                                                                {QStringLiteral("label"), QStringLiteral("x")},
                                                                {QStringLiteral("type"), QStringLiteral("text")}},
                                                    QJsonObject{{QStringLiteral("key"), QStringLiteral("size")},
                                                                {QStringLiteral("label"), QStringLiteral("Size")},
                                                                {QStringLiteral("type"), QStringLiteral("choice")}},
                                                    QJsonObject{{QStringLiteral("key"), QStringLiteral("size")},
                                                                {QStringLiteral("label"), QStringLiteral("Again")},
                                                                {QStringLiteral("type"), QStringLiteral("blob")},
                                                                {QStringLiteral("editable"), QStringLiteral("user")}},
                                                    QStringLiteral("not an object")}},
        {QStringLiteral("ownerId"), m_acme.id}};
    const ApiReply r = admin.patch(path, bad, etag);
    QCOMPARE(r.status, 422);
    const QStringList required{QStringLiteral("required")};
    QCOMPARE(r.fieldCodes(QStringLiteral("name")), required);
    QCOMPARE(r.fieldCodes(QStringLiteral("address.postalCode")), required);
    QCOMPARE(r.fieldCodes(QStringLiteral("address.city")), required);
    QCOMPARE(r.fieldCodes(QStringLiteral("address.country")), QStringList{QStringLiteral("invalid_format")});
    QCOMPARE(r.fieldCodes(QStringLiteral("usersMayEditName")), QStringList{QStringLiteral("invalid_type")});
    QCOMPARE(r.fieldCodes(QStringLiteral("customFields[0].key")), QStringList{QStringLiteral("invalid_format")});
    QCOMPARE(r.fieldCodes(QStringLiteral("customFields[1].options")), required);
    QCOMPARE(r.fieldCodes(QStringLiteral("customFields[2].type")), QStringList{QStringLiteral("invalid_value")});
    QCOMPARE(r.fieldCodes(QStringLiteral("customFields[2].editable")), QStringList{QStringLiteral("unknown_field")});
    QCOMPARE(r.fieldCodes(QStringLiteral("customFields[3]")), QStringList{QStringLiteral("invalid_type")});
    // The owner changes only through a transfer.
    QCOMPARE(r.fieldCodes(QStringLiteral("ownerId")), QStringList{QStringLiteral("unknown_field")});
    QCOMPARE(admin.get(path).etag(), etag);

    const QJsonObject twice{
        {QStringLiteral("customFields"), QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("size")},
                                                                {QStringLiteral("label"), QStringLiteral("Size")},
                                                                {QStringLiteral("type"), QStringLiteral("number")}},
                                                    QJsonObject{{QStringLiteral("key"), QStringLiteral("size")},
                                                                {QStringLiteral("label"), QStringLiteral("Size 2")},
                                                                {QStringLiteral("type"), QStringLiteral("text")}}}}};
    QCOMPARE(admin.patch(path, twice, etag).fieldCodes(QStringLiteral("customFields[1].key")),
             QStringList{QStringLiteral("duplicate")});
}

void TestCompanies::stateOnlyByThePlatform()
{
    const QString path = companyPath(m_globex.companyId);
    auto owner = m_scenario->signIn(m_globex);
    ApiReply read = owner->get(path);
    const ApiReply refused =
        owner->patch(path, QJsonObject{{QStringLiteral("state"), QStringLiteral("suspended")}}, read.etag());
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.fieldCodes(QStringLiteral("state")), QStringList{QStringLiteral("not_editable")});
    QCOMPARE(owner->get(path).json().value(QStringLiteral("state")).toString(), QStringLiteral("active"));

    ApiClient& admin = m_scenario->admin();
    const ApiReply suspended =
        admin.patch(path, QJsonObject{{QStringLiteral("state"), QStringLiteral("suspended")}}, read.etag());
    QCOMPARE(suspended.status, 200);
    QCOMPARE(suspended.json().value(QStringLiteral("state")).toString(), QStringLiteral("suspended"));
    QCOMPARE(
        admin.get(QStringLiteral("/api/v1/companies?state=suspended")).json().value(QStringLiteral("total")).toInt(),
        1);
    const ApiReply bogus =
        admin.patch(path, QJsonObject{{QStringLiteral("state"), QStringLiteral("gone")}}, suspended.etag());
    QCOMPARE(bogus.fieldCodes(QStringLiteral("state")), QStringList{QStringLiteral("invalid_value")});
    const ApiReply active =
        admin.patch(path, QJsonObject{{QStringLiteral("state"), QStringLiteral("active")}}, suspended.etag());
    QCOMPARE(active.status, 200);
    QCOMPARE(active.json().value(QStringLiteral("state")).toString(), QStringLiteral("active"));
}

void TestCompanies::transferOwnershipRules()
{
    const QString path = companyPath(m_acme.companyId, "transfer-ownership");
    const Scenario::Account admin =
        m_scenario->createUser(m_acme.companyId, QStringLiteral("acme.admin"), {adminRoleId()});
    const auto transfer = [&](ApiClient& client, const QString& userId) {
        return client.post(path, QJsonObject{{QStringLiteral("userId"), userId}});
    };
    // An admin who is not the owner cannot give the company away.
    const ApiReply notOwner = transfer(*m_scenario->signIn(admin), admin.id);
    QCOMPARE(notOwner.status, 403);

    auto owner = m_scenario->signIn(m_acme);
    QCOMPARE(transfer(*owner, m_globex.id).fieldCodes(QStringLiteral("userId")),
             QStringList{QStringLiteral("not_in_company")});
    QCOMPARE(transfer(*owner, QUuid::createUuid().toString(QUuid::WithoutBraces)).fieldCodes(QStringLiteral("userId")),
             QStringList{QStringLiteral("not_in_company")});
    const ApiReply invited = m_scenario->admin().post(
        QStringLiteral("/api/v1/users"), QJsonObject{{QStringLiteral("companyId"), m_acme.companyId},
                                                     {QStringLiteral("email"), QStringLiteral("newbie@acme.example")},
                                                     {QStringLiteral("firstName"), QStringLiteral("New")},
                                                     {QStringLiteral("lastName"), QStringLiteral("Bie")}});
    const ApiReply notEnabled = transfer(*owner, invited.json().value(QStringLiteral("id")).toString());
    QCOMPARE(notEnabled.status, 422);
    QCOMPARE(notEnabled.fieldCodes(QStringLiteral("userId")), QStringList{QStringLiteral("not_enabled")});
    const Scenario::Account off = m_scenario->createUser(m_acme.companyId, QStringLiteral("acme.off"));
    QCOMPARE(m_scenario->admin().post(QStringLiteral("/api/v1/users/") + off.id + QStringLiteral("/deactivate")).status,
             200);
    QCOMPARE(transfer(*owner, off.id).fieldCodes(QStringLiteral("userId")), QStringList{QStringLiteral("not_enabled")});
    const ApiReply missing = owner->post(path, QJsonObject{{QStringLiteral("userId"), QStringLiteral("nope")}});
    QCOMPARE(missing.fieldCodes(QStringLiteral("userId")), QStringList{QStringLiteral("invalid_id")});
    QCOMPARE(m_scenario->admin().get(companyPath(m_acme.companyId)).json().value(QStringLiteral("ownerId")).toString(),
             m_acme.id);
}

void TestCompanies::transferOwnershipMovesTheGuard()
{
    ApiClient& platform = m_scenario->admin();
    const Scenario::Account heir = m_scenario->createUser(m_acme.companyId, QStringLiteral("acme.heir"));
    auto heirClient = m_scenario->signIn(heir);
    QCOMPARE(heirClient->post(QStringLiteral("/api/v1/users"), QJsonObject()).status, 403); // no roles yet

    auto owner = m_scenario->signIn(m_acme);
    const ApiReply r = owner->post(companyPath(m_acme.companyId, "transfer-ownership"),
                                   QJsonObject{{QStringLiteral("userId"), heir.id}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("ownerId")).toString(), heir.id);
    // The new owner holds Admin implicitly, without an assignment.
    QCOMPARE(heirClient->post(QStringLiteral("/api/v1/users"), QJsonObject()).status, 422);
    // The guard moved: the old owner can be deactivated now, the new one cannot.
    const ApiReply guarded = platform.post(QStringLiteral("/api/v1/users/") + heir.id + QStringLiteral("/deactivate"));
    QCOMPARE(guarded.status, 409);
    QCOMPARE(guarded.json().value(QStringLiteral("code")).toString(), QStringLiteral("owner_protected"));
    QCOMPARE(heirClient->post(QStringLiteral("/api/v1/users/") + m_acme.id + QStringLiteral("/deactivate")).status,
             200);
    QCOMPARE(owner->get(QStringLiteral("/api/v1/me")).status, 401);

    // Back again, the former owner keeps their Admin role but can no longer hand the company on.
    const ApiReply back = platform.post(QStringLiteral("/api/v1/users/") + m_acme.id + QStringLiteral("/reactivate"));
    QCOMPARE(back.status, 200);
    auto former = m_scenario->signIn(m_acme);
    QCOMPARE(former
                 ->post(companyPath(m_acme.companyId, "transfer-ownership"),
                        QJsonObject{{QStringLiteral("userId"), m_acme.id}})
                 .status,
             403);
    // A platform administrator may transfer.
    const ApiReply byPlatform = platform.post(companyPath(m_acme.companyId, "transfer-ownership"),
                                              QJsonObject{{QStringLiteral("userId"), m_acme.id}});
    QCOMPARE(byPlatform.status, 200);
    QCOMPARE(byPlatform.json().value(QStringLiteral("ownerId")).toString(), m_acme.id);
}

QTEST_GUILESS_MAIN(TestCompanies)
#include "tst_companies.moc"

// Company isolation through a real server: an administrator of company A gets 404 — never 403,
// never data — for every user and company route that touches company B, and A's lists never
// contain B's rows.
#include "ApiClient.h"
#include "Scenario.h"
#include "TestServer.h"

#include <QJsonDocument>
#include <QTest>

using namespace steward::test;

class TestIsolation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void userRoutesAnswer404_data();
    void userRoutesAnswer404();
    void companyRoutesAnswer404();
    void listsNeverShowAnotherCompany();
    void creatingInAnotherCompany();
    void unitsOfAnotherCompany();
    void platformStaffAreInvisible();
    void nothingChangedInCompanyB();

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Scenario> m_scenario;
    Scenario::Account m_ownerA;
    Scenario::Account m_ownerB;
    Scenario::Account m_userB;
    std::unique_ptr<ApiClient> m_adminA;
    std::unique_ptr<ApiClient> m_sessionB;
    QByteArray m_userBEtag;
    QByteArray m_companyBEtag;
};

void TestIsolation::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral("tst_isolation"));
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
    m_scenario = std::make_unique<Scenario>(*m_server);
    m_ownerA = m_scenario->createCompany(QStringLiteral("Alpha"));
    m_ownerB = m_scenario->createCompany(QStringLiteral("Beta"));
    m_userB = m_scenario->createUser(m_ownerB.companyId, QStringLiteral("beta.user"), {financeRoleId()});
    // A's administrator is an Admin by role, not the owner, to test the ordinary case.
    m_adminA =
        m_scenario->signIn(m_scenario->createUser(m_ownerA.companyId, QStringLiteral("alpha.admin"), {adminRoleId()}));
    m_sessionB = m_scenario->signIn(m_userB);
    m_userBEtag = m_scenario->admin().get(QStringLiteral("/api/v1/users/") + m_userB.id).etag();
    m_companyBEtag = m_scenario->admin().get(QStringLiteral("/api/v1/companies/") + m_ownerB.companyId).etag();
}

void TestIsolation::userRoutesAnswer404_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QJsonValue>("body");
    QTest::addColumn<bool>("ifMatch");
    const QJsonObject patch{{QStringLiteral("firstName"), QStringLiteral("Hacked")}};
    const QJsonArray roles{QJsonObject{{QStringLiteral("roleId"), adminRoleId()}}};
    QTest::newRow("GET") << QByteArray("GET") << QString() << QJsonValue(QJsonValue::Undefined) << false;
    QTest::newRow("PATCH") << QByteArray("PATCH") << QString() << QJsonValue(patch) << true;
    QTest::newRow("PATCH without If-Match") << QByteArray("PATCH") << QString() << QJsonValue(patch) << false;
    QTest::newRow("DELETE") << QByteArray("DELETE") << QString() << QJsonValue(QJsonValue::Undefined) << false;
    QTest::newRow("PUT roles") << QByteArray("PUT") << QStringLiteral("/roles") << QJsonValue(roles) << true;
    QTest::newRow("PUT roles without If-Match")
        << QByteArray("PUT") << QStringLiteral("/roles") << QJsonValue(roles) << false;
    for (const char* action : {"enable", "deactivate", "reactivate", "unlock", "temporary-password", "revoke-sessions"})
        QTest::newRow(action) << QByteArray("POST") << QStringLiteral("/") + QLatin1String(action)
                              << QJsonValue(QJsonValue::Undefined) << false;
    QTest::newRow("audit of the user") << QByteArray("GET") << QStringLiteral("/audit")
                                       << QJsonValue(QJsonValue::Undefined) << false;
}

void TestIsolation::userRoutesAnswer404()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, suffix);
    QFETCH(QJsonValue, body);
    QFETCH(bool, ifMatch);
    QHash<QByteArray, QByteArray> headers;
    QByteArray payload;
    if (!body.isUndefined()) {
        headers.insert("Content-Type", "application/json");
        payload = body.isArray() ? QJsonDocument(body.toArray()).toJson() : QJsonDocument(body.toObject()).toJson();
    }
    if (ifMatch)
        headers.insert("If-Match", m_userBEtag);
    const ApiReply foreign =
        m_adminA->send(method, QStringLiteral("/api/v1/users/") + m_userB.id + suffix, payload, headers);
    QCOMPARE(foreign.status, 404);
    QVERIFY(foreign.contentType().startsWith("application/problem+json"));
    QVERIFY(!foreign.body.contains(m_userB.email.toUtf8()));
    // Exactly what a user that does not exist gets: nothing tells them apart.
    const QString ghost = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const ApiReply missing =
        m_adminA->send(method, QStringLiteral("/api/v1/users/") + ghost + suffix, payload, headers);
    QJsonObject a = foreign.json(), b = missing.json();
    a.remove(QStringLiteral("instance"));
    b.remove(QStringLiteral("instance"));
    QCOMPARE(a, b);
}

void TestIsolation::companyRoutesAnswer404()
{
    const QString path = QStringLiteral("/api/v1/companies/") + m_ownerB.companyId;
    const auto ownerA = m_scenario->signIn(m_ownerA);
    for (ApiClient* client : {m_adminA.get(), ownerA.get()}) {
        QCOMPARE(client->get(path).status, 404);
        QCOMPARE(client->patch(path, QJsonObject{{QStringLiteral("name"), QStringLiteral("Mine now")}}, m_companyBEtag)
                     .status,
                 404);
        QCOMPARE(client->patch(path, QJsonObject{{QStringLiteral("name"), QStringLiteral("Mine now")}}).status, 404);
        QCOMPARE(client
                     ->post(path + QStringLiteral("/transfer-ownership"),
                            QJsonObject{{QStringLiteral("userId"), m_ownerA.id}})
                     .status,
                 404);
    }
    // An owner of A cannot even move B's ownership to one of B's own users.
    QCOMPARE(
        ownerA->post(path + QStringLiteral("/transfer-ownership"), QJsonObject{{QStringLiteral("userId"), m_userB.id}})
            .status,
        404);
}

void TestIsolation::listsNeverShowAnotherCompany()
{
    const auto idsOf = [](const ApiReply& r) {
        QStringList ids;
        for (const QJsonValue& item : r.json().value(QStringLiteral("items")).toArray())
            ids.append(item[QStringLiteral("companyId")].isUndefined() ? item[QStringLiteral("id")].toString()
                                                                       : item[QStringLiteral("companyId")].toString());
        return ids;
    };
    const ApiReply own = m_adminA->get(QStringLiteral("/api/v1/users"));
    QCOMPARE(own.status, 200);
    const qint64 ownTotal = own.json().value(QStringLiteral("total")).toInteger();
    QCOMPARE(ownTotal, 2); // the owner and the admin
    // Naming company B is ignored for a company user: still only A's rows.
    const QStringList queries{QString(QStringLiteral("company=") + m_ownerB.companyId), QStringLiteral("q=beta"),
                              QString(QStringLiteral("role=") + financeRoleId()),
                              QString(QStringLiteral("company=") + m_ownerB.companyId + QStringLiteral("&q=beta.user")),
                              QStringLiteral("limit=500&sort=-createdAt")};
    for (const QString& query : queries) {
        const ApiReply r = m_adminA->get(QStringLiteral("/api/v1/users?") + query);
        QCOMPARE(r.status, 200);
        for (const QString& company : idsOf(r))
            QCOMPARE(company, m_ownerA.companyId);
        QVERIFY(!r.body.contains(m_userB.email.toUtf8()));
        QVERIFY(r.json().value(QStringLiteral("total")).toInteger() <= ownTotal);
    }
    const ApiReply companies = m_adminA->get(QStringLiteral("/api/v1/companies?limit=500"));
    QCOMPARE(idsOf(companies), QStringList{m_ownerA.companyId});
    QCOMPARE(companies.json().value(QStringLiteral("total")).toInt(), 1);
}

void TestIsolation::creatingInAnotherCompany()
{
    QJsonObject body{{QStringLiteral("companyId"), m_ownerB.companyId},
                     {QStringLiteral("email"), QStringLiteral("planted@example.org")},
                     {QStringLiteral("firstName"), QStringLiteral("Plant")},
                     {QStringLiteral("lastName"), QStringLiteral("Ed")}};
    const ApiReply existing = m_adminA->post(QStringLiteral("/api/v1/users"), body);
    QCOMPARE(existing.status, 404);
    // A company that does not exist answers the same: company ids do not leak either.
    body.insert(QStringLiteral("companyId"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    const ApiReply missing = m_adminA->post(QStringLiteral("/api/v1/users"), body);
    QCOMPARE(missing.status, 404);
    QCOMPARE(m_scenario->admin().get(QStringLiteral("/api/v1/users?q=planted")).json().value(QStringLiteral("total")),
             QJsonValue(0));
}

void TestIsolation::unitsOfAnotherCompany()
{
    const ApiReply unit = m_scenario->admin().post(QStringLiteral("/api/v1/org-units"),
                                                   QJsonObject{{QStringLiteral("companyId"), m_ownerB.companyId},
                                                               {QStringLiteral("name"), QStringLiteral("Beta HQ")}});
    QCOMPARE(unit.status, 201);
    const QString unitId = unit.json().value(QStringLiteral("id")).toString();
    // B's unit is unknown in A, whether in a filter, on a new user or on an edit.
    QCOMPARE(m_adminA->get(QStringLiteral("/api/v1/users?orgUnit=") + unitId).json().value(QStringLiteral("total")),
             QJsonValue(0));
    const ApiReply created = m_adminA->post(QStringLiteral("/api/v1/users"),
                                            QJsonObject{{QStringLiteral("email"), QStringLiteral("unit@example.org")},
                                                        {QStringLiteral("firstName"), QStringLiteral("Uni")},
                                                        {QStringLiteral("lastName"), QStringLiteral("T")},
                                                        {QStringLiteral("orgUnitIds"), QJsonArray{unitId}}});
    QCOMPARE(created.status, 422);
    QCOMPARE(created.fieldCodes(QStringLiteral("orgUnitIds[0]")), QStringList{QStringLiteral("unknown_unit")});
    const QString path = QStringLiteral("/api/v1/users/") + m_ownerA.id;
    const ApiReply edited = m_adminA->patch(path, QJsonObject{{QStringLiteral("orgUnitIds"), QJsonArray{unitId}}},
                                            m_adminA->get(path).etag());
    QCOMPARE(edited.status, 422);
    QCOMPARE(edited.fieldCodes(QStringLiteral("orgUnitIds[0]")), QStringList{QStringLiteral("unknown_unit")});
}

void TestIsolation::platformStaffAreInvisible()
{
    const QString staffId =
        m_scenario->admin().get(QStringLiteral("/api/v1/me")).json().value(QStringLiteral("id")).toString();
    QCOMPARE(m_adminA->get(QStringLiteral("/api/v1/users/") + staffId).status, 404);
    QCOMPARE(m_adminA->post(QStringLiteral("/api/v1/users/") + staffId + QStringLiteral("/deactivate")).status, 404);
    QCOMPARE(m_adminA->post(QStringLiteral("/api/v1/users/") + staffId + QStringLiteral("/temporary-password")).status,
             404);
    QVERIFY(!m_adminA->get(QStringLiteral("/api/v1/users?q=platform")).body.contains(TestServer::kAdminEmail));
}

void TestIsolation::nothingChangedInCompanyB()
{
    // A user of A who may not read users at all is refused before any lookup: the same 403 for B's
    // user, for A's and for nobody, so it tells nothing either.
    const Scenario::Account financeA =
        m_scenario->createUser(m_ownerA.companyId, QStringLiteral("alpha.finance"), {financeRoleId()});
    auto finance = m_scenario->signIn(financeA);
    const auto answer = [&](const QString& id) {
        QJsonObject o = finance->get(QStringLiteral("/api/v1/users/") + id).json();
        o.remove(QStringLiteral("instance"));
        return o;
    };
    QCOMPARE(answer(m_userB.id).value(QStringLiteral("status")).toInt(), 403);
    QCOMPARE(answer(m_userB.id), answer(m_ownerA.id));
    QCOMPARE(answer(m_userB.id), answer(QUuid::createUuid().toString(QUuid::WithoutBraces)));

    const ApiReply user = m_scenario->admin().get(QStringLiteral("/api/v1/users/") + m_userB.id);
    QCOMPARE(user.etag(), m_userBEtag);
    QCOMPARE(user.json().value(QStringLiteral("state")).toString(), QStringLiteral("enabled"));
    QCOMPARE(user.json().value(QStringLiteral("firstName")).toString(), QStringLiteral("Uma"));
    QCOMPARE(m_scenario->admin().get(QStringLiteral("/api/v1/companies/") + m_ownerB.companyId).etag(), m_companyBEtag);
    QCOMPARE(m_sessionB->get(QStringLiteral("/api/v1/me")).status, 200);               // no session of B was revoked
    QCOMPARE(ApiClient(*m_server).login(m_userB.email, m_userB.password).status, 200); // nor password replaced
}

QTEST_GUILESS_MAIN(TestIsolation)
#include "tst_isolation.moc"

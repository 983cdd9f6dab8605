// /api/v1/users through a real server: creation with each onboarding, roles, usernames and
// uniqueness; reading; editing with If-Match; deleting with the owner and self guards.
#include "ApiClient.h"
#include "Scenario.h"
#include "TestServer.h"

#include <QTest>
#include <domain/Permissions.h>

using namespace steward::test;

namespace {

QString userPath(const QString& id)
{
    return QStringLiteral("/api/v1/users/") + id;
}

QJsonObject newUser(const QString& companyId, const QString& email, const QString& onboarding)
{
    QJsonObject body{{QStringLiteral("companyId"), companyId},
                     {QStringLiteral("email"), email},
                     {QStringLiteral("firstName"), QStringLiteral("Nora")},
                     {QStringLiteral("lastName"), QStringLiteral("Núñez")}};
    if (!onboarding.isEmpty())
        body.insert(QStringLiteral("onboarding"), onboarding);
    return body;
}

} // namespace

class TestUsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void onboardingInvite();
    void onboardingTemporaryPassword();
    void onboardingNone();
    void onboardingUnknownIsRefused();
    void rolesOnCreate();
    void usernameDerivedWhenAbsent();
    void duplicateEmailAndUsername();
    void companyAdminCreatesInTheirOwnCompany();
    void getUser();
    void patchNeedsIfMatch();
    void deleteUser();
    void deleteGuards();

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Scenario> m_scenario;
    Scenario::Account m_owner;
};

void TestUsers::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral("tst_users"));
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
    m_scenario = std::make_unique<Scenario>(*m_server);
    m_owner = m_scenario->createCompany(QStringLiteral("Users"));
}

void TestUsers::onboardingInvite()
{
    ApiClient& admin = m_scenario->admin();
    // Invitation is the default onboarding.
    const ApiReply created = admin.post(QStringLiteral("/api/v1/users"),
                                        newUser(m_owner.companyId, QStringLiteral("invited@example.org"), {}));
    QCOMPARE(created.status, 201);
    const QJsonObject user = created.json();
    QCOMPARE(user.value(QStringLiteral("state")).toString(), QStringLiteral("created"));
    QCOMPARE(user.value(QStringLiteral("companyId")).toString(), m_owner.companyId);
    QCOMPARE(user.value(QStringLiteral("email")).toString(), QStringLiteral("invited@example.org"));
    QCOMPARE(user.value(QStringLiteral("lastName")).toString(), QStringLiteral("Núñez"));
    QCOMPARE(user.value(QStringLiteral("language")).toString(), QStringLiteral("en")); // the company's default
    QCOMPARE(user.value(QStringLiteral("emailVerified")).toBool(), false);
    QCOMPARE(user.value(QStringLiteral("hasPassword")).toBool(), false);
    QVERIFY(!user.contains(QStringLiteral("temporaryPassword")));
    QVERIFY(user.value(QStringLiteral("lastSignInAt")).isNull());
    QCOMPARE(created.etag(), QByteArray("\"v1\""));
    QCOMPARE(created.headers.value("location"),
             (QStringLiteral("/api/v1/users/") + user.value(QStringLiteral("id")).toString()).toUtf8());
    // Without a password of their own the user cannot sign in yet.
    QCOMPARE(ApiClient(*m_server).login(QStringLiteral("invited@example.org"), QStringLiteral("Anything-12345")).status,
             401);
}

void TestUsers::onboardingTemporaryPassword()
{
    ApiClient& admin = m_scenario->admin();
    const ApiReply created =
        admin.post(QStringLiteral("/api/v1/users"), newUser(m_owner.companyId, QStringLiteral("temporary@example.org"),
                                                            QStringLiteral("temporary-password")));
    QCOMPARE(created.status, 201);
    const QString temporary = created.json().value(QStringLiteral("temporaryPassword")).toString();
    QVERIFY(temporary.size() >= 16);
    QCOMPARE(created.json().value(QStringLiteral("mustChangePassword")).toBool(), true);
    QCOMPARE(created.json().value(QStringLiteral("state")).toString(), QStringLiteral("created"));
    ApiClient user(*m_server);
    const ApiReply login = user.login(QStringLiteral("temporary@example.org"), temporary);
    QCOMPARE(login.status, 200);
    QCOMPARE(login.json().value(QStringLiteral("mustChangePassword")).toBool(), true);
    // Changing it is the user's first password of their own: created → enabled.
    QCOMPARE(user.post(QStringLiteral("/api/v1/me/password"),
                       QJsonObject{{QStringLiteral("currentPassword"), temporary},
                                   {QStringLiteral("newPassword"), QStringLiteral("Quiet-Harbour-Lights-9")}})
                 .status,
             204);
    const ApiReply after = admin.get(userPath(created.json().value(QStringLiteral("id")).toString()));
    QCOMPARE(after.json().value(QStringLiteral("state")).toString(), QStringLiteral("enabled"));
    QCOMPARE(after.json().value(QStringLiteral("hasPassword")).toBool(), true);
    QCOMPARE(after.json().value(QStringLiteral("mustChangePassword")).toBool(), false);
}

void TestUsers::onboardingNone()
{
    const ApiReply created = m_scenario->admin().post(
        QStringLiteral("/api/v1/users"),
        newUser(m_owner.companyId, QStringLiteral("quiet@example.org"), QStringLiteral("none")));
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().value(QStringLiteral("state")).toString(), QStringLiteral("created"));
    QVERIFY(!created.json().contains(QStringLiteral("temporaryPassword")));
    QCOMPARE(created.json().value(QStringLiteral("mustChangePassword")).toBool(), false);
}

void TestUsers::onboardingUnknownIsRefused()
{
    const ApiReply r = m_scenario->admin().post(
        QStringLiteral("/api/v1/users"),
        newUser(m_owner.companyId, QStringLiteral("never@example.org"), QStringLiteral("carrier-pigeon")));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(QStringLiteral("onboarding")), QStringList{QStringLiteral("invalid_value")});
    QCOMPARE(m_scenario->admin()
                 .get(QStringLiteral("/api/v1/users?q=never%40example.org"))
                 .json()
                 .value(QStringLiteral("total")),
             QJsonValue(0));
}

void TestUsers::rolesOnCreate()
{
    QJsonObject body = newUser(m_owner.companyId, QStringLiteral("roles@example.org"), QStringLiteral("none"));
    body.insert(QStringLiteral("roleIds"), QJsonArray{financeRoleId(), operationsRoleId()});
    const ApiReply created = m_scenario->admin().post(QStringLiteral("/api/v1/users"), body);
    QCOMPARE(created.status, 201);
    QHash<QString, QPair<QString, bool>> roles;
    for (const QJsonValue& r : created.json().value(QStringLiteral("roles")).toArray())
        roles.insert(r[QStringLiteral("roleId")].toString(),
                     {r[QStringLiteral("name")].toString(), r[QStringLiteral("enabled")].toBool()});
    QCOMPARE(roles.size(), 2);
    QCOMPARE(roles.value(financeRoleId()).first, QStringLiteral("Finance"));
    QCOMPARE(roles.value(financeRoleId()).second, true);
    QCOMPARE(roles.value(operationsRoleId()).first, QStringLiteral("Operations"));

    body.insert(QStringLiteral("email"), QStringLiteral("roles2@example.org"));
    body.insert(QStringLiteral("roleIds"),
                QJsonArray{financeRoleId(), QUuid::createUuid().toString(QUuid::WithoutBraces)});
    const ApiReply unknown = m_scenario->admin().post(QStringLiteral("/api/v1/users"), body);
    QCOMPARE(unknown.status, 422);
    QCOMPARE(unknown.fieldCodes(QStringLiteral("roleIds[1]")), QStringList{QStringLiteral("unknown_role")});
    // A platform role cannot be held inside a company.
    body.insert(QStringLiteral("roleIds"),
                QJsonArray{steward::builtin::platformAdminRoleId().toString(QUuid::WithoutBraces)});
    QCOMPARE(m_scenario->admin().post(QStringLiteral("/api/v1/users"), body).fieldCodes(QStringLiteral("roleIds[0]")),
             QStringList{QStringLiteral("unknown_role")});
    body.insert(QStringLiteral("roleIds"), QJsonArray{financeRoleId(), financeRoleId()});
    QCOMPARE(m_scenario->admin().post(QStringLiteral("/api/v1/users"), body).fieldCodes(QStringLiteral("roleIds[1]")),
             QStringList{QStringLiteral("duplicate")});
}

void TestUsers::usernameDerivedWhenAbsent()
{
    ApiClient& admin = m_scenario->admin();
    const ApiReply first = admin.post(QStringLiteral("/api/v1/users"),
                                      newUser(m_owner.companyId, QStringLiteral("Ana.Garcia+news@Example.org"), {}));
    QCOMPARE(first.status, 201);
    QCOMPARE(first.json().value(QStringLiteral("username")).toString(), QStringLiteral("ana.garcianews"));
    const ApiReply second = admin.post(QStringLiteral("/api/v1/users"),
                                       newUser(m_owner.companyId, QStringLiteral("ana.garcianews@other.example"), {}));
    QCOMPARE(second.status, 201);
    QCOMPARE(second.json().value(QStringLiteral("username")).toString(), QStringLiteral("ana.garcianews2"));
    // An explicit username is taken as given, lower-cased.
    QJsonObject body = newUser(m_owner.companyId, QStringLiteral("explicit@example.org"), {});
    body.insert(QStringLiteral("username"), QStringLiteral("The.Explicit_One"));
    QCOMPARE(admin.post(QStringLiteral("/api/v1/users"), body).json().value(QStringLiteral("username")).toString(),
             QStringLiteral("the.explicit_one"));
}

void TestUsers::duplicateEmailAndUsername()
{
    ApiClient& admin = m_scenario->admin();
    QJsonObject body = newUser(m_owner.companyId, QStringLiteral("unique.person@example.org"), {});
    body.insert(QStringLiteral("username"), QStringLiteral("unique.person"));
    QCOMPARE(admin.post(QStringLiteral("/api/v1/users"), body).status, 201);

    body.insert(QStringLiteral("email"), QStringLiteral("UNIQUE.Person@EXAMPLE.org"));
    body.insert(QStringLiteral("username"), QStringLiteral("someone.else"));
    ApiReply r = admin.post(QStringLiteral("/api/v1/users"), body);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(QStringLiteral("email")), QStringList{QStringLiteral("taken")});

    body.insert(QStringLiteral("email"), QStringLiteral("different.person@example.org"));
    body.insert(QStringLiteral("username"), QStringLiteral("Unique.PERSON"));
    r = admin.post(QStringLiteral("/api/v1/users"), body);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(QStringLiteral("username")), QStringList{QStringLiteral("taken")});

    // The owner's address is taken too, across companies: emails are unique on the platform.
    body.insert(QStringLiteral("email"), m_owner.email.toUpper());
    body.remove(QStringLiteral("username"));
    QCOMPARE(admin.post(QStringLiteral("/api/v1/users"), body).fieldCodes(QStringLiteral("email")),
             QStringList{QStringLiteral("taken")});
}

void TestUsers::companyAdminCreatesInTheirOwnCompany()
{
    auto owner = m_scenario->signIn(m_owner);
    QJsonObject body = newUser({}, QStringLiteral("by.owner@example.org"), QStringLiteral("none"));
    body.remove(QStringLiteral("companyId"));
    const ApiReply created = owner->post(QStringLiteral("/api/v1/users"), body);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().value(QStringLiteral("companyId")).toString(), m_owner.companyId);
    // Platform staff must name the company.
    const ApiReply noCompany = m_scenario->admin().post(QStringLiteral("/api/v1/users"), body);
    QCOMPARE(noCompany.status, 422);
    QCOMPARE(noCompany.fieldCodes(QStringLiteral("companyId")), QStringList{QStringLiteral("required")});
}

void TestUsers::getUser()
{
    ApiClient& admin = m_scenario->admin();
    const ApiReply r = admin.get(userPath(m_owner.id));
    QCOMPARE(r.status, 200);
    const QJsonObject user = r.json();
    for (const char* key :
         {"id", "companyId", "email", "username", "firstName", "lastName", "language", "state", "emailVerified",
          "roles", "orgUnitIds", "customFields", "createdAt", "updatedAt", "lastSignInAt"})
        QVERIFY2(user.contains(QLatin1String(key)), key);
    QCOMPARE(user.value(QStringLiteral("state")).toString(), QStringLiteral("enabled"));
    QVERIFY(!user.value(QStringLiteral("lastSignInAt")).isNull()); // the owner signed in in the scenario
    QCOMPARE(r.etag(), QByteArray("\"v") + QByteArray::number(user.value(QStringLiteral("version")).toInteger()) + '"');
    for (const char* secret : {"password", "passwordHash", "temporaryPassword"})
        QVERIFY(!r.body.contains(secret));
    QCOMPARE(admin.get(userPath(QUuid::createUuid().toString(QUuid::WithoutBraces))).status, 404);
    QCOMPARE(admin.get(userPath(QStringLiteral("not-a-uuid"))).status, 404);
}

void TestUsers::patchNeedsIfMatch()
{
    ApiClient& admin = m_scenario->admin();
    const ApiReply created = admin.post(QStringLiteral("/api/v1/users"),
                                        newUser(m_owner.companyId, QStringLiteral("patch.me@example.org"), {}));
    const QString path = userPath(created.json().value(QStringLiteral("id")).toString());
    const QJsonObject change{{QStringLiteral("firstName"), QStringLiteral("Renata")},
                             {QStringLiteral("language"), QStringLiteral("de")}};

    const ApiReply missing = admin.patch(path, change);
    QCOMPARE(missing.status, 428);
    QVERIFY(missing.contentType().startsWith("application/problem+json"));
    QCOMPARE(admin.patch(path, change, "\"v99\"").status, 412);

    const ApiReply ok = admin.patch(path, change, created.etag());
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.etag(), QByteArray("\"v2\""));
    QCOMPARE(ok.json().value(QStringLiteral("firstName")).toString(), QStringLiteral("Renata"));
    QCOMPARE(ok.json().value(QStringLiteral("language")).toString(), QStringLiteral("de"));
    QCOMPARE(ok.json().value(QStringLiteral("lastName")).toString(), QStringLiteral("Núñez")); // untouched
    // The old ETag is stale now; the new one works.
    QCOMPARE(
        admin.patch(path, QJsonObject{{QStringLiteral("lastName"), QStringLiteral("Ruiz")}}, created.etag()).status,
        412);
    const ApiReply again =
        admin.patch(path, QJsonObject{{QStringLiteral("lastName"), QStringLiteral("Ruiz")}}, ok.etag());
    QCOMPARE(again.status, 200);
    QCOMPARE(again.etag(), QByteArray("\"v3\""));
    const ApiReply read = admin.get(path);
    QCOMPARE(read.etag(), again.etag());
    QCOMPARE(read.json().value(QStringLiteral("lastName")).toString(), QStringLiteral("Ruiz"));
    QCOMPARE(read.json().value(QStringLiteral("firstName")).toString(), QStringLiteral("Renata"));

    // Edits are validated like creation, and an edit to a taken address is refused.
    const ApiReply bad = admin.patch(path,
                                     QJsonObject{{QStringLiteral("email"), m_owner.email},
                                                 {QStringLiteral("firstName"), QStringLiteral("R2D2")},
                                                 {QStringLiteral("language"), QStringLiteral("tlh")}},
                                     again.etag());
    QCOMPARE(bad.status, 422);
    QCOMPARE(bad.fieldCodes(QStringLiteral("email")), QStringList{QStringLiteral("taken")});
    QCOMPARE(bad.fieldCodes(QStringLiteral("firstName")), QStringList{QStringLiteral("invalid_characters")});
    QCOMPARE(bad.fieldCodes(QStringLiteral("language")), QStringList{QStringLiteral("invalid_value")});
    QCOMPARE(admin.get(path).etag(), again.etag()); // nothing half-written
}

void TestUsers::deleteUser()
{
    ApiClient& admin = m_scenario->admin();
    const Scenario::Account doomed = m_scenario->createUser(m_owner.companyId, QStringLiteral("doomed"));
    auto session = m_scenario->signIn(doomed);
    const QString path = userPath(doomed.id);
    // A stale If-Match protects a delete as it protects an edit; without one the delete goes ahead.
    QCOMPARE(admin.del(path, "\"v999\"").status, 412);
    QCOMPARE(admin.del(path).status, 204);
    QCOMPARE(admin.get(path).status, 404);
    QCOMPARE(admin.del(path).status, 404);
    QCOMPARE(session->get(QStringLiteral("/api/v1/me")).status, 401); // their sessions died with them
    QCOMPARE(ApiClient(*m_server).login(doomed.email, doomed.password).status, 401);
    // The address is free again.
    QCOMPARE(admin.post(QStringLiteral("/api/v1/users"), newUser(m_owner.companyId, doomed.email, {})).status, 201);
}

void TestUsers::deleteGuards()
{
    ApiClient& admin = m_scenario->admin();
    const ApiReply owner = admin.del(userPath(m_owner.id));
    QCOMPARE(owner.status, 409);
    QCOMPARE(owner.json().value(QStringLiteral("code")).toString(), QStringLiteral("owner_protected"));
    QVERIFY(owner.json().value(QStringLiteral("detail")).toString().contains(QLatin1String("owner")));
    QCOMPARE(admin.get(userPath(m_owner.id)).status, 200);

    const Scenario::Account colleague =
        m_scenario->createUser(m_owner.companyId, QStringLiteral("selfdel"), {adminRoleId()});
    auto client = m_scenario->signIn(colleague);
    const ApiReply self = client->del(userPath(colleague.id));
    QCOMPARE(self.status, 409);
    QCOMPARE(self.json().value(QStringLiteral("code")).toString(), QStringLiteral("self_delete"));
    // The same admin may delete a colleague, but not the owner.
    QCOMPARE(client->del(userPath(m_owner.id)).json().value(QStringLiteral("code")).toString(),
             QStringLiteral("owner_protected"));
}

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"

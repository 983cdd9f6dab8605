// Every user state transition through the API, allowed and refused, and the credential actions
// (temporary password, revoke sessions, unlock), through a real server.
//
// A `valid` user comes only from storefront self-registration (issue 4), which has no route yet:
// valid → enabled and the refusals that depend on it are covered by the domain tests
// (tests/unit/domain/tst_userstatemachine) until then.
#include "ApiClient.h"
#include "Scenario.h"
#include "TestServer.h"

#include <QTest>

using namespace steward::test;

namespace {

QString userPath(const QString& id, const char* action = nullptr)
{
    QString path = QStringLiteral("/api/v1/users/") + id;
    if (action)
        path += QLatin1Char('/') + QLatin1String(action);
    return path;
}

QString stateOf(const ApiReply& reply)
{
    return reply.json().value(QStringLiteral("state")).toString();
}

QString codeOf(const ApiReply& reply)
{
    return reply.json().value(QStringLiteral("code")).toString();
}

} // namespace

class TestUserStates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void enable();
    void deactivateAndReactivateEnabledUser();
    void reactivateUserWithoutPassword();
    void ownerAndSelfAreProtected();
    void deleteInEveryState();
    void changingTemporaryPasswordEnables();
    void temporaryPasswordAction();
    void revokeSessions();
    void unlock();
    void actionsNeedPermission();
    void ownerCredentialsAreGuarded();
    void deactivationAndDeletionRevokeApiTokens();

private:
    QString createInvited(const QString& email);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Scenario> m_scenario;
    Scenario::Account m_owner;
};

void TestUserStates::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral("tst_userstates"),
                                            QStringList{QStringLiteral("--account-failures"), QStringLiteral("3")});
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
    m_scenario = std::make_unique<Scenario>(*m_server);
    m_owner = m_scenario->createCompany(QStringLiteral("States"));
}

QString TestUserStates::createInvited(const QString& email)
{
    const ApiReply r = m_scenario->admin().post(QStringLiteral("/api/v1/users"),
                                                QJsonObject{{QStringLiteral("companyId"), m_owner.companyId},
                                                            {QStringLiteral("email"), email},
                                                            {QStringLiteral("firstName"), QStringLiteral("Iris")},
                                                            {QStringLiteral("lastName"), QStringLiteral("Invited")}});
    if (r.status != 201)
        qFatal("cannot create %s: %s", qPrintable(email), qPrintable(r.describe()));
    return r.json().value(QStringLiteral("id")).toString();
}

void TestUserStates::enable()
{
    ApiClient& admin = m_scenario->admin();
    const QString created = createInvited(QStringLiteral("enable.created@example.org"));
    ApiReply r = admin.post(userPath(created, "enable"));
    QCOMPARE(r.status, 409);
    QCOMPARE(codeOf(r), QStringLiteral("password_not_set"));
    QVERIFY(!r.json().value(QStringLiteral("detail")).toString().isEmpty());
    QCOMPARE(stateOf(admin.get(userPath(created))), QStringLiteral("created"));

    const Scenario::Account enabled = m_scenario->createUser(m_owner.companyId, QStringLiteral("enable.enabled"));
    r = admin.post(userPath(enabled.id, "enable"));
    QCOMPARE(r.status, 409);
    QCOMPARE(codeOf(r), QStringLiteral("already_enabled"));

    QCOMPARE(admin.post(userPath(enabled.id, "deactivate")).status, 200);
    r = admin.post(userPath(enabled.id, "enable"));
    QCOMPARE(r.status, 409);
    QCOMPARE(codeOf(r), QStringLiteral("deactivated_use_reactivate"));
    QCOMPARE(admin.post(userPath(QUuid::createUuid().toString(QUuid::WithoutBraces), "enable")).status, 404);
}

void TestUserStates::deactivateAndReactivateEnabledUser()
{
    ApiClient& admin = m_scenario->admin();
    const Scenario::Account account = m_scenario->createUser(m_owner.companyId, QStringLiteral("cycle"));
    auto session = m_scenario->signIn(account);
    const QByteArray before = admin.get(userPath(account.id)).etag();

    const ApiReply off = admin.post(userPath(account.id, "deactivate"));
    QCOMPARE(off.status, 200);
    QCOMPARE(stateOf(off), QStringLiteral("deactivated"));
    QVERIFY(off.etag() != before);
    QCOMPARE(admin.get(userPath(account.id)).etag(), off.etag());
    QCOMPARE(session->get(QStringLiteral("/api/v1/me")).status, 401);
    QCOMPARE(ApiClient(*m_server).login(account.email, account.password).status, 401);

    const ApiReply again = admin.post(userPath(account.id, "deactivate"));
    QCOMPARE(again.status, 409);
    QCOMPARE(codeOf(again), QStringLiteral("already_deactivated"));

    // The user had set a password of their own: back to enabled, and the password works again.
    const ApiReply on = admin.post(userPath(account.id, "reactivate"));
    QCOMPARE(on.status, 200);
    QCOMPARE(stateOf(on), QStringLiteral("enabled"));
    QCOMPARE(ApiClient(*m_server).login(account.email, account.password).status, 200);
    const ApiReply twice = admin.post(userPath(account.id, "reactivate"));
    QCOMPARE(twice.status, 409);
    QCOMPARE(codeOf(twice), QStringLiteral("not_deactivated"));
}

void TestUserStates::reactivateUserWithoutPassword()
{
    ApiClient& admin = m_scenario->admin();
    const QString id = createInvited(QStringLiteral("never.set@example.org"));
    const ApiReply off = admin.post(userPath(id, "deactivate"));
    QCOMPARE(off.status, 200);
    QCOMPARE(stateOf(off), QStringLiteral("deactivated"));
    const ApiReply on = admin.post(userPath(id, "reactivate"));
    QCOMPARE(on.status, 200);
    QCOMPARE(stateOf(on), QStringLiteral("created"));

    // A temporary password is not a password of their own either.
    const ApiReply temporary = admin.post(userPath(id, "temporary-password"));
    QCOMPARE(temporary.status, 200);
    QCOMPARE(admin.post(userPath(id, "deactivate")).status, 200);
    QCOMPARE(stateOf(admin.post(userPath(id, "reactivate"))), QStringLiteral("created"));
}

void TestUserStates::ownerAndSelfAreProtected()
{
    ApiClient& admin = m_scenario->admin();
    const ApiReply owner = admin.post(userPath(m_owner.id, "deactivate"));
    QCOMPARE(owner.status, 409);
    QCOMPARE(codeOf(owner), QStringLiteral("owner_protected"));
    QVERIFY(owner.json().value(QStringLiteral("detail")).toString().contains(QLatin1String("transfer ownership")));
    QCOMPARE(stateOf(admin.get(userPath(m_owner.id))), QStringLiteral("enabled"));

    const Scenario::Account colleague =
        m_scenario->createUser(m_owner.companyId, QStringLiteral("self.off"), {adminRoleId()});
    auto client = m_scenario->signIn(colleague);
    const ApiReply self = client->post(userPath(colleague.id, "deactivate"));
    QCOMPARE(self.status, 409);
    QCOMPARE(codeOf(self), QStringLiteral("self_deactivate"));
    QCOMPARE(codeOf(client->post(userPath(m_owner.id, "deactivate"))), QStringLiteral("owner_protected"));
    QCOMPARE(client->get(QStringLiteral("/api/v1/me")).status, 200);
}

void TestUserStates::deleteInEveryState()
{
    ApiClient& admin = m_scenario->admin();
    const QString created = createInvited(QStringLiteral("delete.created@example.org"));
    const QString enabled = m_scenario->createUser(m_owner.companyId, QStringLiteral("delete.enabled")).id;
    const QString deactivated = m_scenario->createUser(m_owner.companyId, QStringLiteral("delete.deactivated")).id;
    QCOMPARE(admin.post(userPath(deactivated, "deactivate")).status, 200);
    for (const QString& id : {created, enabled, deactivated}) {
        QCOMPARE(admin.del(userPath(id)).status, 204);
        QCOMPARE(admin.get(userPath(id)).status, 404);
        QCOMPARE(admin.post(userPath(id, "reactivate")).status, 404);
    }
}

void TestUserStates::changingTemporaryPasswordEnables()
{
    const QString id = createInvited(QStringLiteral("temp.enable@example.org"));
    const ApiReply temporary = m_scenario->admin().post(userPath(id, "temporary-password"));
    QCOMPARE(temporary.status, 200);
    QCOMPARE(stateOf(temporary), QStringLiteral("created"));
    m_scenario->activate(QStringLiteral("temp.enable@example.org"),
                         temporary.json().value(QStringLiteral("temporaryPassword")).toString());
    const ApiReply after = m_scenario->admin().get(userPath(id));
    QCOMPARE(stateOf(after), QStringLiteral("enabled"));
    QCOMPARE(after.json().value(QStringLiteral("hasPassword")).toBool(), true);
}

void TestUserStates::temporaryPasswordAction()
{
    ApiClient& admin = m_scenario->admin();
    const Scenario::Account account = m_scenario->createUser(m_owner.companyId, QStringLiteral("temp.action"));
    auto session = m_scenario->signIn(account);
    const QByteArray before = admin.get(userPath(account.id)).etag();

    const ApiReply r = admin.post(userPath(account.id, "temporary-password"));
    QCOMPARE(r.status, 200);
    const QString temporary = r.json().value(QStringLiteral("temporaryPassword")).toString();
    QVERIFY(temporary.size() >= 16);
    QCOMPARE(r.json().value(QStringLiteral("mustChangePassword")).toBool(), true);
    QCOMPARE(stateOf(r), QStringLiteral("enabled"));
    QVERIFY(r.etag() != before);
    QCOMPARE(admin.get(userPath(account.id)).etag(), r.etag());
    QVERIFY(!admin.get(userPath(account.id)).body.contains(temporary.toUtf8()));
    QVERIFY(!m_server->log().contains(temporary.toUtf8()));

    QCOMPARE(session->get(QStringLiteral("/api/v1/me")).status, 401); // sessions ended
    QCOMPARE(ApiClient(*m_server).login(account.email, account.password).status, 401);
    ApiClient user(*m_server);
    const ApiReply login = user.login(account.email, temporary);
    QCOMPARE(login.status, 200);
    QCOMPARE(login.json().value(QStringLiteral("mustChangePassword")).toBool(), true);
    QCOMPARE(codeOf(user.get(QStringLiteral("/api/v1/companies"))), QStringLiteral("password_change_required"));

    QCOMPARE(admin.post(userPath(account.id, "deactivate")).status, 200);
    const ApiReply refused = admin.post(userPath(account.id, "temporary-password"));
    QCOMPARE(refused.status, 409);
    QCOMPARE(codeOf(refused), QStringLiteral("account_deactivated"));
}

void TestUserStates::revokeSessions()
{
    const Scenario::Account account = m_scenario->createUser(m_owner.companyId, QStringLiteral("revoke"));
    auto laptop = m_scenario->signIn(account);
    auto phone = m_scenario->signIn(account);
    auto bystander = m_scenario->signIn(m_owner);
    QCOMPARE(laptop->get(QStringLiteral("/api/v1/me/sessions")).json().value(QStringLiteral("total")), QJsonValue(2));

    const ApiReply r = bystander->post(userPath(account.id, "revoke-sessions"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("revoked")).toInt(), 2);
    QCOMPARE(laptop->get(QStringLiteral("/api/v1/me")).status, 401);
    QCOMPARE(phone->get(QStringLiteral("/api/v1/me")).status, 401);
    QCOMPARE(bystander->get(QStringLiteral("/api/v1/me")).status, 200); // only that user's sessions
    // Not a lockout: the user signs in again.
    auto again = m_scenario->signIn(account);
    QCOMPARE(again->get(QStringLiteral("/api/v1/me")).status, 200);
    QCOMPARE(m_scenario->admin().post(userPath(account.id, "revoke-sessions")).json().value(QStringLiteral("revoked")),
             QJsonValue(1));
}

void TestUserStates::unlock()
{
    const Scenario::Account account = m_scenario->createUser(m_owner.companyId, QStringLiteral("locked"));
    ApiClient client(*m_server);
    for (int i = 0; i < 2; ++i)
        QCOMPARE(client.login(account.email, QStringLiteral("Wrong-Password-%1").arg(i)).status, 401);
    QCOMPARE(client.login(account.email, QStringLiteral("Wrong-Password-3")).status, 429);
    QCOMPARE(client.login(account.email, account.password).status, 429);

    auto owner = m_scenario->signIn(m_owner);
    QCOMPARE(owner->post(userPath(account.id, "unlock")).status, 204);
    QCOMPARE(client.login(account.email, account.password).status, 200);
    QCOMPARE(owner->post(userPath(QUuid::createUuid().toString(QUuid::WithoutBraces), "unlock")).status, 404);
}

void TestUserStates::actionsNeedPermission()
{
    const Scenario::Account finance =
        m_scenario->createUser(m_owner.companyId, QStringLiteral("finance.only"), {financeRoleId()});
    const Scenario::Account target = m_scenario->createUser(m_owner.companyId, QStringLiteral("target"));
    auto client = m_scenario->signIn(finance);
    for (const char* action :
         {"enable", "deactivate", "reactivate", "unlock", "temporary-password", "revoke-sessions"}) {
        const ApiReply r = client->post(userPath(target.id, action));
        QVERIFY2(r.status == 403, qPrintable(QLatin1String(action) + QLatin1Char(' ') + r.describe()));
    }
    QCOMPARE(stateOf(m_scenario->admin().get(userPath(target.id))), QStringLiteral("enabled"));
}

void TestUserStates::ownerCredentialsAreGuarded()
{
    // An admin who could reset the owner's password or address could take over the owner's account,
    // and with it the company that only the owner may hand over.
    const Scenario::Account owner = m_scenario->createCompany(QStringLiteral("Guarded"));
    const Scenario::Account admin =
        m_scenario->createUser(owner.companyId, QStringLiteral("guard.admin"), {adminRoleId()});
    auto client = m_scenario->signIn(admin);
    const QString path = userPath(owner.id);
    ApiReply r = client->post(userPath(owner.id, "temporary-password"));
    QCOMPARE(r.status, 409);
    QCOMPARE(codeOf(r), QStringLiteral("owner_protected"));
    QVERIFY(!r.body.contains("temporaryPassword"));
    r = client->patch(path, QJsonObject{{QStringLiteral("email"), QStringLiteral("mine@evil.example")}},
                      client->get(path).etag());
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(QStringLiteral("email")), QStringList{QStringLiteral("not_editable")});
    // Everything else about the owner stays editable by admins, and the owner's sign-in still works.
    r = client->patch(path, QJsonObject{{QStringLiteral("firstName"), QStringLiteral("Olivia")}},
                      client->get(path).etag());
    QCOMPARE(r.status, 200);
    QCOMPARE(ApiClient(*m_server).login(owner.email, owner.password).status, 200);
    // The admin's own credentials, or a colleague's, are another matter.
    QCOMPARE(client->post(userPath(admin.id, "temporary-password")).status, 200);

    // The owner changes their own address only through the confirmed email change, and the
    // platform may reset the owner.
    auto self = m_scenario->signIn(owner);
    r = self->patch(path, QJsonObject{{QStringLiteral("email"), QStringLiteral("owner.new@guarded.example")}},
                    self->get(path).etag());
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(QStringLiteral("email")), QStringList{QStringLiteral("not_editable")});
    r = self->post(QStringLiteral("/api/v1/me/email-change"),
                   QJsonObject{{QStringLiteral("newEmail"), QStringLiteral("owner.new@guarded.example")},
                               {QStringLiteral("password"), owner.password}});
    QCOMPARE(r.status, 202);
    QCOMPARE(self->get(path).json().value(QStringLiteral("email")).toString(), owner.email); // not before confirming
    r = m_scenario->admin().post(userPath(owner.id, "temporary-password"));
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json().value(QStringLiteral("temporaryPassword")).toString().isEmpty());
}

void TestUserStates::deactivationAndDeletionRevokeApiTokens()
{
    ApiClient& platform = m_scenario->admin();
    for (const char* end : {"deactivate", "delete"}) {
        const Scenario::Account creator = m_scenario->createUser(
            m_owner.companyId, QStringLiteral("token.creator.") + QLatin1String(end), {adminRoleId()});
        const ApiReply token = m_scenario->signIn(creator)->post(
            QStringLiteral("/api/v1/api-tokens"),
            QJsonObject{{QStringLiteral("name"), QStringLiteral("ERP")},
                        {QStringLiteral("permissions"), QJsonArray{QStringLiteral("users.read")}}});
        QVERIFY2(token.status == 201, qPrintable(token.describe()));
        ApiClient integration(*m_server);
        integration.setToken(token.json().value(QStringLiteral("token")).toString());
        QCOMPARE(integration.get(QStringLiteral("/api/v1/users")).status, 200);
        const ApiReply r = QByteArray(end) == "delete" ? platform.del(userPath(creator.id))
                                                       : platform.post(userPath(creator.id, "deactivate"));
        QVERIFY(r.status == 200 || r.status == 204);
        QCOMPARE(integration.get(QStringLiteral("/api/v1/users")).status, 401);
    }
}

QTEST_GUILESS_MAIN(TestUserStates)
#include "tst_userstates.moc"

// Sign-in against a real server: success, one answer for unknown email and wrong password,
// lockout with a growing delay, sign-out, deactivated accounts, expiry of idle sessions.
#include "ApiClient.h"
#include "Scenario.h"
#include "TestServer.h"

#include <QTest>

using namespace steward::test;

class TestAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signInAndOut();
    void sameAnswerForUnknownEmailAndWrongPassword();
    void lockoutGrowsAndUnlockClearsIt();
    void protectedRoutesNeedAToken();
    void temporaryPasswordForcesAChange();
    void deactivationEndsSessionsAndSignIn();
    void malformedBodies();
    void idleSessionsExpire();

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Scenario> m_scenario;
    Scenario::Account m_owner;
};

void TestAuth::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral("tst_auth"),
                                            QStringList{QStringLiteral("--account-failures"), QStringLiteral("3")});
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
    m_scenario = std::make_unique<Scenario>(*m_server);
    m_owner = m_scenario->createCompany(QStringLiteral("Auth"));
}

void TestAuth::signInAndOut()
{
    ApiClient client(*m_server);
    const ApiReply login = client.login(m_owner.email.toUpper(), m_owner.password); // email is case-insensitive
    QCOMPARE(login.status, 200);
    const QJsonObject body = login.json();
    QVERIFY(body.value(QStringLiteral("token")).toString().startsWith(QLatin1String("stw_")));
    QVERIFY(QDateTime::fromString(body.value(QStringLiteral("expiresAt")).toString(), Qt::ISODateWithMs) >
            QDateTime::currentDateTimeUtc());
    QCOMPARE(body.value(QStringLiteral("mustChangePassword")).toBool(), false);
    QCOMPARE(body.value(QStringLiteral("user")).toObject().value(QStringLiteral("email")).toString(), m_owner.email);
    QVERIFY(!body.value(QStringLiteral("user")).toObject().contains(QStringLiteral("passwordHash")));

    QCOMPARE(client.get(QStringLiteral("/api/v1/me")).status, 200);
    QCOMPARE(client.post(QStringLiteral("/api/v1/auth/logout")).status, 204);
    const ApiReply after = client.get(QStringLiteral("/api/v1/me"));
    QCOMPARE(after.status, 401);
    QVERIFY(after.contentType().startsWith("application/problem+json"));
    QVERIFY(!m_server->log().contains(body.value(QStringLiteral("token")).toString().toUtf8()));
}

void TestAuth::sameAnswerForUnknownEmailAndWrongPassword()
{
    ApiClient client(*m_server);
    const ApiReply unknown = client.login(QStringLiteral("nobody@nowhere.example"), QStringLiteral("Whatever-123456"));
    const ApiReply wrong = client.login(m_scenario->createUser(m_owner.companyId, QStringLiteral("wp")).email,
                                        QStringLiteral("Whatever-123456"));
    QCOMPARE(unknown.status, 401);
    QCOMPARE(wrong.status, 401);
    QJsonObject a = unknown.json(), b = wrong.json();
    a.remove(QStringLiteral("instance"));
    b.remove(QStringLiteral("instance"));
    QCOMPARE(a, b);
}

void TestAuth::lockoutGrowsAndUnlockClearsIt()
{
    const Scenario::Account victim = m_scenario->createUser(m_owner.companyId, QStringLiteral("lock"));
    ApiClient client(*m_server);
    // The threshold is 3 here: two plain failures, then the third locks for the base delay (1 s).
    QCOMPARE(client.login(victim.email, QStringLiteral("Wrong-Password-1")).status, 401);
    QCOMPARE(client.login(victim.email, QStringLiteral("Wrong-Password-2")).status, 401);
    const ApiReply third = client.login(victim.email, QStringLiteral("Wrong-Password-3"));
    QCOMPARE(third.status, 429);
    QCOMPARE(third.headers.value("retry-after"), QByteArray("1"));
    // While locked even the right password is refused, and the wait is announced.
    const ApiReply locked = client.login(victim.email, victim.password);
    QCOMPARE(locked.status, 429);
    QVERIFY(locked.headers.value("retry-after").toInt() >= 1);
    QTest::qWait(1100);
    // The next failure doubles the wait.
    const ApiReply fourth = client.login(victim.email, QStringLiteral("Wrong-Password-4"));
    QCOMPARE(fourth.status, 429);
    QCOMPARE(fourth.headers.value("retry-after"), QByteArray("2"));
    // An unknown address locks the same way: lockout never tells whether an account exists.
    for (int i = 0; i < 2; ++i)
        QCOMPARE(client.login(QStringLiteral("ghost@nowhere.example"), QStringLiteral("Wrong-Password-x")).status, 401);
    QCOMPARE(client.login(QStringLiteral("ghost@nowhere.example"), QStringLiteral("Wrong-Password-x")).status, 429);

    QCOMPARE(m_scenario->admin().post(QStringLiteral("/api/v1/users/") + victim.id + QStringLiteral("/unlock")).status,
             204);
    QCOMPARE(client.login(victim.email, victim.password).status, 200);
}

void TestAuth::protectedRoutesNeedAToken()
{
    ApiClient anonymous(*m_server);
    for (const char* path : {"/api/v1/me", "/api/v1/users", "/api/v1/companies"}) {
        const ApiReply reply = anonymous.get(QString::fromLatin1(path));
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.headers.value("www-authenticate"), QByteArray("Bearer"));
    }
    anonymous.setToken(QStringLiteral("stw_forged-token-that-does-not-exist"));
    QCOMPARE(anonymous.get(QStringLiteral("/api/v1/me")).status, 401);
    QCOMPARE(anonymous.get(QStringLiteral("/api/v1/health")).status, 200);
}

void TestAuth::temporaryPasswordForcesAChange()
{
    ApiClient& admin = m_scenario->admin();
    const ApiReply created =
        admin.post(QStringLiteral("/api/v1/users"),
                   QJsonObject{{QStringLiteral("companyId"), m_owner.companyId},
                               {QStringLiteral("email"), QStringLiteral("temp.person@example.org")},
                               {QStringLiteral("firstName"), QStringLiteral("Tem")},
                               {QStringLiteral("lastName"), QStringLiteral("Porary")},
                               {QStringLiteral("onboarding"), QStringLiteral("temporary-password")}});
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(QStringLiteral("id")).toString();
    const QString temporary = created.json().value(QStringLiteral("temporaryPassword")).toString();
    QVERIFY(temporary.size() >= 16);
    QCOMPARE(created.json().value(QStringLiteral("state")).toString(), QStringLiteral("created"));
    // Shown once: reading the user again never reveals it.
    QVERIFY(!admin.get(QStringLiteral("/api/v1/users/") + id).body.contains(temporary.toUtf8()));
    QVERIFY(!m_server->log().contains(temporary.toUtf8()));

    ApiClient user(*m_server);
    const ApiReply login = user.login(QStringLiteral("temp.person@example.org"), temporary);
    QCOMPARE(login.status, 200);
    QCOMPARE(login.json().value(QStringLiteral("mustChangePassword")).toBool(), true);
    QCOMPARE(user.get(QStringLiteral("/api/v1/me")).status, 200);
    const ApiReply blocked = user.get(QStringLiteral("/api/v1/companies"));
    QCOMPARE(blocked.status, 403);
    QCOMPARE(blocked.json().value(QStringLiteral("code")).toString(), QStringLiteral("password_change_required"));
    // The policy applies to the new password.
    const ApiReply weak = user.post(QStringLiteral("/api/v1/me/password"),
                                    QJsonObject{{QStringLiteral("currentPassword"), temporary},
                                                {QStringLiteral("newPassword"), QStringLiteral("password123")}});
    QCOMPARE(weak.status, 422);
    QVERIFY(weak.fieldCodes(QStringLiteral("newPassword")).contains(QStringLiteral("common_password")));
    const ApiReply changed =
        user.post(QStringLiteral("/api/v1/me/password"),
                  QJsonObject{{QStringLiteral("currentPassword"), temporary},
                              {QStringLiteral("newPassword"), QStringLiteral("Blue-Ocean-Lamp-77")}});
    QCOMPARE(changed.status, 204);
    // Every session ended with the change; the new password signs in fully, and the user is enabled.
    QCOMPARE(user.get(QStringLiteral("/api/v1/me")).status, 401);
    const ApiReply again = user.login(QStringLiteral("temp.person@example.org"), QStringLiteral("Blue-Ocean-Lamp-77"));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(QStringLiteral("mustChangePassword")).toBool(), false);
    QCOMPARE(again.json().value(QStringLiteral("user")).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("enabled"));
    QCOMPARE(user.login(QStringLiteral("temp.person@example.org"), temporary).status, 401);
}

void TestAuth::deactivationEndsSessionsAndSignIn()
{
    const Scenario::Account account = m_scenario->createUser(m_owner.companyId, QStringLiteral("deact"));
    auto client = m_scenario->signIn(account);
    QCOMPARE(client->get(QStringLiteral("/api/v1/me")).status, 200);
    QCOMPARE(
        m_scenario->admin().post(QStringLiteral("/api/v1/users/") + account.id + QStringLiteral("/deactivate")).status,
        200);
    QCOMPARE(client->get(QStringLiteral("/api/v1/me")).status, 401);
    const ApiReply login = ApiClient(*m_server).login(account.email, account.password);
    QCOMPARE(login.status, 401); // exactly like a wrong password
}

void TestAuth::malformedBodies()
{
    ApiClient client(*m_server);
    const QHash<QByteArray, QByteArray> json{{"Content-Type", "application/json"}};
    ApiReply r = client.send("POST", QStringLiteral("/api/v1/auth/login"), "{\"email\": ", json);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("code")).toString(), QStringLiteral("malformed_json"));
    r = client.send("POST", QStringLiteral("/api/v1/auth/login"), "[1,2]", json);
    QCOMPARE(r.status, 400);
    r = client.send("POST", QStringLiteral("/api/v1/auth/login"), "{\"email\":5,\"password\":\"x\",\"extra\":1}", json);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(QStringLiteral("email")), QStringList{QStringLiteral("invalid_type")});
    QCOMPARE(r.fieldCodes(QStringLiteral("extra")), QStringList{QStringLiteral("unknown_field")});
    r = client.send("POST", QStringLiteral("/api/v1/auth/login"), "email=a", {{"Content-Type", "text/plain"}});
    QCOMPARE(r.status, 415);
    r = client.send("POST", QStringLiteral("/api/v1/auth/login"), QByteArray(2 * 1024 * 1024, 'x'), json);
    QCOMPARE(r.status, 413);
    QVERIFY(r.contentType().startsWith("application/problem+json"));
    r = client.send("DELETE", QStringLiteral("/api/v1/auth/login"), {});
    QCOMPARE(r.status, 405);
}

void TestAuth::idleSessionsExpire()
{
    TestServer server(QStringLiteral("tst_auth_idle"), {QStringLiteral("--session-idle"), QStringLiteral("2")});
    QVERIFY2(server.isRunning(), qPrintable(server.errorText()));
    ApiClient client(server);
    QCOMPARE(client.loginAsAdmin().status, 200);
    // Used every half second for three seconds: activity keeps it alive past the idle timeout.
    for (int i = 0; i < 6; ++i) {
        QTest::qWait(500);
        QCOMPARE(client.get(QStringLiteral("/api/v1/me")).status, 200);
    }
    QTest::qWait(2600);
    QCOMPARE(client.get(QStringLiteral("/api/v1/me")).status, 401);

    // The absolute lifetime ends a session however busy it is.
    TestServer shortLived(QStringLiteral("tst_auth_ttl"), {QStringLiteral("--session-ttl"), QStringLiteral("2")});
    QVERIFY2(shortLived.isRunning(), qPrintable(shortLived.errorText()));
    ApiClient busy(shortLived);
    QCOMPARE(busy.loginAsAdmin().status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(busy.get(QStringLiteral("/api/v1/me")).status, 401, 5000);
}

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"

// /api/v1/me through a real server: reading and editing one's own account within the company's
// name policy, changing the password, and listing and ending one's sessions.
#include "ApiClient.h"
#include "Scenario.h"
#include "TestServer.h"

#include <QTest>

using namespace steward::test;

namespace {

const QString kMe = QStringLiteral("/api/v1/me");

QJsonObject passwordChange(const QString& current, const QString& next)
{
    return QJsonObject{{QStringLiteral("currentPassword"), current}, {QStringLiteral("newPassword"), next}};
}

} // namespace

class TestMe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void getMe();
    void patchLanguageNamesAndNotifications();
    void notificationsMergeWithWhatIsStored();
    void namePolicyOfTheCompany();
    void protectedFieldsAreNotEditableHere();
    void changePasswordRefusals();
    void changePasswordEndsEverySession();
    void guessingTheCurrentPasswordLocksOut();
    void listSessions();
    void revokeOneSession();
    void deadSessionsAreNotListed();

private:
    void setNamePolicy(bool usersMayEditName);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Scenario> m_scenario;
    Scenario::Account m_owner;
};

void TestMe::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral("tst_me"));
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
    m_scenario = std::make_unique<Scenario>(*m_server);
    m_owner = m_scenario->createCompany(QStringLiteral("Me"), QStringLiteral("fr"));
}

void TestMe::setNamePolicy(bool usersMayEditName)
{
    const QString path = QStringLiteral("/api/v1/companies/") + m_owner.companyId;
    ApiClient& admin = m_scenario->admin();
    const ApiReply r =
        admin.patch(path, QJsonObject{{QStringLiteral("usersMayEditName"), usersMayEditName}}, admin.get(path).etag());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("usersMayEditName")).toBool(), usersMayEditName);
}

void TestMe::getMe()
{
    auto client = m_scenario->signIn(m_owner);
    const ApiReply r = client->get(kMe);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("id")).toString(), m_owner.id);
    QCOMPARE(r.json().value(QStringLiteral("email")).toString(), m_owner.email);
    QCOMPARE(r.json().value(QStringLiteral("companyId")).toString(), m_owner.companyId);
    QCOMPARE(r.json().value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
    QCOMPARE(r.etag(), m_scenario->admin().get(QStringLiteral("/api/v1/users/") + m_owner.id).etag());
    QVERIFY(!r.body.contains("password\""));
    // Platform staff have an account too.
    const ApiReply admin = m_scenario->admin().get(kMe);
    QCOMPARE(admin.status, 200);
    QVERIFY(admin.json().value(QStringLiteral("companyId")).isNull());
}

void TestMe::patchLanguageNamesAndNotifications()
{
    const Scenario::Account account = m_scenario->createUser(m_owner.companyId, QStringLiteral("patcher"));
    auto client = m_scenario->signIn(account);
    const ApiReply me = client->get(kMe);
    const QJsonObject change{
        {QStringLiteral("language"), QStringLiteral("ru")},
        {QStringLiteral("firstName"), QStringLiteral("Пётр")},
        {QStringLiteral("lastName"), QStringLiteral("O’Brien-Smith")},
        {QStringLiteral("notifications"),
         QJsonObject{{QStringLiteral("productNews"), true}, {QStringLiteral("accountActivity"), false}}}};
    QCOMPARE(client->patch(kMe, change).status, 428);
    QCOMPARE(client->patch(kMe, change, "\"v0\"").status, 412);
    const ApiReply r = client->patch(kMe, change, me.etag());
    QCOMPARE(r.status, 200);
    QVERIFY(r.etag() != me.etag());
    const QJsonObject user = m_scenario->admin().get(QStringLiteral("/api/v1/users/") + account.id).json();
    QCOMPARE(user.value(QStringLiteral("language")).toString(), QStringLiteral("ru"));
    QCOMPARE(user.value(QStringLiteral("firstName")).toString(), QStringLiteral("Пётр"));
    QCOMPARE(user.value(QStringLiteral("lastName")).toString(), QStringLiteral("O’Brien-Smith"));
    const QJsonObject notifications = user.value(QStringLiteral("notifications")).toObject();
    QCOMPARE(notifications.value(QStringLiteral("productNews")).toBool(), true);
    QCOMPARE(notifications.value(QStringLiteral("accountActivity")).toBool(), false);
    QCOMPARE(notifications.value(QStringLiteral("teamChanges")).toBool(), true);

    const ApiReply bad = client->patch(kMe,
                                       QJsonObject{{QStringLiteral("language"), QStringLiteral("xx")},
                                                   {QStringLiteral("firstName"), QString()},
                                                   {QStringLiteral("notifications"),
                                                    QJsonObject{{QStringLiteral("productNews"), QStringLiteral("yes")},
                                                                {QStringLiteral("smoke"), true}}}},
                                       r.etag());
    QCOMPARE(bad.status, 422);
    QCOMPARE(bad.fieldCodes(QStringLiteral("language")), QStringList{QStringLiteral("invalid_value")});
    QCOMPARE(bad.fieldCodes(QStringLiteral("firstName")), QStringList{QStringLiteral("required")});
    QCOMPARE(bad.fieldCodes(QStringLiteral("notifications.productNews")), QStringList{QStringLiteral("invalid_type")});
    QCOMPARE(bad.fieldCodes(QStringLiteral("notifications.smoke")), QStringList{QStringLiteral("unknown_field")});
}

void TestMe::notificationsMergeWithWhatIsStored()
{
    const Scenario::Account account = m_scenario->createUser(m_owner.companyId, QStringLiteral("notify"));
    auto client = m_scenario->signIn(account);
    ApiReply r = client->patch(
        kMe,
        QJsonObject{{QStringLiteral("notifications"),
                     QJsonObject{{QStringLiteral("accountActivity"), false}, {QStringLiteral("teamChanges"), false}}}},
        client->get(kMe).etag());
    QCOMPARE(r.status, 200);
    // Sending one flag changes that flag only.
    r = client->patch(
        kMe, QJsonObject{{QStringLiteral("notifications"), QJsonObject{{QStringLiteral("productNews"), true}}}},
        r.etag());
    QCOMPARE(r.status, 200);
    const QJsonObject n = r.json().value(QStringLiteral("notifications")).toObject();
    QCOMPARE(n.value(QStringLiteral("accountActivity")).toBool(), false);
    QCOMPARE(n.value(QStringLiteral("teamChanges")).toBool(), false);
    QCOMPARE(n.value(QStringLiteral("productNews")).toBool(), true);
}

void TestMe::namePolicyOfTheCompany()
{
    const Scenario::Account account = m_scenario->createUser(m_owner.companyId, QStringLiteral("policy"));
    auto client = m_scenario->signIn(account);
    setNamePolicy(false);
    const ApiReply me = client->get(kMe);
    const ApiReply refused = client->patch(kMe,
                                           QJsonObject{{QStringLiteral("firstName"), QStringLiteral("Renamed")},
                                                       {QStringLiteral("lastName"), QStringLiteral("Person")},
                                                       {QStringLiteral("language"), QStringLiteral("de")}},
                                           me.etag());
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.fieldCodes(QStringLiteral("firstName")), QStringList{QStringLiteral("not_editable")});
    QCOMPARE(refused.fieldCodes(QStringLiteral("lastName")), QStringList{QStringLiteral("not_editable")});
    QCOMPARE(client->get(kMe).etag(), me.etag()); // nothing applied, not even the language

    // Sending the names unchanged (a client that posts the whole form) is not an attempt to edit them.
    const ApiReply same =
        client->patch(kMe,
                      QJsonObject{{QStringLiteral("firstName"), me.json().value(QStringLiteral("firstName"))},
                                  {QStringLiteral("lastName"), me.json().value(QStringLiteral("lastName"))},
                                  {QStringLiteral("language"), QStringLiteral("de")}},
                      me.etag());
    QCOMPARE(same.status, 200);
    QCOMPARE(same.json().value(QStringLiteral("language")).toString(), QStringLiteral("de"));

    // The policy binds users on their own account, not the company's administrators.
    const QString path = QStringLiteral("/api/v1/users/") + account.id;
    const ApiReply byAdmin = m_scenario->signIn(m_owner)->patch(
        path, QJsonObject{{QStringLiteral("firstName"), QStringLiteral("Renamed")}}, same.etag());
    QCOMPARE(byAdmin.status, 200);
    setNamePolicy(true);
    const ApiReply allowed =
        client->patch(kMe, QJsonObject{{QStringLiteral("firstName"), QStringLiteral("Mine")}}, byAdmin.etag());
    QCOMPARE(allowed.status, 200);
    QCOMPARE(allowed.json().value(QStringLiteral("firstName")).toString(), QStringLiteral("Mine"));
}

void TestMe::protectedFieldsAreNotEditableHere()
{
    const Scenario::Account account = m_scenario->createUser(m_owner.companyId, QStringLiteral("protected"));
    auto client = m_scenario->signIn(account);
    const ApiReply me = client->get(kMe);
    ApiReply r = client->patch(kMe, QJsonObject{{QStringLiteral("email"), QStringLiteral("new.address@example.org")}},
                               me.etag());
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(QStringLiteral("email")), QStringList{QStringLiteral("not_editable")});
    // Nothing that would raise the caller's own rights is accepted.
    r = client->patch(kMe,
                      QJsonObject{{QStringLiteral("state"), QStringLiteral("enabled")},
                                  {QStringLiteral("roleIds"), QJsonArray{adminRoleId()}},
                                  {QStringLiteral("companyId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                  {QStringLiteral("mustChangePassword"), false}},
                      me.etag());
    QCOMPARE(r.status, 422);
    for (const char* field : {"state", "roleIds", "companyId", "mustChangePassword"})
        QCOMPARE(r.fieldCodes(QLatin1String(field)), QStringList{QStringLiteral("unknown_field")});
    QCOMPARE(client->get(kMe).etag(), me.etag());
    QCOMPARE(client->post(QStringLiteral("/api/v1/users"), QJsonObject()).status, 403);
}

void TestMe::changePasswordRefusals()
{
    const Scenario::Account account = m_scenario->createUser(m_owner.companyId, QStringLiteral("pw.refusals"));
    auto client = m_scenario->signIn(account);
    const QString path = kMe + QStringLiteral("/password");
    ApiReply r =
        client->post(path, passwordChange(QStringLiteral("Not-My-Password-1"), QStringLiteral("Fresh-Valid-Pass-42")));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(QStringLiteral("currentPassword")), QStringList{QStringLiteral("wrong_password")});
    r = client->post(path, passwordChange(account.password, QStringLiteral("short")));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(QStringLiteral("newPassword")), QStringList{QStringLiteral("too_short")});
    r = client->post(path, passwordChange(account.password, QStringLiteral("my-user.pw.refusals-secret")));
    QCOMPARE(r.fieldCodes(QStringLiteral("newPassword")), QStringList{QStringLiteral("contains_email")});
    r = client->post(path, passwordChange(account.password, account.password));
    QCOMPARE(r.fieldCodes(QStringLiteral("newPassword")), QStringList{QStringLiteral("unchanged")});
    r = client->post(path, QJsonObject{{QStringLiteral("newPassword"), 12345}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(QStringLiteral("currentPassword")), QStringList{QStringLiteral("required")});
    QCOMPARE(r.fieldCodes(QStringLiteral("newPassword")), QStringList{QStringLiteral("invalid_type")});
    // None of that changed anything.
    QCOMPARE(client->get(kMe).status, 200);
    QCOMPARE(ApiClient(*m_server).login(account.email, account.password).status, 200);
}

void TestMe::changePasswordEndsEverySession()
{
    const Scenario::Account account = m_scenario->createUser(m_owner.companyId, QStringLiteral("pw.change"));
    auto first = m_scenario->signIn(account);
    auto second = m_scenario->signIn(account);
    const QString next = QStringLiteral("Another-Good-Pass-77");
    QCOMPARE(first->post(kMe + QStringLiteral("/password"), passwordChange(account.password, next)).status, 204);
    QCOMPARE(first->get(kMe).status, 401);
    QCOMPARE(second->get(kMe).status, 401);
    QCOMPARE(ApiClient(*m_server).login(account.email, account.password).status, 401);
    ApiClient again(*m_server);
    QCOMPARE(again.login(account.email, next).status, 200);
    QCOMPARE(again.get(kMe).json().value(QStringLiteral("state")).toString(), QStringLiteral("enabled"));
}

void TestMe::guessingTheCurrentPasswordLocksOut()
{
    // A borrowed session must not become a way to guess the password without the sign-in lockout.
    const Scenario::Account account = m_scenario->createUser(m_owner.companyId, QStringLiteral("pw.guess"));
    auto client = m_scenario->signIn(account);
    const QString path = kMe + QStringLiteral("/password");
    int attempts = 0;
    ApiReply r;
    do {
        r = client->post(path, passwordChange(QStringLiteral("Guess-Number-%1").arg(attempts),
                                              QStringLiteral("Fresh-Valid-Pass-42")));
        ++attempts;
    } while (r.status == 422 && attempts < 20);
    QCOMPARE(r.status, 429);
    QCOMPARE(attempts, 5); // the default threshold of failures per account
    QVERIFY(r.headers.value("retry-after").toInt() >= 1);
    QCOMPARE(client->post(path, passwordChange(account.password, QStringLiteral("Fresh-Valid-Pass-42"))).status, 429);
    QCOMPARE(ApiClient(*m_server).login(account.email, account.password).status, 429); // the account is locked
    QTest::qWait(1100);
    QCOMPARE(client->post(path, passwordChange(account.password, QStringLiteral("Fresh-Valid-Pass-42"))).status, 204);
}

void TestMe::listSessions()
{
    const Scenario::Account account = m_scenario->createUser(m_owner.companyId, QStringLiteral("sessions"));
    auto first = m_scenario->signIn(account);
    auto second = m_scenario->signIn(account);
    const ApiReply r = second->get(kMe + QStringLiteral("/sessions"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("total")).toInt(), 2);
    const QJsonArray items = r.json().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 2);
    int current = 0;
    for (const QJsonValue& s : items) {
        QVERIFY(!QUuid::fromString(s[QStringLiteral("id")].toString()).isNull());
        QCOMPARE(s[QStringLiteral("clientAddress")].toString(), QStringLiteral("127.0.0.1"));
        QVERIFY(QDateTime::fromString(s[QStringLiteral("expiresAt")].toString(), Qt::ISODateWithMs) >
                QDateTime::currentDateTimeUtc());
        current += s[QStringLiteral("current")].toBool() ? 1 : 0;
    }
    QCOMPARE(current, 1);
    QVERIFY(!r.body.contains(first->token().toUtf8()));
    QVERIFY(!r.body.contains(second->token().toUtf8()));
    QVERIFY(!r.body.contains("tokenHash") && !r.body.contains("token_hash"));
    // Only one's own sessions.
    QVERIFY(m_scenario->signIn(m_owner)
                ->get(kMe + QStringLiteral("/sessions"))
                .json()
                .value(QStringLiteral("total"))
                .toInt() >= 1);
    for (const QJsonValue& s :
         m_scenario->admin().get(kMe + QStringLiteral("/sessions")).json()[QStringLiteral("items")].toArray())
        QVERIFY(!items.contains(s));
}

void TestMe::revokeOneSession()
{
    const Scenario::Account account = m_scenario->createUser(m_owner.companyId, QStringLiteral("revoke.one"));
    auto keep = m_scenario->signIn(account);
    auto drop = m_scenario->signIn(account);
    QString dropId;
    for (const QJsonValue& s : drop->get(kMe + QStringLiteral("/sessions")).json()[QStringLiteral("items")].toArray()) {
        if (s[QStringLiteral("current")].toBool())
            dropId = s[QStringLiteral("id")].toString();
    }
    QVERIFY(!dropId.isEmpty());
    const QString path = kMe + QStringLiteral("/sessions/") + dropId;
    // Another user cannot end it: it is not theirs, so it does not exist for them.
    QCOMPARE(m_scenario->signIn(m_owner)->del(path).status, 404);
    QCOMPARE(drop->get(kMe).status, 200);

    QCOMPARE(keep->del(path).status, 204);
    QCOMPARE(drop->get(kMe).status, 401);
    QCOMPARE(keep->get(kMe).status, 200);
    QCOMPARE(keep->del(path).status, 404);
    QCOMPARE(keep->del(kMe + QStringLiteral("/sessions/not-a-session")).status, 404);
    QCOMPARE(keep->get(kMe + QStringLiteral("/sessions")).json().value(QStringLiteral("total")).toInt(), 1);
}

void TestMe::deadSessionsAreNotListed()
{
    // Sessions past the idle timeout are dead even before anyone tries them: they are not listed.
    TestServer server(QStringLiteral("tst_me_idle"), {QStringLiteral("--session-idle"), QStringLiteral("1")});
    QVERIFY2(server.isRunning(), qPrintable(server.errorText()));
    ApiClient idle(server);
    QCOMPARE(idle.loginAsAdmin().status, 200);
    QTest::qWait(1200);
    ApiClient fresh(server);
    QCOMPARE(fresh.loginAsAdmin().status, 200);
    const ApiReply r = fresh.get(kMe + QStringLiteral("/sessions"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("total")).toInt(), 1);
    QCOMPARE(r.json().value(QStringLiteral("items")).toArray().at(0)[QStringLiteral("current")].toBool(), true);
    QCOMPARE(idle.get(kMe).status, 401);
}

QTEST_GUILESS_MAIN(TestMe)
#include "tst_me.moc"

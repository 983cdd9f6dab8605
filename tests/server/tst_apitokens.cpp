// API tokens against a real server: create (the secret shown once), list, read, revoke; a token
// acts in its company with exactly its own permissions, independent of any password, and stops
// working when revoked, expired, or when its creator is deactivated.
#include "ApiClient.h"
#include "Scenario.h"
#include "TestServer.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTest>

using namespace steward::test;

namespace {

QString str(const char* text)
{
    return QString::fromLatin1(text);
}

QJsonObject tokenBody(const QString& name, const QStringList& permissions)
{
    return {{str("name"), name}, {str("permissions"), QJsonArray::fromStringList(permissions)}};
}

QStringList ids(const ApiReply& list)
{
    QStringList result;
    for (const QJsonValue& item : list.json().value(str("items")).toArray())
        result.append(item.toObject().value(str("id")).toString());
    return result;
}

} // namespace

class TestApiTokens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createShowsTheSecretOnce();
    void listGetAndRevoke();
    void tokenActsWithExactlyItsPermissions();
    void badBodiesAreRefused();
    void cannotGrantWhatTheCallerDoesNotHold();
    void otherCompaniesTokensAndObjectsAreInvisible();
    void platformAdministratorManagesEveryCompany();
    void revokedTokenStopsWorking();
    void expiredTokenStopsWorking();
    void creatorPasswordChangeKeepsTheTokenWorking();
    void creatorDeactivationStopsTheToken();
    void creatorDeletionStopsTheToken();
    void unitLimitedAdminCannotCreateTokens();

private:
    // Creates a token as `client`; returns the reply (201 expected) and a client using the token.
    std::unique_ptr<ApiClient> tokenClient(ApiClient& client, const QStringList& permissions, QString* id = nullptr,
                                           const QString& name = str("Integration"));

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Scenario> m_scenario;
    Scenario::Account m_ownerA;
    Scenario::Account m_ownerB;
    std::unique_ptr<ApiClient> m_clientA;
    std::unique_ptr<ApiClient> m_clientB;
    QString m_userA; // an ordinary user of company A
    QString m_userB; // an ordinary user of company B
};

void TestApiTokens::initTestCase()
{
    m_server = std::make_unique<TestServer>(str("tst_apitokens"));
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
    m_scenario = std::make_unique<Scenario>(*m_server);
    m_ownerA = m_scenario->createCompany(str("TokA"));
    m_ownerB = m_scenario->createCompany(str("TokB"));
    m_clientA = m_scenario->signIn(m_ownerA);
    m_clientB = m_scenario->signIn(m_ownerB);
    m_userA = m_scenario->createUser(m_ownerA.companyId, str("tok-a"), {operationsRoleId()}).id;
    m_userB = m_scenario->createUser(m_ownerB.companyId, str("tok-b"), {operationsRoleId()}).id;
}

std::unique_ptr<ApiClient> TestApiTokens::tokenClient(ApiClient& client, const QStringList& permissions, QString* id,
                                                      const QString& name)
{
    const ApiReply created = client.post(str("/api/v1/api-tokens"), tokenBody(name, permissions));
    if (created.status != 201)
        qWarning("token creation failed: %s", qPrintable(created.describe()));
    if (id)
        *id = created.json().value(str("id")).toString();
    auto result = std::make_unique<ApiClient>(*m_server);
    result->setToken(created.json().value(str("token")).toString());
    return result;
}

void TestApiTokens::createShowsTheSecretOnce()
{
    const ApiReply created =
        m_clientA->post(str("/api/v1/api-tokens"), tokenBody(str("ERP"), {str("users.update"), str("users.read")}));
    QCOMPARE(created.status, 201);
    const QJsonObject body = created.json();
    const QString secret = body.value(str("token")).toString();
    const QString id = body.value(str("id")).toString();
    QVERIFY(secret.startsWith(str("stk_")));
    QVERIFY(secret.size() >= 40);
    QVERIFY(!QUuid::fromString(id).isNull());
    QCOMPARE(created.headers.value("location"), QByteArray("/api/v1/api-tokens/") + id.toLatin1());
    QCOMPARE(body.value(str("name")).toString(), str("ERP"));
    QCOMPARE(body.value(str("companyId")).toString(), m_ownerA.companyId);
    QCOMPARE(body.value(str("createdBy")).toString(), m_ownerA.id);
    QCOMPARE(body.value(str("permissions")).toArray(), (QJsonArray{str("users.read"), str("users.update")}));
    QCOMPARE(body.value(str("state")).toString(), str("active"));
    QVERIFY(QDateTime::fromString(body.value(str("createdAt")).toString(), Qt::ISODateWithMs).isValid());
    for (const char* never : {"lastUsedAt", "expiresAt", "revokedAt"})
        QVERIFY2(body.value(str(never)).isNull(), never);

    // Never again: not when read, not when listed, neither the secret nor its hash.
    const QByteArray hash = QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex();
    const ApiReply read = m_clientA->get(str("/api/v1/api-tokens/") + id);
    const ApiReply list = m_clientA->get(str("/api/v1/api-tokens"));
    QCOMPARE(read.status, 200);
    QCOMPARE(list.status, 200);
    for (const ApiReply* reply : {&read, &list}) {
        QVERIFY(!reply->body.contains(secret.toUtf8()));
        QVERIFY(!reply->body.contains(hash));
        QVERIFY(!reply->body.contains("stk_"));
    }
    QVERIFY(!read.json().contains(str("token")));
    QVERIFY(!m_server->log().contains(secret.toUtf8()));
}

void TestApiTokens::listGetAndRevoke()
{
    QString first, second;
    tokenClient(*m_clientA, {str("users.read")}, &first, str("Alpha feed"));
    QTest::qWait(5); // distinct creation times, so that "newest first" has one answer
    tokenClient(*m_clientA, {str("users.read")}, &second, str("Beta feed"));

    const ApiReply list = m_clientA->get(str("/api/v1/api-tokens?limit=500"));
    QCOMPARE(list.status, 200);
    const QStringList listed = ids(list);
    QVERIFY(listed.contains(first) && listed.contains(second));
    QCOMPARE(list.json().value(str("total")).toInteger(), qint64(listed.size()));
    QVERIFY(listed.indexOf(second) < listed.indexOf(first)); // newest first
    const QJsonObject item = list.json().value(str("items")).toArray().at(listed.indexOf(first)).toObject();
    const QStringList keys = item.keys();
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
             (QSet<QString>{str("id"), str("companyId"), str("name"), str("permissions"), str("createdAt"),
                            str("createdBy"), str("lastUsedAt"), str("expiresAt"), str("revokedAt"), str("state")}));
    const QStringList byName = ids(m_clientA->get(str("/api/v1/api-tokens?limit=500&sort=name")));
    QVERIFY(byName.indexOf(first) < byName.indexOf(second));
    QVERIFY(ids(m_clientA->get(str("/api/v1/api-tokens?limit=500&sort=-name"))).indexOf(first) >
            ids(m_clientA->get(str("/api/v1/api-tokens?limit=500&sort=-name"))).indexOf(second));
    QCOMPARE(m_clientA->get(str("/api/v1/api-tokens?sort=secret")).status, 400);
    const ApiReply paged = m_clientA->get(str("/api/v1/api-tokens?limit=1&offset=1"));
    QCOMPARE(ids(paged), QStringList{listed.at(1)});

    const QString path = str("/api/v1/api-tokens/") + first;
    QCOMPARE(m_clientA->get(path).json().value(str("name")).toString(), str("Alpha feed"));
    QCOMPARE(m_clientA->del(path).status, 204);
    const QJsonObject revoked = m_clientA->get(path).json();
    QCOMPARE(revoked.value(str("state")).toString(), str("revoked"));
    QVERIFY(QDateTime::fromString(revoked.value(str("revokedAt")).toString(), Qt::ISODateWithMs).isValid());
    // Revoking again changes nothing and records nothing more.
    QCOMPARE(m_clientA->del(path).status, 204);
    const ApiReply events = m_clientA->get(str("/api/v1/audit?action=api_token.revoke&target=") + first);
    QCOMPARE(events.json().value(str("total")).toInteger(), qint64(1));
    QCOMPARE(m_clientA->get(str("/api/v1/audit?action=api_token.create&target=") + first)
                 .json()
                 .value(str("total"))
                 .toInteger(),
             qint64(1));
    // Unknown and malformed ids are simply not found.
    QCOMPARE(m_clientA->get(str("/api/v1/api-tokens/") + QUuid::createUuid().toString(QUuid::WithoutBraces)).status,
             404);
    QCOMPARE(m_clientA->del(str("/api/v1/api-tokens/") + QUuid::createUuid().toString(QUuid::WithoutBraces)).status,
             404);
    QCOMPARE(m_clientA->get(str("/api/v1/api-tokens/nope")).status, 404);
}

void TestApiTokens::tokenActsWithExactlyItsPermissions()
{
    QString id;
    auto reader = tokenClient(*m_clientA, {str("users.read")}, &id);
    const QString userPath = str("/api/v1/users/") + m_userA;
    // Allowed: reading users of its company.
    const ApiReply users = reader->get(str("/api/v1/users?limit=500"));
    QCOMPARE(users.status, 200);
    QVERIFY(ids(users).contains(m_userA));
    for (const QJsonValue& u : users.json().value(str("items")).toArray())
        QCOMPARE(u.toObject().value(str("companyId")).toString(), m_ownerA.companyId);
    const ApiReply user = reader->get(userPath);
    QCOMPARE(user.status, 200);
    // Outside its permissions, although its creator (the owner) may do all of it.
    QCOMPARE(reader->patch(userPath, QJsonObject{{str("lastName"), str("Nope")}}, user.etag()).status, 403);
    QCOMPARE(reader->get(str("/api/v1/audit")).status, 403);
    QCOMPARE(reader->get(str("/api/v1/companies/") + m_ownerA.companyId).status, 403);
    QCOMPARE(reader->post(str("/api/v1/api-tokens"), tokenBody(str("x"), {str("users.read")})).status, 403);
    QCOMPARE(reader->post(userPath + str("/deactivate")).status, 403);
    // A token has no account of its own.
    QCOMPARE(reader->get(str("/api/v1/me")).status, 403);
    QCOMPARE(m_clientA->get(str("/api/v1/api-tokens/") + id).json().value(str("lastUsedAt")).isNull(), false);

    // With users.update it edits, and the change is audited as the token's.
    auto writer = tokenClient(*m_clientA, {str("users.read"), str("users.update")});
    const ApiReply patched =
        writer->patch(userPath, QJsonObject{{str("lastName"), str("Via-Token")}}, writer->get(userPath).etag());
    QCOMPARE(patched.status, 200);
    const ApiReply events = m_clientA->get(str("/api/v1/audit?action=user.update&target=") + m_userA);
    QCOMPARE(events.status, 200);
    const QJsonObject event = events.json().value(str("items")).toArray().at(0).toObject();
    QCOMPARE(event.value(str("requestId")).toString(), QString::fromLatin1(patched.headers.value("x-request-id")));
    QCOMPARE(event.value(str("actorType")).toString(), str("api_token"));
    QCOMPARE(event.value(str("actorId")).toString(), m_ownerA.id);
    QCOMPARE(event.value(str("companyId")).toString(), m_ownerA.companyId);
}

void TestApiTokens::badBodiesAreRefused()
{
    const QString path = str("/api/v1/api-tokens");
    ApiReply r = m_clientA->post(path, QJsonObject{{str("permissions"), QJsonArray{str("users.read")}}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(str("name")), QStringList{str("required")});
    r = m_clientA->post(path, tokenBody(str("   "), {str("users.read")}));
    QCOMPARE(r.status, 422);
    QVERIFY(!r.fieldCodes(str("name")).isEmpty());
    r = m_clientA->post(path, tokenBody(QString(101, QLatin1Char('n')), {str("users.read")}));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(str("name")), QStringList{str("too_long")});
    r = m_clientA->post(path, tokenBody(str("x"), {}));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(str("permissions")), QStringList{str("required")});
    r = m_clientA->post(path, tokenBody(str("x"), {str("users.read"), str("users.fly"), str("platform.audit.read"),
                                                   str("users.read")}));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(str("permissions[1]")), QStringList{str("unknown_permission")});
    QCOMPARE(r.fieldCodes(str("permissions[2]")), QStringList{str("unknown_permission")});
    QCOMPARE(r.fieldCodes(str("permissions[3]")), QStringList{str("duplicate")});
    r = m_clientA->post(path, QJsonObject{{str("name"), str("x")}, {str("permissions"), str("users.read")}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(str("permissions")), QStringList{str("invalid_type")});
    QJsonObject body = tokenBody(str("x"), {str("users.read")});
    body.insert(str("secret"), str("mine"));
    r = m_clientA->post(path, body);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(str("secret")), QStringList{str("unknown_field")});
    body = tokenBody(str("x"), {str("users.read")});
    body.insert(str("expiresAt"), str("soon"));
    QCOMPARE(m_clientA->post(path, body).fieldCodes(str("expiresAt")), QStringList{str("invalid_time")});
    // An expiry in the past is refused rather than creating a dead token.
    body.insert(str("expiresAt"), QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODateWithMs));
    r = m_clientA->post(path, body);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(str("expiresAt")), QStringList{str("in_past")});
    QCOMPARE(m_clientA->send("POST", path, "{\"name\":", {{"Content-Type", "application/json"}}).status, 400);
    // Nothing was created by any of these.
    for (const QJsonValue& item : m_clientA->get(path + str("?limit=500")).json().value(str("items")).toArray())
        QVERIFY(item.toObject().value(str("name")).toString() != str("x"));
}

void TestApiTokens::cannotGrantWhatTheCallerDoesNotHold()
{
    // A token that may manage tokens can hand out only what it holds itself.
    auto manager = tokenClient(*m_clientA, {str("api_tokens.manage"), str("users.read")});
    ApiReply r =
        manager->post(str("/api/v1/api-tokens"), tokenBody(str("wider"), {str("users.read"), str("audit.read")}));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(str("permissions")), QStringList{str("not_held")});
    QVERIFY(r.body.contains("audit.read"));
    r = manager->post(str("/api/v1/api-tokens"), tokenBody(str("narrower"), {str("users.read")}));
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json().value(str("createdBy")).toString(), m_ownerA.id);
    // A company admin cannot pick another company.
    QJsonObject body = tokenBody(str("elsewhere"), {str("users.read")});
    body.insert(str("companyId"), m_ownerB.companyId);
    QCOMPARE(m_clientA->post(str("/api/v1/api-tokens"), body).status, 404);
    body.insert(str("companyId"), m_ownerA.companyId);
    QCOMPARE(m_clientA->post(str("/api/v1/api-tokens"), body).status, 201);
    // Without api_tokens.manage there is nothing to create or list.
    const Scenario::Account operations =
        m_scenario->createUser(m_ownerA.companyId, str("tok-ops"), {operationsRoleId()});
    auto ops = m_scenario->signIn(operations);
    QCOMPARE(ops->post(str("/api/v1/api-tokens"), tokenBody(str("mine"), {str("orders.read")})).status, 403);
    QCOMPARE(ops->get(str("/api/v1/api-tokens")).status, 403);
}

void TestApiTokens::otherCompaniesTokensAndObjectsAreInvisible()
{
    QString idA;
    auto tokenA = tokenClient(*m_clientA, {str("users.read"), str("users.update"), str("api_tokens.manage")}, &idA);
    QString idB;
    tokenClient(*m_clientB, {str("users.read")}, &idB);
    // Company B's admin cannot see, read or revoke A's token...
    QVERIFY(!ids(m_clientB->get(str("/api/v1/api-tokens?limit=500"))).contains(idA));
    QCOMPARE(m_clientB->get(str("/api/v1/api-tokens/") + idA).status, 404);
    QCOMPARE(m_clientB->del(str("/api/v1/api-tokens/") + idA).status, 404);
    QCOMPARE(tokenA->get(str("/api/v1/users/") + m_userA).status, 200);
    QCOMPARE(m_clientA->get(str("/api/v1/api-tokens/") + idA).json().value(str("state")).toString(), str("active"));
    // ...and A's token cannot reach company B's objects.
    const QString userB = str("/api/v1/users/") + m_userB;
    QCOMPARE(tokenA->get(userB).status, 404);
    QCOMPARE(tokenA->patch(userB, QJsonObject{{str("lastName"), str("X")}}, "\"v1\"").status, 404);
    QCOMPARE(tokenA->get(str("/api/v1/api-tokens/") + idB).status, 404);
    QCOMPARE(tokenA->del(str("/api/v1/api-tokens/") + idB).status, 404);
    QVERIFY(!ids(tokenA->get(str("/api/v1/users?limit=500&company=") + m_ownerB.companyId)).contains(m_userB));
    QVERIFY(!ids(tokenA->get(str("/api/v1/api-tokens?limit=500"))).contains(idB));
}

void TestApiTokens::platformAdministratorManagesEveryCompany()
{
    ApiClient& admin = m_scenario->admin();
    // Platform staff name the company; a missing or unknown one is a field error.
    ApiReply r = admin.post(str("/api/v1/api-tokens"), tokenBody(str("no company"), {str("users.read")}));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(str("companyId")), QStringList{str("required")});
    QJsonObject body = tokenBody(str("ghost"), {str("users.read")});
    body.insert(str("companyId"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    r = admin.post(str("/api/v1/api-tokens"), body);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(str("companyId")), QStringList{str("not_found")});

    body.insert(str("companyId"), m_ownerB.companyId);
    r = admin.post(str("/api/v1/api-tokens"), body);
    QCOMPARE(r.status, 201);
    const QString id = r.json().value(str("id")).toString();
    QCOMPARE(r.json().value(str("companyId")).toString(), m_ownerB.companyId);
    ApiClient token(*m_server);
    token.setToken(r.json().value(str("token")).toString());
    // It acts inside company B only, although its creator is platform staff.
    QCOMPARE(token.get(str("/api/v1/users/") + m_userB).status, 200);
    QCOMPARE(token.get(str("/api/v1/users/") + m_userA).status, 404);
    QVERIFY(ids(m_clientB->get(str("/api/v1/api-tokens?limit=500"))).contains(id));

    const QStringList all = ids(admin.get(str("/api/v1/api-tokens?limit=500")));
    QVERIFY(all.contains(id));
    const ApiReply onlyA = admin.get(str("/api/v1/api-tokens?limit=500&company=") + m_ownerA.companyId);
    QCOMPARE(onlyA.status, 200);
    QVERIFY(!ids(onlyA).isEmpty());
    QVERIFY(!ids(onlyA).contains(id));
    for (const QJsonValue& item : onlyA.json().value(str("items")).toArray())
        QCOMPARE(item.toObject().value(str("companyId")).toString(), m_ownerA.companyId);
    QCOMPARE(admin.del(str("/api/v1/api-tokens/") + id).status, 204);
    QCOMPARE(token.get(str("/api/v1/users/") + m_userB).status, 401);
}

void TestApiTokens::revokedTokenStopsWorking()
{
    QString id;
    auto token = tokenClient(*m_clientA, {str("users.read")}, &id);
    QCOMPARE(token->get(str("/api/v1/users/") + m_userA).status, 200);
    QCOMPARE(m_clientA->del(str("/api/v1/api-tokens/") + id).status, 204);
    const ApiReply refused = token->get(str("/api/v1/users/") + m_userA);
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.headers.value("www-authenticate"), QByteArray("Bearer"));
    // A token that merely looks right is refused the same way.
    ApiClient forged(*m_server);
    forged.setToken(str("stk_") + QString(43, QLatin1Char('A')));
    QCOMPARE(forged.get(str("/api/v1/users")).status, 401);
}

void TestApiTokens::expiredTokenStopsWorking()
{
    QJsonObject body = tokenBody(str("short-lived"), {str("users.read")});
    body.insert(str("expiresAt"), QDateTime::currentDateTimeUtc().addMSecs(2500).toString(Qt::ISODateWithMs));
    const ApiReply created = m_clientA->post(str("/api/v1/api-tokens"), body);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().value(str("expiresAt")).toString(), body.value(str("expiresAt")).toString());
    ApiClient token(*m_server);
    token.setToken(created.json().value(str("token")).toString());
    QCOMPARE(token.get(str("/api/v1/users/") + m_userA).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(token.get(str("/api/v1/users/") + m_userA).status, 401, 8000);
    const QJsonObject after =
        m_clientA->get(str("/api/v1/api-tokens/") + created.json().value(str("id")).toString()).json();
    QCOMPARE(after.value(str("state")).toString(), str("expired"));
    QVERIFY(after.value(str("revokedAt")).isNull());
}

void TestApiTokens::creatorPasswordChangeKeepsTheTokenWorking()
{
    // Seed 003: the ERP keeps working when the person who set it up changes their password.
    Scenario::Account creator = m_scenario->createUser(m_ownerA.companyId, str("tok-creator"), {adminRoleId()});
    auto session = m_scenario->signIn(creator);
    auto token = tokenClient(*session, {str("users.read")});
    const QString path = str("/api/v1/users/") + m_userA;
    QCOMPARE(token->get(path).status, 200);

    const QString next = str("Green-Valley-Morning-41");
    QCOMPARE(session
                 ->post(str("/api/v1/me/password"),
                        QJsonObject{{str("currentPassword"), creator.password}, {str("newPassword"), next}})
                 .status,
             204);
    QCOMPARE(session->get(str("/api/v1/me")).status, 401); // the sessions ended
    QCOMPARE(token->get(path).status, 200);                // the token did not
    // Nor does an administrator's reset of the creator's password touch it.
    QCOMPARE(m_clientA->post(str("/api/v1/users/") + creator.id + str("/temporary-password")).status, 200);
    QCOMPARE(token->get(path).status, 200);
    QCOMPARE(m_clientA->post(str("/api/v1/users/") + creator.id + str("/revoke-sessions")).status, 200);
    QCOMPARE(token->get(path).status, 200);
}

void TestApiTokens::creatorDeactivationStopsTheToken()
{
    Scenario::Account creator = m_scenario->createUser(m_ownerA.companyId, str("tok-leaver"), {adminRoleId()});
    auto session = m_scenario->signIn(creator);
    QString id;
    auto token = tokenClient(*session, {str("users.read")}, &id);
    const QString path = str("/api/v1/users/") + m_userA;
    QCOMPARE(token->get(path).status, 200);
    QCOMPARE(m_clientA->post(str("/api/v1/users/") + creator.id + str("/deactivate")).status, 200);
    QCOMPARE(token->get(path).status, 401);
    QCOMPARE(m_clientA->get(str("/api/v1/api-tokens/") + id).json().value(str("state")).toString(), str("revoked"));
    // Reactivating the person does not bring the token back.
    QCOMPARE(m_clientA->post(str("/api/v1/users/") + creator.id + str("/reactivate")).status, 200);
    QCOMPARE(token->get(path).status, 401);
}

void TestApiTokens::creatorDeletionStopsTheToken()
{
    Scenario::Account creator = m_scenario->createUser(m_ownerA.companyId, str("tok-deleted"), {adminRoleId()});
    auto session = m_scenario->signIn(creator);
    auto token = tokenClient(*session, {str("users.read")});
    const QString path = str("/api/v1/users/") + m_userA;
    QCOMPARE(token->get(path).status, 200);
    QCOMPARE(m_clientA->del(str("/api/v1/users/") + creator.id).status, 204);
    QCOMPARE(token->get(path).status, 401);
}

void TestApiTokens::unitLimitedAdminCannotCreateTokens()
{
    // A token has no unit limits, so an admin limited to some units could otherwise reach them all.
    const ApiReply unit = m_clientA->post(str("/api/v1/org-units"), QJsonObject{{str("name"), str("Warehouse")}});
    QCOMPARE(unit.status, 201);
    const ApiReply created = m_clientA->post(
        str("/api/v1/users"), QJsonObject{{str("email"), str("limited.admin@tok.example")},
                                          {str("firstName"), str("Lim")},
                                          {str("lastName"), str("Ited")},
                                          {str("roleIds"), QJsonArray{adminRoleId()}},
                                          {str("orgUnitIds"), QJsonArray{unit.json().value(str("id")).toString()}},
                                          {str("onboarding"), str("temporary-password")}});
    QCOMPARE(created.status, 201);
    Scenario::Account limited;
    limited.email = str("limited.admin@tok.example");
    limited.password = m_scenario->activate(limited.email, created.json().value(str("temporaryPassword")).toString());
    auto client = m_scenario->signIn(limited);
    const ApiReply refused = client->post(str("/api/v1/api-tokens"), tokenBody(str("wide"), {str("users.read")}));
    QCOMPARE(refused.status, 403);
}

QTEST_GUILESS_MAIN(TestApiTokens)
#include "tst_apitokens.moc"

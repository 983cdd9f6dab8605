// The audit trail against a real server: every change made through the API leaves one event with
// its actor, company, action, target, client address, request id and the before/after of exactly
// the fields that changed; no secret is ever recorded; filters and scopes (company admins see only
// their company, platform staff need platform.audit.read).
#include "ApiClient.h"
#include "Scenario.h"
#include "TestServer.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>
#include <domain/Permissions.h>

using namespace steward::test;

namespace {

QString str(const char* text)
{
    return QString::fromUtf8(text);
}

QJsonObject change(const QString& field, const QJsonValue& before, const QJsonValue& after)
{
    return {{str("field"), field}, {str("before"), before}, {str("after"), after}};
}

QJsonObject changeOf(const QJsonObject& event, const QString& field)
{
    for (const QJsonValue& c : event.value(str("changes")).toArray()) {
        if (c.toObject().value(str("field")).toString() == field)
            return c.toObject();
    }
    return {};
}

QStringList changedFields(const QJsonObject& event)
{
    QStringList fields;
    for (const QJsonValue& c : event.value(str("changes")).toArray())
        fields.append(c.toObject().value(str("field")).toString());
    return fields;
}

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void companyCreationIsAudited();
    void userCreateUpdateAndDeactivateRecordTheChangedFields();
    void passwordChangeRecordsNoSecretValue();
    void everyOtherKindOfChangeIsAudited();
    void filters();
    void badFiltersAreRefused();
    void companyAdminSeesOnlyTheirCompany();
    void userHistory();
    void unitLimitedReaderSeesOnlyItsUsers();
    void platformScopes();
    void noSecretIsEverRecorded();
    void staffWithoutPlatformAuditReadIsForbidden();

private:
    // The one event of `action` written by the request that answered `reply` (matched by request id).
    QJsonObject eventOf(const ApiReply& reply, const QString& action);
    // Every item of /api/v1/audit?`query` as `client`, following the pages.
    QList<QJsonObject> allEvents(ApiClient& client, const QString& query = QString());
    void verifyEvent(const QJsonObject& event, const QString& actorId, const QString& companyId, const QString& action,
                     const QString& targetType, const QString& targetId, const ApiReply& reply);
    QString createUser(ApiClient& client, const QString& companyId, const QString& suffix,
                       QString* temporaryPassword = nullptr);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Scenario> m_scenario;
    QString m_adminId;
    Scenario::Account m_ownerA;
    Scenario::Account m_ownerB;
    std::unique_ptr<ApiClient> m_clientA;
    QString m_userB; // a user of company B
    QStringList m_secrets;
};

void TestAudit::initTestCase()
{
    m_server = std::make_unique<TestServer>(str("tst_audit"));
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
    m_scenario = std::make_unique<Scenario>(*m_server);
    m_adminId = m_scenario->admin().get(str("/api/v1/me")).json().value(str("id")).toString();
    QVERIFY(!m_adminId.isEmpty());
    m_ownerA = m_scenario->createCompany(str("AuditA"));
    m_ownerB = m_scenario->createCompany(str("AuditB"));
    m_clientA = m_scenario->signIn(m_ownerA);
    m_userB = m_scenario->createUser(m_ownerB.companyId, str("audit-b")).id;
    m_secrets << str(TestServer::kAdminPassword) << m_ownerA.password << m_ownerB.password
              << m_scenario->admin().token() << m_clientA->token();
}

QList<QJsonObject> TestAudit::allEvents(ApiClient& client, const QString& query)
{
    QList<QJsonObject> events;
    for (int offset = 0;; offset += 500) {
        const ApiReply reply = client.get(str("/api/v1/audit?limit=500&offset=") + QString::number(offset) +
                                          (query.isEmpty() ? QString() : QString(QLatin1Char('&') + query)));
        if (reply.status != 200) {
            qWarning("audit list failed: %s", qPrintable(reply.describe()));
            return {};
        }
        const QJsonArray items = reply.json().value(str("items")).toArray();
        for (const QJsonValue& item : items)
            events.append(item.toObject());
        if (items.size() < 500)
            return events;
    }
}

QJsonObject TestAudit::eventOf(const ApiReply& reply, const QString& action)
{
    const QString requestId = QString::fromLatin1(reply.headers.value("x-request-id"));
    QJsonObject found;
    int matches = 0;
    for (const QJsonObject& event : allEvents(m_scenario->admin(), str("action=") + action)) {
        if (event.value(str("requestId")).toString() == requestId) {
            found = event;
            ++matches;
        }
    }
    if (requestId.isEmpty() || matches != 1)
        qWarning("%d events of %s for request %s", matches, qPrintable(action), qPrintable(requestId));
    return matches == 1 ? found : QJsonObject();
}

void TestAudit::verifyEvent(const QJsonObject& event, const QString& actorId, const QString& companyId,
                            const QString& action, const QString& targetType, const QString& targetId,
                            const ApiReply& reply)
{
    QVERIFY2(!event.isEmpty(), qPrintable(action));
    QCOMPARE(event.value(str("action")).toString(), action);
    QCOMPARE(event.value(str("actorId")).toString(), actorId);
    QCOMPARE(event.value(str("actorType")).toString(), str("user"));
    QCOMPARE(event.value(str("companyId")).toString(), companyId);
    QCOMPARE(event.value(str("targetType")).toString(), targetType);
    QCOMPARE(event.value(str("targetId")).toString(), targetId);
    QCOMPARE(event.value(str("requestId")).toString(), QString::fromLatin1(reply.headers.value("x-request-id")));
    QVERIFY2(QHostAddress(event.value(str("clientAddress")).toString()).isLoopback(),
             qPrintable(event.value(str("clientAddress")).toString()));
    const QDateTime time = QDateTime::fromString(event.value(str("time")).toString(), Qt::ISODateWithMs);
    QVERIFY(time.isValid());
    QVERIFY(qAbs(time.secsTo(QDateTime::currentDateTimeUtc())) < 120);
}

QString TestAudit::createUser(ApiClient& client, const QString& companyId, const QString& suffix,
                              QString* temporaryPassword)
{
    const ApiReply created =
        client.post(str("/api/v1/users"), QJsonObject{{str("companyId"), companyId},
                                                      {str("email"), QString(suffix + str("@audit.example"))},
                                                      {str("firstName"), str("Ana")},
                                                      {str("lastName"), QString(str("Person ") + suffix)},
                                                      {str("onboarding"), str("temporary-password")}});
    if (created.status != 201)
        qWarning("user creation failed: %s", qPrintable(created.describe()));
    const QString password = created.json().value(str("temporaryPassword")).toString();
    m_secrets << password;
    if (temporaryPassword)
        *temporaryPassword = password;
    return created.json().value(str("id")).toString();
}

void TestAudit::companyCreationIsAudited()
{
    const ApiReply created = m_scenario->admin().post(
        str("/api/v1/companies"), Scenario::companyBody(str("AuditC"), str("owner@company-auditc.example"), str("de")));
    QCOMPARE(created.status, 201);
    const QString companyId = created.json().value(str("id")).toString();
    const QString ownerId = created.json().value(str("ownerId")).toString();

    const QJsonObject company = eventOf(created, str("company.create"));
    verifyEvent(company, m_adminId, companyId, str("company.create"), str("company"), companyId, created);
    QCOMPARE(changeOf(company, str("name")), change(str("name"), QJsonValue::Null, str("Company AuditC")));
    QCOMPARE(changeOf(company, str("defaultLanguage")), change(str("defaultLanguage"), QJsonValue::Null, str("de")));
    for (const char* bookkeeping : {"version", "createdAt", "updatedAt"})
        QVERIFY(!changedFields(company).contains(str(bookkeeping)));
    // The owner is created in the same request, and audited with it.
    const QJsonObject owner = eventOf(created, str("user.create"));
    verifyEvent(owner, m_adminId, companyId, str("user.create"), str("user"), ownerId, created);
    QCOMPARE(changeOf(owner, str("email")),
             change(str("email"), QJsonValue::Null, str("owner@company-auditc.example")));
}

void TestAudit::userCreateUpdateAndDeactivateRecordTheChangedFields()
{
    const ApiReply created =
        m_clientA->post(str("/api/v1/users"), QJsonObject{{str("email"), str("lina.lopez@audit.example")},
                                                          {str("firstName"), str("Lina")},
                                                          {str("lastName"), str("López")},
                                                          {str("onboarding"), str("temporary-password")}});
    QVERIFY2(created.status == 201, qPrintable(created.describe()));
    const QString id = created.json().value(str("id")).toString();
    m_secrets << created.json().value(str("temporaryPassword")).toString();
    const QJsonObject create = eventOf(created, str("user.create"));
    verifyEvent(create, m_ownerA.id, m_ownerA.companyId, str("user.create"), str("user"), id, created);
    QCOMPARE(changeOf(create, str("lastName")), change(str("lastName"), QJsonValue::Null, str("López")));
    QCOMPARE(changeOf(create, str("state")), change(str("state"), QJsonValue::Null, str("created")));
    QVERIFY(!changedFields(create).contains(str("version")));

    // PATCH of one field: exactly that field, with its old and new value.
    const QString path = str("/api/v1/users/") + id;
    const ApiReply patched =
        m_clientA->patch(path, QJsonObject{{str("lastName"), str("López-Vidal")}}, m_clientA->get(path).etag());
    QCOMPARE(patched.status, 200);
    const QJsonObject update = eventOf(patched, str("user.update"));
    verifyEvent(update, m_ownerA.id, m_ownerA.companyId, str("user.update"), str("user"), id, patched);
    QCOMPARE(update.value(str("changes")).toArray(),
             QJsonArray{change(str("lastName"), str("López"), str("López-Vidal"))});

    // A state transition records the state before and after, nothing else.
    const Scenario::Account enabled = m_scenario->createUser(m_ownerA.companyId, str("audit-deact"));
    m_secrets << enabled.password;
    QCOMPARE(m_clientA->get(str("/api/v1/users/") + enabled.id).json().value(str("state")).toString(), str("enabled"));
    const ApiReply deactivated = m_clientA->post(str("/api/v1/users/") + enabled.id + str("/deactivate"));
    QCOMPARE(deactivated.status, 200);
    const QJsonObject deactivate = eventOf(deactivated, str("user.deactivate"));
    verifyEvent(deactivate, m_ownerA.id, m_ownerA.companyId, str("user.deactivate"), str("user"), enabled.id,
                deactivated);
    QCOMPARE(deactivate.value(str("changes")).toArray(),
             QJsonArray{change(str("state"), str("enabled"), str("deactivated"))});
    // A refused transition changes nothing and records nothing.
    const ApiReply refused = m_clientA->post(str("/api/v1/users/") + m_ownerA.id + str("/deactivate"));
    QCOMPARE(refused.status, 409);
    for (const QJsonObject& event : allEvents(m_scenario->admin(), str("target=") + m_ownerA.id))
        QVERIFY(event.value(str("requestId")).toString() != QString::fromLatin1(refused.headers.value("x-request-id")));
}

void TestAudit::passwordChangeRecordsNoSecretValue()
{
    QString temporary;
    const QString id = createUser(*m_clientA, m_ownerA.companyId, str("pw-change"), &temporary);
    ApiClient user(*m_server);
    QCOMPARE(user.login(str("pw-change@audit.example"), temporary).status, 200);
    m_secrets << user.token();
    const QString chosen = str("Quiet-Harbor-Sunrise-58");
    m_secrets << chosen;
    const ApiReply changed = user.post(str("/api/v1/me/password"),
                                       QJsonObject{{str("currentPassword"), temporary}, {str("newPassword"), chosen}});
    QCOMPARE(changed.status, 204);
    const QJsonObject event = eventOf(changed, str("user.password_change"));
    verifyEvent(event, id, m_ownerA.companyId, str("user.password_change"), str("user"), id, changed);
    QCOMPARE(changeOf(event, str("password")), change(str("password"), QJsonValue::Null, QJsonValue::Null));
    // Any field about the password is recorded by name only.
    for (const QJsonValue& c : event.value(str("changes")).toArray()) {
        const QJsonObject o = c.toObject();
        if (o.value(str("field")).toString().contains(str("assword"), Qt::CaseInsensitive)) {
            QVERIFY(o.value(str("before")).isNull());
            QVERIFY(o.value(str("after")).isNull());
        }
    }
    QVERIFY(!QJsonDocument(event).toJson().contains(chosen.toUtf8()));
    QVERIFY(!QJsonDocument(event).toJson().contains(temporary.toUtf8()));
}

void TestAudit::everyOtherKindOfChangeIsAudited()
{
    ApiClient& admin = m_scenario->admin();
    const QString companyA = m_ownerA.companyId;
    const QString user = createUser(*m_clientA, companyA, str("other-kinds"));
    const QString userPath = str("/api/v1/users/") + user;
    struct Expected
    {
        ApiReply reply;
        QString action;
        QString actor;
        QString company;
        QString targetType;
        QString target;
    };
    QList<Expected> expected;
    const auto expect = [&](const ApiReply& reply, int status, const char* action, const QString& actor,
                            const QString& company, const char* targetType, const QString& target) {
        if (reply.status != status)
            qWarning("%s: %s", action, qPrintable(reply.describe()));
        expected.append({reply, str(action), actor, company, str(targetType), target});
    };

    ApiReply r =
        m_clientA->put(str("/api/v1/users/") + user + str("/roles"),
                       QJsonArray{QJsonObject{{str("roleId"), financeRoleId()}}}, m_clientA->get(userPath).etag());
    expect(r, 200, "user.roles", m_ownerA.id, companyA, "user", user);
    r = m_clientA->post(userPath + str("/temporary-password"));
    m_secrets << r.json().value(str("temporaryPassword")).toString();
    expect(r, 200, "user.temporary_password", m_ownerA.id, companyA, "user", user);
    expect(m_clientA->post(userPath + str("/unlock")), 204, "user.unlock", m_ownerA.id, companyA, "user", user);
    expect(m_clientA->post(userPath + str("/revoke-sessions")), 200, "user.revoke_sessions", m_ownerA.id, companyA,
           "user", user);
    const ApiReply me = m_clientA->get(str("/api/v1/me"));
    expect(m_clientA->patch(str("/api/v1/me"), QJsonObject{{str("firstName"), str("Oliva")}}, me.etag()), 200,
           "user.update", m_ownerA.id, companyA, "user", m_ownerA.id);
    const ApiReply company = m_clientA->get(str("/api/v1/companies/") + companyA);
    expect(m_clientA->patch(str("/api/v1/companies/") + companyA, QJsonObject{{str("legalName"), str("AuditA Ltd.")}},
                            company.etag()),
           200, "company.update", m_ownerA.id, companyA, "company", companyA);
    r = m_clientA->post(str("/api/v1/roles"), QJsonObject{{str("name"), str("Auditors")},
                                                          {str("permissions"), QJsonArray{str("audit.read")}}});
    expect(r, 201, "role.create", m_ownerA.id, companyA, "role", r.json().value(str("id")).toString());
    r = m_clientA->post(str("/api/v1/org-units"), QJsonObject{{str("name"), str("Logistics")}});
    expect(r, 201, "org_unit.create", m_ownerA.id, companyA, "org_unit", r.json().value(str("id")).toString());
    r = m_clientA->post(str("/api/v1/api-tokens"),
                        QJsonObject{{str("name"), str("ERP")}, {str("permissions"), QJsonArray{str("users.read")}}});
    m_secrets << r.json().value(str("token")).toString();
    const QString tokenId = r.json().value(str("id")).toString();
    expect(r, 201, "api_token.create", m_ownerA.id, companyA, "api_token", tokenId);
    expect(m_clientA->del(str("/api/v1/api-tokens/") + tokenId), 204, "api_token.revoke", m_ownerA.id, companyA,
           "api_token", tokenId);
    // Another session of the owner, ended from the first one.
    ApiClient second(*m_server);
    QCOMPARE(second.login(m_ownerA.email, m_ownerA.password).status, 200);
    m_secrets << second.token();
    QString other;
    for (const QJsonValue& s : m_clientA->get(str("/api/v1/me/sessions")).json().value(str("items")).toArray()) {
        if (!s.toObject().value(str("current")).toBool())
            other = s.toObject().value(str("id")).toString();
    }
    QVERIFY(!other.isEmpty());
    expect(m_clientA->del(str("/api/v1/me/sessions/") + other), 204, "session.revoke", m_ownerA.id, companyA, "session",
           other);
    // Ownership moves to an enabled user and back, by the platform administrator.
    const Scenario::Account heir = m_scenario->createUser(companyA, str("audit-heir"), {adminRoleId()});
    m_secrets << heir.password;
    const QString transfer = str("/api/v1/companies/") + companyA + str("/transfer-ownership");
    expect(admin.post(transfer, QJsonObject{{str("userId"), heir.id}}), 200, "company.transfer_ownership", m_adminId,
           companyA, "company", companyA);
    QCOMPARE(admin.post(transfer, QJsonObject{{str("userId"), m_ownerA.id}}).status, 200);
    expect(m_clientA->del(userPath), 204, "user.delete", m_ownerA.id, companyA, "user", user);

    for (const Expected& e : expected) {
        QVERIFY2(e.reply.status >= 200 && e.reply.status < 300, qPrintable(e.action + str(": ") + e.reply.describe()));
        verifyEvent(eventOf(e.reply, e.action), e.actor, e.company, e.action, e.targetType, e.target, e.reply);
    }
    // Spot checks of what was recorded.
    const QJsonObject legal = eventOf(expected.at(5).reply, str("company.update"));
    QCOMPARE(legal.value(str("changes")).toArray(),
             QJsonArray{change(str("legalName"), str("Company AuditA S.L."), str("AuditA Ltd."))});
    const QJsonObject token = eventOf(expected.at(8).reply, str("api_token.create"));
    QCOMPARE(changeOf(token, str("permissions")),
             change(str("permissions"), QJsonValue::Null, QJsonArray{str("users.read")}));
    const QJsonObject revoke = eventOf(expected.at(9).reply, str("api_token.revoke"));
    QCOMPARE(changeOf(revoke, str("state")), change(str("state"), str("active"), str("revoked")));
    const QJsonObject owned = eventOf(expected.at(11).reply, str("company.transfer_ownership"));
    QCOMPARE(owned.value(str("changes")).toArray(), QJsonArray{change(str("ownerId"), m_ownerA.id, heir.id)});
    const QJsonObject removed = eventOf(expected.last().reply, str("user.delete"));
    QCOMPARE(changeOf(removed, str("email")), change(str("email"), str("other-kinds@audit.example"), QJsonValue::Null));
}

void TestAudit::filters()
{
    ApiClient& admin = m_scenario->admin();
    const QString companyA = m_ownerA.companyId;
    const QString scope = str("company=") + companyA;

    const QList<QJsonObject> all = allEvents(admin, scope);
    QVERIFY(all.size() >= 10);
    // Newest first by default; `sort=time` reverses it.
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY(all.at(i - 1).value(str("time")).toString() >= all.at(i).value(str("time")).toString());
    const QList<QJsonObject> oldestFirst = allEvents(admin, scope + str("&sort=time"));
    QCOMPARE(oldestFirst.size(), all.size());
    for (qsizetype i = 1; i < oldestFirst.size(); ++i)
        QVERIFY(oldestFirst.at(i - 1).value(str("time")).toString() <= oldestFirst.at(i).value(str("time")).toString());

    // limit/offset page through the same total.
    const ApiReply page = admin.get(str("/api/v1/audit?limit=3&offset=2&") + scope);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.json().value(str("total")).toInteger(), qint64(all.size()));
    const QJsonArray items = page.json().value(str("items")).toArray();
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(0).toObject().value(str("id")).toString(), all.at(2).value(str("id")).toString());

    // actor: only that actor's events.
    const QList<QJsonObject> byOwner = allEvents(admin, scope + str("&actor=") + m_ownerA.id);
    QVERIFY(!byOwner.isEmpty() && byOwner.size() < all.size());
    for (const QJsonObject& e : byOwner)
        QCOMPARE(e.value(str("actorId")).toString(), m_ownerA.id);
    // target
    const QList<QJsonObject> aboutOwner = allEvents(admin, str("target=") + m_ownerA.id);
    QVERIFY(!aboutOwner.isEmpty());
    for (const QJsonObject& e : aboutOwner)
        QCOMPARE(e.value(str("targetId")).toString(), m_ownerA.id);
    // action: exact, and a prefix ending in '.' (where '_' is literal, not a wildcard).
    const QList<QJsonObject> updates = allEvents(admin, scope + str("&action=user.update"));
    QVERIFY(!updates.isEmpty());
    for (const QJsonObject& e : updates)
        QCOMPARE(e.value(str("action")).toString(), str("user.update"));
    const QList<QJsonObject> userEvents = allEvents(admin, scope + str("&action=user."));
    QVERIFY(userEvents.size() > updates.size());
    for (const QJsonObject& e : userEvents)
        QVERIFY(e.value(str("action")).toString().startsWith(str("user.")));
    const QList<QJsonObject> tokenEvents = allEvents(admin, scope + str("&action=api_token."));
    QCOMPARE(tokenEvents.size(), 2);
    for (const QJsonObject& e : tokenEvents)
        QVERIFY(e.value(str("action")).toString().startsWith(str("api_token.")));
    QCOMPARE(allEvents(admin, scope + str("&action=user")).size(), 0); // no implicit prefix

    // from (inclusive) / to (exclusive) around one event's time.
    const QJsonObject middle = all.at(all.size() / 2);
    const QString t = middle.value(str("time")).toString();
    QUrlQuery window;
    window.addQueryItem(str("company"), companyA);
    window.addQueryItem(str("from"), t);
    window.addQueryItem(str("to"), QDateTime::fromString(t, Qt::ISODateWithMs).addMSecs(1).toString(Qt::ISODateWithMs));
    const QList<QJsonObject> at = allEvents(admin, window.toString(QUrl::FullyEncoded));
    QVERIFY(!at.isEmpty());
    for (const QJsonObject& e : at)
        QCOMPARE(e.value(str("time")).toString(), t);
    QUrlQuery after;
    after.addQueryItem(str("company"), companyA);
    after.addQueryItem(str("from"), t);
    for (const QJsonObject& e : allEvents(admin, after.toString(QUrl::FullyEncoded)))
        QVERIFY(e.value(str("time")).toString() >= t);
    QUrlQuery before;
    before.addQueryItem(str("company"), companyA);
    before.addQueryItem(str("to"), t);
    const QList<QJsonObject> earlier = allEvents(admin, before.toString(QUrl::FullyEncoded));
    for (const QJsonObject& e : earlier)
        QVERIFY(e.value(str("time")).toString() < t);
    QCOMPARE(earlier.size() + allEvents(admin, after.toString(QUrl::FullyEncoded)).size(), all.size());
}

void TestAudit::badFiltersAreRefused()
{
    ApiClient& admin = m_scenario->admin();
    const struct
    {
        const char* query;
        const char* field;
    } cases[] = {
        {"actor=not-a-uuid", "actor"},
        {"target=123", "target"},
        {"from=yesterday", "from"},
        {"to=2026-13-45", "to"},
        {"sort=action", "sort"},
        {"limit=0", "limit"},
        {"limit=501", "limit"},
        {"offset=-1", "offset"},
        {"action=user%25", "action"},
        {"action=User.", "action"},
        {"scope=everything", "scope"},
        {"company=x", "company"},
        {"from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "to"},
    };
    for (const auto& c : cases) {
        const ApiReply reply = admin.get(str("/api/v1/audit?") + str(c.query));
        QVERIFY2(reply.status == 400, qPrintable(str(c.query) + str(": ") + reply.describe()));
        QVERIFY2(!reply.fieldCodes(str(c.field)).isEmpty(), qPrintable(str(c.query) + str(": ") + reply.describe()));
        QVERIFY(reply.contentType().startsWith("application/problem+json"));
    }
}

void TestAudit::companyAdminSeesOnlyTheirCompany()
{
    const QList<QJsonObject> mine = allEvents(*m_clientA);
    QVERIFY(mine.size() >= 10);
    for (const QJsonObject& e : mine)
        QCOMPARE(e.value(str("companyId")).toString(), m_ownerA.companyId);
    QCOMPARE(allEvents(*m_clientA, str("company=") + m_ownerA.companyId).size(), mine.size());
    // Another company's events, or the platform's, do not exist for a company admin.
    QCOMPARE(m_clientA->get(str("/api/v1/audit?company=") + m_ownerB.companyId).status, 404);
    QCOMPARE(m_clientA->get(str("/api/v1/audit?scope=platform")).status, 404);
    // Filtering by a target of another company finds nothing.
    const ApiReply foreign = m_clientA->get(str("/api/v1/audit?target=") + m_userB);
    QCOMPARE(foreign.status, 200);
    QCOMPARE(foreign.json().value(str("total")).toInteger(), qint64(0));

    // A user without audit.read is refused.
    const Scenario::Account operations =
        m_scenario->createUser(m_ownerA.companyId, str("audit-ops"), {operationsRoleId()});
    m_secrets << operations.password;
    auto client = m_scenario->signIn(operations);
    m_secrets << client->token();
    QCOMPARE(client->get(str("/api/v1/audit")).status, 403);
    QCOMPARE(client->get(str("/api/v1/users/") + operations.id + str("/audit")).status, 403);
    ApiClient anonymous(*m_server);
    QCOMPARE(anonymous.get(str("/api/v1/audit")).status, 401);
}

void TestAudit::userHistory()
{
    const QString id = createUser(*m_clientA, m_ownerA.companyId, str("history"));
    const QString path = str("/api/v1/users/") + id;
    QTest::qWait(5); // distinct event times, so that the order is certain
    QCOMPARE(m_clientA->patch(path, QJsonObject{{str("firstName"), str("Berta")}}, m_clientA->get(path).etag()).status,
             200);
    const ApiReply history = m_clientA->get(path + str("/audit"));
    QCOMPARE(history.status, 200);
    const QJsonArray items = history.json().value(str("items")).toArray();
    QCOMPARE(history.json().value(str("total")).toInteger(), qint64(2));
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).toObject().value(str("action")).toString(), str("user.update")); // newest first
    QCOMPARE(items.at(1).toObject().value(str("action")).toString(), str("user.create"));
    for (const QJsonValue& e : items)
        QCOMPARE(e.toObject().value(str("targetId")).toString(), id);
    // Filters apply within the history.
    const ApiReply creates = m_clientA->get(path + str("/audit?action=user.create"));
    QCOMPARE(creates.json().value(str("total")).toInteger(), qint64(1));
    QCOMPARE(m_clientA->get(path + str("/audit?sort=time"))
                 .json()
                 .value(str("items"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(str("action"))
                 .toString(),
             str("user.create"));
    // Platform staff with platform.audit.read see it too.
    QCOMPARE(m_scenario->admin().get(path + str("/audit")).json().value(str("total")).toInteger(), qint64(2));

    // Another company's user does not exist for this admin, nor does an unknown id.
    QCOMPARE(m_clientA->get(str("/api/v1/users/") + m_userB + str("/audit")).status, 404);
    QCOMPARE(m_clientA->get(str("/api/v1/users/") + QUuid::createUuid().toString(QUuid::WithoutBraces) + str("/audit"))
                 .status,
             404);
    QCOMPARE(m_clientA->get(str("/api/v1/users/") + m_adminId + str("/audit")).status, 404); // a staff account
    QCOMPARE(m_clientA->get(str("/api/v1/users/not-an-id/audit")).status, 404);
}

void TestAudit::unitLimitedReaderSeesOnlyItsUsers()
{
    const ApiReply unit = m_clientA->post(str("/api/v1/org-units"), QJsonObject{{str("name"), str("Audit North")}});
    QCOMPARE(unit.status, 201);
    const QJsonArray units{unit.json().value(str("id")).toString()};
    QString temporary;
    const ApiReply limited =
        m_clientA->post(str("/api/v1/users"), QJsonObject{{str("email"), str("north@audit.example")},
                                                          {str("firstName"), str("Nora")},
                                                          {str("lastName"), str("North")},
                                                          {str("roleIds"), QJsonArray{adminRoleId()}},
                                                          {str("orgUnitIds"), units},
                                                          {str("onboarding"), str("temporary-password")}});
    QCOMPARE(limited.status, 201);
    Scenario::Account reader;
    reader.email = str("north@audit.example");
    reader.password = m_scenario->activate(reader.email, limited.json().value(str("temporaryPassword")).toString());
    m_secrets << limited.json().value(str("temporaryPassword")).toString() << reader.password;
    const ApiReply inside = m_clientA->post(str("/api/v1/users"), QJsonObject{{str("email"), str("in@audit.example")},
                                                                              {str("firstName"), str("Ines")},
                                                                              {str("lastName"), str("Inside")},
                                                                              {str("orgUnitIds"), units}});
    QCOMPARE(inside.status, 201);
    const QString insideId = inside.json().value(str("id")).toString();
    const QString outsideId = createUser(*m_clientA, m_ownerA.companyId, str("outside"), &temporary);

    auto client = m_scenario->signIn(reader);
    const QSet<QString> visible{insideId, limited.json().value(str("id")).toString()};
    const QList<QJsonObject> events = allEvents(*client);
    QVERIFY(!events.isEmpty());
    bool sawInside = false;
    for (const QJsonObject& e : events) {
        QCOMPARE(e.value(str("targetType")).toString(), str("user"));
        QVERIFY(visible.contains(e.value(str("targetId")).toString()));
        sawInside = sawInside || e.value(str("targetId")).toString() == insideId;
    }
    QVERIFY(sawInside);
    QCOMPARE(client->get(str("/api/v1/users/") + insideId + str("/audit")).status, 200);
    QCOMPARE(client->get(str("/api/v1/users/") + outsideId + str("/audit")).status, 404);
}

void TestAudit::platformScopes()
{
    ApiClient& admin = m_scenario->admin();
    // A platform-only event: the administrator edits their own account.
    const ApiReply me = admin.get(str("/api/v1/me"));
    const ApiReply renamed = admin.patch(str("/api/v1/me"), QJsonObject{{str("lastName"), str("Platform")}}, me.etag());
    QCOMPARE(renamed.status, 200);

    const QList<QJsonObject> platform = allEvents(admin, str("scope=platform"));
    QVERIFY(!platform.isEmpty());
    bool seen = false;
    for (const QJsonObject& e : platform) {
        QVERIFY(e.value(str("companyId")).isNull());
        seen =
            seen || e.value(str("requestId")).toString() == QString::fromLatin1(renamed.headers.value("x-request-id"));
    }
    QVERIFY(seen);
    QCOMPARE(admin.get(str("/api/v1/audit?scope=platform&company=") + m_ownerA.companyId).status, 400);

    // Everything: every company's events and the platform's.
    const QList<QJsonObject> everything = allEvents(admin);
    QSet<QString> companies;
    for (const QJsonObject& e : everything)
        companies.insert(e.value(str("companyId")).toString());
    QVERIFY(companies.contains(m_ownerA.companyId));
    QVERIFY(companies.contains(m_ownerB.companyId));
    QVERIFY(companies.contains(QString()));
    const QList<QJsonObject> onlyB = allEvents(admin, str("company=") + m_ownerB.companyId);
    QVERIFY(!onlyB.isEmpty());
    for (const QJsonObject& e : onlyB)
        QCOMPARE(e.value(str("companyId")).toString(), m_ownerB.companyId);
    QVERIFY(onlyB.size() < everything.size());
}

void TestAudit::noSecretIsEverRecorded()
{
    const QList<QJsonObject> everything = allEvents(m_scenario->admin());
    QVERIFY(everything.size() > 30);
    QByteArray all;
    for (const QJsonObject& e : everything)
        all += QJsonDocument(e).toJson(QJsonDocument::Compact) + '\n';
    m_secrets.removeAll(QString());
    QVERIFY(m_secrets.size() >= 12);
    for (const QString& secret : std::as_const(m_secrets)) {
        QVERIFY2(!all.contains(secret.toUtf8()), qPrintable(secret.left(4)));
        // Nor what is stored in their place (token hashes).
        const QByteArray hash = QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex();
        QVERIFY(!all.contains(hash));
    }
    for (const char* marker : {"stw_", "stk_", "$argon2"})
        QVERIFY2(!all.contains(marker), marker);
}

void TestAudit::staffWithoutPlatformAuditReadIsForbidden()
{
    // No route creates staff yet; the administrator of a separate server makes itself Support.
    TestServer server(str("tst_audit_staff"));
    QVERIFY2(server.isRunning(), qPrintable(server.errorText()));
    Scenario scenario(server);
    const Scenario::Account owner = scenario.createCompany(str("Staff"));
    ApiClient& staff = scenario.admin();
    QCOMPARE(staff.get(str("/api/v1/audit")).status, 200);
    const ApiReply me = staff.get(str("/api/v1/me"));
    const QString id = me.json().value(str("id")).toString();
    const QString supportRole = steward::builtin::supportRoleId().toString(QUuid::WithoutBraces);
    const ApiReply demoted = staff.put(str("/api/v1/users/") + id + str("/roles"),
                                       QJsonArray{QJsonObject{{str("roleId"), supportRole}}}, me.etag());
    QCOMPARE(demoted.status, 200);
    for (const QString& path :
         {str("/api/v1/audit"), QString(str("/api/v1/audit?company=") + owner.companyId),
          str("/api/v1/audit?scope=platform"), QString(str("/api/v1/users/") + owner.id + str("/audit"))}) {
        const ApiReply reply = staff.get(path);
        QVERIFY2(reply.status == 403, qPrintable(path + str(": ") + reply.describe()));
    }
    // Support still reads users: the refusal is about the audit permission only.
    QCOMPARE(staff.get(str("/api/v1/users/") + owner.id).status, 200);
    // The demotion is a platform event: no company's admin sees it.
    auto ownerClient = scenario.signIn(owner);
    for (const QJsonObject& e : allEvents(*ownerClient))
        QVERIFY(e.value(str("action")).toString() != str("user.roles"));
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"

// Reading the audit trail of a real server: filters (actor, target, action, time window), sort and
// paging, refused parameters, and scopes (company admins see only their company, org-unit-limited
// readers only their users, platform staff need platform.audit.read). No secret is ever recorded.
#include "AuditHelpers.h"

#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>
#include <domain/Permissions.h>

using namespace steward::test;

class TestAuditQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void filters();
    void badFiltersAreRefused();
    void companyAdminSeesOnlyTheirCompany();
    void userHistory();
    void unitLimitedReaderSeesOnlyItsUsers();
    void platformScopes();
    void staffWithoutPlatformAuditReadIsForbidden();
    void noSecretIsEverRecorded();

private:
    AuditFixture m_audit;
};

void TestAuditQuery::initTestCase()
{
    m_audit.init(str("tst_auditquery"));
    if (QTest::currentTestFailed())
        return;
    // Events to query: every other kind of change in company A, as tst_audit makes them.
    QList<AuditFixture::Expected> expected;
    QString heirId;
    m_audit.makeEveryOtherKindOfChange(&expected, &heirId);
}

void TestAuditQuery::filters()
{
    ApiClient& admin = m_audit.scenario->admin();
    const QString companyA = m_audit.ownerA.companyId;
    const QString scope = str("company=") + companyA;

    const QList<QJsonObject> all = m_audit.allEvents(admin, scope);
    QVERIFY(all.size() >= 10);
    // Newest first by default; `sort=time` reverses it.
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY(all.at(i - 1).value(str("time")).toString() >= all.at(i).value(str("time")).toString());
    const QList<QJsonObject> oldestFirst = m_audit.allEvents(admin, scope + str("&sort=time"));
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
    const QList<QJsonObject> byOwner = m_audit.allEvents(admin, scope + str("&actor=") + m_audit.ownerA.id);
    QVERIFY(!byOwner.isEmpty() && byOwner.size() < all.size());
    for (const QJsonObject& e : byOwner)
        QCOMPARE(e.value(str("actorId")).toString(), m_audit.ownerA.id);
    // target
    const QList<QJsonObject> aboutOwner = m_audit.allEvents(admin, str("target=") + m_audit.ownerA.id);
    QVERIFY(!aboutOwner.isEmpty());
    for (const QJsonObject& e : aboutOwner)
        QCOMPARE(e.value(str("targetId")).toString(), m_audit.ownerA.id);
    // action: exact, and a prefix ending in '.' (where '_' is literal, not a wildcard).
    const QList<QJsonObject> updates = m_audit.allEvents(admin, scope + str("&action=user.update"));
    QVERIFY(!updates.isEmpty());
    for (const QJsonObject& e : updates)
        QCOMPARE(e.value(str("action")).toString(), str("user.update"));
    const QList<QJsonObject> userEvents = m_audit.allEvents(admin, scope + str("&action=user."));
    QVERIFY(userEvents.size() > updates.size());
    for (const QJsonObject& e : userEvents)
        QVERIFY(e.value(str("action")).toString().startsWith(str("user.")));
    const QList<QJsonObject> tokenEvents = m_audit.allEvents(admin, scope + str("&action=api_token."));
    QCOMPARE(tokenEvents.size(), 2);
    for (const QJsonObject& e : tokenEvents)
        QVERIFY(e.value(str("action")).toString().startsWith(str("api_token.")));
    QCOMPARE(m_audit.allEvents(admin, scope + str("&action=user")).size(), 0); // no implicit prefix

    // from (inclusive) / to (exclusive) around one event's time.
    const QJsonObject middle = all.at(all.size() / 2);
    const QString t = middle.value(str("time")).toString();
    QUrlQuery window;
    window.addQueryItem(str("company"), companyA);
    window.addQueryItem(str("from"), t);
    window.addQueryItem(str("to"), QDateTime::fromString(t, Qt::ISODateWithMs).addMSecs(1).toString(Qt::ISODateWithMs));
    const QList<QJsonObject> at = m_audit.allEvents(admin, window.toString(QUrl::FullyEncoded));
    QVERIFY(!at.isEmpty());
    for (const QJsonObject& e : at)
        QCOMPARE(e.value(str("time")).toString(), t);
    QUrlQuery after;
    after.addQueryItem(str("company"), companyA);
    after.addQueryItem(str("from"), t);
    for (const QJsonObject& e : m_audit.allEvents(admin, after.toString(QUrl::FullyEncoded)))
        QVERIFY(e.value(str("time")).toString() >= t);
    QUrlQuery before;
    before.addQueryItem(str("company"), companyA);
    before.addQueryItem(str("to"), t);
    const QList<QJsonObject> earlier = m_audit.allEvents(admin, before.toString(QUrl::FullyEncoded));
    for (const QJsonObject& e : earlier)
        QVERIFY(e.value(str("time")).toString() < t);
    QCOMPARE(earlier.size() + m_audit.allEvents(admin, after.toString(QUrl::FullyEncoded)).size(), all.size());
}

void TestAuditQuery::badFiltersAreRefused()
{
    ApiClient& admin = m_audit.scenario->admin();
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

void TestAuditQuery::companyAdminSeesOnlyTheirCompany()
{
    const QList<QJsonObject> mine = m_audit.allEvents(*m_audit.clientA);
    QVERIFY(mine.size() >= 10);
    for (const QJsonObject& e : mine)
        QCOMPARE(e.value(str("companyId")).toString(), m_audit.ownerA.companyId);
    QCOMPARE(m_audit.allEvents(*m_audit.clientA, str("company=") + m_audit.ownerA.companyId).size(), mine.size());
    // Another company's events, or the platform's, do not exist for a company admin.
    QCOMPARE(m_audit.clientA->get(str("/api/v1/audit?company=") + m_audit.ownerB.companyId).status, 404);
    QCOMPARE(m_audit.clientA->get(str("/api/v1/audit?scope=platform")).status, 404);
    // Filtering by a target of another company finds nothing.
    const ApiReply foreign = m_audit.clientA->get(str("/api/v1/audit?target=") + m_audit.userB);
    QCOMPARE(foreign.status, 200);
    QCOMPARE(foreign.json().value(str("total")).toInteger(), qint64(0));

    // A user without audit.read is refused.
    const Scenario::Account operations =
        m_audit.scenario->createUser(m_audit.ownerA.companyId, str("audit-ops"), {operationsRoleId()});
    m_audit.secrets << operations.password;
    auto client = m_audit.scenario->signIn(operations);
    m_audit.secrets << client->token();
    QCOMPARE(client->get(str("/api/v1/audit")).status, 403);
    QCOMPARE(client->get(str("/api/v1/users/") + operations.id + str("/audit")).status, 403);
    ApiClient anonymous(*m_audit.server);
    QCOMPARE(anonymous.get(str("/api/v1/audit")).status, 401);
}

void TestAuditQuery::userHistory()
{
    const QString id = m_audit.createUser(*m_audit.clientA, m_audit.ownerA.companyId, str("history"));
    const QString path = str("/api/v1/users/") + id;
    QTest::qWait(5); // distinct event times, so that the order is certain
    QCOMPARE(
        m_audit.clientA->patch(path, QJsonObject{{str("firstName"), str("Berta")}}, m_audit.clientA->get(path).etag())
            .status,
        200);
    const ApiReply history = m_audit.clientA->get(path + str("/audit"));
    QCOMPARE(history.status, 200);
    const QJsonArray items = history.json().value(str("items")).toArray();
    QCOMPARE(history.json().value(str("total")).toInteger(), qint64(2));
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).toObject().value(str("action")).toString(), str("user.update")); // newest first
    QCOMPARE(items.at(1).toObject().value(str("action")).toString(), str("user.create"));
    for (const QJsonValue& e : items)
        QCOMPARE(e.toObject().value(str("targetId")).toString(), id);
    // Filters apply within the history.
    const ApiReply creates = m_audit.clientA->get(path + str("/audit?action=user.create"));
    QCOMPARE(creates.json().value(str("total")).toInteger(), qint64(1));
    QCOMPARE(m_audit.clientA->get(path + str("/audit?sort=time"))
                 .json()
                 .value(str("items"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(str("action"))
                 .toString(),
             str("user.create"));
    // Platform staff with platform.audit.read see it too.
    QCOMPARE(m_audit.scenario->admin().get(path + str("/audit")).json().value(str("total")).toInteger(), qint64(2));

    // Another company's user does not exist for this admin, nor does an unknown id.
    QCOMPARE(m_audit.clientA->get(str("/api/v1/users/") + m_audit.userB + str("/audit")).status, 404);
    QCOMPARE(
        m_audit.clientA->get(str("/api/v1/users/") + QUuid::createUuid().toString(QUuid::WithoutBraces) + str("/audit"))
            .status,
        404);
    QCOMPARE(m_audit.clientA->get(str("/api/v1/users/") + m_audit.adminId + str("/audit")).status,
             404); // a staff account
    QCOMPARE(m_audit.clientA->get(str("/api/v1/users/not-an-id/audit")).status, 404);
}

void TestAuditQuery::unitLimitedReaderSeesOnlyItsUsers()
{
    const ApiReply unit =
        m_audit.clientA->post(str("/api/v1/org-units"), QJsonObject{{str("name"), str("Audit North")}});
    QCOMPARE(unit.status, 201);
    const QJsonArray units{unit.json().value(str("id")).toString()};
    QString temporary;
    const ApiReply limited =
        m_audit.clientA->post(str("/api/v1/users"), QJsonObject{{str("email"), str("north@audit.example")},
                                                                {str("firstName"), str("Nora")},
                                                                {str("lastName"), str("North")},
                                                                {str("roleIds"), QJsonArray{adminRoleId()}},
                                                                {str("orgUnitIds"), units},
                                                                {str("onboarding"), str("temporary-password")}});
    QCOMPARE(limited.status, 201);
    Scenario::Account reader;
    reader.email = str("north@audit.example");
    reader.password =
        m_audit.scenario->activate(reader.email, limited.json().value(str("temporaryPassword")).toString());
    m_audit.secrets << limited.json().value(str("temporaryPassword")).toString() << reader.password;
    const ApiReply inside =
        m_audit.clientA->post(str("/api/v1/users"), QJsonObject{{str("email"), str("in@audit.example")},
                                                                {str("firstName"), str("Ines")},
                                                                {str("lastName"), str("Inside")},
                                                                {str("orgUnitIds"), units}});
    QCOMPARE(inside.status, 201);
    const QString insideId = inside.json().value(str("id")).toString();
    const QString outsideId =
        m_audit.createUser(*m_audit.clientA, m_audit.ownerA.companyId, str("outside"), &temporary);

    auto client = m_audit.scenario->signIn(reader);
    const QSet<QString> visible{insideId, limited.json().value(str("id")).toString()};
    const QList<QJsonObject> events = m_audit.allEvents(*client);
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

void TestAuditQuery::platformScopes()
{
    ApiClient& admin = m_audit.scenario->admin();
    // A platform-only event: the administrator edits their own account.
    const ApiReply me = admin.get(str("/api/v1/me"));
    const ApiReply renamed = admin.patch(str("/api/v1/me"), QJsonObject{{str("lastName"), str("Platform")}}, me.etag());
    QCOMPARE(renamed.status, 200);

    const QList<QJsonObject> platform = m_audit.allEvents(admin, str("scope=platform"));
    QVERIFY(!platform.isEmpty());
    bool seen = false;
    for (const QJsonObject& e : platform) {
        QVERIFY(e.value(str("companyId")).isNull());
        seen =
            seen || e.value(str("requestId")).toString() == QString::fromLatin1(renamed.headers.value("x-request-id"));
    }
    QVERIFY(seen);
    QCOMPARE(admin.get(str("/api/v1/audit?scope=platform&company=") + m_audit.ownerA.companyId).status, 400);

    // Everything: every company's events and the platform's.
    const QList<QJsonObject> everything = m_audit.allEvents(admin);
    QSet<QString> companies;
    for (const QJsonObject& e : everything)
        companies.insert(e.value(str("companyId")).toString());
    QVERIFY(companies.contains(m_audit.ownerA.companyId));
    QVERIFY(companies.contains(m_audit.ownerB.companyId));
    QVERIFY(companies.contains(QString()));
    const QList<QJsonObject> onlyB = m_audit.allEvents(admin, str("company=") + m_audit.ownerB.companyId);
    QVERIFY(!onlyB.isEmpty());
    for (const QJsonObject& e : onlyB)
        QCOMPARE(e.value(str("companyId")).toString(), m_audit.ownerB.companyId);
    QVERIFY(onlyB.size() < everything.size());
}

void TestAuditQuery::staffWithoutPlatformAuditReadIsForbidden()
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
    for (const QJsonObject& e : m_audit.allEvents(*ownerClient))
        QVERIFY(e.value(str("action")).toString() != str("user.roles"));
}

void TestAuditQuery::noSecretIsEverRecorded()
{
    m_audit.verifyNoSecretIsRecorded();
}

QTEST_GUILESS_MAIN(TestAuditQuery)
#include "tst_auditquery.moc"

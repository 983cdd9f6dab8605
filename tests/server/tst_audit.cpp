// The audit trail against a real server: every change made through the API leaves one event with
// its actor, company, action, target, client address, request id and the before/after of exactly
// the fields that changed; no secret is ever recorded. Filters and scopes are in tst_auditquery.
#include "AuditHelpers.h"

#include <QJsonDocument>
#include <QTest>

using namespace steward::test;

class TestAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void companyCreationIsAudited();
    void userCreateUpdateAndDeactivateRecordTheChangedFields();
    void passwordChangeRecordsNoSecretValue();
    void everyOtherKindOfChangeIsAudited();
    void noSecretIsEverRecorded();

private:
    AuditFixture m_audit;
};

void TestAudit::initTestCase()
{
    m_audit.init(str("tst_audit"));
}

void TestAudit::companyCreationIsAudited()
{
    const ApiReply created = m_audit.scenario->admin().post(
        str("/api/v1/companies"), Scenario::companyBody(str("AuditC"), str("owner@company-auditc.example"), str("de")));
    QCOMPARE(created.status, 201);
    const QString companyId = created.json().value(str("id")).toString();
    const QString ownerId = created.json().value(str("ownerId")).toString();

    const QJsonObject company = m_audit.eventOf(created, str("company.create"));
    m_audit.verifyEvent(company, m_audit.adminId, companyId, str("company.create"), str("company"), companyId, created);
    QCOMPARE(changeOf(company, str("name")), change(str("name"), QJsonValue::Null, str("Company AuditC")));
    QCOMPARE(changeOf(company, str("defaultLanguage")), change(str("defaultLanguage"), QJsonValue::Null, str("de")));
    for (const char* bookkeeping : {"version", "createdAt", "updatedAt"})
        QVERIFY(!changedFields(company).contains(str(bookkeeping)));
    // The owner is created in the same request, and audited with it.
    const QJsonObject owner = m_audit.eventOf(created, str("user.create"));
    m_audit.verifyEvent(owner, m_audit.adminId, companyId, str("user.create"), str("user"), ownerId, created);
    QCOMPARE(changeOf(owner, str("email")),
             change(str("email"), QJsonValue::Null, str("owner@company-auditc.example")));
}

void TestAudit::userCreateUpdateAndDeactivateRecordTheChangedFields()
{
    const ApiReply created =
        m_audit.clientA->post(str("/api/v1/users"), QJsonObject{{str("email"), str("lina.lopez@audit.example")},
                                                                {str("firstName"), str("Lina")},
                                                                {str("lastName"), str("López")},
                                                                {str("onboarding"), str("temporary-password")}});
    QVERIFY2(created.status == 201, qPrintable(created.describe()));
    const QString id = created.json().value(str("id")).toString();
    m_audit.secrets << created.json().value(str("temporaryPassword")).toString();
    const QJsonObject create = m_audit.eventOf(created, str("user.create"));
    m_audit.verifyEvent(create, m_audit.ownerA.id, m_audit.ownerA.companyId, str("user.create"), str("user"), id,
                        created);
    QCOMPARE(changeOf(create, str("lastName")), change(str("lastName"), QJsonValue::Null, str("López")));
    QCOMPARE(changeOf(create, str("state")), change(str("state"), QJsonValue::Null, str("created")));
    QVERIFY(!changedFields(create).contains(str("version")));

    // PATCH of one field: exactly that field, with its old and new value.
    const QString path = str("/api/v1/users/") + id;
    const ApiReply patched = m_audit.clientA->patch(path, QJsonObject{{str("lastName"), str("López-Vidal")}},
                                                    m_audit.clientA->get(path).etag());
    QCOMPARE(patched.status, 200);
    const QJsonObject update = m_audit.eventOf(patched, str("user.update"));
    m_audit.verifyEvent(update, m_audit.ownerA.id, m_audit.ownerA.companyId, str("user.update"), str("user"), id,
                        patched);
    QCOMPARE(update.value(str("changes")).toArray(),
             QJsonArray{change(str("lastName"), str("López"), str("López-Vidal"))});

    // A state transition records the state before and after, nothing else.
    const Scenario::Account enabled = m_audit.scenario->createUser(m_audit.ownerA.companyId, str("audit-deact"));
    m_audit.secrets << enabled.password;
    QCOMPARE(m_audit.clientA->get(str("/api/v1/users/") + enabled.id).json().value(str("state")).toString(),
             str("enabled"));
    const ApiReply deactivated = m_audit.clientA->post(str("/api/v1/users/") + enabled.id + str("/deactivate"));
    QCOMPARE(deactivated.status, 200);
    const QJsonObject deactivate = m_audit.eventOf(deactivated, str("user.deactivate"));
    m_audit.verifyEvent(deactivate, m_audit.ownerA.id, m_audit.ownerA.companyId, str("user.deactivate"), str("user"),
                        enabled.id, deactivated);
    QCOMPARE(deactivate.value(str("changes")).toArray(),
             QJsonArray{change(str("state"), str("enabled"), str("deactivated"))});
    // A refused transition changes nothing and records nothing.
    const ApiReply refused = m_audit.clientA->post(str("/api/v1/users/") + m_audit.ownerA.id + str("/deactivate"));
    QCOMPARE(refused.status, 409);
    for (const QJsonObject& event : m_audit.allEvents(m_audit.scenario->admin(), str("target=") + m_audit.ownerA.id))
        QVERIFY(event.value(str("requestId")).toString() != QString::fromLatin1(refused.headers.value("x-request-id")));
}

void TestAudit::passwordChangeRecordsNoSecretValue()
{
    QString temporary;
    const QString id = m_audit.createUser(*m_audit.clientA, m_audit.ownerA.companyId, str("pw-change"), &temporary);
    ApiClient user(*m_audit.server);
    QCOMPARE(user.login(str("pw-change@audit.example"), temporary).status, 200);
    m_audit.secrets << user.token();
    const QString chosen = str("Quiet-Harbor-Sunrise-58");
    m_audit.secrets << chosen;
    const ApiReply changed = user.post(str("/api/v1/me/password"),
                                       QJsonObject{{str("currentPassword"), temporary}, {str("newPassword"), chosen}});
    QCOMPARE(changed.status, 204);
    const QJsonObject event = m_audit.eventOf(changed, str("user.password_change"));
    m_audit.verifyEvent(event, id, m_audit.ownerA.companyId, str("user.password_change"), str("user"), id, changed);
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
    QList<AuditFixture::Expected> expected;
    QString heirId;
    m_audit.makeEveryOtherKindOfChange(&expected, &heirId);
    if (QTest::currentTestFailed())
        return;
    for (const AuditFixture::Expected& e : expected) {
        QVERIFY2(e.reply.status >= 200 && e.reply.status < 300, qPrintable(e.action + str(": ") + e.reply.describe()));
        m_audit.verifyEvent(m_audit.eventOf(e.reply, e.action), e.actor, e.company, e.action, e.targetType, e.target,
                            e.reply);
    }
    // Spot checks of what was recorded.
    const QJsonObject legal = m_audit.eventOf(expected.at(5).reply, str("company.update"));
    QCOMPARE(legal.value(str("changes")).toArray(),
             QJsonArray{change(str("legalName"), str("Company AuditA S.L."), str("AuditA Ltd."))});
    const QJsonObject token = m_audit.eventOf(expected.at(8).reply, str("api_token.create"));
    QCOMPARE(changeOf(token, str("permissions")),
             change(str("permissions"), QJsonValue::Null, QJsonArray{str("users.read")}));
    const QJsonObject revoke = m_audit.eventOf(expected.at(9).reply, str("api_token.revoke"));
    QCOMPARE(changeOf(revoke, str("state")), change(str("state"), str("active"), str("revoked")));
    const QJsonObject owned = m_audit.eventOf(expected.at(11).reply, str("company.transfer_ownership"));
    QCOMPARE(owned.value(str("changes")).toArray(), QJsonArray{change(str("ownerId"), m_audit.ownerA.id, heirId)});
    const QJsonObject removed = m_audit.eventOf(expected.last().reply, str("user.delete"));
    QCOMPARE(changeOf(removed, str("email")), change(str("email"), str("other-kinds@audit.example"), QJsonValue::Null));
}

void TestAudit::noSecretIsEverRecorded()
{
    m_audit.verifyNoSecretIsRecorded();
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"

#include "AuditHelpers.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonDocument>
#include <QTest>

namespace steward::test {

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

void AuditFixture::init(const QString& name)
{
    server = std::make_unique<TestServer>(name);
    QVERIFY2(server->isRunning(), qPrintable(server->errorText()));
    scenario = std::make_unique<Scenario>(*server);
    adminId = scenario->admin().get(str("/api/v1/me")).json().value(str("id")).toString();
    QVERIFY(!adminId.isEmpty());
    ownerA = scenario->createCompany(str("AuditA"));
    ownerB = scenario->createCompany(str("AuditB"));
    clientA = scenario->signIn(ownerA);
    userB = scenario->createUser(ownerB.companyId, str("audit-b")).id;
    secrets << str(TestServer::kAdminPassword) << ownerA.password << ownerB.password << scenario->admin().token()
            << clientA->token();
}

QList<QJsonObject> AuditFixture::allEvents(ApiClient& client, const QString& query)
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

QJsonObject AuditFixture::eventOf(const ApiReply& reply, const QString& action)
{
    const QString requestId = QString::fromLatin1(reply.headers.value("x-request-id"));
    QJsonObject found;
    int matches = 0;
    for (const QJsonObject& event : allEvents(scenario->admin(), str("action=") + action)) {
        if (event.value(str("requestId")).toString() == requestId) {
            found = event;
            ++matches;
        }
    }
    if (requestId.isEmpty() || matches != 1)
        qWarning("%d events of %s for request %s", matches, qPrintable(action), qPrintable(requestId));
    return matches == 1 ? found : QJsonObject();
}

void AuditFixture::verifyEvent(const QJsonObject& event, const QString& actorId, const QString& companyId,
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

QString AuditFixture::createUser(ApiClient& client, const QString& companyId, const QString& suffix,
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
    secrets << password;
    if (temporaryPassword)
        *temporaryPassword = password;
    return created.json().value(str("id")).toString();
}

void AuditFixture::makeEveryOtherKindOfChange(QList<Expected>* expected, QString* heirId)
{
    ApiClient& admin = scenario->admin();
    const QString companyA = ownerA.companyId;
    const QString user = createUser(*clientA, companyA, str("other-kinds"));
    const QString userPath = str("/api/v1/users/") + user;
    const auto expect = [&](const ApiReply& reply, int status, const char* action, const QString& actor,
                            const QString& company, const char* targetType, const QString& target) {
        if (reply.status != status)
            qWarning("%s: %s", action, qPrintable(reply.describe()));
        expected->append({reply, str(action), actor, company, str(targetType), target});
    };

    ApiReply r = clientA->put(str("/api/v1/users/") + user + str("/roles"),
                              QJsonArray{QJsonObject{{str("roleId"), financeRoleId()}}}, clientA->get(userPath).etag());
    expect(r, 200, "user.roles", ownerA.id, companyA, "user", user);
    r = clientA->post(userPath + str("/temporary-password"));
    secrets << r.json().value(str("temporaryPassword")).toString();
    expect(r, 200, "user.temporary_password", ownerA.id, companyA, "user", user);
    expect(clientA->post(userPath + str("/unlock")), 204, "user.unlock", ownerA.id, companyA, "user", user);
    expect(clientA->post(userPath + str("/revoke-sessions")), 200, "user.revoke_sessions", ownerA.id, companyA, "user",
           user);
    const ApiReply me = clientA->get(str("/api/v1/me"));
    expect(clientA->patch(str("/api/v1/me"), QJsonObject{{str("firstName"), str("Oliva")}}, me.etag()), 200,
           "user.update", ownerA.id, companyA, "user", ownerA.id);
    const ApiReply company = clientA->get(str("/api/v1/companies/") + companyA);
    expect(clientA->patch(str("/api/v1/companies/") + companyA, QJsonObject{{str("legalName"), str("AuditA Ltd.")}},
                          company.etag()),
           200, "company.update", ownerA.id, companyA, "company", companyA);
    r = clientA->post(str("/api/v1/roles"),
                      QJsonObject{{str("name"), str("Auditors")}, {str("permissions"), QJsonArray{str("audit.read")}}});
    expect(r, 201, "role.create", ownerA.id, companyA, "role", r.json().value(str("id")).toString());
    r = clientA->post(str("/api/v1/org-units"), QJsonObject{{str("name"), str("Logistics")}});
    expect(r, 201, "org_unit.create", ownerA.id, companyA, "org_unit", r.json().value(str("id")).toString());
    r = clientA->post(str("/api/v1/api-tokens"),
                      QJsonObject{{str("name"), str("ERP")}, {str("permissions"), QJsonArray{str("users.read")}}});
    secrets << r.json().value(str("token")).toString();
    const QString tokenId = r.json().value(str("id")).toString();
    expect(r, 201, "api_token.create", ownerA.id, companyA, "api_token", tokenId);
    expect(clientA->del(str("/api/v1/api-tokens/") + tokenId), 204, "api_token.revoke", ownerA.id, companyA,
           "api_token", tokenId);
    // Another session of the owner, ended from the first one.
    ApiClient second(*server);
    QCOMPARE(second.login(ownerA.email, ownerA.password).status, 200);
    secrets << second.token();
    QString other;
    for (const QJsonValue& s : clientA->get(str("/api/v1/me/sessions")).json().value(str("items")).toArray()) {
        if (!s.toObject().value(str("current")).toBool())
            other = s.toObject().value(str("id")).toString();
    }
    QVERIFY(!other.isEmpty());
    expect(clientA->del(str("/api/v1/me/sessions/") + other), 204, "session.revoke", ownerA.id, companyA, "session",
           other);
    // Ownership moves to an enabled user and back, by the platform administrator.
    const Scenario::Account heir = scenario->createUser(companyA, str("audit-heir"), {adminRoleId()});
    secrets << heir.password;
    const QString transfer = str("/api/v1/companies/") + companyA + str("/transfer-ownership");
    expect(admin.post(transfer, QJsonObject{{str("userId"), heir.id}}), 200, "company.transfer_ownership", adminId,
           companyA, "company", companyA);
    QCOMPARE(admin.post(transfer, QJsonObject{{str("userId"), ownerA.id}}).status, 200);
    expect(clientA->del(userPath), 204, "user.delete", ownerA.id, companyA, "user", user);
    *heirId = heir.id;
}

void AuditFixture::verifyNoSecretIsRecorded()
{
    const QList<QJsonObject> everything = allEvents(scenario->admin());
    QVERIFY(everything.size() > 30);
    QByteArray all;
    for (const QJsonObject& e : everything)
        all += QJsonDocument(e).toJson(QJsonDocument::Compact) + '\n';
    secrets.removeAll(QString());
    QVERIFY(secrets.size() >= 12);
    for (const QString& secret : std::as_const(secrets)) {
        QVERIFY2(!all.contains(secret.toUtf8()), qPrintable(secret.left(4)));
        // Nor what is stored in their place (token hashes).
        const QByteArray hash = QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex();
        QVERIFY(!all.contains(hash));
    }
    for (const char* marker : {"stw_", "stk_", "$argon2"})
        QVERIFY2(!all.contains(marker), marker);
}

} // namespace steward::test

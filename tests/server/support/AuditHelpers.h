// Shared by the audit tests (tst_audit, tst_auditquery): a server with two companies, helpers that
// read the audit trail and check one event, and the list of every secret the tests handled.
#pragma once

#include "ApiClient.h"
#include "Scenario.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace steward::test {

QString str(const char* text);
QJsonObject change(const QString& field, const QJsonValue& before, const QJsonValue& after);
QJsonObject changeOf(const QJsonObject& event, const QString& field);
QStringList changedFields(const QJsonObject& event);

class AuditFixture
{
public:
    // One change made through the API, and the event it is expected to leave.
    struct Expected
    {
        ApiReply reply;
        QString action;
        QString actor;
        QString company;
        QString targetType;
        QString target;
    };

    // Starts the server (failing the test when it does not run) and creates companies A and B.
    void init(const QString& name);
    // The one event of `action` written by the request that answered `reply` (matched by request id).
    QJsonObject eventOf(const ApiReply& reply, const QString& action);
    // Every item of /api/v1/audit?`query` as `client`, following the pages.
    QList<QJsonObject> allEvents(ApiClient& client, const QString& query = QString());
    void verifyEvent(const QJsonObject& event, const QString& actorId, const QString& companyId, const QString& action,
                     const QString& targetType, const QString& targetId, const ApiReply& reply);
    QString createUser(ApiClient& client, const QString& companyId, const QString& suffix,
                       QString* temporaryPassword = nullptr);
    // Makes every other kind of audited change in company A (user roles, temporary password, unlock,
    // session revocation, own profile, company, role, org unit, API token, session, ownership
    // transfer and back, user deletion), in that order; `heirId` is who ownership moved to.
    void makeEveryOtherKindOfChange(QList<Expected>* expected, QString* heirId);
    // No secret handled so far, nor its hash, nor any token or hash marker, appears in any event.
    void verifyNoSecretIsRecorded();

    std::unique_ptr<TestServer> server;
    std::unique_ptr<Scenario> scenario;
    QString adminId;
    Scenario::Account ownerA;
    Scenario::Account ownerB;
    std::unique_ptr<ApiClient> clientA;
    QString userB; // a user of company B
    QStringList secrets;
};

} // namespace steward::test

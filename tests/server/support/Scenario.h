#pragma once

#include "ApiClient.h"

#include <QJsonObject>
#include <QString>

namespace steward::test {

// Builds the situations integration tests start from, through the real API only.
class Scenario
{
public:
    explicit Scenario(const TestServer& server);

    ApiClient& admin() { return m_admin; } // signed in as the platform administrator

    struct Account
    {
        QString id;
        QString email;
        QString password;
        QString companyId;
    };
    // A company with its owner, whose password is set (temporary password, then changed), so the
    // owner can sign in. `suffix` keeps names unique within one test.
    Account createCompany(const QString& suffix, const QString& language = QStringLiteral("en"));
    // A user of `companyId` with `roleIds`, able to sign in with the returned password.
    Account createUser(const QString& companyId, const QString& suffix, const QStringList& roleIds = {});
    // Signs a new client in as `account`.
    std::unique_ptr<ApiClient> signIn(const Account& account);
    // Turns a temporary password into a chosen one, as the user (the forced change at first sign-in).
    QString activate(const QString& email, const QString& temporaryPassword);

    static QJsonObject companyBody(const QString& suffix, const QString& ownerEmail, const QString& language);

    // One page of GET /api/v1/users?<query> as the platform administrator.
    struct UserPage
    {
        int status = 0;
        QStringList ids;
        QStringList emails;
        qint64 total = -1;
        bool exact = false;
    };
    UserPage listUsers(const QString& query);

private:
    const TestServer& m_server;
    ApiClient m_admin;
};

// The built-in role ids (fixed: see domain/Permissions).
QString adminRoleId();
QString operationsRoleId();
QString financeRoleId();

} // namespace steward::test

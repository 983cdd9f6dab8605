#include "Scenario.h"

#include "TestServer.h"

#include <QJsonArray>
#include <domain/Permissions.h>
#include <stdexcept>

namespace steward::test {

QString adminRoleId()
{
    return builtin::adminRoleId().toString(QUuid::WithoutBraces);
}

QString operationsRoleId()
{
    return builtin::operationsRoleId().toString(QUuid::WithoutBraces);
}

QString financeRoleId()
{
    return builtin::financeRoleId().toString(QUuid::WithoutBraces);
}

Scenario::Scenario(const TestServer& server) : m_server(server), m_admin(server)
{
    const ApiReply reply = m_admin.loginAsAdmin();
    if (reply.status != 200)
        throw std::runtime_error("platform admin cannot sign in: " + reply.describe().toStdString());
}

QJsonObject Scenario::companyBody(const QString& suffix, const QString& ownerEmail, const QString& language)
{
    return QJsonObject{
        {QStringLiteral("name"), QString(QStringLiteral("Company ") + suffix)},
        {QStringLiteral("legalName"), QString(QStringLiteral("Company ") + suffix + QStringLiteral(" S.L."))},
        {QStringLiteral("taxId"), QString(QStringLiteral("B-") + suffix)},
        {QStringLiteral("address"), QJsonObject{{QStringLiteral("street"), QStringLiteral("Calle Mayor 1")},
                                                {QStringLiteral("postalCode"), QStringLiteral("28013")},
                                                {QStringLiteral("city"), QStringLiteral("Madrid")},
                                                {QStringLiteral("region"), QStringLiteral("Madrid")},
                                                {QStringLiteral("country"), QStringLiteral("ES")}}},
        {QStringLiteral("defaultLanguage"), language},
        {QStringLiteral("owner"), QJsonObject{{QStringLiteral("email"), ownerEmail},
                                              {QStringLiteral("firstName"), QStringLiteral("Olga")},
                                              {QStringLiteral("lastName"), QString(QStringLiteral("Owner ") + suffix)},
                                              {QStringLiteral("language"), language}}}};
}

QString Scenario::activate(const QString& email, const QString& temporaryPassword)
{
    ApiClient client(m_server);
    const ApiReply login = client.login(email, temporaryPassword);
    if (login.status != 200)
        throw std::runtime_error("temporary sign-in failed: " + login.describe().toStdString());
    // Never containing the address (the policy refuses that), different for every account.
    const QString chosen = QStringLiteral("Chosen-Pass-%1-Zq").arg(qHash(email));
    const ApiReply change = client.post(
        QStringLiteral("/api/v1/me/password"),
        QJsonObject{{QStringLiteral("currentPassword"), temporaryPassword}, {QStringLiteral("newPassword"), chosen}});
    if (change.status != 204)
        throw std::runtime_error("password change failed: " + change.describe().toStdString());
    return chosen;
}

Scenario::Account Scenario::createCompany(const QString& suffix, const QString& language)
{
    const QString email = QStringLiteral("owner.") + suffix.toLower() + QStringLiteral("@company-") + suffix.toLower() +
                          QStringLiteral(".example");
    const ApiReply created = m_admin.post(QStringLiteral("/api/v1/companies"), companyBody(suffix, email, language));
    if (created.status != 201)
        throw std::runtime_error("company creation failed: " + created.describe().toStdString());
    Account owner;
    owner.companyId = created.json().value(QStringLiteral("id")).toString();
    owner.id = created.json().value(QStringLiteral("ownerId")).toString();
    owner.email = email;
    const ApiReply temporary =
        m_admin.post(QStringLiteral("/api/v1/users/") + owner.id + QStringLiteral("/temporary-password"));
    if (temporary.status != 200)
        throw std::runtime_error("temporary password failed: " + temporary.describe().toStdString());
    owner.password = activate(email, temporary.json().value(QStringLiteral("temporaryPassword")).toString());
    return owner;
}

Scenario::UserPage Scenario::listUsers(const QString& query)
{
    const ApiReply r = m_admin.get(QStringLiteral("/api/v1/users?") + query);
    UserPage page;
    page.status = r.status;
    if (r.status != 200) {
        qWarning("GET /api/v1/users?%s: %s", qPrintable(query), qPrintable(r.describe()));
        return page;
    }
    for (const QJsonValue& u : r.json().value(QStringLiteral("items")).toArray()) {
        page.ids.append(u[QStringLiteral("id")].toString());
        page.emails.append(u[QStringLiteral("email")].toString());
    }
    page.total = r.json().value(QStringLiteral("total")).toInteger(-1);
    page.exact = r.json().value(QStringLiteral("totalExact")).toBool(false);
    return page;
}

Scenario::Account Scenario::createUser(const QString& companyId, const QString& suffix, const QStringList& roleIds)
{
    Account account;
    account.companyId = companyId;
    account.email = QStringLiteral("user.") + suffix.toLower() + QStringLiteral("@example.org");
    const ApiReply created =
        m_admin.post(QStringLiteral("/api/v1/users"),
                     QJsonObject{{QStringLiteral("companyId"), companyId},
                                 {QStringLiteral("email"), account.email},
                                 {QStringLiteral("firstName"), QStringLiteral("Uma")},
                                 {QStringLiteral("lastName"), QString(QStringLiteral("User ") + suffix)},
                                 {QStringLiteral("roleIds"), QJsonArray::fromStringList(roleIds)},
                                 {QStringLiteral("onboarding"), QStringLiteral("temporary-password")}});
    if (created.status != 201)
        throw std::runtime_error("user creation failed: " + created.describe().toStdString());
    account.id = created.json().value(QStringLiteral("id")).toString();
    account.password = activate(account.email, created.json().value(QStringLiteral("temporaryPassword")).toString());
    return account;
}

std::unique_ptr<ApiClient> Scenario::signIn(const Account& account)
{
    auto client = std::make_unique<ApiClient>(m_server);
    const ApiReply reply = client->login(account.email, account.password);
    if (reply.status != 200)
        throw std::runtime_error("sign-in failed: " + reply.describe().toStdString());
    return client;
}

} // namespace steward::test

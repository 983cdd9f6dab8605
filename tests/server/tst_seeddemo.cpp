// `steward-server seed-demo` against the running server's database, then everything checked
// through the real API: counts, states, search, sign-in with the documented demo password, unique
// addresses, owners, and that seeded users behave like users the API created.
#include "ApiClient.h"
#include "Scenario.h"
#include "TestServer.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrl>
#include <domain/Validation.h>

using namespace steward;
using namespace steward::test;

namespace {

constexpr int kCompanies = 20;
// Every company user, owners included; not a multiple of the statement sizes, so the last, short
// statements run too.
constexpr int kUsers = 2003;
const QString kDemoPassword = QStringLiteral("Steward-Demo-2026");

QString encoded(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

class TestSeedDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void countsMatchTheRequest();
    void stateFiltersAddUp();
    void everyCompanyHasOneEnabledAdminOwner();
    void addressesAndNamesAreUniqueAndValid();
    void searchFindsSeededNamesInEveryScript();
    void demoAccountsSignInWithTheirRoles();
    void seededUsersBehaveLikeApiUsers();
    void summaryIsAudited();
    void secondRunIsRefused();

private:
    qint64 total(const QString& path);
    QJsonArray allUsers();

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Scenario> m_scenario;
    QString m_output;
    QString m_ownerEmail;
    QString m_operationsEmail;
    QHash<QString, qint64> m_printedStates;
};

qint64 TestSeedDemo::total(const QString& path)
{
    const ApiReply reply = m_scenario->admin().get(path);
    if (reply.status != 200)
        qWarning() << path << reply.describe();
    return reply.status == 200 ? qint64(reply.json().value(QStringLiteral("total")).toDouble()) : -1;
}

QJsonArray TestSeedDemo::allUsers()
{
    QJsonArray users;
    for (int offset = 0;; offset += 500) {
        const ApiReply page =
            m_scenario->admin().get(QStringLiteral("/api/v1/users?limit=500&sort=email&offset=%1").arg(offset));
        if (page.status != 200)
            return {};
        const QJsonArray items = page.json().value(QStringLiteral("items")).toArray();
        for (const QJsonValue& item : items)
            users.append(item);
        if (items.size() < 500)
            return users;
    }
}

void TestSeedDemo::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral("tst_seeddemo"));
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
    m_scenario = std::make_unique<Scenario>(*m_server);
    QByteArray output;
    const int code = m_server->seedDemo(kCompanies, kUsers, &output);
    m_output = QString::fromUtf8(output);
    QVERIFY2(code == 0, qPrintable(m_output));

    const QRegularExpressionMatch owner =
        QRegularExpression(QStringLiteral("owner \\(Admin\\) of .+: (\\S+@\\S+)")).match(m_output);
    const QRegularExpressionMatch operations =
        QRegularExpression(QStringLiteral("Operations user of .+: (\\S+@\\S+)")).match(m_output);
    QVERIFY2(owner.hasMatch() && operations.hasMatch(), qPrintable(m_output));
    m_ownerEmail = owner.captured(1);
    m_operationsEmail = operations.captured(1);
    QVERIFY(m_output.contains(QStringLiteral("signs in with: ") + kDemoPassword));
    const QRegularExpressionMatch states =
        QRegularExpression(QStringLiteral("(\\d+) enabled, (\\d+) created, (\\d+) valid, (\\d+) deactivated"))
            .match(m_output);
    QVERIFY2(states.hasMatch(), qPrintable(m_output));
    m_printedStates = {{QStringLiteral("enabled"), states.captured(1).toLongLong()},
                       {QStringLiteral("created"), states.captured(2).toLongLong()},
                       {QStringLiteral("valid"), states.captured(3).toLongLong()},
                       {QStringLiteral("deactivated"), states.captured(4).toLongLong()}};
}

void TestSeedDemo::countsMatchTheRequest()
{
    QCOMPARE(total(QStringLiteral("/api/v1/companies?limit=1")), qint64(kCompanies));
    // --users counts every company user, owners included; the platform administrator comes on top.
    QCOMPARE(total(QStringLiteral("/api/v1/users?limit=1")), qint64(kUsers + 1));
    const ApiReply companies = m_scenario->admin().get(QStringLiteral("/api/v1/companies?limit=500"));
    QCOMPARE(companies.status, 200);
    qint64 sum = 0;
    QList<qint64> sizes;
    for (const QJsonValue& c : companies.json().value(QStringLiteral("items")).toArray()) {
        const qint64 n = total(QStringLiteral("/api/v1/users?limit=1&company=") +
                               c.toObject().value(QStringLiteral("id")).toString());
        QVERIFY(n >= 1);
        sizes.append(n);
        sum += n;
    }
    QCOMPARE(sum, qint64(kUsers));
    // Uneven on purpose: a few big companies, many small ones.
    std::sort(sizes.begin(), sizes.end());
    QVERIFY2(sizes.last() > 5 * sizes.at(sizes.size() / 2), qPrintable(QString::number(sizes.last())));
}

void TestSeedDemo::stateFiltersAddUp()
{
    qint64 sum = 0;
    for (const QString& state : {QStringLiteral("created"), QStringLiteral("valid"), QStringLiteral("enabled"),
                                 QStringLiteral("deactivated")}) {
        const qint64 n = total(QStringLiteral("/api/v1/users?limit=1&state=") + state);
        // The summary printed by the command agrees (the platform administrator is enabled).
        QCOMPARE(n, m_printedStates.value(state) + (state == QLatin1String("enabled") ? 1 : 0));
        QVERIFY2(n > 0, qPrintable(state));
        sum += n;
    }
    QCOMPARE(sum, qint64(kUsers + 1));
    QVERIFY(m_printedStates.value(QStringLiteral("enabled")) > kUsers * 3 / 4);
}

void TestSeedDemo::everyCompanyHasOneEnabledAdminOwner()
{
    const ApiReply companies = m_scenario->admin().get(QStringLiteral("/api/v1/companies?limit=500"));
    QSet<QString> owners, languages, countries;
    for (const QJsonValue& value : companies.json().value(QStringLiteral("items")).toArray()) {
        const QJsonObject company = value.toObject();
        const QString ownerId = company.value(QStringLiteral("ownerId")).toString();
        QVERIFY(!owners.contains(ownerId));
        owners.insert(ownerId);
        languages.insert(company.value(QStringLiteral("defaultLanguage")).toString());
        const QString country =
            company.value(QStringLiteral("address")).toObject().value(QStringLiteral("country")).toString();
        QVERIFY2(validateCountryCode(country).isEmpty(), qPrintable(country));
        countries.insert(country);
        const ApiReply owner = m_scenario->admin().get(QStringLiteral("/api/v1/users/") + ownerId);
        QCOMPARE(owner.status, 200);
        const QJsonObject user = owner.json();
        QCOMPARE(user.value(QStringLiteral("companyId")).toString(), company.value(QStringLiteral("id")).toString());
        QCOMPARE(user.value(QStringLiteral("state")).toString(), QStringLiteral("enabled"));
        bool admin = false;
        for (const QJsonValue& role : user.value(QStringLiteral("roles")).toArray())
            admin = admin || (role.toObject().value(QStringLiteral("roleId")).toString() == adminRoleId() &&
                              role.toObject().value(QStringLiteral("enabled")).toBool());
        QVERIFY2(admin, qPrintable(QString::fromUtf8(owner.body)));
    }
    QCOMPARE(owners.size(), kCompanies);
    // The first five companies speak the five interface languages.
    QCOMPARE(languages, (QSet<QString>{QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("de"),
                                       QStringLiteral("fr"), QStringLiteral("ru")}));
    QVERIFY(countries.size() >= 5);
}

void TestSeedDemo::addressesAndNamesAreUniqueAndValid()
{
    const QJsonArray users = allUsers();
    QCOMPARE(users.size(), kUsers + 1);
    QSet<QString> emails, usernames;
    static const QRegularExpression lowerAscii(QStringLiteral("^[a-z0-9.@-]+$"));
    for (const QJsonValue& value : users) {
        const QJsonObject u = value.toObject();
        const QString email = u.value(QStringLiteral("email")).toString();
        const QString username = u.value(QStringLiteral("username")).toString();
        emails.insert(email.toLower());
        usernames.insert(username.toLower());
        QVERIFY2(lowerAscii.match(email).hasMatch(), qPrintable(email));
        QVERIFY2(validateEmail(email).isEmpty(), qPrintable(email));
        QVERIFY2(validateUsername(username).isEmpty(), qPrintable(username));
        for (const char* field : {"firstName", "lastName"}) {
            const QString name = u.value(QLatin1String(field)).toString();
            QVERIFY2(validatePersonName(name, QLatin1String(field)).isEmpty(), qPrintable(name));
        }
    }
    QCOMPARE(emails.size(), users.size());
    QCOMPARE(usernames.size(), users.size());
}

void TestSeedDemo::searchFindsSeededNamesInEveryScript()
{
    bool cyrillic = false, latin = false;
    for (const QJsonValue& value : allUsers()) {
        const QJsonObject u = value.toObject();
        const QString last = u.value(QStringLiteral("lastName")).toString();
        const bool isCyrillic = last.at(0).script() == QChar::Script_Cyrillic;
        if ((isCyrillic && cyrillic) || (!isCyrillic && latin) || u.value(QStringLiteral("companyId")).isNull())
            continue;
        (isCyrillic ? cyrillic : latin) = true;
        // Search is case-insensitive and finds everyone who carries the name.
        const ApiReply found =
            m_scenario->admin().get(QStringLiteral("/api/v1/users?limit=500&q=") + encoded(last.toUpper()));
        QCOMPARE(found.status, 200);
        const QJsonArray items = found.json().value(QStringLiteral("items")).toArray();
        QVERIFY(!items.isEmpty());
        bool self = false;
        for (const QJsonValue& item : items) {
            const QJsonObject o = item.toObject();
            self = self || o.value(QStringLiteral("id")) == u.value(QStringLiteral("id"));
            const QString text =
                QStringList{o.value(QStringLiteral("firstName")).toString(),
                            o.value(QStringLiteral("lastName")).toString(), o.value(QStringLiteral("email")).toString(),
                            o.value(QStringLiteral("username")).toString()}
                    .join(QLatin1Char(' '));
            QVERIFY2(text.contains(last, Qt::CaseInsensitive), qPrintable(text));
        }
        QVERIFY(self || items.size() == 500);
    }
    QVERIFY2(cyrillic && latin, "the demo data has Latin and Cyrillic names");
}

void TestSeedDemo::demoAccountsSignInWithTheirRoles()
{
    ApiClient owner(*m_server);
    const ApiReply login = owner.login(m_ownerEmail, kDemoPassword);
    QVERIFY2(login.status == 200, qPrintable(login.describe()));
    QCOMPARE(login.json().value(QStringLiteral("mustChangePassword")).toBool(), false);
    const QString companyId =
        login.json().value(QStringLiteral("user")).toObject().value(QStringLiteral("companyId")).toString();
    // The owner administers their company and sees exactly its users.
    const ApiReply users = owner.get(QStringLiteral("/api/v1/users?limit=1"));
    QCOMPARE(users.status, 200);
    QCOMPARE(qint64(users.json().value(QStringLiteral("total")).toDouble()),
             total(QStringLiteral("/api/v1/users?limit=1&company=") + companyId));
    QVERIFY(owner.login(m_ownerEmail, QStringLiteral("Not-The-Demo-Pass-1")).status == 401);

    ApiClient operations(*m_server);
    QCOMPARE(operations.login(m_operationsEmail, kDemoPassword).status, 200);
    QCOMPARE(operations.get(QStringLiteral("/api/v1/me")).status, 200);
    // Operations may not manage users.
    QCOMPARE(operations.get(QStringLiteral("/api/v1/users")).status, 403);

    // Accounts that never chose a password cannot sign in with the demo password.
    const ApiReply created = m_scenario->admin().get(QStringLiteral("/api/v1/users?limit=1&state=created"));
    const QString createdEmail = created.json()
                                     .value(QStringLiteral("items"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("email"))
                                     .toString();
    QCOMPARE(ApiClient(*m_server).login(createdEmail, kDemoPassword).status, 401);
}

void TestSeedDemo::seededUsersBehaveLikeApiUsers()
{
    ApiClient& admin = m_scenario->admin();
    const QString operations = operationsRoleId();
    // Filters by role and by unit use the seeded assignments and memberships.
    QVERIFY(total(QStringLiteral("/api/v1/users?limit=1&role=") + operations) > 0);
    QString unitId, userId;
    for (const QJsonValue& value : allUsers()) {
        const QJsonObject u = value.toObject();
        const QJsonArray units = u.value(QStringLiteral("orgUnitIds")).toArray();
        if (!units.isEmpty() && u.value(QStringLiteral("state")).toString() == QLatin1String("enabled")) {
            unitId = units.first().toString();
            userId = u.value(QStringLiteral("id")).toString();
            break;
        }
    }
    QVERIFY(!unitId.isEmpty());
    QVERIFY(total(QStringLiteral("/api/v1/users?limit=1&orgUnit=") + unitId) >= 1);

    // An edit with the seeded version, a new name found by search, and a state transition.
    const ApiReply before = admin.get(QStringLiteral("/api/v1/users/") + userId);
    QCOMPARE(before.status, 200);
    QCOMPARE(before.etag(), QByteArray("\"v1\""));
    const ApiReply patched =
        admin.patch(QStringLiteral("/api/v1/users/") + userId,
                    QJsonObject{{QStringLiteral("lastName"), QStringLiteral("Zyxwvutsson")}}, before.etag());
    QVERIFY2(patched.status == 200, qPrintable(patched.describe()));
    QCOMPARE(total(QStringLiteral("/api/v1/users?limit=1&q=zyxwvutsson")), qint64(1));
    const ApiReply deactivated = admin.post(QStringLiteral("/api/v1/users/") + userId + QStringLiteral("/deactivate"));
    QVERIFY2(deactivated.status == 200, qPrintable(deactivated.describe()));
    QCOMPARE(deactivated.json().value(QStringLiteral("state")).toString(), QStringLiteral("deactivated"));
}

void TestSeedDemo::summaryIsAudited()
{
    const ApiReply audit = m_scenario->admin().get(QStringLiteral("/api/v1/audit?scope=platform&action=demo.seed"));
    QVERIFY2(audit.status == 200, qPrintable(audit.describe()));
    QCOMPARE(qint64(audit.json().value(QStringLiteral("total")).toDouble()), qint64(1));
    QHash<QString, double> counts;
    const QJsonObject event = audit.json().value(QStringLiteral("items")).toArray().first().toObject();
    for (const QJsonValue& change : event.value(QStringLiteral("changes")).toArray())
        counts.insert(change.toObject().value(QStringLiteral("field")).toString(),
                      change.toObject().value(QStringLiteral("after")).toDouble());
    QCOMPARE(counts.value(QStringLiteral("companies")), double(kCompanies));
    QCOMPARE(counts.value(QStringLiteral("users")), double(kUsers));
    QVERIFY(counts.value(QStringLiteral("roleAssignments")) >= kUsers);
    // One event for the whole seed, not one per row.
    QCOMPARE(total(QStringLiteral("/api/v1/audit?limit=1&action=user.create")), qint64(0));
}

void TestSeedDemo::secondRunIsRefused()
{
    QByteArray output;
    const int code = m_server->seedDemo(2, 5, &output);
    QCOMPARE(code, 1);
    QVERIFY2(output.contains("already holds demo data"), output.constData());
    QCOMPARE(total(QStringLiteral("/api/v1/companies?limit=1")), qint64(kCompanies));
    QCOMPARE(total(QStringLiteral("/api/v1/users?limit=1")), qint64(kUsers + 1));

    // --users must leave room for an owner per company.
    QCOMPARE(m_server->seedDemo(10, 3, &output), 2);
    QVERIFY2(output.contains("owners included"), output.constData());
}

QTEST_GUILESS_MAIN(TestSeedDemo)
#include "tst_seeddemo.moc"

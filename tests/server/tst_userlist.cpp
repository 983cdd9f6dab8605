// GET /api/v1/users: search, filters, sorting, paging and totals, for the platform and for a
// company user, through a real server.
#include "ApiClient.h"
#include "Scenario.h"
#include "TestServer.h"

#include <QTest>
#include <QUrlQuery>

using namespace steward::test;

class TestUserList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void search_data();
    void search();
    void stateAndRoleFilters();
    void orgUnitFilter();
    void sorting_data();
    void sorting();
    void paging();
    void limits();
    void companyScope();

private:
    // The last names of the listed users, in order, and the total.
    QStringList lastNames(ApiClient& client, const QString& query, qint64* total = nullptr);
    QString create(const QString& first, const QString& last, const QString& email, const QStringList& roles,
                   const QString& onboarding = QStringLiteral("none"));

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Scenario> m_scenario;
    Scenario::Account m_owner;
    Scenario::Account m_other;
    QString m_bruno;
};

QString TestUserList::create(const QString& first, const QString& last, const QString& email, const QStringList& roles,
                             const QString& onboarding)
{
    const ApiReply r = m_scenario->admin().post(
        QStringLiteral("/api/v1/users"), QJsonObject{{QStringLiteral("companyId"), m_owner.companyId},
                                                     {QStringLiteral("email"), email},
                                                     {QStringLiteral("firstName"), first},
                                                     {QStringLiteral("lastName"), last},
                                                     {QStringLiteral("roleIds"), QJsonArray::fromStringList(roles)},
                                                     {QStringLiteral("onboarding"), onboarding}});
    if (r.status != 201)
        qFatal("cannot create %s: %s", qPrintable(email), qPrintable(r.describe()));
    if (onboarding == QLatin1String("temporary-password"))
        m_scenario->activate(email, r.json().value(QStringLiteral("temporaryPassword")).toString());
    return r.json().value(QStringLiteral("id")).toString();
}

QStringList TestUserList::lastNames(ApiClient& client, const QString& query, qint64* total)
{
    const ApiReply r = client.get(QStringLiteral("/api/v1/users?") + query);
    if (r.status != 200)
        qWarning("GET users?%s: %s", qPrintable(query), qPrintable(r.describe()));
    QStringList names;
    for (const QJsonValue& u : r.json().value(QStringLiteral("items")).toArray())
        names.append(u[QStringLiteral("lastName")].toString());
    if (total)
        *total = r.json().value(QStringLiteral("total")).toInteger(-1);
    return names;
}

void TestUserList::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral("tst_userlist"));
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
    m_scenario = std::make_unique<Scenario>(*m_server);
    m_owner = m_scenario->createCompany(QStringLiteral("List")); // Olga "Owner List", enabled, owner
    m_other = m_scenario->createCompany(QStringLiteral("Elsewhere"));
    m_scenario->createUser(m_other.companyId, QStringLiteral("baker.elsewhere")); // must never show up in List
    create(QStringLiteral("Ana"), QStringLiteral("Baker"), QStringLiteral("ana.baker@list.example"), {},
           QStringLiteral("temporary-password"));
    m_bruno = create(QStringLiteral("Bruno"), QStringLiteral("Castillo"), QStringLiteral("bruno@list.example"), {});
    const QString carla =
        create(QStringLiteral("Cárla"), QStringLiteral("Adams"), QStringLiteral("c.adams@list.example"), {});
    QCOMPARE(m_scenario->admin().post(QStringLiteral("/api/v1/users/") + carla + QStringLiteral("/deactivate")).status,
             200);
    QTest::qWait(5); // distinct creation times for the two Bakers
    create(QStringLiteral("Diego"), QStringLiteral("baker"), QStringLiteral("diego.b@list.example"), {financeRoleId()});
    create(QStringLiteral("Elena"), QStringLiteral("Zapata"), QStringLiteral("ELENA.Z@list.example"), {financeRoleId()},
           QStringLiteral("temporary-password"));
}

void TestUserList::search_data()
{
    QTest::addColumn<QString>("q");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("last name") << "baker" << QStringList{"Baker", "baker"};
    QTest::newRow("upper case") << "BAK" << QStringList{"Baker", "baker"};
    QTest::newRow("inside a last name") << "still" << QStringList{"Castillo"};
    QTest::newRow("first name") << "IEG" << QStringList{"baker"};
    QTest::newRow("accented first name, upper case") << "CÁR" << QStringList{"Adams"};
    QTest::newRow("email, stored with capitals") << "elena.z@" << QStringList{"Zapata"};
    QTest::newRow("email domain") << "@list.ex" << QStringList{"Adams", "Baker", "baker", "Castillo", "Zapata"};
    QTest::newRow("nothing") << "xyzzy" << QStringList{};
    QTest::newRow("LIKE wildcards are literal") << "%" << QStringList{};
    QTest::newRow("underscore is literal") << "_" << QStringList{};
}

void TestUserList::search()
{
    QFETCH(QString, q);
    QFETCH(QStringList, expected);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("company"), m_owner.companyId);
    query.addQueryItem(QStringLiteral("q"), QString::fromUtf8(QUrl::toPercentEncoding(q)));
    query.addQueryItem(QStringLiteral("sort"), QStringLiteral("lastName,firstName"));
    qint64 total = -1;
    QCOMPARE(lastNames(m_scenario->admin(), query.toString(QUrl::FullyEncoded), &total), expected);
    QCOMPARE(total, expected.size());
}

void TestUserList::stateAndRoleFilters()
{
    ApiClient& admin = m_scenario->admin();
    const QString company =
        QStringLiteral("company=") + m_owner.companyId + QStringLiteral("&sort=lastName,firstName&");
    QCOMPARE(lastNames(admin, company + QStringLiteral("state=created")), (QStringList{"baker", "Castillo"}));
    QCOMPARE(lastNames(admin, company + QStringLiteral("state=deactivated")), QStringList{"Adams"});
    QCOMPARE(lastNames(admin, company + QStringLiteral("state=enabled")),
             (QStringList{"Baker", "Owner List", "Zapata"}));
    QCOMPARE(lastNames(admin, company + QStringLiteral("state=valid")), QStringList{});
    QCOMPARE(lastNames(admin, company + QStringLiteral("role=") + financeRoleId()), (QStringList{"baker", "Zapata"}));
    QCOMPARE(lastNames(admin, company + QStringLiteral("role=") + adminRoleId()), QStringList{"Owner List"});
    QCOMPARE(lastNames(admin, company + QStringLiteral("role=") + financeRoleId() + QStringLiteral("&state=enabled")),
             QStringList{"Zapata"});
    QCOMPARE(lastNames(admin, company + QStringLiteral("q=baker&role=") + financeRoleId()), QStringList{"baker"});

    ApiReply bad = admin.get(QStringLiteral("/api/v1/users?state=sleeping"));
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.fieldCodes(QStringLiteral("state")), QStringList{QStringLiteral("invalid_value")});
    bad = admin.get(QStringLiteral("/api/v1/users?role=finance"));
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.fieldCodes(QStringLiteral("role")), QStringList{QStringLiteral("invalid_id")});
}

void TestUserList::orgUnitFilter()
{
    ApiClient& admin = m_scenario->admin();
    const ApiReply unit =
        admin.post(QStringLiteral("/api/v1/org-units"), QJsonObject{{QStringLiteral("companyId"), m_owner.companyId},
                                                                    {QStringLiteral("name"), QStringLiteral("Sales")}});
    QCOMPARE(unit.status, 201);
    const QString unitId = unit.json().value(QStringLiteral("id")).toString();
    const QString path = QStringLiteral("/api/v1/users/") + m_bruno;
    const QByteArray etag = admin.get(path).etag();

    // Units are checked: they must exist in the user's company, once each.
    const QString stranger = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ApiReply r = admin.patch(path, QJsonObject{{QStringLiteral("orgUnitIds"), QJsonArray{unitId, stranger}}}, etag);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.fieldCodes(QStringLiteral("orgUnitIds[1]")), QStringList{QStringLiteral("unknown_unit")});
    r = admin.patch(path, QJsonObject{{QStringLiteral("orgUnitIds"), QJsonArray{unitId, unitId}}}, etag);
    QCOMPARE(r.fieldCodes(QStringLiteral("orgUnitIds[1]")), QStringList{QStringLiteral("duplicate")});
    r = admin.patch(path, QJsonObject{{QStringLiteral("orgUnitIds"), QJsonArray{unitId}}}, etag);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("orgUnitIds")).toArray(), QJsonArray{unitId});
    QCOMPARE(admin.get(path).json().value(QStringLiteral("orgUnitIds")).toArray(), QJsonArray{unitId});

    qint64 total = -1;
    QCOMPARE(lastNames(admin, QStringLiteral("orgUnit=") + unitId, &total), QStringList{"Castillo"});
    QCOMPARE(total, 1);
    QCOMPARE(lastNames(admin, QStringLiteral("orgUnit=") + stranger, &total), QStringList{});
    QCOMPARE(total, 0);
    const ApiReply bad = admin.get(QStringLiteral("/api/v1/users?orgUnit=12"));
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.fieldCodes(QStringLiteral("orgUnit")), QStringList{QStringLiteral("invalid_id")});
}

void TestUserList::sorting_data()
{
    QTest::addColumn<QString>("sort");
    QTest::addColumn<QStringList>("expected");
    const QStringList byLast{"Adams", "Baker", "baker", "Castillo", "Owner List", "Zapata"};
    // Case never decides the order: the two Bakers tie on the name and the second key breaks it.
    QTest::newRow("lastName,-createdAt") << "lastName,-createdAt"
                                         << QStringList{"Adams", "baker", "Baker", "Castillo", "Owner List", "Zapata"};
    QTest::newRow("lastName,createdAt") << "lastName,createdAt" << byLast;
    QTest::newRow("-lastName,firstName") << "-lastName,firstName"
                                         << QStringList{"Zapata", "Owner List", "Castillo", "Baker", "baker", "Adams"};
    QTest::newRow("firstName") << "firstName"
                               << QStringList{"Baker", "Castillo", "Adams", "baker", "Zapata", "Owner List"};
    QTest::newRow("default: last then first name") << "" << byLast;
    QTest::newRow("email") << "email" << QStringList{"Baker", "Castillo", "Adams", "baker", "Zapata", "Owner List"};
}

void TestUserList::sorting()
{
    QFETCH(QString, sort);
    QFETCH(QStringList, expected);
    QString query = QStringLiteral("company=") + m_owner.companyId;
    if (!sort.isEmpty())
        query += QStringLiteral("&sort=") + sort;
    QCOMPARE(lastNames(m_scenario->admin(), query), expected);
}

void TestUserList::paging()
{
    ApiClient& admin = m_scenario->admin();
    const QString base = QStringLiteral("company=") + m_owner.companyId + QStringLiteral("&sort=firstName&limit=4");
    qint64 total = -1;
    const QStringList first = lastNames(admin, base, &total);
    QCOMPARE(total, 6);
    QCOMPARE(first, (QStringList{"Baker", "Castillo", "Adams", "baker"}));
    QCOMPARE(lastNames(admin, base + QStringLiteral("&offset=4"), &total), (QStringList{"Zapata", "Owner List"}));
    QCOMPARE(total, 6); // the total counts every match, not the page
    QCOMPARE(lastNames(admin, base + QStringLiteral("&offset=6"), &total), QStringList{});
    QCOMPARE(total, 6);
    QCOMPARE(lastNames(admin, base + QStringLiteral("&offset=100000"), &total), QStringList{});
}

void TestUserList::limits()
{
    ApiClient& admin = m_scenario->admin();
    QCOMPARE(admin.get(QStringLiteral("/api/v1/users?limit=500")).status, 200);
    QCOMPARE(admin.get(QStringLiteral("/api/v1/users?limit=1")).json().value(QStringLiteral("items")).toArray().size(),
             1);
    for (const char* query : {"limit=501", "limit=0", "limit=-5", "limit=ten", "limit=99999999999"}) {
        const ApiReply r = admin.get(QStringLiteral("/api/v1/users?") + QLatin1String(query));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.fieldCodes(QStringLiteral("limit")), QStringList{QStringLiteral("out_of_range")});
        QVERIFY(r.contentType().startsWith("application/problem+json"));
    }
    for (const char* query : {"offset=-1", "offset=abc"}) {
        const ApiReply r = admin.get(QStringLiteral("/api/v1/users?") + QLatin1String(query));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.fieldCodes(QStringLiteral("offset")), QStringList{QStringLiteral("out_of_range")});
    }
    const ApiReply sort = admin.get(QStringLiteral("/api/v1/users?sort=lastName,passwordHash"));
    QCOMPARE(sort.status, 400);
    QCOMPARE(sort.fieldCodes(QStringLiteral("sort")), QStringList{QStringLiteral("invalid_value")});
}

void TestUserList::companyScope()
{
    // The platform sees every company's users unless it names one.
    ApiClient& admin = m_scenario->admin();
    qint64 all = -1, list = -1, other = -1;
    lastNames(admin, QString(), &all);
    lastNames(admin, QStringLiteral("company=") + m_owner.companyId, &list);
    lastNames(admin, QStringLiteral("company=") + m_other.companyId, &other);
    QCOMPARE(list, 6);
    QCOMPARE(other, 2);
    QVERIFY(all >= list + other + 1); // and the platform administrator
    // A company user sees exactly their company's users.
    auto owner = m_scenario->signIn(m_owner);
    qint64 seen = -1;
    const QStringList names = lastNames(*owner, QStringLiteral("sort=lastName,firstName"), &seen);
    QCOMPARE(seen, 6);
    QCOMPARE(names, (QStringList{"Adams", "Baker", "baker", "Castillo", "Owner List", "Zapata"}));
}

QTEST_GUILESS_MAIN(TestUserList)
#include "tst_userlist.moc"

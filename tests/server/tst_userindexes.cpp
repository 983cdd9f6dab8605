// What keeps GET /api/v1/users fast at scale must not change its answers: the trigram search index
// (SQLite FTS5, PostgreSQL pg_trgm with the company), the user counters behind `total`, and pages read
// backwards from the end. Each is checked against the plain meaning: a case-insensitive substring,
// an exact count, the same order as the first pages.
#include "ApiClient.h"
#include "Scenario.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

using namespace steward::test;

class TestUserIndexes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void search_data();
    void search();
    void searchFollowsEdits();
    void totalsFollowCreateStateAndDelete();
    void roleTotalsFollowAssignments();
    void pagesFromTheEndMatchTheOrder_data();
    void pagesFromTheEndMatchTheOrder();
    void searchAndRoleTotalsAcrossCompanies();

private:
    using Page = Scenario::UserPage;
    Page list(const QString& query);
    Page listAll(const QString& query); // every company (platform scope)
    // A user of the company under test, or of `companyId`, holding `roleIds`.
    QString create(const QString& first, const QString& last, const QString& email, const QString& companyId = {},
                   const QJsonArray& roleIds = {});

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Scenario> m_scenario;
    Scenario::Account m_owner;
};

QString TestUserIndexes::create(const QString& first, const QString& last, const QString& email,
                                const QString& companyId, const QJsonArray& roleIds)
{
    const ApiReply r = m_scenario->admin().post(
        QStringLiteral("/api/v1/users"),
        QJsonObject{{QStringLiteral("companyId"), companyId.isEmpty() ? m_owner.companyId : companyId},
                    {QStringLiteral("email"), email},
                    {QStringLiteral("firstName"), first},
                    {QStringLiteral("lastName"), last},
                    {QStringLiteral("roleIds"), roleIds},
                    {QStringLiteral("onboarding"), QStringLiteral("none")}});
    if (r.status != 201)
        qFatal("cannot create %s: %s", qPrintable(email), qPrintable(r.describe()));
    return r.json().value(QStringLiteral("id")).toString();
}

TestUserIndexes::Page TestUserIndexes::list(const QString& query)
{
    return listAll(QStringLiteral("company=") + m_owner.companyId + QLatin1Char('&') + query);
}

TestUserIndexes::Page TestUserIndexes::listAll(const QString& query)
{
    return m_scenario->listUsers(query);
}

void TestUserIndexes::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral("tst_userindexes"));
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
    m_scenario = std::make_unique<Scenario>(*m_server);
    m_owner = m_scenario->createCompany(QStringLiteral("Trigram")); // owner: owner.trigram…
    create(QStringLiteral("Zed"), QStringLiteral("Under"), QStringLiteral("zed_q@trigram.example"));
    create(QStringLiteral("Zed"), QStringLiteral("Plain"), QStringLiteral("zedxq@trigram.example"));
    create(QStringLiteral("Pct"), QStringLiteral("Sign"), QStringLiteral("pct%sign@trigram.example"));
    create(QStringLiteral("Bang"), QStringLiteral("Mark"), QStringLiteral("bang!mark@trigram.example"));
    create(QStringLiteral("Łukasz"), QStringLiteral("Żółć"), QStringLiteral("lukasz@trigram.example"));
    create(QStringLiteral("Jürgen"), QStringLiteral("Müller"), QStringLiteral("jm@trigram.example"));
    create(QStringLiteral("Дмитрий"), QStringLiteral("Соколов"), QStringLiteral("ds@trigram.example"));
    create(QStringLiteral("Aaron"), QStringLiteral("Aaronson"), QStringLiteral("aaa@trigram.example"));
}

void TestUserIndexes::search_data()
{
    QTest::addColumn<QString>("q");
    QTest::addColumn<QStringList>("expected"); // emails, sorted by last name
    QTest::newRow("underscore is literal, not any character") << "zed_q" << QStringList{"zed_q@trigram.example"};
    QTest::newRow("percent is literal") << "pct%s" << QStringList{"pct%sign@trigram.example"};
    QTest::newRow("percent alone") << "%" << QStringList{"pct%sign@trigram.example"};
    QTest::newRow("the LIKE escape character") << "g!m" << QStringList{"bang!mark@trigram.example"};
    QTest::newRow("a double quote (FTS syntax)") << "ed\"q" << QStringList{};
    QTest::newRow("FTS operators are text") << "AND" << QStringList{};
    QTest::newRow("non-ASCII, upper case") << "ŻÓŁ" << QStringList{"lukasz@trigram.example"};
    QTest::newRow("non-ASCII, inside a word") << "ółć" << QStringList{"lukasz@trigram.example"};
    QTest::newRow("Cyrillic") << "СОКОЛ" << QStringList{"ds@trigram.example"};
    QTest::newRow("umlaut") << "MÜLL" << QStringList{"jm@trigram.example"};
    QTest::newRow("across first and last name") << "łukasz żó" << QStringList{"lukasz@trigram.example"};
    QTest::newRow("one character") << "ü" << QStringList{"jm@trigram.example"};
    QTest::newRow("two non-ASCII characters") << "Żó" << QStringList{"lukasz@trigram.example"};
    QTest::newRow("two characters, several users")
        << "ze" << QStringList{"zedxq@trigram.example", "zed_q@trigram.example"};
    QTest::newRow("repeated trigrams") << "aaron aaronson" << QStringList{"aaa@trigram.example"};
    QTest::newRow("trigrams present but not in a row") << "aronaa" << QStringList{};
    QTest::newRow("nothing") << "qqqq" << QStringList{};
}

void TestUserIndexes::search()
{
    QFETCH(QString, q);
    QFETCH(QStringList, expected);
    const Page page = list(QStringLiteral("sort=lastName&q=") + QString::fromLatin1(QUrl::toPercentEncoding(q)));
    QCOMPARE(page.emails, expected);
    QCOMPARE(page.total, expected.size());
    QVERIFY(page.exact);
    // Past the last match the page has no row to carry the count: the total stays the same.
    const Page past = list(QStringLiteral("offset=40&q=") + QString::fromLatin1(QUrl::toPercentEncoding(q)));
    QCOMPARE(past.emails, QStringList{});
    QCOMPARE(past.total, expected.size());
    QVERIFY(past.exact);
}

void TestUserIndexes::searchFollowsEdits()
{
    const QString id =
        create(QStringLiteral("Quentin"), QStringLiteral("Xylograph"), QStringLiteral("qx@trigram.example"));
    QCOMPARE(list(QStringLiteral("q=xylog")).emails, QStringList{"qx@trigram.example"});
    ApiClient& admin = m_scenario->admin();
    const ApiReply read = admin.get(QStringLiteral("/api/v1/users/") + id);
    const ApiReply patched =
        admin.patch(QStringLiteral("/api/v1/users/") + id,
                    QJsonObject{{QStringLiteral("lastName"), QStringLiteral("Vexillum")}}, read.etag());
    QCOMPARE(patched.status, 200);
    QCOMPARE(list(QStringLiteral("q=xylog")).emails, QStringList{});
    QCOMPARE(list(QStringLiteral("q=vexil")).emails, QStringList{"qx@trigram.example"});
    QCOMPARE(admin.del(QStringLiteral("/api/v1/users/") + id).status, 204);
    QCOMPARE(list(QStringLiteral("q=vexil")).emails, QStringList{});
    QCOMPARE(list(QStringLiteral("q=qx@")).total, 0);
}

void TestUserIndexes::totalsFollowCreateStateAndDelete()
{
    const Page before = list(QStringLiteral("limit=1"));
    QVERIFY(before.exact);
    const qint64 deactivated = list(QStringLiteral("limit=1&state=deactivated")).total;
    const QString id = create(QStringLiteral("Count"), QStringLiteral("Me"), QStringLiteral("count@trigram.example"));
    QCOMPARE(list(QStringLiteral("limit=1")).total, before.total + 1);
    QCOMPARE(list(QStringLiteral("limit=1&state=created")).emails.size(), 1);
    ApiClient& admin = m_scenario->admin();
    QCOMPARE(admin.post(QStringLiteral("/api/v1/users/") + id + QStringLiteral("/deactivate")).status, 200);
    QCOMPARE(list(QStringLiteral("limit=1&state=deactivated")).total, deactivated + 1);
    QCOMPARE(list(QStringLiteral("limit=1")).total, before.total + 1);
    QCOMPARE(admin.del(QStringLiteral("/api/v1/users/") + id).status, 204);
    QCOMPARE(list(QStringLiteral("limit=1&state=deactivated")).total, deactivated);
    QCOMPARE(list(QStringLiteral("limit=1")).total, before.total);

    // The platform's own count (every company and staff) agrees with the pages it serves.
    const ApiReply all = admin.get(QStringLiteral("/api/v1/users?limit=500"));
    QCOMPARE(all.status, 200);
    QCOMPARE(all.json().value(QStringLiteral("total")).toInteger(),
             all.json().value(QStringLiteral("items")).toArray().size());
    QCOMPARE(all.json().value(QStringLiteral("totalExact")).toBool(), true);
}

void TestUserIndexes::roleTotalsFollowAssignments()
{
    const QString finance = QStringLiteral("limit=1&role=") + financeRoleId();
    const QString financeDeactivated = finance + QStringLiteral("&state=deactivated");
    const qint64 holders = list(finance).total;
    const qint64 deactivated = list(financeDeactivated).total;
    ApiClient& admin = m_scenario->admin();
    const ApiReply created = admin.post(QStringLiteral("/api/v1/users"),
                                        QJsonObject{{QStringLiteral("companyId"), m_owner.companyId},
                                                    {QStringLiteral("email"), QStringLiteral("role@trigram.example")},
                                                    {QStringLiteral("firstName"), QStringLiteral("Rola")},
                                                    {QStringLiteral("lastName"), QStringLiteral("Holder")},
                                                    {QStringLiteral("roleIds"), QJsonArray{financeRoleId()}},
                                                    {QStringLiteral("onboarding"), QStringLiteral("none")}});
    QCOMPARE(created.status, 201);
    const QString path = QStringLiteral("/api/v1/users/") + created.json().value(QStringLiteral("id")).toString();
    QCOMPARE(list(finance).total, holders + 1);
    QVERIFY(list(finance).exact);
    QCOMPARE(admin.post(path + QStringLiteral("/deactivate")).status, 200);
    QCOMPARE(list(financeDeactivated).total, deactivated + 1);
    QCOMPARE(list(finance).total, holders + 1);

    ApiReply read = admin.get(path);
    QCOMPARE(admin.put(path + QStringLiteral("/roles"), QJsonArray{}, read.etag()).status, 200);
    QCOMPARE(list(finance).total, holders);
    QCOMPARE(list(financeDeactivated).total, deactivated);
    read = admin.get(path);
    const QJsonArray again{
        QJsonObject{{QStringLiteral("roleId"), financeRoleId()}, {QStringLiteral("enabled"), false}}};
    QCOMPARE(admin.put(path + QStringLiteral("/roles"), again, read.etag()).status, 200);
    QCOMPARE(list(financeDeactivated).total, deactivated + 1);
    // The counted total agrees with the rows it counts.
    const Page all = list(QStringLiteral("limit=500&role=") + financeRoleId());
    QCOMPARE(all.total, all.emails.size());
    QVERIFY(all.emails.contains(QStringLiteral("role@trigram.example")));

    QCOMPARE(admin.del(path).status, 204);
    QCOMPARE(list(finance).total, holders);
    QCOMPARE(list(financeDeactivated).total, deactivated);
}

void TestUserIndexes::pagesFromTheEndMatchTheOrder_data()
{
    QTest::addColumn<QString>("sort");
    QTest::newRow("default") << "";
    QTest::newRow("last name descending") << "sort=-lastName";
    QTest::newRow("sign-in time, mostly null") << "sort=lastSignInAt";
    QTest::newRow("state then email") << "sort=state,-email";
}

void TestUserIndexes::pagesFromTheEndMatchTheOrder()
{
    QFETCH(QString, sort);
    const Page whole = list(sort + QStringLiteral("&limit=500"));
    QVERIFY(whole.emails.size() >= 9);
    QCOMPARE(whole.total, whole.emails.size());
    for (int limit : {1, 2, 3, 4}) {
        QStringList paged;
        for (int offset = 0; offset < whole.total; offset += limit) {
            const Page page = list(sort + QStringLiteral("&limit=%1&offset=%2").arg(limit).arg(offset));
            QCOMPARE(page.total, whole.total);
            paged.append(page.emails);
        }
        QCOMPARE(paged, whole.emails);
    }
    QCOMPARE(list(sort + QStringLiteral("&offset=%1").arg(whole.total)).emails, QStringList{});
    QCOMPARE(list(sort + QStringLiteral("&offset=%1").arg(whole.total + 7)).total, whole.total);
    // A page that straddles the end.
    QCOMPARE(list(sort + QStringLiteral("&limit=5&offset=%1").arg(whole.total - 2)).emails,
             whole.emails.mid(whole.total - 2));
}

// A search across companies and one within a company (on PostgreSQL one index over the company and
// the trigrams serves both), and the totals of a role and state summed over every company.
void TestUserIndexes::searchAndRoleTotalsAcrossCompanies()
{
    const Scenario::Account other = m_scenario->createCompany(QStringLiteral("Elsewhere"));
    create(QStringLiteral("Anna"), QStringLiteral("Müllerová"), QStringLiteral("anna@elsewhere.example"),
           other.companyId, QJsonArray{financeRoleId()});
    const QString q =
        QStringLiteral("sort=lastName&q=") + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("MÜLL")));
    const Page everywhere = listAll(q);
    QCOMPARE(everywhere.emails, (QStringList{"jm@trigram.example", "anna@elsewhere.example"}));
    QCOMPARE(everywhere.total, 2);
    QCOMPARE(list(q).emails, QStringList{"jm@trigram.example"});
    QCOMPARE(listAll(QStringLiteral("company=") + other.companyId + QLatin1Char('&') + q).emails,
             QStringList{"anna@elsewhere.example"});

    const QString finance = QStringLiteral("limit=500&role=") + financeRoleId();
    const Page holders = listAll(finance);
    QVERIFY(holders.exact);
    QCOMPARE(holders.total, holders.emails.size());
    QVERIFY(holders.emails.contains(QStringLiteral("anna@elsewhere.example")));
    QCOMPARE(holders.total,
             list(finance).total +
                 listAll(QStringLiteral("company=") + other.companyId + QLatin1Char('&') + finance).total);
    const Page enabled = listAll(QStringLiteral("limit=500&state=enabled"));
    QVERIFY(enabled.exact);
    QCOMPARE(enabled.total, enabled.emails.size());
}

QTEST_GUILESS_MAIN(TestUserIndexes)
#include "tst_userindexes.moc"

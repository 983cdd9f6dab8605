// Lists that are counted only up to the limit (docs/api.md, GET /api/v1/users: 10,000): a company of
// 10,150 seeded users searched by its mail domain, next to the same users listed without the search
// (counted exactly by the stored totals). Pages must be the same users in the same order either way,
// the total a lower bound until the last page, and a narrower search counted exactly. On
// PostgreSQL the count and the page come from one pass over the matches (UserList.cpp); past the
// limit the page comes from every match instead.
#include "ApiClient.h"
#include "Scenario.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

using namespace steward;
using namespace steward::test;

namespace {

constexpr qint64 kUsers = 10150;
constexpr qint64 kLimit = 10000;

QString encoded(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

using Page = Scenario::UserPage;

} // namespace

class TestSearchLimit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Scenario> m_scenario;
    QString m_company;
    QString m_domain;

    Page list(const QString& query)
    {
        return m_scenario->listUsers(QStringLiteral("company=") + m_company + QLatin1Char('&') + query);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(QStringLiteral("tst_searchlimit"));
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
        m_scenario = std::make_unique<Scenario>(*m_server);
        QByteArray output;
        const int code = m_server->seedDemo(1, kUsers, &output);
        QVERIFY2(code == 0, output.constData());
        const ApiReply companies = m_scenario->admin().get(QStringLiteral("/api/v1/companies?limit=1"));
        QCOMPARE(companies.status, 200);
        m_company = companies.json()
                        .value(QStringLiteral("items"))
                        .toArray()
                        .first()
                        .toObject()
                        .value(QStringLiteral("id"))
                        .toString();
        const Page all = list(QStringLiteral("limit=1"));
        QCOMPARE(all.total, kUsers);
        QVERIFY(all.exact);
        m_domain = all.emails.first().section(QLatin1Char('@'), 1);
        QVERIFY(m_domain.size() > 3);
    }

    void searchPastTheLimitGivesALowerBoundAndTheRightPages()
    {
        const QString search = QStringLiteral("q=") + encoded(QLatin1Char('@') + m_domain);
        for (const QString& sort : {QStringLiteral("lastName"), QStringLiteral("-createdAt")}) {
            const Page first = list(search + QStringLiteral("&limit=50&sort=") + sort);
            QCOMPARE(first.total, kLimit);
            QVERIFY(!first.exact);
            QCOMPARE(first.ids, list(QStringLiteral("limit=50&sort=") + sort).ids);
            const Page middle = list(search + QStringLiteral("&limit=50&offset=9980&sort=") + sort);
            QCOMPARE(middle.ids, list(QStringLiteral("limit=50&offset=9980&sort=") + sort).ids);
            QCOMPARE(middle.total, 9980 + 50); // max(the limit, the rows this page reached)
            QVERIFY(!middle.exact);
        }
        // The last page is short: the total is then known.
        const Page last = list(search + QStringLiteral("&limit=100&offset=10100&sort=lastName"));
        QCOMPARE(last.ids.size(), 50);
        QCOMPARE(last.total, kUsers);
        QVERIFY(last.exact);
        QCOMPARE(last.ids, list(QStringLiteral("limit=100&offset=10100&sort=lastName")).ids);
    }

    void narrowerSearchesAreCountedExactly()
    {
        // A piece of a name matching fewer users than the limit: each page and the total the same as
        // filtering the full list here.
        QList<QPair<QString, QString>> users; // id, searchable text, in lastName order
        for (qint64 offset = 0; offset < kUsers; offset += 500) {
            const ApiReply r =
                m_scenario->admin().get(QStringLiteral("/api/v1/users?company=") + m_company +
                                        QStringLiteral("&sort=lastName&limit=500&offset=") + QString::number(offset));
            QCOMPARE(r.status, 200);
            for (const QJsonValue& v : r.json().value(QStringLiteral("items")).toArray()) {
                const QJsonObject u = v.toObject();
                users.append({u.value(QStringLiteral("id")).toString(),
                              QStringList{u.value(QStringLiteral("firstName")).toString(),
                                          u.value(QStringLiteral("lastName")).toString(),
                                          u.value(QStringLiteral("email")).toString(),
                                          u.value(QStringLiteral("username")).toString()}
                                  .join(QLatin1Char(' '))
                                  .toLower()});
            }
        }
        QCOMPARE(qint64(users.size()), kUsers);
        QString piece;
        QStringList expected;
        for (qsizetype i = 0; i < users.size() && piece.isEmpty(); i += 97) {
            const QString candidate = users.at(i).second.left(3);
            QStringList matches;
            for (const auto& [id, text] : users) {
                if (text.contains(candidate))
                    matches.append(id);
            }
            if (matches.size() > 120 && matches.size() < 2000 && !candidate.contains(QLatin1Char(' '))) {
                piece = candidate;
                expected = matches;
            }
        }
        QVERIFY2(!piece.isEmpty(), "no name piece matching between 120 and 2,000 users");
        const Page first = list(QStringLiteral("q=") + encoded(piece) + QStringLiteral("&limit=50&sort=lastName"));
        QCOMPARE(first.total, qint64(expected.size()));
        QVERIFY(first.exact);
        QCOMPARE(first.ids, expected.mid(0, 50));
        const Page second =
            list(QStringLiteral("q=") + encoded(piece) + QStringLiteral("&limit=50&offset=50&sort=lastName"));
        QCOMPARE(second.ids, expected.mid(50, 50));
        QCOMPARE(second.total, qint64(expected.size()));
        const Page beyond = list(QStringLiteral("q=") + encoded(piece) + QStringLiteral("&limit=50&offset=") +
                                 QString::number(expected.size() + 10));
        QVERIFY(beyond.ids.isEmpty());
        QCOMPARE(beyond.total, qint64(expected.size()));
    }
};

QTEST_GUILESS_MAIN(TestSearchLimit)
#include "tst_searchlimit.moc"

// End to end over real SMTP: the links in the emails expire. The server is restarted with its
// clock moved forward (STEWARD_TEST_CLOCK_OFFSET_S) past each link's lifetime in turn: a reset
// link lives 2 h, an email-change link 24 h, a verification link 48 h, a set-password link 72 h
// and an invitation 7 days. An expired invitation can be sent again.
#include "MailFlow.h"

#include <QJsonArray>
#include <QTest>

using namespace steward::test;
using namespace steward::test::e2e;

namespace {

constexpr qint64 kHour = 3600;

} // namespace

class TestE2eExpiry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void linksExpire();

private:
    // Restarts the server with its clock `hours` ahead of the real one (plus a minute).
    bool moveClock(qint64 hours);
    int statusOf(const QString& link) { return PageBrowser(m_env.server()).open(link).status; }

    MailedServer m_env;
    std::unique_ptr<Inbox> m_inbox;
    Scenario::Account m_owner;
};

void TestE2eExpiry::initTestCase()
{
    QVERIFY2(m_env.start(QStringLiteral("tst_e2e_expiry")), qPrintable(m_env.errorText()));
    m_inbox = std::make_unique<Inbox>(m_env.mail());
    m_owner = m_env.scenario().createCompany(QStringLiteral("Tempo"), QStringLiteral("en"));
}

void TestE2eExpiry::cleanupTestCase()
{
    qunsetenv("STEWARD_TEST_CLOCK_OFFSET_S");
}

bool TestE2eExpiry::moveClock(qint64 hours)
{
    qputenv("STEWARD_TEST_CLOCK_OFFSET_S", QByteArray::number(hours * kHour + 60));
    if (!m_env.server().restart()) {
        qWarning("%s", qPrintable(m_env.server().errorText()));
        return false;
    }
    // Sessions may have expired meanwhile.
    return m_env.scenario().admin().loginAsAdmin().status == 200;
}

void TestE2eExpiry::linksExpire()
{
    ApiClient& admin = m_env.scenario().admin();
    // A set-password link (72 h).
    const QString created = QStringLiteral("set.later@tempo.example");
    QCOMPARE(
        admin
            .post(QStringLiteral("/api/v1/users"), QJsonObject{{QStringLiteral("companyId"), m_owner.companyId},
                                                               {QStringLiteral("email"), created},
                                                               {QStringLiteral("firstName"), QStringLiteral("Set")},
                                                               {QStringLiteral("lastName"), QStringLiteral("Later")}})
            .status,
        201);
    const QString setLink = accountLink(m_env.server(), m_inbox->next(created, QStringLiteral("/account/set-password")),
                                        QStringLiteral("set-password"));
    // A reset link (2 h), with its form already open in a browser.
    const Scenario::Account resetter = m_env.scenario().createUser(m_owner.companyId, QStringLiteral("resetter"));
    QCOMPARE(ApiClient(m_env.server())
                 .post(QStringLiteral("/api/v1/auth/forgot-password"),
                       QJsonObject{{QStringLiteral("email"), resetter.email}})
                 .status,
             202);
    const QString resetLink =
        accountLink(m_env.server(), m_inbox->next(resetter.email, QStringLiteral("/account/reset-password")),
                    QStringLiteral("reset-password"));
    PageBrowser openForm(m_env.server());
    QCOMPARE(openForm.open(resetLink).status, 200);
    // An email-change link (24 h).
    const Scenario::Account mover = m_env.scenario().createUser(m_owner.companyId, QStringLiteral("mover"));
    const QString newEmail = QStringLiteral("moved@tempo.example");
    QCOMPARE(
        m_env.scenario()
            .signIn(mover)
            ->post(QStringLiteral("/api/v1/me/email-change"),
                   QJsonObject{{QStringLiteral("newEmail"), newEmail}, {QStringLiteral("password"), mover.password}})
            .status,
        202);
    const QString changeLink =
        accountLink(m_env.server(), m_inbox->next(newEmail, QStringLiteral("/account/confirm-email-change")),
                    QStringLiteral("confirm-email-change"));
    // A verification link (48 h).
    const QString registrant = QStringLiteral("registrant@tempo-shop.example");
    const ApiReply registered =
        ApiClient(m_env.server())
            .post(QStringLiteral("/api/v1/registrations"),
                  QJsonObject{
                      {QStringLiteral("user"), QJsonObject{{QStringLiteral("email"), registrant},
                                                           {QStringLiteral("firstName"), QStringLiteral("Reg")},
                                                           {QStringLiteral("lastName"), QStringLiteral("Istrant")},
                                                           {QStringLiteral("password"), kGoodPassword}}},
                      {QStringLiteral("company"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Tempo Shop")}}},
                      {QStringLiteral("address"),
                       Scenario::companyBody(QStringLiteral("x"), QString(), QStringLiteral("en"))
                           .value(QStringLiteral("address"))}});
    QVERIFY2(registered.status == 202, qPrintable(registered.describe()));
    const QString verifyLink =
        accountLink(m_env.server(), m_inbox->next(registrant, QStringLiteral("/account/verify-email")),
                    QStringLiteral("verify-email"));
    // An invitation (7 days).
    const QString invitee = QStringLiteral("invitee@tempo.example");
    const ApiReply invited =
        admin.post(QStringLiteral("/api/v1/invitations"),
                   QJsonObject{{QStringLiteral("companyId"), m_owner.companyId}, {QStringLiteral("email"), invitee}});
    QCOMPARE(invited.status, 201);
    const QString invitationId = invited.json().value(QStringLiteral("id")).toString();
    const QString inviteLink = accountLink(
        m_env.server(), m_inbox->next(invitee, QStringLiteral("/account/invitation")), QStringLiteral("invitation"));

    const QStringList links{resetLink, changeLink, verifyLink, setLink, inviteLink};
    for (const QString& link : links)
        QVERIFY2(!link.isEmpty() && statusOf(link) == 200, qPrintable(link));

    // Each step moves past one lifetime: that link dies, the longer ones live on.
    const QList<qint64> steps{3, 25, 49, 73, 8 * 24};
    for (qsizetype step = 0; step < steps.size(); ++step) {
        QVERIFY(moveClock(steps.at(step)));
        for (qsizetype i = 0; i < links.size(); ++i)
            QVERIFY2(statusOf(links.at(i)) == (i <= step ? 410 : 200),
                     qPrintable(QStringLiteral("+%1 h: %2").arg(steps.at(step)).arg(links.at(i))));
        if (step == 0) {
            // A form opened before expiry cannot be submitted after it.
            const ApiReply late =
                openForm.submit(QStringLiteral("/account/reset-password"), passwords(kOtherPassword, kOtherPassword));
            QCOMPARE(late.status, 410);
            QCOMPARE(headingOf(late.body), QStringLiteral("This link no longer works"));
            QCOMPARE(ApiClient(m_env.server()).login(resetter.email, kOtherPassword).status, 401);
        }
    }
    QCOMPARE(admin.get(QStringLiteral("/api/v1/invitations/") + invitationId)
                 .json()
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("expired"));
    // Nothing expired took effect.
    QCOMPARE(userField(m_env.scenario(), mover.id, QStringLiteral("email")), mover.email);
    QVERIFY(userByEmail(m_env.scenario(), invitee).isEmpty());

    // An expired invitation can be sent again, and the new link works.
    QCOMPARE(
        admin
            .post(QStringLiteral("/api/v1/invitations"),
                  QJsonObject{{QStringLiteral("companyId"), m_owner.companyId}, {QStringLiteral("email"), invitee}})
            .status,
        201);
    const QString again = accountLink(m_env.server(), m_inbox->next(invitee, QStringLiteral("/account/invitation")),
                                      QStringLiteral("invitation"));
    PageBrowser browser(m_env.server());
    QCOMPARE(browser.open(again).status, 200);
    QCOMPARE(browser
                 .submit(QStringLiteral("/account/invitation"),
                         FormFields{{QStringLiteral("firstName"), QStringLiteral("In")},
                                    {QStringLiteral("lastName"), QStringLiteral("Vitee")}} +
                             passwords(kGoodPassword, kGoodPassword))
                 .status,
             200);
    QCOMPARE(ApiClient(m_env.server()).login(invitee, kGoodPassword).status, 200);
}

QTEST_GUILESS_MAIN(TestE2eExpiry)
#include "tst_e2e_expiry.moc"

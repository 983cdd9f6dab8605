// End to end over real SMTP: the mail server goes away while mail is being sent, and the steward
// server itself restarts while mail is still pending. Every mail arrives once the SMTP server is
// back, exactly once per Message-ID, and its link still works.
#include "MailFlow.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace steward::test;
using namespace steward::test::e2e;

class TestE2eOutage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void smtpOutageDelaysMailAndLosesNone();
    void serverRestartLosesPendingMail();

private:
    // Every message to one of `recipients`, waiting (up to `timeoutMs`) until each has one, then a
    // little longer so that a duplicate would show.
    QList<Mail> deliveredTo(const QStringList& recipients, int timeoutMs);
    // The Message-IDs the server logged as delayed (its attempts failed while SMTP was down).
    QSet<QString> delayedMessageIds();
    // Waits until the server logged at least `count` failed attempts more than `before`.
    bool waitForDelays(qsizetype before, qsizetype count, int timeoutMs);
    qsizetype delayCount();
    // The message-ids are present, unique, each recipient got exactly one, and each was held up
    // by the outage.
    void checkOncePerMessageId(const QList<Mail>& mails, const QStringList& recipients);
    ApiReply forgotPassword(const QString& email);
    ApiReply invite(const QString& email);

    MailedServer m_env;
    std::unique_ptr<Inbox> m_inbox;
    Scenario::Account m_owner;
    QList<Scenario::Account> m_users;
};

void TestE2eOutage::initTestCase()
{
    QVERIFY2(m_env.start(QStringLiteral("tst_e2e_outage")), qPrintable(m_env.errorText()));
    m_inbox = std::make_unique<Inbox>(m_env.mail());
    m_owner = m_env.scenario().createCompany(QStringLiteral("Outage"), QStringLiteral("en"));
    // Users with a temporary password: creating them sends no mail.
    for (int i = 0; i < 5; ++i)
        m_users.append(m_env.scenario().createUser(m_owner.companyId, QStringLiteral("outage") + QChar(u'a' + i)));
}

ApiReply TestE2eOutage::forgotPassword(const QString& email)
{
    return ApiClient(m_env.server())
        .post(QStringLiteral("/api/v1/auth/forgot-password"), QJsonObject{{QStringLiteral("email"), email}});
}

ApiReply TestE2eOutage::invite(const QString& email)
{
    return m_env.scenario().admin().post(
        QStringLiteral("/api/v1/invitations"),
        QJsonObject{{QStringLiteral("companyId"), m_owner.companyId}, {QStringLiteral("email"), email}});
}

QList<Mail> TestE2eOutage::deliveredTo(const QStringList& recipients, int timeoutMs)
{
    const auto collect = [&] {
        QList<Mail> found;
        for (const QJsonValue& value : m_env.mail().messages()) {
            const Mail mail = Mail::fromJson(value.toObject());
            if (recipients.contains(mail.to, Qt::CaseInsensitive))
                found.append(mail);
        }
        return found;
    };
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        QSet<QString> reached;
        for (const Mail& mail : collect())
            reached.insert(mail.to.toLower());
        if (reached.size() == recipients.size())
            break;
        QTest::qWait(250);
    }
    // Retries come every second or two: a duplicate sent by one would be here by now.
    QTest::qWait(3000);
    return collect();
}

qsizetype TestE2eOutage::delayCount()
{
    return m_env.server().log().count("mail delayed ");
}

bool TestE2eOutage::waitForDelays(qsizetype before, qsizetype count, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (delayCount() - before >= count)
            return true;
        QTest::qWait(200);
    }
    return false;
}

QSet<QString> TestE2eOutage::delayedMessageIds()
{
    static const QRegularExpression delayed(QStringLiteral("mail delayed (<[^>]+>)"));
    QSet<QString> ids;
    for (auto it = delayed.globalMatch(QString::fromUtf8(m_env.server().log())); it.hasNext();)
        ids.insert(it.next().captured(1));
    return ids;
}

void TestE2eOutage::checkOncePerMessageId(const QList<Mail>& mails, const QStringList& recipients)
{
    QStringList got;
    QSet<QString> ids;
    const QSet<QString> delayed = delayedMessageIds();
    for (const Mail& mail : mails) {
        got.append(mail.to.toLower() + QLatin1Char(' ') + mail.messageId);
        QVERIFY2(mail.messageId.startsWith(QLatin1Char('<')) && mail.messageId.endsWith(QStringLiteral("@steward>")),
                 qPrintable(mail.messageId));
        QVERIFY2(!ids.contains(mail.messageId), qPrintable(QStringLiteral("delivered twice: ") + mail.messageId));
        ids.insert(mail.messageId);
        QVERIFY2(delayed.contains(mail.messageId),
                 qPrintable(QStringLiteral("never held up by the outage: ") + mail.messageId));
    }
    QVERIFY2(mails.size() == recipients.size(), qPrintable(got.join(QStringLiteral(", "))));
    // Nor did any other mail caught in the outage (notices of earlier steps) arrive twice.
    QSet<QString> all;
    for (const QJsonValue& value : m_env.mail().messages()) {
        const QString id = Mail::fromJson(value.toObject()).messageId;
        QVERIFY2(!all.contains(id), qPrintable(QStringLiteral("delivered twice: ") + id));
        all.insert(id);
    }
    for (const QString& to : recipients) {
        QVERIFY2(std::count_if(mails.cbegin(), mails.cend(),
                               [&](const Mail& m) { return m.to.compare(to, Qt::CaseInsensitive) == 0; }) == 1,
                 qPrintable(to + QStringLiteral(": ") + got.join(QStringLiteral(", "))));
    }
}

void TestE2eOutage::smtpOutageDelaysMailAndLosesNone()
{
    const QStringList resets{m_users.at(0).email, m_users.at(1).email, m_users.at(2).email};
    const QString invitee = QStringLiteral("invitee.outage@elsewhere.example");
    const QStringList recipients = resets + QStringList{invitee};

    m_env.mail().stop();
    QVERIFY(!m_env.mail().isRunning());
    const qsizetype before = delayCount();
    for (const QString& email : resets)
        QCOMPARE(forgotPassword(email).status, 202);
    QCOMPARE(invite(invitee).status, 201);
    // Every mail was tried and failed at least once, and some retried.
    QVERIFY2(waitForDelays(before, 8, 20000), m_env.server().log().right(2000).constData());

    // The SMTP server comes back on the same port.
    QVERIFY2(m_env.mail().start(), qPrintable(m_env.mail().errorText()));
    const QList<Mail> mails = deliveredTo(recipients, 60000);
    checkOncePerMessageId(mails, recipients);
    if (QTest::currentTestFailed())
        return;

    // The delayed links work.
    const Mail reset = m_inbox->next(m_users.at(0).email, QStringLiteral("/account/reset-password"), 1000);
    PageBrowser browser(m_env.server());
    QCOMPARE(browser.open(accountLink(m_env.server(), reset, QStringLiteral("reset-password"))).status, 200);
    QCOMPARE(browser.submit(QStringLiteral("/account/reset-password"), passwords(kGoodPassword, kGoodPassword)).status,
             200);
    QCOMPARE(ApiClient(m_env.server()).login(m_users.at(0).email, kGoodPassword).status, 200);
    const Mail invitation = m_inbox->next(invitee, QStringLiteral("/account/invitation"), 1000);
    QCOMPARE(
        PageBrowser(m_env.server()).open(accountLink(m_env.server(), invitation, QStringLiteral("invitation"))).status,
        200);
}

void TestE2eOutage::serverRestartLosesPendingMail()
{
    const QString invitee = QStringLiteral("invitee.restart@elsewhere.example");
    const QStringList recipients{m_users.at(3).email, m_users.at(4).email, invitee};

    m_env.mail().stop();
    const qsizetype before = delayCount();
    QCOMPARE(forgotPassword(m_users.at(3).email).status, 202);
    QCOMPARE(m_env.scenario()
                 .admin()
                 .post(QStringLiteral("/api/v1/users/") + m_users.at(4).id + QStringLiteral("/send-password-reset"))
                 .status,
             202);
    QCOMPARE(invite(invitee).status, 201);
    QVERIFY2(waitForDelays(before, 3, 20000), m_env.server().log().right(2000).constData());

    // The server stops with the mail undelivered, and comes back while SMTP is still down.
    QVERIFY2(m_env.server().restart(), qPrintable(m_env.server().errorText()));
    const qsizetype afterRestart = delayCount();
    QVERIFY2(waitForDelays(afterRestart, 1, 30000), "the restarted server did not retry the pending mail");
    QVERIFY2(m_env.mail().start(), qPrintable(m_env.mail().errorText()));
    const QList<Mail> mails = deliveredTo(recipients, 60000);
    checkOncePerMessageId(mails, recipients);
    if (QTest::currentTestFailed())
        return;

    // A link issued before the restart works after it, and sessions survived it too.
    const Mail reset = m_inbox->next(m_users.at(4).email, QStringLiteral("/account/reset-password"), 1000);
    PageBrowser browser(m_env.server());
    QCOMPARE(browser.open(accountLink(m_env.server(), reset, QStringLiteral("reset-password"))).status, 200);
    QCOMPARE(browser.submit(QStringLiteral("/account/reset-password"), passwords(kGoodPassword, kGoodPassword)).status,
             200);
    QCOMPARE(ApiClient(m_env.server()).login(m_users.at(4).email, kGoodPassword).status, 200);
    QCOMPARE(m_env.scenario().admin().get(QStringLiteral("/api/v1/me")).status, 200);
}

QTEST_GUILESS_MAIN(TestE2eOutage)
#include "tst_e2e_outage.moc"

// The notices a user can switch off in My Account: sessions ended by an administrator
// (accountActivity) and accepted invitations (teamChanges). With the flag on the mail arrives in
// the recipient's language; with it off, or when nobody should be told, nothing is even queued.
#include "AccountPageDriver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace steward::test;

namespace {

const QString kMe = QStringLiteral("/api/v1/me");

// The Subject header of a delivered .eml file, its RFC 2047 encoded words decoded.
QString subjectOf(const QString& mailFolder, const Mail& mail)
{
    QFile file(mailFolder + QLatin1Char('/') + mail.file);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString raw = QString::fromUtf8(file.readAll());
    static const QRegularExpression header(QStringLiteral("^Subject: ([^\\r\\n]*(?:\\r\\n[ \\t][^\\r\\n]*)*)"),
                                           QRegularExpression::MultilineOption);
    const QString folded = header.match(raw).captured(1);
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([^?]*)\\?="));
    if (!folded.contains(word))
        return folded.trimmed();
    QByteArray bytes;
    for (const QRegularExpressionMatch& m : word.globalMatch(folded))
        bytes += QByteArray::fromBase64(m.captured(1).toLatin1());
    return QString::fromUtf8(bytes);
}

} // namespace

class TestNotificationCategories : public QObject, public AccountPageDriver
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sessionsEndedByAnAdministrator();
    void noSessionNoticeWhenSwitchedOff();
    void noSessionNoticeForOnesOwnSessions();
    void acceptedInvitationTellsTheInviter();
    void noInvitationNoticeWhenSwitchedOffOrDisabled();

private:
    // The user sets their language and notification flags in My Account, as the client does.
    void setPreferences(ApiClient& client, const QString& language, const QJsonObject& notifications);
    int queued(const QString& recipient, const QString& templateName);
    // Delivered messages to `to` whose subject contains `text` (after giving delivery a moment).
    int delivered(const QString& to, const QString& text);
    // Invites `email` as `inviter` and accepts the invitation in a browser as "<firstName> Neu".
    void inviteAndAccept(ApiClient& inviter, const QString& email, const QString& firstName);

    std::unique_ptr<ApiClient> m_ownerClient;
};

void TestNotificationCategories::initTestCase()
{
    QVERIFY(m_mailDir.isValid());
    m_server =
        std::make_unique<TestServer>(QStringLiteral("tst_notificationcategories"),
                                     QStringList{QStringLiteral("--mail"), QStringLiteral("dir:") + m_mailDir.path()});
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
    m_scenario = std::make_unique<Scenario>(*m_server);
    m_owner = m_scenario->createCompany(QStringLiteral("Notify"));
    m_ownerClient = m_scenario->signIn(m_owner);
}

void TestNotificationCategories::setPreferences(ApiClient& client, const QString& language,
                                                const QJsonObject& notifications)
{
    const ApiReply me = client.get(kMe);
    QCOMPARE(me.status, 200);
    const ApiReply changed = client.patch(
        kMe, QJsonObject{{QStringLiteral("language"), language}, {QStringLiteral("notifications"), notifications}},
        me.etag());
    QCOMPARE(changed.status, 200);
}

int TestNotificationCategories::queued(const QString& recipient, const QString& templateName)
{
    return sql(QStringLiteral("SELECT count(*) FROM mail_outbox WHERE recipient = '%1' AND template = '%2'")
                   .arg(recipient, templateName))
        .toInt();
}

int TestNotificationCategories::delivered(const QString& to, const QString& text)
{
    QTest::qWait(1500);
    int count = 0;
    for (const QFileInfo& info : QDir(m_mailDir.path()).entryInfoList({QStringLiteral("*.eml")}, QDir::Files)) {
        const Mail mail = readEml(info.filePath());
        if (mail.to.compare(to, Qt::CaseInsensitive) == 0 && subjectOf(m_mailDir.path(), mail).contains(text))
            ++count;
    }
    return count;
}

void TestNotificationCategories::inviteAndAccept(ApiClient& inviter, const QString& email, const QString& firstName)
{
    const ApiReply invited = inviter.post(QStringLiteral("/api/v1/invitations"),
                                          QJsonObject{{QStringLiteral("companyId"), m_owner.companyId},
                                                      {QStringLiteral("email"), email},
                                                      {QStringLiteral("roleIds"), QJsonArray{financeRoleId()}},
                                                      {QStringLiteral("language"), QStringLiteral("en")}});
    QCOMPARE(invited.status, 201);
    const QString link =
        linkPath(waitForMail(email, QStringLiteral("/account/invitation")), QStringLiteral("invitation"));
    QVERIFY(!link.isEmpty());
    m_tokens.append(tokenOf(link));
    Browser browser(*m_server);
    QCOMPARE(browser.get(link).status, 200);
    const ApiReply done =
        browser.submit(QStringLiteral("/account/invitation"),
                       QList<QPair<QString, QString>>{{QStringLiteral("firstName"), firstName},
                                                      {QStringLiteral("lastName"), QStringLiteral("Neu")}} +
                           passwords(kGoodPassword, kGoodPassword));
    QCOMPARE(done.status, 200);
}

void TestNotificationCategories::sessionsEndedByAnAdministrator()
{
    const Scenario::Account user = m_scenario->createUser(m_owner.companyId, QStringLiteral("Revoked"));
    auto client = m_scenario->signIn(user);
    setPreferences(*client, QStringLiteral("de"), QJsonObject{{QStringLiteral("accountActivity"), true}});

    const ApiReply revoked =
        m_ownerClient->post(QStringLiteral("/api/v1/users/") + user.id + QStringLiteral("/revoke-sessions"));
    QCOMPARE(revoked.status, 200);
    QVERIFY(revoked.json().value(QStringLiteral("revoked")).toInt() >= 1);
    QCOMPARE(client->get(kMe).status, 401);

    const Mail mail = waitForMail(user.email, QStringLiteral("Sitzungen"));
    QVERIFY2(!mail.file.isEmpty(), "no sessions-ended notice arrived");
    QCOMPARE(mail.to, user.email);
    QCOMPARE(subjectOf(m_mailDir.path(), mail),
             QStringLiteral("Ein Administrator hat Ihre Sitzungen bei Steward beendet"));
    QVERIFY(mail.text.contains(QStringLiteral("Hallo Uma User Revoked,")));
    QVERIFY(mail.text.contains(QStringLiteral("melden Sie sich auf jedem Ihrer Geräte erneut an")));
    // A notice, not a credential: no link to follow, no token.
    QVERIFY(!mail.text.contains(QStringLiteral("token=")));
    QCOMPARE(queued(user.email, QStringLiteral("sessions-revoked")), 1);
}

void TestNotificationCategories::noSessionNoticeWhenSwitchedOff()
{
    const Scenario::Account user = m_scenario->createUser(m_owner.companyId, QStringLiteral("Quiet"));
    auto client = m_scenario->signIn(user);
    setPreferences(*client, QStringLiteral("fr"), QJsonObject{{QStringLiteral("accountActivity"), false}});

    const ApiReply revoked =
        m_ownerClient->post(QStringLiteral("/api/v1/users/") + user.id + QStringLiteral("/revoke-sessions"));
    QCOMPARE(revoked.status, 200);
    QVERIFY(revoked.json().value(QStringLiteral("revoked")).toInt() >= 1);
    QVERIFY(audited(user.id, QStringLiteral("user.revoke_sessions")));
    QCOMPARE(queued(user.email, QStringLiteral("sessions-revoked")), 0);
    QCOMPARE(delivered(user.email, QStringLiteral("sessions")), 0);
}

void TestNotificationCategories::noSessionNoticeForOnesOwnSessions()
{
    const Scenario::Account admin =
        m_scenario->createUser(m_owner.companyId, QStringLiteral("SelfAdmin"), {adminRoleId()});
    auto client = m_scenario->signIn(admin);
    auto second = m_scenario->signIn(admin);

    // Ending one of one's own sessions in My Account is no administrator's doing.
    const QJsonArray sessions =
        client->get(kMe + QStringLiteral("/sessions")).json().value(QStringLiteral("items")).toArray();
    QVERIFY(sessions.size() >= 2);
    QString other;
    for (const QJsonValue& s : sessions) {
        if (!s.toObject().value(QStringLiteral("current")).toBool())
            other = s.toObject().value(QStringLiteral("id")).toString();
    }
    QVERIFY(!other.isEmpty());
    QCOMPARE(client->del(kMe + QStringLiteral("/sessions/") + other).status, 204);

    // Nor is an administrator ending all of their own.
    const ApiReply revoked =
        client->post(QStringLiteral("/api/v1/users/") + admin.id + QStringLiteral("/revoke-sessions"));
    QCOMPARE(revoked.status, 200);
    QVERIFY(revoked.json().value(QStringLiteral("revoked")).toInt() >= 1);
    QCOMPARE(queued(admin.email, QStringLiteral("sessions-revoked")), 0);
}

void TestNotificationCategories::acceptedInvitationTellsTheInviter()
{
    setPreferences(*m_ownerClient, QStringLiteral("ru"), QJsonObject{{QStringLiteral("teamChanges"), true}});
    inviteAndAccept(*m_ownerClient, QStringLiteral("new.colleague@example.com"), QStringLiteral("Zoé"));

    const Mail mail = waitForMail(m_owner.email, QStringLiteral("new.colleague@example.com"));
    QVERIFY2(!mail.file.isEmpty(), "no invitation-accepted notice arrived");
    QCOMPARE(mail.to, m_owner.email);
    QCOMPARE(subjectOf(m_mailDir.path(), mail),
             QStringLiteral("Приглашение принято: Zoé Neu теперь в компании «Company Notify»"));
    QVERIFY(mail.text.contains(QStringLiteral("Zoé Neu (new.colleague@example.com)")));
    QVERIFY(!mail.text.contains(QStringLiteral("token=")));
    QVERIFY(!mail.text.contains(kGoodPassword));
    QCOMPARE(queued(m_owner.email, QStringLiteral("invitation-accepted")), 1);
}

void TestNotificationCategories::noInvitationNoticeWhenSwitchedOffOrDisabled()
{
    const int before = queued(m_owner.email, QStringLiteral("invitation-accepted"));
    setPreferences(*m_ownerClient, QStringLiteral("en"), QJsonObject{{QStringLiteral("teamChanges"), false}});
    inviteAndAccept(*m_ownerClient, QStringLiteral("silent.colleague@example.com"), QStringLiteral("Sam"));
    QCOMPARE(queued(m_owner.email, QStringLiteral("invitation-accepted")), before);

    // An inviter who was deactivated since is told nothing, whatever their flag says.
    const Scenario::Account inviter =
        m_scenario->createUser(m_owner.companyId, QStringLiteral("Gone"), {adminRoleId()});
    auto client = m_scenario->signIn(inviter);
    setPreferences(*client, QStringLiteral("es"), QJsonObject{{QStringLiteral("teamChanges"), true}});
    const ApiReply invited =
        client->post(QStringLiteral("/api/v1/invitations"),
                     QJsonObject{{QStringLiteral("companyId"), m_owner.companyId},
                                 {QStringLiteral("email"), QStringLiteral("late.colleague@example.com")},
                                 {QStringLiteral("language"), QStringLiteral("en")}});
    QCOMPARE(invited.status, 201);
    const QString link =
        linkPath(waitForMail(QStringLiteral("late.colleague@example.com"), QStringLiteral("/account/invitation")),
                 QStringLiteral("invitation"));
    QVERIFY(!link.isEmpty());
    m_tokens.append(tokenOf(link));
    QCOMPARE(m_ownerClient->post(QStringLiteral("/api/v1/users/") + inviter.id + QStringLiteral("/deactivate")).status,
             200);
    Browser browser(*m_server);
    QCOMPARE(browser.get(link).status, 200);
    QCOMPARE(browser
                 .submit(QStringLiteral("/account/invitation"),
                         QList<QPair<QString, QString>>{{QStringLiteral("firstName"), QStringLiteral("Lea")},
                                                        {QStringLiteral("lastName"), QStringLiteral("Late")}} +
                             passwords(kGoodPassword, kGoodPassword))
                 .status,
             200);
    QCOMPARE(queued(inviter.email, QStringLiteral("invitation-accepted")), 0);
    QCOMPARE(delivered(m_owner.email, QStringLiteral("Sam Neu")), 0);
    QCOMPARE(delivered(inviter.email, QStringLiteral("Lea Late")), 0);
}

QTEST_GUILESS_MAIN(TestNotificationCategories)
#include "tst_notificationcategories.moc"

// The account pages that create accounts or change their address, driven like a browser would:
// set password of an admin-created user, email verification and change, invitations, the
// forgot-password rate limit; single-use links; tokens stay out of the log. Page basics and
// reset password: tst_accountpages.cpp.
#include "AccountPageDriver.h"

#include <QJsonArray>
#include <QTest>

using namespace steward::test;

class TestAccountPageFlows : public QObject, public AccountPageDriver
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void setPasswordEnablesACreatedUser();
    void verifyEmailNeedsAPost();
    void emailChangeAppliesOnConfirmation();
    void invitationCreatesAnAccount();
    void invitationForAnExistingAccount();
    void forgotPasswordIsRateLimited();
    void tokensStayOutOfTheLog();
};

void TestAccountPageFlows::initTestCase()
{
    // Mail into a folder of our own, one .eml file per message.
    QVERIFY(m_mailDir.isValid());
    m_server =
        std::make_unique<TestServer>(QStringLiteral("tst_accountpages_flows"),
                                     QStringList{QStringLiteral("--mail"), QStringLiteral("dir:") + m_mailDir.path()});
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
    m_scenario = std::make_unique<Scenario>(*m_server);
    m_owner = m_scenario->createCompany(QStringLiteral("Pages"));
}

void TestAccountPageFlows::setPasswordEnablesACreatedUser()
{
    const ApiReply created =
        m_scenario->admin().post(QStringLiteral("/api/v1/users"),
                                 QJsonObject{{QStringLiteral("companyId"), m_owner.companyId},
                                             {QStringLiteral("email"), QStringLiteral("fresh.start@example.org")},
                                             {QStringLiteral("firstName"), QStringLiteral("Frida")},
                                             {QStringLiteral("lastName"), QStringLiteral("Start")},
                                             {QStringLiteral("language"), QStringLiteral("ru")},
                                             {QStringLiteral("onboarding"), QStringLiteral("none")}});
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(QStringLiteral("id")).toString();
    QCOMPARE(userField(id, QStringLiteral("state")), QStringLiteral("created"));
    const QString token = issueToken(QStringLiteral("set_password"), id, QStringLiteral("fresh.start@example.org"));

    Browser browser(*m_server);
    const ApiReply page = browser.get(QStringLiteral("/account/set-password?token=") + token);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("<html lang=\"ru\">"));
    QVERIFY(page.body.contains("<h1>Задайте пароль</h1>"));
    const ApiReply done =
        browser.submit(QStringLiteral("/account/set-password"), passwords(kGoodPassword, kGoodPassword));
    QCOMPARE(done.status, 200);
    QVERIFY(done.body.contains("Пароль задан"));
    // created → enabled, and the address counts as verified: the link came to it.
    QCOMPARE(userField(id, QStringLiteral("state")), QStringLiteral("enabled"));
    QCOMPARE(userField(id, QStringLiteral("emailVerified")), QStringLiteral("true"));
    QCOMPARE(ApiClient(*m_server).login(QStringLiteral("fresh.start@example.org"), kGoodPassword).status, 200);
    // The first password is no change of password: no notice.
    QVERIFY(noMailFor(QStringLiteral("fresh.start@example.org"), 1500));
    QCOMPARE(browser.submit(QStringLiteral("/account/set-password"), passwords(kGoodPassword, kGoodPassword)).status,
             410);
    // A set-password link does not work on the reset page (another purpose).
    const QString other = issueToken(QStringLiteral("set_password"), id, QStringLiteral("fresh.start@example.org"));
    QCOMPARE(Browser(*m_server).get(QStringLiteral("/account/reset-password?token=") + other).status, 410);
}

void TestAccountPageFlows::verifyEmailNeedsAPost()
{
    const ApiReply created = m_scenario->admin().post(
        QStringLiteral("/api/v1/users"), QJsonObject{{QStringLiteral("companyId"), m_owner.companyId},
                                                     {QStringLiteral("email"), QStringLiteral("verify.me@example.org")},
                                                     {QStringLiteral("firstName"), QStringLiteral("Vera")},
                                                     {QStringLiteral("lastName"), QStringLiteral("Fy")},
                                                     {QStringLiteral("language"), QStringLiteral("fr")},
                                                     {QStringLiteral("onboarding"), QStringLiteral("none")}});
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(QStringLiteral("id")).toString();
    const QString token = issueToken(QStringLiteral("verify_email"), id, QStringLiteral("verify.me@example.org"));

    Browser browser(*m_server);
    // Opening the link (as a mail scanner would) changes nothing.
    for (int i = 0; i < 2; ++i) {
        const ApiReply page = browser.get(QStringLiteral("/account/verify-email?token=") + token);
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("<html lang=\"fr\">"));
        QVERIFY(page.body.contains("<button type=\"submit\">Confirmer l&#39;adresse e-mail</button>"));
    }
    QCOMPARE(userField(id, QStringLiteral("emailVerified")), QStringLiteral("false"));
    const ApiReply done = browser.submit(QStringLiteral("/account/verify-email"));
    QCOMPARE(done.status, 200);
    QVERIFY(done.body.contains("Votre adresse e-mail est confirmée"));
    QCOMPARE(userField(id, QStringLiteral("emailVerified")), QStringLiteral("true"));
    // An admin-created account keeps waiting for its password.
    QCOMPARE(userField(id, QStringLiteral("state")), QStringLiteral("created"));
    QVERIFY(audited(id, QStringLiteral("user.email_verified")));
    QCOMPARE(browser.submit(QStringLiteral("/account/verify-email")).status, 410);
}

void TestAccountPageFlows::emailChangeAppliesOnConfirmation()
{
    const Scenario::Account user = m_scenario->createUser(m_owner.companyId, QStringLiteral("mover"));
    const Scenario::Account other = m_scenario->createUser(m_owner.companyId, QStringLiteral("holder"));
    auto session = m_scenario->signIn(user);
    const QString newEmail = QStringLiteral("moved.on@example.net");

    // An address someone else holds cannot be taken, and the page says so.
    const QString taken = issueToken(QStringLiteral("confirm_email_change"), user.id, other.email);
    const ApiReply refused = Browser(*m_server).get(QStringLiteral("/account/confirm-email-change?token=") + taken);
    QCOMPARE(refused.status, 409);
    QVERIFY(refused.body.contains("This address is already in use"));

    const QString token = issueToken(QStringLiteral("confirm_email_change"), user.id, newEmail);
    Browser browser(*m_server);
    const ApiReply page = browser.get(QStringLiteral("/account/confirm-email-change?token=") + token);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains(user.email.toUtf8()) && page.body.contains(newEmail.toUtf8()));
    QCOMPARE(userField(user.id, QStringLiteral("email")), user.email);
    const ApiReply done = browser.submit(QStringLiteral("/account/confirm-email-change"));
    QCOMPARE(done.status, 200);
    QVERIFY(done.body.contains("Your email address was changed"));
    QCOMPARE(userField(user.id, QStringLiteral("email")), newEmail);
    QCOMPARE(userField(user.id, QStringLiteral("emailVerified")), QStringLiteral("true"));
    // Every session ended; the new address signs in, the old one no longer does.
    QCOMPARE(session->get(QStringLiteral("/api/v1/me")).status, 401);
    QCOMPARE(ApiClient(*m_server).login(user.email, user.password).status, 401);
    QCOMPARE(ApiClient(*m_server).login(newEmail, user.password).status, 200);
    QVERIFY(audited(user.id, QStringLiteral("user.email_change")));
    QCOMPARE(browser.submit(QStringLiteral("/account/confirm-email-change")).status, 410);
}

void TestAccountPageFlows::invitationCreatesAnAccount()
{
    const QString email = QStringLiteral("invited.guest@example.com");
    const ApiReply invited = m_scenario->admin().post(
        QStringLiteral("/api/v1/invitations"), QJsonObject{{QStringLiteral("companyId"), m_owner.companyId},
                                                           {QStringLiteral("email"), email},
                                                           {QStringLiteral("roleIds"), QJsonArray{financeRoleId()}},
                                                           {QStringLiteral("language"), QStringLiteral("fr")}});
    QCOMPARE(invited.status, 201);
    const QString invitationId = invited.json().value(QStringLiteral("id")).toString();
    const QString link =
        linkPath(waitForMail(email, QStringLiteral("/account/invitation")), QStringLiteral("invitation"));
    QVERIFY(!link.isEmpty());
    m_tokens.append(tokenOf(link));

    Browser browser(*m_server, "en");
    const ApiReply page = browser.get(link);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("<html lang=\"fr\">"));
    QVERIFY(page.body.contains("l&#39;entreprise «\u00a0Company Pages\u00a0»"));
    QVERIFY(page.body.contains("autocomplete=\"given-name\"") && page.body.contains("autocomplete=\"family-name\""));

    // Names are checked and echoed escaped; passwords never come back.
    const QList<QPair<QString, QString>> bad{{QStringLiteral("firstName"), QStringLiteral("<i>Zoé")},
                                             {QStringLiteral("lastName"), QString()}};
    const ApiReply refused = browser.submit(QStringLiteral("/account/invitation"),
                                            bad + passwords(kGoodPassword, QStringLiteral("Other-Orbit-4417")));
    QCOMPARE(refused.status, 422);
    QVERIFY(!errorOf(refused.body, QStringLiteral("firstName")).isEmpty());
    QCOMPARE(errorOf(refused.body, QStringLiteral("lastName")), QStringLiteral("Remplissez ce champ."));
    QVERIFY(!errorOf(refused.body, QStringLiteral("confirmPassword")).isEmpty());
    QVERIFY(refused.body.contains("value=\"&lt;i&gt;Zoé\""));
    QVERIFY(!refused.body.contains("<i>Zoé"));
    QVERIFY(!refused.body.contains(kGoodPassword.toUtf8()));

    const QList<QPair<QString, QString>> good{{QStringLiteral("firstName"), QStringLiteral("Zoé")},
                                              {QStringLiteral("lastName"), QStringLiteral("Invitée")}};
    const ApiReply done =
        browser.submit(QStringLiteral("/account/invitation"), good + passwords(kGoodPassword, kGoodPassword));
    QCOMPARE(done.status, 200);
    QVERIFY(done.body.contains("Bienvenue dans l&#39;entreprise «\u00a0Company Pages\u00a0»"));

    ApiClient client(*m_server);
    QCOMPARE(client.login(email, kGoodPassword).status, 200);
    const QJsonObject me = client.get(QStringLiteral("/api/v1/me")).json();
    QCOMPARE(me.value(QStringLiteral("state")).toString(), QStringLiteral("enabled"));
    QCOMPARE(me.value(QStringLiteral("emailVerified")).toBool(), true);
    QCOMPARE(me.value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
    QCOMPARE(me.value(QStringLiteral("companyId")).toString(), m_owner.companyId);
    QCOMPARE(me.value(QStringLiteral("firstName")).toString(), QStringLiteral("Zoé"));
    const QJsonArray roles = me.value(QStringLiteral("roles")).toArray();
    QCOMPARE(roles.size(), 1);
    QCOMPARE(roles.first().toObject().value(QStringLiteral("roleId")).toString(), financeRoleId());
    const QJsonObject invitation =
        m_scenario->admin().get(QStringLiteral("/api/v1/invitations/") + invitationId).json();
    QCOMPARE(invitation.value(QStringLiteral("state")).toString(), QStringLiteral("accepted"));
    QVERIFY(audited(invitationId, QStringLiteral("invitation.accept")));
    QVERIFY(audited(me.value(QStringLiteral("id")).toString(), QStringLiteral("user.create")));
    QCOMPARE(
        browser.submit(QStringLiteral("/account/invitation"), good + passwords(kGoodPassword, kGoodPassword)).status,
        410);
}

void TestAccountPageFlows::invitationForAnExistingAccount()
{
    // Someone of another company is invited here: no second account, a way to sign in instead.
    const Scenario::Account elsewhere = m_scenario->createCompany(QStringLiteral("Elsewhere"));
    const ApiReply invited = m_scenario->admin().post(
        QStringLiteral("/api/v1/invitations"),
        QJsonObject{{QStringLiteral("companyId"), m_owner.companyId}, {QStringLiteral("email"), elsewhere.email}});
    QCOMPARE(invited.status, 201);
    const QString link =
        linkPath(waitForMail(elsewhere.email, QStringLiteral("/account/invitation")), QStringLiteral("invitation"));
    m_tokens.append(tokenOf(link));
    Browser browser(*m_server);
    const ApiReply page = browser.get(link);
    QCOMPARE(page.status, 409);
    QVERIFY(page.body.contains("You already have an account"));
    QVERIFY(page.body.contains("href=\"/account/forgot-password\""));
    QVERIFY(!page.body.contains("type=\"password\""));
    // A revoked invitation's link is dead.
    const QString invitationId = invited.json().value(QStringLiteral("id")).toString();
    QCOMPARE(m_scenario->admin().del(QStringLiteral("/api/v1/invitations/") + invitationId).status, 204);
    const ApiReply revoked = browser.get(link);
    QCOMPARE(revoked.status, 410);
    QVERIFY(revoked.body.contains("For an invitation, ask the person who invited you"));
}

void TestAccountPageFlows::forgotPasswordIsRateLimited()
{
    // A server of its own: the limit counts every request from this address.
    QTemporaryDir mail;
    TestServer server(QStringLiteral("tst_accountpages_limit"),
                      QStringList{QStringLiteral("--mail"), QStringLiteral("dir:") + mail.path()});
    QVERIFY2(server.isRunning(), qPrintable(server.errorText()));
    Browser browser(server);
    QCOMPARE(browser.get(QStringLiteral("/account/forgot-password")).status, 200);
    int accepted = 0;
    ApiReply reply;
    for (int i = 0; i < 30; ++i) {
        reply = browser.submit(QStringLiteral("/account/forgot-password"),
                               {{QStringLiteral("email"), QStringLiteral("someone%1@example.org").arg(i)}});
        if (reply.status != 200)
            break;
        ++accepted;
    }
    QCOMPARE(accepted, 20);
    QCOMPARE(reply.status, 429);
    QVERIFY(reply.headers.value("retry-after").toInt() > 0);
    QVERIFY(reply.body.contains("Too many requests"));
}

void TestAccountPageFlows::tokensStayOutOfTheLog()
{
    const QByteArray log = m_server->log();
    QVERIFY(log.contains("access "));
    QVERIFY(log.contains(" /account/reset-password "));
    QVERIFY(m_tokens.size() > 5);
    for (const QString& token : std::as_const(m_tokens))
        QVERIFY2(!token.isEmpty() && !log.contains(token.toUtf8()), qPrintable(token));
    QVERIFY(!log.contains(kGoodPassword.toUtf8()));
}

QTEST_GUILESS_MAIN(TestAccountPageFlows)
#include "tst_accountpages_flows.moc"

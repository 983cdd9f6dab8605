// End to end over real SMTP: a user asks to change their email address. A confirmation goes to
// the new address and a notice to the old one, both in the user's language; nothing changes until
// the confirmation page is submitted; then the new address signs in and the old one does not.
#include "MailFlow.h"

#include <QTest>

using namespace steward::test;
using namespace steward::test::e2e;

class TestE2eEmailChange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void changeAppliesOnlyOnConfirmation();
    void wrongPasswordSendsNothing();

private:
    MailedServer m_env;
    std::unique_ptr<Inbox> m_inbox;
    Scenario::Account m_owner;
};

void TestE2eEmailChange::initTestCase()
{
    QVERIFY2(m_env.start(QStringLiteral("tst_e2e_emailchange")), qPrintable(m_env.errorText()));
    m_inbox = std::make_unique<Inbox>(m_env.mail());
    m_owner = m_env.scenario().createCompany(QStringLiteral("Sevilla"), QStringLiteral("es"));
}

void TestE2eEmailChange::changeAppliesOnlyOnConfirmation()
{
    const Scenario::Account user = m_env.scenario().createUser(m_owner.companyId, QStringLiteral("mudanza"));
    const QString newEmail = QStringLiteral("nueva.direccion@sevilla.example");
    auto session = m_env.scenario().signIn(user);

    const ApiReply requested =
        session->post(QStringLiteral("/api/v1/me/email-change"),
                      QJsonObject{{QStringLiteral("newEmail"), newEmail}, {QStringLiteral("password"), user.password}});
    QCOMPARE(requested.status, 202);

    // Both emails arrive, in the user's language (the company's Spanish).
    const Mail confirm = m_inbox->next(newEmail, QStringLiteral("/account/confirm-email-change"));
    QVERIFY2(!confirm.isNull(), "no confirmation reached the new address");
    QCOMPARE(confirm.subject, QStringLiteral("Confirme su nueva dirección de correo electrónico para Steward"));
    QVERIFY(confirm.text.contains(newEmail) && confirm.text.contains(user.email));
    const Mail notice = m_inbox->next(user.email);
    QVERIFY2(!notice.isNull(), "no notice reached the old address");
    QCOMPARE(notice.subject,
             QStringLiteral("Se ha solicitado cambiar la dirección de correo electrónico de su cuenta de Steward"));
    QVERIFY(notice.text.contains(newEmail));
    // The notice cannot confirm anything: it only points to a password reset.
    QVERIFY(notice.text.contains(m_env.server().baseUrl() + QStringLiteral("/account/forgot-password")));
    QVERIFY(!notice.text.contains(QStringLiteral("confirm-email-change")) &&
            !notice.text.contains(QStringLiteral("token=")));
    QVERIFY(confirm.messageId != notice.messageId);
    const QString link = accountLink(m_env.server(), confirm, QStringLiteral("confirm-email-change"));
    QVERIFY2(!link.isEmpty(), qPrintable(confirm.text));

    // Until confirmation nothing changed: the old address signs in, the new one does not.
    QCOMPARE(session->get(QStringLiteral("/api/v1/me")).json().value(QStringLiteral("email")).toString(), user.email);
    QCOMPARE(ApiClient(m_env.server()).login(user.email, user.password).status, 200);
    QCOMPARE(ApiClient(m_env.server()).login(newEmail, user.password).status, 401);
    // A reset link mailed to the old address meanwhile must not outlive the change.
    QCOMPARE(
        ApiClient(m_env.server())
            .post(QStringLiteral("/api/v1/auth/forgot-password"), QJsonObject{{QStringLiteral("email"), user.email}})
            .status,
        202);
    const Mail reset = m_inbox->next(user.email, QStringLiteral("/account/reset-password"));
    QVERIFY2(!reset.isNull(), "no reset email arrived");

    // Opening the link shows the change and still changes nothing (mail scanners open links).
    PageBrowser browser(m_env.server());
    const ApiReply page = browser.open(link);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("<html lang=\"es\">"));
    QVERIFY(page.body.contains(newEmail.toUtf8()) && page.body.contains(user.email.toUtf8()));
    QCOMPARE(userField(m_env.scenario(), user.id, QStringLiteral("email")), user.email);

    const ApiReply done = browser.submit(QStringLiteral("/account/confirm-email-change"));
    QCOMPARE(done.status, 200);
    QCOMPARE(headingOf(done.body), QStringLiteral("Se ha cambiado su dirección de correo electrónico"));
    QCOMPARE(userField(m_env.scenario(), user.id, QStringLiteral("email")), newEmail);
    QCOMPARE(userField(m_env.scenario(), user.id, QStringLiteral("emailVerified")), QStringLiteral("true"));
    // Sessions ended; the new address signs in, the old one fails.
    QCOMPARE(session->get(QStringLiteral("/api/v1/me")).status, 401);
    QCOMPARE(ApiClient(m_env.server()).login(user.email, user.password).status, 401);
    ApiClient client(m_env.server());
    QCOMPARE(client.login(newEmail, user.password).status, 200);
    QCOMPARE(client.get(QStringLiteral("/api/v1/me")).json().value(QStringLiteral("email")).toString(), newEmail);
    // Single use; and the reset link sent to the old address is dead.
    QCOMPARE(browser.submit(QStringLiteral("/account/confirm-email-change")).status, 410);
    QCOMPARE(PageBrowser(m_env.server()).open(link).status, 410);
    QCOMPARE(
        PageBrowser(m_env.server()).open(accountLink(m_env.server(), reset, QStringLiteral("reset-password"))).status,
        410);
}

void TestE2eEmailChange::wrongPasswordSendsNothing()
{
    const Scenario::Account user = m_env.scenario().createUser(m_owner.companyId, QStringLiteral("intento"));
    const QString newEmail = QStringLiteral("otra@sevilla.example");
    auto session = m_env.scenario().signIn(user);
    const ApiReply refused = session->post(QStringLiteral("/api/v1/me/email-change"),
                                           QJsonObject{{QStringLiteral("newEmail"), newEmail},
                                                       {QStringLiteral("password"), QStringLiteral("not-it-at-all")}});
    QVERIFY2(refused.status == 422 || refused.status == 403, qPrintable(refused.describe()));
    // Taking an address already in use is not refused here (no leak), but cannot be confirmed.
    const ApiReply taken = session->post(
        QStringLiteral("/api/v1/me/email-change"),
        QJsonObject{{QStringLiteral("newEmail"), m_owner.email}, {QStringLiteral("password"), user.password}});
    QCOMPARE(taken.status, 202);
    const Mail confirm = m_inbox->next(m_owner.email, QStringLiteral("/account/confirm-email-change"));
    QVERIFY2(!confirm.isNull(), "no confirmation arrived");
    PageBrowser browser(m_env.server());
    QCOMPARE(browser.open(accountLink(m_env.server(), confirm, QStringLiteral("confirm-email-change"))).status, 409);
    QCOMPARE(userField(m_env.scenario(), user.id, QStringLiteral("email")), user.email);
    QVERIFY(m_inbox->quietFor(newEmail, 1500));
}

QTEST_GUILESS_MAIN(TestE2eEmailChange)
#include "tst_e2e_emailchange.moc"

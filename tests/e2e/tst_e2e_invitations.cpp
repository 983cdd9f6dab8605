// End to end over real SMTP: invitations to a company. The email arrives in the invitation's
// language, its link opens the accept page, and accepting creates an enabled account with the
// invited roles. Resending kills the old link; revoking kills the link; the address can be
// invited again afterwards.
#include "MailFlow.h"

#include <QJsonArray>
#include <QTest>

using namespace steward::test;
using namespace steward::test::e2e;

class TestE2eInvitations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void acceptedInvitationCreatesTheAccount();
    void resendKillsTheOldLink();
    void revokedLinkIsDead();

private:
    QJsonObject invite(const QString& email, const QJsonArray& roleIds, const QString& language);
    // Opens `link`, fills in names and password; returns the answer to the POST.
    ApiReply accept(const QString& link, const QString& firstName);

    MailedServer m_env;
    std::unique_ptr<Inbox> m_inbox;
    Scenario::Account m_owner;
};

void TestE2eInvitations::initTestCase()
{
    QVERIFY2(m_env.start(QStringLiteral("tst_e2e_invitations")), qPrintable(m_env.errorText()));
    m_inbox = std::make_unique<Inbox>(m_env.mail());
    // A Spanish company: an invitation in French must not speak the company's language.
    m_owner = m_env.scenario().createCompany(QStringLiteral("Atlas"), QStringLiteral("es"));
}

QJsonObject TestE2eInvitations::invite(const QString& email, const QJsonArray& roleIds, const QString& language)
{
    QJsonObject body{{QStringLiteral("companyId"), m_owner.companyId},
                     {QStringLiteral("email"), email},
                     {QStringLiteral("roleIds"), roleIds}};
    if (!language.isEmpty())
        body.insert(QStringLiteral("language"), language);
    const ApiReply reply = m_env.scenario().admin().post(QStringLiteral("/api/v1/invitations"), body);
    if (reply.status != 201)
        qWarning("%s", qPrintable(reply.describe()));
    return reply.json();
}

ApiReply TestE2eInvitations::accept(const QString& link, const QString& firstName)
{
    PageBrowser browser(m_env.server(), "en");
    const ApiReply page = browser.open(link);
    if (page.status != 200)
        return page;
    return browser.submit(
        QStringLiteral("/account/invitation"),
        FormFields{{QStringLiteral("firstName"), firstName}, {QStringLiteral("lastName"), QStringLiteral("Martin")}} +
            passwords(kGoodPassword, kGoodPassword));
}

void TestE2eInvitations::acceptedInvitationCreatesTheAccount()
{
    const QString email = QStringLiteral("amelie.martin@atlas.example");
    const QJsonObject invitation = invite(email, QJsonArray{financeRoleId(), operationsRoleId()}, QStringLiteral("fr"));
    const QString invitationId = invitation.value(QStringLiteral("id")).toString();
    QVERIFY(!invitationId.isEmpty());
    QCOMPARE(invitation.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));

    const Mail mail = m_inbox->next(email, QStringLiteral("/account/invitation"));
    QVERIFY2(!mail.isNull(), "no invitation email arrived");
    QVERIFY2(mail.subject.contains(QStringLiteral(" vous invite à rejoindre l'entreprise")) &&
                 mail.subject.contains(QStringLiteral("Company Atlas")) &&
                 mail.subject.endsWith(QStringLiteral("Steward")),
             qPrintable(mail.subject));
    QVERIFY(mail.text.contains(QStringLiteral("Accepter l'invitation")));
    QVERIFY2(mail.text.contains(QStringLiteral("L'invitation expire dans 7\u00a0jours.")), qPrintable(mail.text));
    QVERIFY(!mail.text.contains(QStringLiteral("Aceptar")) && !mail.text.contains(QStringLiteral("Accept the")));
    QVERIFY(mail.html.contains(QStringLiteral("<html lang=\"fr\"")));
    const QString link = accountLink(m_env.server(), mail, QStringLiteral("invitation"));
    QVERIFY2(!link.isEmpty(), qPrintable(mail.text));

    // The page speaks the invitation's language whatever the browser says.
    PageBrowser browser(m_env.server(), "de");
    const ApiReply page = browser.open(link);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("<html lang=\"fr\">"));
    QVERIFY(page.body.contains("Company Atlas"));
    // Nobody exists yet under this address.
    QVERIFY(userByEmail(m_env.scenario(), email).isEmpty());
    // A weak password is refused next to the field; nothing is created.
    const ApiReply refused = browser.submit(QStringLiteral("/account/invitation"),
                                            FormFields{{QStringLiteral("firstName"), QStringLiteral("Amélie")},
                                                       {QStringLiteral("lastName"), QStringLiteral("Martin")}} +
                                                passwords(QStringLiteral("password1"), QStringLiteral("password1")));
    QCOMPARE(refused.status, 422);
    QVERIFY(!errorOf(refused.body, QStringLiteral("password")).isEmpty());
    QVERIFY(userByEmail(m_env.scenario(), email).isEmpty());

    const ApiReply done = browser.submit(QStringLiteral("/account/invitation"),
                                         FormFields{{QStringLiteral("firstName"), QStringLiteral("Amélie")},
                                                    {QStringLiteral("lastName"), QStringLiteral("Martin")}} +
                                             passwords(kGoodPassword, kGoodPassword));
    QCOMPARE(done.status, 200);
    QVERIFY2(headingOf(done.body).startsWith(QStringLiteral("Bienvenue dans l&#39;entreprise")),
             qPrintable(headingOf(done.body)));

    // The account exists, in the company, with the invited roles, and signs in.
    const QJsonObject user = userByEmail(m_env.scenario(), email);
    QCOMPARE(user.value(QStringLiteral("companyId")).toString(), m_owner.companyId);
    QCOMPARE(user.value(QStringLiteral("state")).toString(), QStringLiteral("enabled"));
    QCOMPARE(user.value(QStringLiteral("emailVerified")).toBool(), true);
    QCOMPARE(user.value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
    QStringList roles;
    for (const QJsonValue& r : user.value(QStringLiteral("roles")).toArray())
        roles.append(r.toObject().value(QStringLiteral("roleId")).toString());
    roles.sort();
    QStringList expected{financeRoleId(), operationsRoleId()};
    expected.sort();
    QCOMPARE(roles, expected);
    ApiClient client(m_env.server());
    QCOMPARE(client.login(email, kGoodPassword).status, 200);
    QCOMPARE(client.get(QStringLiteral("/api/v1/me")).json().value(QStringLiteral("firstName")).toString(),
             QStringLiteral("Amélie"));
    QCOMPARE(client.get(QStringLiteral("/api/v1/companies/") + m_owner.companyId).status, 200);
    QCOMPARE(client.get(QStringLiteral("/api/v1/users")).status, 403);

    QCOMPARE(m_env.scenario()
                 .admin()
                 .get(QStringLiteral("/api/v1/invitations/") + invitationId)
                 .json()
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("accepted"));
    // Single use, and an accepted invitation cannot be resent.
    QCOMPARE(accept(link, QStringLiteral("Again")).status, 410);
    QCOMPARE(m_env.scenario()
                 .admin()
                 .post(QStringLiteral("/api/v1/invitations/") + invitationId + QStringLiteral("/resend"))
                 .status,
             409);
}

void TestE2eInvitations::resendKillsTheOldLink()
{
    const QString email = QStringLiteral("paul.resend@atlas.example");
    const QString id = invite(email, QJsonArray{financeRoleId()}, QString()).value(QStringLiteral("id")).toString();
    const Mail first = m_inbox->next(email, QStringLiteral("/account/invitation"));
    QVERIFY2(!first.isNull(), "no invitation email arrived");
    // No language given: the company's (Spanish).
    QVERIFY2(first.subject.contains(QStringLiteral("le ha invitado a unirse a Company Atlas")),
             qPrintable(first.subject));

    const ApiReply resent =
        m_env.scenario().admin().post(QStringLiteral("/api/v1/invitations/") + id + QStringLiteral("/resend"));
    QCOMPARE(resent.status, 200);
    QCOMPARE(resent.json().value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    const Mail second = m_inbox->next(email, QStringLiteral("/account/invitation"));
    QVERIFY2(!second.isNull(), "no second invitation email arrived");
    QVERIFY(second.messageId != first.messageId);
    const QString older = accountLink(m_env.server(), first, QStringLiteral("invitation"));
    const QString newer = accountLink(m_env.server(), second, QStringLiteral("invitation"));
    QVERIFY(!older.isEmpty() && !newer.isEmpty() && tokenOf(older) != tokenOf(newer));

    const ApiReply dead = PageBrowser(m_env.server()).open(older);
    QCOMPARE(dead.status, 410);
    QVERIFY(dead.body.contains("<html lang=\"en\">"));
    QCOMPARE(accept(older, QStringLiteral("Paul")).status, 410);
    QVERIFY(userByEmail(m_env.scenario(), email).isEmpty());
    QCOMPARE(accept(newer, QStringLiteral("Paul")).status, 200);
    QCOMPARE(ApiClient(m_env.server()).login(email, kGoodPassword).status, 200);
}

void TestE2eInvitations::revokedLinkIsDead()
{
    const QString email = QStringLiteral("rita.revoked@atlas.example");
    const QString id = invite(email, QJsonArray{}, QStringLiteral("de")).value(QStringLiteral("id")).toString();
    const Mail mail = m_inbox->next(email, QStringLiteral("/account/invitation"));
    QVERIFY2(!mail.isNull(), "no invitation email arrived");
    QVERIFY2(mail.subject.contains(QStringLiteral("hat Sie ins Team von Company Atlas")), qPrintable(mail.subject));
    const QString link = accountLink(m_env.server(), mail, QStringLiteral("invitation"));
    QCOMPARE(PageBrowser(m_env.server()).open(link).status, 200);

    QCOMPARE(m_env.scenario().admin().del(QStringLiteral("/api/v1/invitations/") + id).status, 204);
    // The open page's form dies with it, as does the link.
    QCOMPARE(accept(link, QStringLiteral("Rita")).status, 410);
    const ApiReply dead = PageBrowser(m_env.server()).open(link);
    QCOMPARE(dead.status, 410);
    QVERIFY(dead.body.contains("<html lang=\"de\">") || dead.body.contains("<html lang=\"en\">"));
    QVERIFY(userByEmail(m_env.scenario(), email).isEmpty());
    const QJsonArray revoked =
        m_env.scenario()
            .admin()
            .get(QStringLiteral("/api/v1/invitations?state=revoked&company=") + m_owner.companyId)
            .json()
            .value(QStringLiteral("items"))
            .toArray();
    QVERIFY(std::any_of(revoked.begin(), revoked.end(), [&](const QJsonValue& v) {
        return v.toObject().value(QStringLiteral("id")).toString() == id;
    }));
    // No mail announces the revocation.
    QVERIFY(m_inbox->quietFor(email, 1000));

    // The address may be invited again, and that link works.
    QVERIFY(!invite(email, QJsonArray{}, QStringLiteral("de")).value(QStringLiteral("id")).toString().isEmpty());
    const Mail again = m_inbox->next(email, QStringLiteral("/account/invitation"));
    QVERIFY2(!again.isNull(), "no new invitation email arrived");
    QCOMPARE(accept(accountLink(m_env.server(), again, QStringLiteral("invitation")), QStringLiteral("Rita")).status,
             200);
    QCOMPARE(ApiClient(m_env.server()).login(email, kGoodPassword).status, 200);
}

QTEST_GUILESS_MAIN(TestE2eInvitations)
#include "tst_e2e_invitations.moc"

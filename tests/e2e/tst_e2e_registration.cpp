// End to end over real SMTP: self-registration from the storefront (POST /api/v1/registrations)
// through email verification to a platform admin enabling the account. Until enabled the owner
// signs in with the Temporary role only; afterwards they run their company as its Admin.
#include "MailFlow.h"

#include <QJsonArray>
#include <QTest>

using namespace steward::test;
using namespace steward::test::e2e;

namespace {

QJsonObject registration(const QString& email, const QString& companyName, const QString& language)
{
    return QJsonObject{
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("email"), email},
                                             {QStringLiteral("firstName"), QStringLiteral("Lucía")},
                                             {QStringLiteral("lastName"), QStringLiteral("Sol")},
                                             {QStringLiteral("password"), kGoodPassword},
                                             {QStringLiteral("language"), language}}},
        {QStringLiteral("company"),
         QJsonObject{{QStringLiteral("name"), companyName}, {QStringLiteral("taxId"), QStringLiteral("B-12345678")}}},
        {QStringLiteral("address"), QJsonObject{{QStringLiteral("street"), QStringLiteral("Calle del Sol 3")},
                                                {QStringLiteral("postalCode"), QStringLiteral("41001")},
                                                {QStringLiteral("city"), QStringLiteral("Sevilla")},
                                                {QStringLiteral("region"), QStringLiteral("Andalucía")},
                                                {QStringLiteral("country"), QStringLiteral("ES")}}}};
}

} // namespace

class TestE2eRegistration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void registrationThroughEnabling();
    void registeringAnExistingAddressRevealsNothing();
    void invalidRegistrationSendsNothing();

private:
    MailedServer m_env;
    std::unique_ptr<Inbox> m_inbox;
    QByteArray m_acceptedBody;
};

void TestE2eRegistration::initTestCase()
{
    QVERIFY2(m_env.start(QStringLiteral("tst_e2e_registration")), qPrintable(m_env.errorText()));
    m_inbox = std::make_unique<Inbox>(m_env.mail());
}

void TestE2eRegistration::registrationThroughEnabling()
{
    const QString email = QStringLiteral("lucia@tienda-sol.example");
    ApiClient storefront(m_env.server());
    const ApiReply registered =
        storefront.post(QStringLiteral("/api/v1/registrations"),
                        registration(email, QStringLiteral("Tienda Sol"), QStringLiteral("es")));
    QVERIFY2(registered.status == 202, qPrintable(registered.describe()));
    m_acceptedBody = registered.body;

    const Mail mail = m_inbox->next(email, QStringLiteral("/account/verify-email"));
    QVERIFY2(!mail.isNull(), "no verification email arrived");
    QCOMPARE(mail.subject, QStringLiteral("Confirme su dirección de correo electrónico para Steward"));
    QVERIFY2(mail.text.contains(QStringLiteral("Gracias por registrar la empresa Tienda Sol en Steward.")),
             qPrintable(mail.text));
    QVERIFY(mail.html.contains(QStringLiteral("<html lang=\"es\"")));
    const QString link = accountLink(m_env.server(), mail, QStringLiteral("verify-email"));
    QVERIFY2(!link.isEmpty(), qPrintable(mail.text));

    // Not verified yet: no sign-in.
    QVERIFY(ApiClient(m_env.server()).login(email, kGoodPassword).status != 200);
    const QJsonObject waiting = userByEmail(m_env.scenario(), email);
    const QString userId = waiting.value(QStringLiteral("id")).toString();
    const QString companyId = waiting.value(QStringLiteral("companyId")).toString();
    QCOMPARE(waiting.value(QStringLiteral("state")).toString(), QStringLiteral("created"));
    QCOMPARE(waiting.value(QStringLiteral("emailVerified")).toBool(), false);

    // Opening the link changes nothing; submitting its form verifies.
    PageBrowser browser(m_env.server());
    const ApiReply page = browser.open(link);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("<html lang=\"es\">"));
    QCOMPARE(userField(m_env.scenario(), userId, QStringLiteral("emailVerified")), QStringLiteral("false"));
    const ApiReply done = browser.submit(QStringLiteral("/account/verify-email"));
    QCOMPARE(done.status, 200);
    QCOMPARE(headingOf(done.body), QStringLiteral("Se ha confirmado su dirección de correo electrónico"));
    QVERIFY(done.body.contains("hasta entonces, puede iniciar sesión con acceso limitado"));
    QCOMPARE(browser.submit(QStringLiteral("/account/verify-email")).status, 410);
    QCOMPARE(PageBrowser(m_env.server()).open(link).status, 410);

    // Signed in with the Temporary role only: the own company and oneself, nothing else.
    ApiClient owner(m_env.server());
    QCOMPARE(owner.login(email, kGoodPassword).status, 200);
    const QJsonObject me = owner.get(QStringLiteral("/api/v1/me")).json();
    QCOMPARE(me.value(QStringLiteral("state")).toString(), QStringLiteral("valid"));
    QCOMPARE(me.value(QStringLiteral("emailVerified")).toBool(), true);
    QCOMPARE(me.value(QStringLiteral("companyId")).toString(), companyId);
    const ApiReply company = owner.get(QStringLiteral("/api/v1/companies/") + companyId);
    QCOMPARE(company.status, 200);
    QCOMPARE(company.json().value(QStringLiteral("name")).toString(), QStringLiteral("Tienda Sol"));
    QCOMPARE(company.json().value(QStringLiteral("defaultLanguage")).toString(), QStringLiteral("es"));
    QCOMPARE(owner.get(QStringLiteral("/api/v1/users")).status, 403);
    QCOMPARE(owner.get(QStringLiteral("/api/v1/invitations")).status, 403);
    const QJsonObject newcomer{{QStringLiteral("email"), QStringLiteral("early@tienda-sol.example")},
                               {QStringLiteral("firstName"), QStringLiteral("Early")},
                               {QStringLiteral("lastName"), QStringLiteral("Bird")}};
    QCOMPARE(owner.post(QStringLiteral("/api/v1/users"), newcomer).status, 403);
    QVERIFY(m_inbox->quietFor(QStringLiteral("early@tienda-sol.example"), 0));

    // A platform administrator enables the account: full Admin access, in the same session.
    const ApiReply enabled =
        m_env.scenario().admin().post(QStringLiteral("/api/v1/users/") + userId + QStringLiteral("/enable"));
    QCOMPARE(enabled.status, 200);
    QCOMPARE(enabled.json().value(QStringLiteral("state")).toString(), QStringLiteral("enabled"));
    QCOMPARE(owner.get(QStringLiteral("/api/v1/me")).json().value(QStringLiteral("state")).toString(),
             QStringLiteral("enabled"));
    QCOMPARE(owner.get(QStringLiteral("/api/v1/users")).status, 200);
    QCOMPARE(owner.get(QStringLiteral("/api/v1/invitations")).status, 200);
    const ApiReply created = owner.post(QStringLiteral("/api/v1/users"), newcomer);
    QVERIFY2(created.status == 201, qPrintable(created.describe()));
    // The owner's new user hears of it in the company's language.
    const Mail welcome =
        m_inbox->next(QStringLiteral("early@tienda-sol.example"), QStringLiteral("/account/set-password"));
    QCOMPARE(welcome.subject, QStringLiteral("Establezca su contraseña para Steward"));
}

void TestE2eRegistration::registeringAnExistingAddressRevealsNothing()
{
    QVERIFY(!m_acceptedBody.isEmpty());
    const QString email = QStringLiteral("lucia@tienda-sol.example");
    const ApiReply again = ApiClient(m_env.server())
                               .post(QStringLiteral("/api/v1/registrations"),
                                     registration(email, QStringLiteral("Tienda Sol Dos"), QStringLiteral("fr")));
    QCOMPARE(again.status, 202);
    QCOMPARE(again.body, m_acceptedBody);
    // The account holder gets a way back in instead (in their own language), and nothing was created.
    const Mail mail = m_inbox->next(email, QStringLiteral("/account/reset-password"));
    QVERIFY2(!mail.isNull(), "the existing account got no email");
    QCOMPARE(mail.subject, QStringLiteral("Restablezca su contraseña de Steward"));
    const QJsonArray companies = m_env.scenario()
                                     .admin()
                                     .get(QStringLiteral("/api/v1/companies?q=Tienda"))
                                     .json()
                                     .value(QStringLiteral("items"))
                                     .toArray();
    QCOMPARE(companies.size(), 1);
}

void TestE2eRegistration::invalidRegistrationSendsNothing()
{
    QJsonObject body =
        registration(QStringLiteral("broken@tienda.example"), QStringLiteral("Broken"), QStringLiteral("es"));
    body.remove(QStringLiteral("address"));
    QJsonObject user = body.value(QStringLiteral("user")).toObject();
    user.insert(QStringLiteral("password"), QStringLiteral("short"));
    body.insert(QStringLiteral("user"), user);
    const ApiReply refused = ApiClient(m_env.server()).post(QStringLiteral("/api/v1/registrations"), body);
    QCOMPARE(refused.status, 422);
    QVERIFY(!refused.fieldCodes(QStringLiteral("user.password")).isEmpty());
    QVERIFY2(refused.body.contains("\"address"), refused.body.constData());
    QVERIFY(m_inbox->quietFor(QStringLiteral("broken@tienda.example"), 1500));
    QVERIFY(userByEmail(m_env.scenario(), QStringLiteral("broken@tienda.example")).isEmpty());
}

QTEST_GUILESS_MAIN(TestE2eRegistration)
#include "tst_e2e_registration.moc"

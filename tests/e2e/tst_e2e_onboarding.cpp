// End to end over real SMTP: an admin creates a user or a company, the set-password email arrives
// in the recipient's language (never the admin's), its link opens the page on this server, a new
// password is posted with the CSRF token, and the user signs in through the API. Forgot-password,
// through the API and the page, and the admin's reset link likewise.
#include "MailFlow.h"

#include <QJsonArray>
#include <QTest>

using namespace steward::test;
using namespace steward::test::e2e;

class TestE2eOnboarding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void adminCreatedUserGetsSpanishMail();
    void companyOwnerGetsTheCompanyLanguage();
    void languageIsTheRecipientsElseTheCompanys();
    void forgotPasswordThroughTheApi();
    void forgotPasswordThroughThePage();
    void adminSendsAResetLink();

private:
    // Follows `link` (a set-password or reset-password page), posts a too-short password, then
    // `password`; returns the heading of the page that answered the good one.
    QString choosePassword(const QString& link, const QString& page, const QString& password);
    QJsonObject createUser(const QString& companyId, const QString& email, const QString& language);

    MailedServer m_env;
    std::unique_ptr<Inbox> m_inbox;
    QString m_adminLanguage;
};

void TestE2eOnboarding::initTestCase()
{
    QVERIFY2(m_env.start(QStringLiteral("tst_e2e_onboarding")), qPrintable(m_env.errorText()));
    m_inbox = std::make_unique<Inbox>(m_env.mail());
    // The admin who triggers every mail below speaks English; no mail may follow that.
    m_adminLanguage =
        m_env.scenario().admin().get(QStringLiteral("/api/v1/me")).json().value(QStringLiteral("language")).toString();
    QCOMPARE(m_adminLanguage, QStringLiteral("en"));
}

void TestE2eOnboarding::cleanupTestCase()
{
    // No request and no delivery ended in a server error (the log says "error ..." for those).
    QVERIFY(!m_env.server().log().contains("error "));
}

QJsonObject TestE2eOnboarding::createUser(const QString& companyId, const QString& email, const QString& language)
{
    QJsonObject body{{QStringLiteral("companyId"), companyId},
                     {QStringLiteral("email"), email},
                     {QStringLiteral("firstName"), QStringLiteral("Sofía")},
                     {QStringLiteral("lastName"), QStringLiteral("Ruiz")},
                     {QStringLiteral("roleIds"), QJsonArray{operationsRoleId()}},
                     {QStringLiteral("onboarding"), QStringLiteral("invite")}};
    if (!language.isEmpty())
        body.insert(QStringLiteral("language"), language);
    const ApiReply created = m_env.scenario().admin().post(QStringLiteral("/api/v1/users"), body);
    if (created.status != 201)
        qWarning("%s", qPrintable(created.describe()));
    return created.json();
}

QString TestE2eOnboarding::choosePassword(const QString& link, const QString& page, const QString& password)
{
    PageBrowser browser(m_env.server());
    const ApiReply form = browser.open(link);
    if (form.status != 200)
        return QStringLiteral("GET %1: %2").arg(link, form.describe());
    const QString weak = QStringLiteral("Zq9-short");
    const ApiReply refused = browser.submit(QStringLiteral("/account/") + page, passwords(weak, weak));
    if (refused.status != 422 || errorOf(refused.body, QStringLiteral("password")).isEmpty())
        return QStringLiteral("weak password: ") + refused.describe();
    const ApiReply done = browser.submit(QStringLiteral("/account/") + page, passwords(password, password));
    if (done.status != 200)
        return QStringLiteral("POST: ") + done.describe();
    // Single use: the same form again, or the link opened again, is gone.
    if (browser.submit(QStringLiteral("/account/") + page, passwords(password, password)).status != 410 ||
        PageBrowser(m_env.server()).open(link).status != 410)
        return QStringLiteral("the link worked twice");
    return headingOf(done.body);
}

void TestE2eOnboarding::adminCreatedUserGetsSpanishMail()
{
    // An English company and an English admin; only the user speaks Spanish.
    const Scenario::Account owner = m_env.scenario().createCompany(QStringLiteral("Iberia"), QStringLiteral("en"));
    const QString email = QStringLiteral("sofia.ruiz@iberia.example");
    const QJsonObject user = createUser(owner.companyId, email, QStringLiteral("es"));
    const QString id = user.value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(user.value(QStringLiteral("state")).toString(), QStringLiteral("created"));

    const Mail mail = m_inbox->next(email, QStringLiteral("/account/set-password"));
    QVERIFY2(!mail.isNull(), "no set-password email arrived");
    QCOMPARE(mail.subject, QStringLiteral("Establezca su contraseña para Steward"));
    QVERIFY2(mail.text.contains(QStringLiteral("Hola, Sofía Ruiz:")), qPrintable(mail.text));
    QVERIFY(
        mail.text.contains(QStringLiteral("Un administrador de Company Iberia le ha creado una cuenta en Steward.")));
    QVERIFY(mail.text.contains(QStringLiteral("Establecer la contraseña")));
    QVERIFY(mail.text.contains(QStringLiteral("Su dirección de correo electrónico es su nombre de usuario: ") + email));
    QVERIFY(!mail.text.contains(QStringLiteral("Set your password")) && !mail.text.contains(QStringLiteral("Hello")));
    QVERIFY(mail.html.contains(QStringLiteral("<html lang=\"es\"")));
    QVERIFY(mail.html.contains(QStringLiteral("Establecer la contraseña")));
    QVERIFY(mail.messageId.endsWith(QStringLiteral("@steward>")));

    // The link names this server (--public-url), and the page speaks the user's language.
    const QString link = accountLink(m_env.server(), mail, QStringLiteral("set-password"));
    QVERIFY2(link.startsWith(m_env.server().baseUrl() + QStringLiteral("/account/set-password?token=stl_")),
             qPrintable(mail.text));
    PageBrowser browser(m_env.server(), "en");
    const ApiReply page = browser.open(link);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("<html lang=\"es\">"));
    QCOMPARE(headingOf(page.body), QStringLiteral("Establezca su contraseña"));
    QVERIFY(page.body.contains(email.toUtf8()));
    // Opening the page changed nothing.
    QCOMPARE(userField(m_env.scenario(), id, QStringLiteral("state")), QStringLiteral("created"));

    QCOMPARE(choosePassword(link, QStringLiteral("set-password"), kGoodPassword),
             QStringLiteral("Se ha establecido su contraseña"));
    ApiClient client(m_env.server());
    const ApiReply login = client.login(email, kGoodPassword);
    QCOMPARE(login.status, 200);
    QCOMPARE(login.json().value(QStringLiteral("mustChangePassword")).toBool(), false);
    const QJsonObject me = client.get(QStringLiteral("/api/v1/me")).json();
    QCOMPARE(me.value(QStringLiteral("state")).toString(), QStringLiteral("enabled"));
    QCOMPARE(me.value(QStringLiteral("emailVerified")).toBool(), true);
    QCOMPARE(me.value(QStringLiteral("language")).toString(), QStringLiteral("es"));
    // The role the admin gave works.
    QCOMPARE(client.get(QStringLiteral("/api/v1/companies/") + owner.companyId).status, 200);
    QCOMPARE(client.get(QStringLiteral("/api/v1/users")).status, 403);
    // A first password is no change of password: no notice follows.
    QVERIFY(m_inbox->quietFor(email, 1500));
}

void TestE2eOnboarding::companyOwnerGetsTheCompanyLanguage()
{
    // The owner has no language of their own: the company's (German) applies, not the admin's.
    const QString email = QStringLiteral("olga.owner@nord.example");
    QJsonObject body = Scenario::companyBody(QStringLiteral("Nord"), email, QStringLiteral("de"));
    QJsonObject owner = body.value(QStringLiteral("owner")).toObject();
    owner.remove(QStringLiteral("language"));
    body.insert(QStringLiteral("owner"), owner);
    const ApiReply created = m_env.scenario().admin().post(QStringLiteral("/api/v1/companies"), body);
    QCOMPARE(created.status, 201);
    const QString companyId = created.json().value(QStringLiteral("id")).toString();

    const Mail mail = m_inbox->next(email, QStringLiteral("/account/set-password"));
    QVERIFY2(!mail.isNull(), "the owner got no email");
    QCOMPARE(mail.subject, QStringLiteral("Passwort für Steward festlegen"));
    QVERIFY2(mail.text.contains(QStringLiteral("Hallo Olga Owner Nord,")), qPrintable(mail.text));
    QVERIFY(mail.text.contains(
        QStringLiteral("Ein Administrator von Company Nord hat für Sie ein Konto bei Steward angelegt.")));
    QVERIFY(mail.html.contains(QStringLiteral("<html lang=\"de\"")));

    const QString link = accountLink(m_env.server(), mail, QStringLiteral("set-password"));
    QVERIFY(!link.isEmpty());
    QCOMPARE(choosePassword(link, QStringLiteral("set-password"), kGoodPassword),
             QStringLiteral("Ihr Passwort ist festgelegt"));
    ApiClient client(m_env.server());
    QCOMPARE(client.login(email, kGoodPassword).status, 200);
    const QJsonObject me = client.get(QStringLiteral("/api/v1/me")).json();
    QCOMPARE(me.value(QStringLiteral("state")).toString(), QStringLiteral("enabled"));
    QCOMPARE(me.value(QStringLiteral("emailVerified")).toBool(), true);
    QCOMPARE(me.value(QStringLiteral("language")).toString(), QStringLiteral("de"));
    // The owner runs the company.
    QCOMPARE(client.get(QStringLiteral("/api/v1/companies/") + companyId).status, 200);
    QCOMPARE(client.get(QStringLiteral("/api/v1/users")).status, 200);
}

void TestE2eOnboarding::languageIsTheRecipientsElseTheCompanys()
{
    const Scenario::Account owner = m_env.scenario().createCompany(QStringLiteral("Lyon"), QStringLiteral("fr"));
    // A preferred language wins over the company's.
    const QString russian = QStringLiteral("ivan@lyon.example");
    const QString ivanId =
        createUser(owner.companyId, russian, QStringLiteral("ru")).value(QStringLiteral("id")).toString();
    Mail mail = m_inbox->next(russian, QStringLiteral("/account/set-password"));
    QCOMPARE(mail.subject, QStringLiteral("Задайте пароль на платформе «Steward»"));
    QVERIFY(mail.text.contains(QStringLiteral("Здравствуйте, Sofía Ruiz!")));
    QVERIFY(mail.html.contains(QStringLiteral("<html lang=\"ru\"")));
    // No language of one's own: the company's.
    const QString plain = QStringLiteral("claire@lyon.example");
    const QJsonObject claire = createUser(owner.companyId, plain, QString());
    QCOMPARE(claire.value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
    mail = m_inbox->next(plain, QStringLiteral("/account/set-password"));
    QCOMPARE(mail.subject, QStringLiteral("Définissez votre mot de passe pour Steward"));
    QVERIFY(mail.text.contains(QStringLiteral("Bonjour Sofía Ruiz,")));
    // An invitation without a language speaks the company's too.
    const QString guest = QStringLiteral("guest@lyon.example");
    QCOMPARE(m_env.scenario()
                 .admin()
                 .post(QStringLiteral("/api/v1/invitations"),
                       QJsonObject{{QStringLiteral("companyId"), owner.companyId}, {QStringLiteral("email"), guest}})
                 .status,
             201);
    mail = m_inbox->next(guest, QStringLiteral("/account/invitation"));
    QVERIFY2(mail.subject.contains(QStringLiteral("vous invite à rejoindre")), qPrintable(mail.subject));
    QVERIFY(mail.html.contains(QStringLiteral("<html lang=\"fr\"")));
    // Later mail keeps following the user's own language.
    QCOMPARE(m_env.scenario()
                 .admin()
                 .post(QStringLiteral("/api/v1/users/") + ivanId + QStringLiteral("/send-password-reset"))
                 .status,
             202);
    mail = m_inbox->next(russian, QStringLiteral("/account/reset-password"));
    QCOMPARE(mail.subject, QStringLiteral("Сброс пароля на платформе «Steward»"));
}

void TestE2eOnboarding::forgotPasswordThroughTheApi()
{
    const Scenario::Account owner = m_env.scenario().createCompany(QStringLiteral("Madrid"), QStringLiteral("es"));
    const Scenario::Account user = m_env.scenario().createUser(owner.companyId, QStringLiteral("olvido"));
    auto session = m_env.scenario().signIn(user);
    ApiClient anonymous(m_env.server());
    const auto ask = [&](const QString& email) {
        return anonymous.post(QStringLiteral("/api/v1/auth/forgot-password"),
                              QJsonObject{{QStringLiteral("email"), email}});
    };
    // The same answer for an account and for nobody: status and body.
    const ApiReply known = ask(user.email);
    const ApiReply unknown = ask(QStringLiteral("nobody.at.all@madrid.example"));
    QCOMPARE(known.status, 202);
    QCOMPARE(unknown.status, 202);
    QCOMPARE(known.body, unknown.body);
    QCOMPARE(known.contentType(), unknown.contentType());
    QVERIFY(!known.body.contains(user.email.toUtf8()));

    const Mail mail = m_inbox->next(user.email, QStringLiteral("/account/reset-password"));
    QVERIFY2(!mail.isNull(), "no reset email arrived");
    QCOMPARE(mail.subject, QStringLiteral("Restablezca su contraseña de Steward"));
    QVERIFY(m_inbox->quietFor(QStringLiteral("nobody.at.all@madrid.example"), 0));
    const QString link = accountLink(m_env.server(), mail, QStringLiteral("reset-password"));
    QCOMPARE(choosePassword(link, QStringLiteral("reset-password"), kOtherPassword),
             QStringLiteral("Se ha cambiado su contraseña"));
    // Every session ended; the old password is gone, the new one works.
    QCOMPARE(session->get(QStringLiteral("/api/v1/me")).status, 401);
    QCOMPARE(ApiClient(m_env.server()).login(user.email, user.password).status, 401);
    QCOMPARE(ApiClient(m_env.server()).login(user.email, kOtherPassword).status, 200);
    // A changed password is news: a notice in the user's language.
    const Mail notice = m_inbox->next(user.email);
    QCOMPARE(notice.subject, QStringLiteral("Se ha cambiado la contraseña de su cuenta de Steward"));
    QVERIFY(!notice.text.contains(QStringLiteral("token=")));
    QVERIFY(m_inbox->quietFor(QStringLiteral("nobody.at.all@madrid.example"), 0));
}

void TestE2eOnboarding::forgotPasswordThroughThePage()
{
    const Scenario::Account owner = m_env.scenario().createCompany(QStringLiteral("Kiel"), QStringLiteral("de"));
    const Scenario::Account user = m_env.scenario().createUser(owner.companyId, QStringLiteral("vergessen"));
    // A visitor with no account to go by: the browser's language.
    PageBrowser browser(m_env.server(), "fr-FR,fr;q=0.9");
    const ApiReply form = browser.open(QStringLiteral("/account/forgot-password"));
    QCOMPARE(form.status, 200);
    QCOMPARE(headingOf(form.body), QStringLiteral("Mot de passe oublié\u00a0?"));
    const ApiReply sent =
        browser.submit(QStringLiteral("/account/forgot-password"), {{QStringLiteral("email"), user.email.toUpper()}});
    QCOMPARE(sent.status, 200);
    const ApiReply unknown = browser.submit(QStringLiteral("/account/forgot-password"),
                                            {{QStringLiteral("email"), QStringLiteral("nobody@kiel.example")}});
    QCOMPARE(unknown.status, 200);
    QCOMPARE(unknown.body, sent.body);

    // The email speaks the account's language (German), not the browser's.
    const Mail mail = m_inbox->next(user.email, QStringLiteral("/account/reset-password"));
    QVERIFY2(!mail.isNull(), "no reset email arrived");
    QCOMPARE(mail.subject, QStringLiteral("Passwort für Steward zurücksetzen"));
    const QString link = accountLink(m_env.server(), mail, QStringLiteral("reset-password"));
    QCOMPARE(choosePassword(link, QStringLiteral("reset-password"), kOtherPassword),
             QStringLiteral("Ihr Passwort wurde geändert"));
    QCOMPARE(ApiClient(m_env.server()).login(user.email, kOtherPassword).status, 200);
    QVERIFY(!m_inbox->next(user.email, QStringLiteral("geändert")).isNull());
    QVERIFY(m_inbox->quietFor(QStringLiteral("nobody@kiel.example"), 0));
}

void TestE2eOnboarding::adminSendsAResetLink()
{
    const Scenario::Account owner = m_env.scenario().createCompany(QStringLiteral("Porto"), QStringLiteral("en"));
    const Scenario::Account user = m_env.scenario().createUser(owner.companyId, QStringLiteral("helped"));
    const ApiReply sent = m_env.scenario().admin().post(QStringLiteral("/api/v1/users/") + user.id +
                                                        QStringLiteral("/send-password-reset"));
    QCOMPARE(sent.status, 202);
    const Mail first = m_inbox->next(user.email, QStringLiteral("/account/reset-password"));
    QCOMPARE(first.subject, QStringLiteral("Reset your password for Steward"));
    // A second link replaces the first.
    QCOMPARE(m_env.scenario()
                 .admin()
                 .post(QStringLiteral("/api/v1/users/") + user.id + QStringLiteral("/send-password-reset"))
                 .status,
             202);
    const Mail second = m_inbox->next(user.email, QStringLiteral("/account/reset-password"));
    const QString older = accountLink(m_env.server(), first, QStringLiteral("reset-password"));
    const QString newer = accountLink(m_env.server(), second, QStringLiteral("reset-password"));
    QVERIFY(!older.isEmpty() && !newer.isEmpty() && older != newer);
    QVERIFY(first.messageId != second.messageId);
    QCOMPARE(PageBrowser(m_env.server()).open(older).status, 410);
    QCOMPARE(choosePassword(newer, QStringLiteral("reset-password"), kOtherPassword),
             QStringLiteral("Your password was changed"));
    QCOMPARE(ApiClient(m_env.server()).login(user.email, kOtherPassword).status, 200);
}

QTEST_GUILESS_MAIN(TestE2eOnboarding)
#include "tst_e2e_onboarding.moc"

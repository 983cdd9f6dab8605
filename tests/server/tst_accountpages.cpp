// The account pages the emailed links open, driven like a browser would: GET the page, take the
// CSRF field and cookie, POST the form. Page basics (strings in every language, languages,
// security headers), reset password through forgot-password, expiring and single-use links, CSRF;
// tokens stay out of the log. Account-creating and email flows: tst_accountpages_flows.cpp.
#include "AccountPageDriver.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace steward::test;

namespace {

const QStringList kLanguages{QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("de"), QStringLiteral("fr"),
                             QStringLiteral("ru")};

} // namespace

class TestAccountPages : public QObject, public AccountPageDriver
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void stringsAreCompleteInEveryLanguage();
    void pagesSpeakEveryLanguage();
    void securityHeadersOnEveryPage();
    void resetPasswordThroughForgotPassword();
    void linksExpire();
    void formsNeedTheCsrfValue();
    void forgotPasswordAnswersTheSameForUnknownAddresses();
    void tokensStayOutOfTheLog();
};

void TestAccountPages::initTestCase()
{
    // Mail into a folder of our own, one .eml file per message.
    QVERIFY(m_mailDir.isValid());
    m_server =
        std::make_unique<TestServer>(QStringLiteral("tst_accountpages"),
                                     QStringList{QStringLiteral("--mail"), QStringLiteral("dir:") + m_mailDir.path()});
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
    m_scenario = std::make_unique<Scenario>(*m_server);
    m_owner = m_scenario->createCompany(QStringLiteral("Pages"));
}

void TestAccountPages::stringsAreCompleteInEveryLanguage()
{
    const QString folder =
        QFileInfo(QStringLiteral(__FILE__)).absolutePath() + QStringLiteral("/../../server/pages/strings/");
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-zA-Z]+)\\}"));
    const auto load = [&](const QString& code) {
        QFile file(folder + code + QStringLiteral(".json"));
        file.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(file.readAll()).object();
    };
    const auto placeholders = [](const QString& text) {
        QStringList names;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            names.append(it.next().captured(1));
        names.sort();
        return names;
    };
    const QJsonObject english = load(QStringLiteral("en")).value(QStringLiteral("strings")).toObject();
    QVERIFY(english.size() > 50);
    QDir dir(folder);
    QCOMPARE(dir.entryList({QStringLiteral("*.json")}, QDir::Files).size(), kLanguages.size());
    for (const QString& code : kLanguages) {
        const QJsonObject file = load(code);
        QCOMPARE(file.value(QStringLiteral("language")).toString(), code);
        const QJsonObject strings = file.value(QStringLiteral("strings")).toObject();
        QStringList keys = strings.keys(), expected = english.keys();
        QVERIFY2(keys == expected, qPrintable(code + QStringLiteral(": keys differ from English")));
        for (const QString& key : expected) {
            const QString text = strings.value(key).toString();
            QVERIFY2(!text.trimmed().isEmpty(), qPrintable(code + QLatin1Char(' ') + key));
            QVERIFY2(placeholders(text) == placeholders(english.value(key).toString()),
                     qPrintable(code + QStringLiteral(" placeholders of ") + key));
        }
    }
}

void TestAccountPages::pagesSpeakEveryLanguage()
{
    const QHash<QString, QString> titles{{QStringLiteral("en"), QStringLiteral("Forgot your password?")},
                                         {QStringLiteral("es"), QStringLiteral("¿Ha olvidado su contraseña?")},
                                         {QStringLiteral("de"), QStringLiteral("Passwort vergessen?")},
                                         {QStringLiteral("fr"), QStringLiteral("Mot de passe oublié\u00a0?")},
                                         {QStringLiteral("ru"), QStringLiteral("Забыли пароль?")}};
    for (const QString& code : kLanguages) {
        Browser browser(*m_server, QByteArray(code.toLatin1() + "-XX," + code.toLatin1() + ";q=0.9,en;q=0.1"));
        const ApiReply reply = browser.get(QStringLiteral("/account/forgot-password"));
        QCOMPARE(reply.status, 200);
        const QString html = QString::fromUtf8(reply.body);
        QVERIFY2(html.contains(QStringLiteral("<html lang=\"") + code + QStringLiteral("\">")), qPrintable(code));
        QVERIFY2(html.contains(QStringLiteral("<h1>") + titles.value(code) + QStringLiteral("</h1>")),
                 qPrintable(code));
    }
    // German wins over English by its q-value; an unsupported language falls back to English.
    QVERIFY(Browser(*m_server, "en;q=0.5, de")
                .get(QStringLiteral("/account/forgot-password"))
                .body.contains("lang=\"de\""));
    QVERIFY(Browser(*m_server, "pt-BR").get(QStringLiteral("/account/forgot-password")).body.contains("lang=\"en\""));
}

void TestAccountPages::securityHeadersOnEveryPage()
{
    Browser browser(*m_server);
    const QStringList pages{QStringLiteral("set-password"), QStringLiteral("reset-password"),
                            QStringLiteral("verify-email"), QStringLiteral("confirm-email-change"),
                            QStringLiteral("invitation"),   QStringLiteral("forgot-password")};
    for (const QString& name : pages) {
        const ApiReply reply = browser.get(QStringLiteral("/account/") + name + QStringLiteral("?token=stl_bogus"));
        QCOMPARE(reply.status, name == QLatin1String("forgot-password") ? 200 : 410);
        QVERIFY(reply.contentType().startsWith("text/html; charset=utf-8"));
        const QByteArray csp = reply.headers.value("content-security-policy");
        QVERIFY2(csp.contains("default-src 'none'") && csp.contains("form-action 'self'") &&
                     csp.contains("frame-ancestors 'none'"),
                 csp.constData());
        // The one inline style is allowed by its hash, and nothing else is.
        static const QRegularExpression style(QStringLiteral("<style>(.*)</style>"),
                                              QRegularExpression::DotMatchesEverythingOption);
        const QByteArray css = style.match(QString::fromUtf8(reply.body)).captured(1).toUtf8();
        QVERIFY(csp.contains(QByteArray("style-src 'sha256-" +
                                        QCryptographicHash::hash(css, QCryptographicHash::Sha256).toBase64() + "'")));
        QVERIFY(!reply.body.contains("<script"));
        QVERIFY(reply.headers.value("strict-transport-security").startsWith("max-age="));
        QCOMPARE(reply.headers.value("referrer-policy"), QByteArray("no-referrer"));
        QCOMPARE(reply.headers.value("x-frame-options"), QByteArray("DENY"));
        QCOMPARE(reply.headers.value("x-content-type-options"), QByteArray("nosniff"));
        QVERIFY(reply.headers.value("cache-control").contains("no-store"));
    }
    // A new visitor gets the CSRF cookie with every protection a cookie can have.
    const ApiReply first = Browser(*m_server).get(QStringLiteral("/account/forgot-password"));
    const QByteArray cookie = first.headers.value("set-cookie");
    QVERIFY2(cookie.startsWith("__Host-steward-csrf=csrf_") && cookie.contains("; Path=/") &&
                 cookie.contains("; Secure") && cookie.contains("; HttpOnly") && cookie.contains("; SameSite=Strict") &&
                 !cookie.contains("Domain"),
             cookie.constData());
    // Labels are bound to their inputs; the field has its autocomplete purpose.
    QVERIFY(first.body.contains("<label for=\"email\">"));
    QVERIFY(first.body.contains("<input id=\"email\" name=\"email\" type=\"email\" autocomplete=\"email\" required>"));
}

void TestAccountPages::resetPasswordThroughForgotPassword()
{
    const Scenario::Account user = m_scenario->createUser(m_owner.companyId, QStringLiteral("reset"));
    // The page speaks the account's language, whatever the browser says.
    const ApiReply loaded = m_scenario->admin().get(QStringLiteral("/api/v1/users/") + user.id);
    QCOMPARE(m_scenario->admin()
                 .patch(QStringLiteral("/api/v1/users/") + user.id,
                        QJsonObject{{QStringLiteral("language"), QStringLiteral("es")}}, loaded.etag())
                 .status,
             200);
    auto session = m_scenario->signIn(user);
    const QString link = resetLink(user.email);
    QVERIFY2(!link.isEmpty(), "no reset link arrived");

    Browser browser(*m_server, "de");
    ApiReply page = browser.get(link);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("<html lang=\"es\">"));
    QVERIFY(page.body.contains("autocomplete=\"new-password\""));
    QVERIFY(page.body.contains(user.email.toUtf8()));

    // Too short: the policy's message next to the field, in Spanish, tied to the input.
    const QString weak = QStringLiteral("Zq9-short");
    ApiReply refused = browser.submit(QStringLiteral("/account/reset-password"), passwords(weak, weak));
    QCOMPARE(refused.status, 422);
    QCOMPARE(errorOf(refused.body, QStringLiteral("password")), QStringLiteral("Use al menos 10 caracteres."));
    QVERIFY(refused.body.contains("aria-describedby=\"password-hint password-error\" aria-invalid=\"true\""));
    QVERIFY(!refused.body.contains(weak.toUtf8()));
    // Containing the address's name part, and two different passwords.
    refused = browser.submit(QStringLiteral("/account/reset-password"),
                             passwords(QStringLiteral("user.reset-Orbit-99"), QStringLiteral("Lantern-Orbit-9999")));
    QCOMPARE(refused.status, 422);
    QVERIFY(!errorOf(refused.body, QStringLiteral("password")).isEmpty());
    QCOMPARE(errorOf(refused.body, QStringLiteral("confirmPassword")),
             QStringLiteral("Las dos contraseñas no coinciden."));
    QVERIFY(!refused.body.contains("Lantern-Orbit-9999"));

    const ApiReply done =
        browser.submit(QStringLiteral("/account/reset-password"), passwords(kGoodPassword, kGoodPassword));
    QCOMPARE(done.status, 200);
    QVERIFY(done.body.contains("Se ha cambiado su contraseña"));
    QVERIFY(!done.body.contains(kGoodPassword.toUtf8()));
    // Signed out everywhere; the old password is gone, the new one works.
    QCOMPARE(session->get(QStringLiteral("/api/v1/me")).status, 401);
    ApiClient client(*m_server);
    QCOMPARE(client.login(user.email, user.password).status, 401);
    QCOMPARE(client.login(user.email, kGoodPassword).status, 200);
    QVERIFY(audited(user.id, QStringLiteral("user.password_change")));
    // A notice goes to the account, in its language.
    QVERIFY(waitForMail(user.email).text.contains(QStringLiteral("contraseña")));

    // Single use: the same link, submitted again or opened again, is gone.
    const ApiReply again =
        browser.submit(QStringLiteral("/account/reset-password"), passwords(kGoodPassword, kGoodPassword));
    QCOMPARE(again.status, 410);
    QVERIFY(again.body.contains("href=\"/account/forgot-password\""));
    QCOMPARE(browser.get(link).status, 410);
}

void TestAccountPages::linksExpire()
{
    const Scenario::Account user = m_scenario->createUser(m_owner.companyId, QStringLiteral("expire"));
    const QString link = resetLink(user.email);
    QVERIFY(!link.isEmpty());
    Browser browser(*m_server);
    QCOMPARE(browser.get(link).status, 200);
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(tokenOf(link).toUtf8(), QCryptographicHash::Sha256).toHex());
    sql(QStringLiteral("UPDATE one_time_tokens SET expires_at = %1 WHERE token_hash = '%2'")
            .arg(QDateTime::currentMSecsSinceEpoch() - 1000)
            .arg(hash));
    const ApiReply expired =
        browser.submit(QStringLiteral("/account/reset-password"), passwords(kGoodPassword, kGoodPassword));
    QCOMPARE(expired.status, 410);
    QVERIFY(expired.body.contains("This link no longer works"));
    QCOMPARE(browser.get(link).status, 410);
    QCOMPARE(ApiClient(*m_server).login(user.email, kGoodPassword).status, 401);
    // A link issued the usual way also dies when a newer one is sent.
    const QString older = resetLink(user.email);
    const QString newer = resetLink(user.email);
    QCOMPARE(Browser(*m_server).get(older).status, 410);
    QCOMPARE(Browser(*m_server).get(newer).status, 200);
}

void TestAccountPages::formsNeedTheCsrfValue()
{
    const Scenario::Account user = m_scenario->createUser(m_owner.companyId, QStringLiteral("csrf"));
    const QString link = resetLink(user.email);
    const QList<QPair<QString, QString>> fields =
        QList<QPair<QString, QString>>{{QStringLiteral("token"), tokenOf(link)}} +
        passwords(kGoodPassword, kGoodPassword);

    Browser browser(*m_server);
    QCOMPARE(browser.get(link).status, 200);
    const QString csrf = browser.csrf();
    QVERIFY(csrf.startsWith(QLatin1String("csrf_")));
    // No cookie at all (a cross-site form), the field missing, or the two not matching.
    Browser stranger(*m_server);
    ApiReply refused = stranger.post(QStringLiteral("/account/reset-password"),
                                     fields + QList<QPair<QString, QString>>{{QStringLiteral("csrf"), csrf}});
    QCOMPARE(refused.status, 403);
    QVERIFY(refused.body.contains("The form has expired"));
    QCOMPARE(browser.post(QStringLiteral("/account/reset-password"), fields).status, 403);
    QString other = csrf;
    other[10] = other.at(10) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    QCOMPARE(browser
                 .post(QStringLiteral("/account/reset-password"),
                       fields + QList<QPair<QString, QString>>{{QStringLiteral("csrf"), other}})
                 .status,
             403);
    // Not a form: a JSON body is refused the same way.
    ApiClient json(*m_server);
    QCOMPARE(json.send("POST", QStringLiteral("/account/forgot-password"),
                       QJsonDocument(QJsonObject{{QStringLiteral("email"), user.email}}).toJson(),
                       {{"Content-Type", "application/json"}, {"Cookie", browser.cookie()}})
                 .status,
             403);
    // None of that used the link up or changed the password.
    QCOMPARE(ApiClient(*m_server).login(user.email, user.password).status, 200);
    QCOMPARE(browser.submit(QStringLiteral("/account/reset-password"), passwords(kGoodPassword, kGoodPassword)).status,
             200);
}

void TestAccountPages::forgotPasswordAnswersTheSameForUnknownAddresses()
{
    const Scenario::Account user = m_scenario->createUser(m_owner.companyId, QStringLiteral("same"));
    const Scenario::Account gone = m_scenario->createUser(m_owner.companyId, QStringLiteral("gone"));
    QCOMPARE(
        m_scenario->admin().post(QStringLiteral("/api/v1/users/") + gone.id + QStringLiteral("/deactivate")).status,
        200);

    Browser browser(*m_server, "de");
    QCOMPARE(browser.get(QStringLiteral("/account/forgot-password")).status, 200);
    const auto ask = [&](const QString& email) {
        return browser.submit(QStringLiteral("/account/forgot-password"), {{QStringLiteral("email"), email}});
    };
    const ApiReply known = ask(user.email);
    const ApiReply unknown = ask(QStringLiteral("nobody.here@example.org"));
    const ApiReply deactivated = ask(gone.email);
    QCOMPARE(known.status, 200);
    QCOMPARE(unknown.status, 200);
    QCOMPARE(deactivated.status, 200);
    QCOMPARE(known.body, unknown.body);
    QCOMPARE(known.body, deactivated.body);
    QCOMPARE(known.headers.value("set-cookie"), unknown.headers.value("set-cookie"));
    QVERIFY(known.body.contains("<html lang=\"de\">"));
    QVERIFY(known.body.contains("Falls für diese Adresse ein Konto besteht"));
    QVERIFY(!known.body.contains(user.email.toUtf8()));
    // Only the existing, active account gets mail.
    const QString link =
        linkPath(waitForMail(user.email, QStringLiteral("/account/reset-password")), QStringLiteral("reset-password"));
    QVERIFY(!link.isEmpty());
    m_tokens.append(tokenOf(link)); // it, too, must stay out of the log
    // The deactivation notice arrived when the account was switched off; nothing else may follow.
    QVERIFY(waitForMail(gone.email, QStringLiteral("deactivated")).file.size() > 0);
    QVERIFY(noMailFor(gone.email, 1500));
    QVERIFY(noMailFor(QStringLiteral("nobody.here@example.org"), 0));

    // A malformed address is a field error, not a different answer about existence.
    const ApiReply malformed = ask(QStringLiteral("not an address"));
    QCOMPARE(malformed.status, 422);
    QCOMPARE(errorOf(malformed.body, QStringLiteral("email")),
             QStringLiteral("Geben Sie eine gültige E-Mail-Adresse ein."));
    QVERIFY(malformed.body.contains("value=\"not an address\""));
}

void TestAccountPages::tokensStayOutOfTheLog()
{
    const QByteArray log = m_server->log();
    QVERIFY(log.contains("access "));
    QVERIFY(log.contains(" /account/reset-password "));
    QVERIFY(m_tokens.size() > 5);
    for (const QString& token : std::as_const(m_tokens))
        QVERIFY2(!token.isEmpty() && !log.contains(token.toUtf8()), qPrintable(token));
    QVERIFY(!log.contains(kGoodPassword.toUtf8()));
}

QTEST_GUILESS_MAIN(TestAccountPages)
#include "tst_accountpages.moc"

// The account pages the emailed links open, driven like a browser would: GET the page, take the
// CSRF field and cookie, POST the form. Set and reset password, email verification and change,
// invitations, forgot-password; single-use and expiring links, CSRF, security headers, languages.
#include "ApiClient.h"
#include "Scenario.h"
#include "TestServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace steward::test;

namespace {

const QStringList kLanguages{QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("de"), QStringLiteral("fr"),
                             QStringLiteral("ru")};
const QString kGoodPassword = QStringLiteral("Lantern-Orbit-4417");

struct Mail
{
    QString file;
    QString to;
    QString text; // the text/plain part, decoded
};

Mail readEml(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    const QByteArray raw = file.readAll();
    Mail mail;
    mail.file = QFileInfo(path).fileName();
    static const QRegularExpression to(QStringLiteral("^To: (.*)$"), QRegularExpression::MultilineOption);
    mail.to = to.match(QString::fromUtf8(raw)).captured(1).trimmed();
    const qsizetype part = raw.indexOf("Content-Type: text/plain");
    if (part >= 0) {
        const qsizetype start = raw.indexOf("\r\n\r\n", part) + 4;
        const qsizetype end = raw.indexOf("\r\n--", start);
        QByteArray base64 = raw.mid(start, end - start);
        base64.replace("\r\n", "");
        mail.text = QString::fromUtf8(QByteArray::fromBase64(base64));
    }
    return mail;
}

// The account-page part of the first link in `mail` ("/account/reset-password?token=stl_…").
QString linkPath(const Mail& mail, const QString& page)
{
    const QRegularExpression link(QStringLiteral("/account/") + page + QStringLiteral("\\?token=stl_[A-Za-z0-9_-]+"));
    return link.match(mail.text).captured(0);
}

QString tokenOf(const QString& path)
{
    return path.section(QStringLiteral("token="), 1);
}

QString hiddenValue(const QByteArray& html, const QString& name)
{
    const QRegularExpression field(QStringLiteral("<input type=\"hidden\" name=\"") + name +
                                   QStringLiteral("\" value=\"([^\"]*)\">"));
    return field.match(QString::fromUtf8(html)).captured(1);
}

QByteArray formBody(const QList<QPair<QString, QString>>& fields)
{
    QByteArray body;
    for (const auto& [name, value] : fields)
        body += (body.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    return body;
}

QString errorOf(const QByteArray& html, const QString& field)
{
    const QRegularExpression error(QStringLiteral("<p id=\"") + field +
                                   QStringLiteral("-error\" class=\"error\">([^<]*)</p>"));
    return error.match(QString::fromUtf8(html)).captured(1);
}

// A browser's view of the pages: its own connection, the CSRF cookie it was given, the form it saw.
class Browser
{
public:
    explicit Browser(const TestServer& server, QByteArray acceptLanguage = "en")
        : m_client(server), m_language(std::move(acceptLanguage))
    {}

    ApiReply get(const QString& path)
    {
        ApiReply reply = m_client.send("GET", path, {}, headers());
        static const QRegularExpression cookie(QStringLiteral("^(__Host-steward-csrf=[^;]+);"));
        const QRegularExpressionMatch m = cookie.match(QString::fromLatin1(reply.headers.value("set-cookie")));
        if (m.hasMatch())
            m_cookie = m.captured(1).toLatin1();
        m_csrf = hiddenValue(reply.body, QStringLiteral("csrf"));
        m_token = hiddenValue(reply.body, QStringLiteral("token"));
        return reply;
    }

    // Posts the form last seen, with its hidden fields and `fields`.
    ApiReply submit(const QString& path, const QList<QPair<QString, QString>>& fields = {})
    {
        QList<QPair<QString, QString>> all{{QStringLiteral("csrf"), m_csrf}};
        if (!m_token.isEmpty())
            all.append({QStringLiteral("token"), m_token});
        return post(path, all + fields);
    }

    ApiReply post(const QString& path, const QList<QPair<QString, QString>>& fields)
    {
        QHash<QByteArray, QByteArray> h = headers();
        h.insert("Content-Type", "application/x-www-form-urlencoded");
        return m_client.send("POST", path, formBody(fields), h);
    }

    QByteArray cookie() const { return m_cookie; }
    void setCookie(const QByteArray& cookie) { m_cookie = cookie; }
    QString csrf() const { return m_csrf; }

private:
    QHash<QByteArray, QByteArray> headers() const
    {
        QHash<QByteArray, QByteArray> h{{"Accept-Language", m_language}};
        if (!m_cookie.isEmpty())
            h.insert("Cookie", m_cookie);
        return h;
    }

    ApiClient m_client;
    QByteArray m_language;
    QByteArray m_cookie;
    QString m_csrf;
    QString m_token;
};

QList<QPair<QString, QString>> passwords(const QString& password, const QString& confirmation)
{
    return {{QStringLiteral("password"), password}, {QStringLiteral("confirmPassword"), confirmation}};
}

} // namespace

class TestAccountPages : public QObject
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
    void setPasswordEnablesACreatedUser();
    void verifyEmailNeedsAPost();
    void emailChangeAppliesOnConfirmation();
    void invitationCreatesAnAccount();
    void invitationForAnExistingAccount();
    void forgotPasswordIsRateLimited();
    void tokensStayOutOfTheLog();

private:
    // The next unseen message to `to` whose text contains `containing` (other mail to the same
    // address, such as a set-password or deactivation notice, is skipped).
    Mail waitForMail(const QString& to, const QString& containing = QString());
    bool noMailFor(const QString& to, int waitMs);
    QString sql(const QString& statement);
    QString issueToken(const QString& purpose, const QString& userId, const QString& email,
                       qint64 validForMs = 3600000);
    QString resetLink(const QString& email);
    QString userField(const QString& userId, const QString& field);
    bool audited(const QString& targetId, const QString& action);

    QTemporaryDir m_mailDir;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Scenario> m_scenario;
    Scenario::Account m_owner;
    QSet<QString> m_seenMail;
    QStringList m_tokens; // every link token used, none of which may reach the log
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

Mail TestAccountPages::waitForMail(const QString& to, const QString& containing)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000) {
        const QDir dir(m_mailDir.path());
        for (const QFileInfo& info : dir.entryInfoList({QStringLiteral("*.eml")}, QDir::Files, QDir::Time)) {
            if (m_seenMail.contains(info.fileName()))
                continue;
            const Mail mail = readEml(info.filePath());
            if (mail.to.compare(to, Qt::CaseInsensitive) != 0 || !mail.text.contains(containing))
                continue;
            m_seenMail.insert(mail.file);
            return mail;
        }
        QTest::qWait(100);
    }
    return {};
}

bool TestAccountPages::noMailFor(const QString& to, int waitMs)
{
    QTest::qWait(waitMs);
    const QDir dir(m_mailDir.path());
    for (const QFileInfo& info : dir.entryInfoList({QStringLiteral("*.eml")}, QDir::Files)) {
        if (!m_seenMail.contains(info.fileName()) && readEml(info.filePath()).to.compare(to, Qt::CaseInsensitive) == 0)
            return false;
    }
    return true;
}

// Straight to the database, for what no API offers: links of flows whose API is elsewhere, expiry.
QString TestAccountPages::sql(const QString& statement)
{
    QProcess p;
    if (m_server->isPostgres())
        p.start(QStringLiteral("psql"), {m_server->databaseUrl(), QStringLiteral("-v"),
                                         QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-tAc"), statement});
    else
        p.start(QStringLiteral("sqlite3"),
                {QStringLiteral("-cmd"), QStringLiteral(".timeout 10000"), m_server->databaseUrl().mid(7), statement});
    p.waitForFinished(30000);
    if (p.exitCode() != 0)
        qWarning("sql failed: %s", p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

QString TestAccountPages::issueToken(const QString& purpose, const QString& userId, const QString& email,
                                     qint64 validForMs)
{
    QByteArray random(32, Qt::Uninitialized);
    for (char& c : random)
        c = char(QRandomGenerator::system()->bounded(256));
    const QString token = QStringLiteral("stl_") + QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding |
                                                                                       QByteArray::OmitTrailingEquals));
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    sql(QStringLiteral("INSERT INTO one_time_tokens (id, token_hash, purpose, user_id, invitation_id, email, "
                       "created_at, expires_at) VALUES ('%1', '%2', '%3', '%4', NULL, '%5', %6, %7)")
            .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), hash, purpose, userId, email)
            .arg(now)
            .arg(now + validForMs));
    m_tokens.append(token);
    return token;
}

QString TestAccountPages::resetLink(const QString& email)
{
    Browser browser(*m_server);
    browser.get(QStringLiteral("/account/forgot-password"));
    const ApiReply sent =
        browser.submit(QStringLiteral("/account/forgot-password"), {{QStringLiteral("email"), email}});
    if (sent.status != 200)
        return {};
    const QString path =
        linkPath(waitForMail(email, QStringLiteral("/account/reset-password")), QStringLiteral("reset-password"));
    m_tokens.append(tokenOf(path));
    return path;
}

QString TestAccountPages::userField(const QString& userId, const QString& field)
{
    const QJsonValue v = m_scenario->admin().get(QStringLiteral("/api/v1/users/") + userId).json().value(field);
    return v.isBool() ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false")) : v.toString();
}

bool TestAccountPages::audited(const QString& targetId, const QString& action)
{
    const ApiReply reply = m_scenario->admin().get(QStringLiteral("/api/v1/audit?target=") + targetId +
                                                   QStringLiteral("&action=") + action);
    return reply.status == 200 && reply.json().value(QStringLiteral("total")).toInt() > 0;
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
    QVERIFY(
        !linkPath(waitForMail(user.email, QStringLiteral("/account/reset-password")), QStringLiteral("reset-password"))
             .isEmpty());
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

void TestAccountPages::setPasswordEnablesACreatedUser()
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

void TestAccountPages::verifyEmailNeedsAPost()
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

void TestAccountPages::emailChangeAppliesOnConfirmation()
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

void TestAccountPages::invitationCreatesAnAccount()
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

void TestAccountPages::invitationForAnExistingAccount()
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

void TestAccountPages::forgotPasswordIsRateLimited()
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

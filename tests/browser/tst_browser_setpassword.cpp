// A real browser on a set-password page: Debian's chromium, driven by set-password.mjs through
// playwright-core, opens the link an admin-created user was mailed, submits a weak password and
// sees the error next to the field, then a good one and the success page. The user then signs in
// through the API with that password.
#include "ApiClient.h"
#include "Scenario.h"
#include "TestServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace steward::test;

namespace {

const QString kWeakPassword = QStringLiteral("short1");
const QString kGoodPassword = QStringLiteral("Lantern-Orbit-4417");

// The decoded text/plain part of an .eml file the server wrote.
QString mailText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray raw = file.readAll();
    const qsizetype part = raw.indexOf("Content-Type: text/plain");
    if (part < 0)
        return {};
    const qsizetype start = raw.indexOf("\r\n\r\n", part) + 4;
    QByteArray base64 = raw.mid(start, raw.indexOf("\r\n--", start) - start);
    base64.replace("\r\n", "");
    return QString::fromUtf8(QByteArray::fromBase64(base64));
}

bool isPng(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.size() > 1000 && file.read(8) == QByteArray("\x89PNG\r\n\x1a\n", 8);
}

} // namespace

class TestBrowserSetPassword : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void weakThenGoodPassword();

private:
    // Waits for the set-password link mailed to `email` (the mail folder holds .eml files).
    QString setPasswordLink(const QString& email);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Scenario> m_scenario;
    QString m_node;
};

void TestBrowserSetPassword::initTestCase()
{
    m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
    QVERIFY2(!m_node.isEmpty(), "node is not installed");
    QVERIFY2(QFileInfo::exists(QStringLiteral("/usr/bin/chromium")), "Debian's chromium is not installed");
    QVERIFY2(QFileInfo::exists(QStringLiteral(STEWARD_NODE_MODULES "/playwright-core/package.json")),
             "playwright-core is missing from tests/node (npm ci there)");
    m_server = std::make_unique<TestServer>(QStringLiteral("tst_browser_setpassword"));
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
    m_scenario = std::make_unique<Scenario>(*m_server);
}

QString TestBrowserSetPassword::setPasswordLink(const QString& email)
{
    static const QRegularExpression link(QStringLiteral("https://\\S+/account/set-password\\?token=[A-Za-z0-9_-]+"));
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000) {
        for (const QFileInfo& info :
             QDir(m_server->mailFolder()).entryInfoList({QStringLiteral("*.eml")}, QDir::Files)) {
            QFile file(info.filePath());
            if (!file.open(QIODevice::ReadOnly) || !file.readAll().contains(QByteArray("To: " + email.toUtf8())))
                continue;
            const QString found = link.match(mailText(info.filePath())).captured(0);
            if (!found.isEmpty())
                return found;
        }
        QTest::qWait(100);
    }
    return {};
}

void TestBrowserSetPassword::weakThenGoodPassword()
{
    const Scenario::Account owner = m_scenario->createCompany(QStringLiteral("Browser"), QStringLiteral("en"));
    const QString email = QStringLiteral("brenda.browser@example.org");
    const ApiReply created = m_scenario->admin().post(
        QStringLiteral("/api/v1/users"), QJsonObject{{QStringLiteral("companyId"), owner.companyId},
                                                     {QStringLiteral("email"), email},
                                                     {QStringLiteral("firstName"), QStringLiteral("Brenda")},
                                                     {QStringLiteral("lastName"), QStringLiteral("Browser")},
                                                     {QStringLiteral("language"), QStringLiteral("en")}});
    QCOMPARE(created.status, 201);
    const QString link = setPasswordLink(email);
    QVERIFY2(link.startsWith(m_server->baseUrl() + QStringLiteral("/account/set-password?token=")), qPrintable(link));

    const QString screenshots = qEnvironmentVariable("STEWARD_ARTIFACTS", QDir::tempPath());
    QProcess browser;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Trust the server's own key rather than ignoring HTTPS errors.
    environment.insert(QStringLiteral("STEWARD_BROWSER_TRUST"),
                       QFileInfo(m_server->caFile()).dir().filePath(QStringLiteral("server.pem")));
    browser.setProcessEnvironment(environment);
    browser.start(m_node, {QStringLiteral(STEWARD_BROWSER_SCRIPT), link, kWeakPassword, kGoodPassword, screenshots});
    QVERIFY2(browser.waitForStarted(10000), qPrintable(browser.errorString()));
    if (!browser.waitForFinished(240000))
        browser.kill();
    const QByteArray out = browser.readAllStandardOutput();
    const QByteArray err = browser.readAllStandardError();
    QVERIFY2(browser.exitStatus() == QProcess::NormalExit && browser.exitCode() == 0,
             qPrintable(QString::fromUtf8(err + out)));

    const QJsonObject seen = QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    qInfo("browser saw: %s", out.trimmed().constData());
    QCOMPARE(seen.value(QStringLiteral("formHeading")).toString(), QStringLiteral("Set your password"));
    QCOMPARE(seen.value(QStringLiteral("weakError")).toString(), QStringLiteral("Use at least 10 characters."));
    QCOMPARE(seen.value(QStringLiteral("doneHeading")).toString(), QStringLiteral("Your password is set"));
    QVERIFY(seen.value(QStringLiteral("doneText")).toString().contains(email));
    QVERIFY(isPng(seen.value(QStringLiteral("weakScreenshot")).toString()));
    QVERIFY(isPng(seen.value(QStringLiteral("doneScreenshot")).toString()));

    // The password the browser set is the one that signs in; the weak one was never stored.
    ApiClient client(*m_server);
    QCOMPARE(client.login(email, kWeakPassword).status, 401);
    QCOMPARE(client.login(email, kGoodPassword).status, 200);
    const QJsonObject me = client.get(QStringLiteral("/api/v1/me")).json();
    QCOMPARE(me.value(QStringLiteral("state")).toString(), QStringLiteral("enabled"));
    QCOMPARE(me.value(QStringLiteral("emailVerified")).toBool(), true);
}

QTEST_GUILESS_MAIN(TestBrowserSetPassword)
#include "tst_browser_setpassword.moc"

// A session that ends while the person works: the client asks for the password over the open
// window and then sends what was waiting, so an open editor's change is not lost. Without a
// keychain (no D-Bus at all, STEWARD_EXPECT_KEYCHAIN=0), "Remember me" says once that the session
// is kept in memory only, and nothing is written anywhere.
#include "GuiTestSupport.h"
#include "Scenario.h"
#include "TestServer.h"

#include <QMessageBox>
#include <ui/AccountButton.h>
#include <ui/AccountDialog.h>
#include <ui/MainWindow.h>
#include <ui/SessionController.h>

using namespace steward;
using namespace steward::test;

class GuiReauthentication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void anEndedSessionKeepsTheEditorsChange();
    void withoutKeychainTheClientSaysSoOnce();
    void cleanup();

private:
    void signIn(bool remember);

    std::unique_ptr<TestServer> m_server;
    Scenario::Account m_owner;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ui::ClientShell> m_shell;
    bool m_keychainExpected = qEnvironmentVariable("STEWARD_EXPECT_KEYCHAIN") != QLatin1String("0");
};

void GuiReauthentication::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral("gui_reauth"));
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
    Scenario scenario(*m_server);
    m_owner = scenario.createCompany(QStringLiteral("Reauth"));
}

void GuiReauthentication::cleanup()
{
    m_shell.reset();
    m_settings.reset();
}

void GuiReauthentication::signIn(bool remember)
{
    m_settings = testSettings(QStringLiteral("reauth"));
    m_shell = std::make_unique<ui::ClientShell>(m_settings.get());
    ui::ClientOptions options;
    options.server = QUrl(m_server->baseUrl());
    options.caFile = m_server->caFile();
    options.language = QStringLiteral("en");
    QString error;
    QVERIFY2(m_shell->configure(options, &error), qPrintable(error));
    m_shell->start();
    ui::SignInWindow* window = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((window = visibleWindow<ui::SignInWindow>()), 20000);
    fillSignIn(window, m_owner.email, m_owner.password, remember);
    QTRY_VERIFY_WITH_TIMEOUT(m_shell->mainWindow() && m_shell->mainWindow()->isVisible(), 30000);
}

void GuiReauthentication::anEndedSessionKeepsTheEditorsChange()
{
    if (!m_keychainExpected)
        QSKIP("runs with the keychain variant");
    signIn(false);
    m_shell->mainWindow()->accountButton()->click();
    ui::AccountDialog* account = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((account = visibleWindow<ui::AccountDialog>()), 10000);
    auto* username = child<QLineEdit>(account, "username");
    username->clear();
    QTest::keyClicks(username, QStringLiteral("olga.keeps.working"));

    // Meanwhile every session of the account ends (an admin revoked them).
    ApiClient admin(*m_server);
    QCOMPARE(admin.loginAsAdmin().status, 200);
    QCOMPARE(admin.post(QStringLiteral("/api/v1/users/") + m_owner.id + QStringLiteral("/revoke-sessions")).status,
             200);

    child<QPushButton>(account, "save")->click();
    ui::SignInWindow* again = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((again = visibleWindow<ui::SignInWindow>(QStringLiteral("reauthenticateWindow"))), 20000);
    QCOMPARE(child<QLineEdit>(again, "email")->text(), m_owner.email);
    QVERIFY(saveScreenshot(again, QStringLiteral("gui-session-ended")));
    QTest::keyClicks(child<QLineEdit>(again, "password"), m_owner.password);
    child<QPushButton>(again, "signIn")->click();

    QTRY_COMPARE_WITH_TIMEOUT(account->message(), QStringLiteral("Your changes were saved."), 30000);
    QVERIFY(!visibleWindow<ui::SignInWindow>());
    QVERIFY(admin.login(m_owner.email, m_owner.password).status == 200);
    QCOMPARE(admin.get(QStringLiteral("/api/v1/me")).json().value(QStringLiteral("username")).toString(),
             QStringLiteral("olga.keeps.working"));
}

void GuiReauthentication::withoutKeychainTheClientSaysSoOnce()
{
    if (m_keychainExpected)
        QSKIP("runs in the variant without D-Bus");
    signIn(true);
    QMessageBox* notice = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((notice = visibleWindow<QMessageBox>(QStringLiteral("notice"))), 20000);
    QVERIFY2(notice->text().contains(QStringLiteral("No keychain")), qPrintable(notice->text()));
    notice->accept();
    const QString token = m_shell->session()->connection()->token();
    QVERIFY(!token.isEmpty());
    m_settings->sync();
    QVERIFY(filesContaining(token).isEmpty());

    // Signing out and in again does not repeat the notice within this run.
    child<QToolButton>(m_shell->mainWindow(), "signOutButton")->click();
    ui::SignInWindow* window = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((window = visibleWindow<ui::SignInWindow>()), 20000);
    fillSignIn(window, m_owner.email, m_owner.password, true);
    QTRY_VERIFY_WITH_TIMEOUT(m_shell->mainWindow() && m_shell->mainWindow()->isVisible(), 30000);
    QTest::qWait(2500); // the vault's retry delay, so a second notice would have appeared
    QVERIFY(!visibleWindow<QMessageBox>(QStringLiteral("notice")));
}

QTEST_MAIN(GuiReauthentication)
#include "tst_gui_reauth.moc"

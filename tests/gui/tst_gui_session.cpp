// The desktop client's session against a real server over HTTPS and the real keychain
// (gnome-keyring in a private D-Bus session, HOME in a folder of the test's own): sign in with
// Remember me, start again without a password, sign out, a wrong password, the forced change of a
// temporary password. Tokens are checked with QVERIFY, never printed.
#include "GuiTestSupport.h"
#include "Scenario.h"
#include "TestServer.h"

#include <QLabel>
#include <QSignalSpy>
#include <QToolButton>
#include <domain/UserState.h>
#include <ui/AccountButton.h>
#include <ui/ChangePasswordDialog.h>
#include <ui/MainWindow.h>
#include <ui/SessionController.h>

using namespace steward;
using namespace steward::test;

class GuiSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rememberMeKeepsTheTokenInTheKeychainOnly();
    void aNewClientStartsSignedInWithoutAPassword();
    void signOutRemovesTheKeychainEntry();
    void withoutRememberMeNothingIsKept();
    void wrongPasswordShowsTheReason();
    void temporaryPasswordMustBeChangedFirst();
    void cleanup();

private:
    std::unique_ptr<ui::ClientShell> newShell(const QString& settingsName, const QString& email = {});
    ui::SignInWindow* waitForSignIn();

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Scenario> m_scenario;
    Scenario::Account m_owner;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ui::ClientShell> m_shell;
};

void GuiSession::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral("gui_session"));
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
    m_scenario = std::make_unique<Scenario>(*m_server);
    m_owner = m_scenario->createCompany(QStringLiteral("Gui"));
}

void GuiSession::cleanup()
{
    m_shell.reset();
    m_settings.reset();
}

std::unique_ptr<ui::ClientShell> GuiSession::newShell(const QString& settingsName, const QString& email)
{
    m_settings = testSettings(settingsName);
    auto shell = std::make_unique<ui::ClientShell>(m_settings.get());
    QString error;
    ui::ClientOptions options;
    options.server = QUrl(m_server->baseUrl());
    options.caFile = m_server->caFile();
    options.email = email;
    options.language = QStringLiteral("en");
    if (!shell->configure(options, &error))
        qFatal("configure failed: %s", qPrintable(error));
    return shell;
}

ui::SignInWindow* GuiSession::waitForSignIn()
{
    ui::SignInWindow* window = nullptr;
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT((window = visibleWindow<ui::SignInWindow>(QStringLiteral("signInWindow"))), 20000);
    }();
    return window;
}

void GuiSession::rememberMeKeepsTheTokenInTheKeychainOnly()
{
    m_shell = newShell(QStringLiteral("remember"));
    m_shell->start();
    ui::SignInWindow* window = waitForSignIn();
    QVERIFY(window);
    fillSignIn(window, m_owner.email, m_owner.password, true);
    QTRY_VERIFY_WITH_TIMEOUT(m_shell->mainWindow() && m_shell->mainWindow()->isVisible(), 30000);

    ui::MainWindow* main = m_shell->mainWindow();
    QCOMPARE(main->scopeText(), QStringLiteral("Company: Company Gui"));
    QCOMPARE(main->accountButton()->initials(),
             ui::AccountButton::initialsOf(m_shell->session()->user().firstName, m_shell->session()->user().lastName,
                                           m_owner.email));
    QVERIFY(!main->accountButton()->initials().isEmpty());
    QVERIFY(saveScreenshot(main, QStringLiteral("gui-main-window")));

    const QString key = net::TokenVault::keyFor(QUrl(m_server->baseUrl()), m_owner.email);
    QString stored;
    QTRY_VERIFY_WITH_TIMEOUT(!(stored = keychainLookup(key)).isEmpty(), 20000);
    QVERIFY2(stored == m_shell->session()->connection()->token(), "the keychain holds another token");
    m_settings->sync();
    QVERIFY2(filesContaining(stored).isEmpty(), "the token was written to a file under HOME");
}

void GuiSession::aNewClientStartsSignedInWithoutAPassword()
{
    // The same settings file as the test before: its remembered session.
    m_shell = newShell(QStringLiteral("remember"));
    QSignalSpy shown(m_shell.get(), &ui::ClientShell::mainWindowShown);
    m_shell->start();
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() == 1, 30000);
    QVERIFY(!visibleWindow<ui::SignInWindow>());
    QCOMPARE(m_shell->session()->user().email, m_owner.email);
}

void GuiSession::signOutRemovesTheKeychainEntry()
{
    m_shell = newShell(QStringLiteral("remember"));
    m_shell->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_shell->mainWindow() && m_shell->mainWindow()->isVisible(), 30000);
    const QString key = net::TokenVault::keyFor(QUrl(m_server->baseUrl()), m_owner.email);
    QVERIFY(!keychainLookup(key).isEmpty());

    child<QToolButton>(m_shell->mainWindow(), "signOutButton")->click();
    QVERIFY(waitForSignIn());
    QTRY_VERIFY_WITH_TIMEOUT(keychainLookup(key).isEmpty(), 20000);
    QVERIFY(!m_shell->session()->isSignedIn());

    // And the next start asks for the password, with the account filled in.
    m_shell.reset();
    m_shell = newShell(QStringLiteral("remember"));
    m_shell->start();
    ui::SignInWindow* window = waitForSignIn();
    QVERIFY(window);
    QCOMPARE(child<QLineEdit>(window, "email")->text(), m_owner.email);
}

void GuiSession::withoutRememberMeNothingIsKept()
{
    m_shell = newShell(QStringLiteral("forget"));
    m_shell->start();
    QVERIFY(waitForSignIn());
    fillSignIn(waitForSignIn(), m_owner.email, m_owner.password, false);
    QTRY_VERIFY_WITH_TIMEOUT(m_shell->mainWindow() && m_shell->mainWindow()->isVisible(), 30000);
    const QString token = m_shell->session()->connection()->token();
    QVERIFY(!token.isEmpty());
    QTest::qWait(500); // a save would have been issued at once
    QVERIFY(keychainLookup(net::TokenVault::keyFor(QUrl(m_server->baseUrl()), m_owner.email)) != token);
    m_settings->sync();
    QVERIFY(filesContaining(token).isEmpty());
}

void GuiSession::wrongPasswordShowsTheReason()
{
    m_shell = newShell(QStringLiteral("wrong"));
    m_shell->start();
    ui::SignInWindow* window = waitForSignIn();
    QVERIFY(window);
    fillSignIn(window, m_owner.email, QStringLiteral("not-the-password-1"), false);
    QTRY_COMPARE_WITH_TIMEOUT(window->message(), QStringLiteral("The email address or the password is wrong."), 20000);
    QVERIFY(!m_shell->mainWindow());
    QVERIFY(window->isVisible());
    QVERIFY(saveScreenshot(window, QStringLiteral("gui-sign-in-wrong-password")));
}

void GuiSession::temporaryPasswordMustBeChangedFirst()
{
    const ApiReply created =
        m_scenario->admin().post(QStringLiteral("/api/v1/users"),
                                 QJsonObject{{QStringLiteral("companyId"), m_owner.companyId},
                                             {QStringLiteral("email"), QStringLiteral("temporary.gui@example.org")},
                                             {QStringLiteral("firstName"), QStringLiteral("Tomás")},
                                             {QStringLiteral("lastName"), QStringLiteral("Temporal")},
                                             {QStringLiteral("onboarding"), QStringLiteral("temporary-password")}});
    QCOMPARE(created.status, 201);
    const QString temporary = created.json().value(QStringLiteral("temporaryPassword")).toString();

    m_shell = newShell(QStringLiteral("temporary"));
    m_shell->start();
    QVERIFY(waitForSignIn());
    fillSignIn(waitForSignIn(), QStringLiteral("temporary.gui@example.org"), temporary, false);
    ui::ChangePasswordDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleWindow<ui::ChangePasswordDialog>()), 20000);
    QVERIFY(!m_shell->mainWindow());
    QVERIFY(!child<QLineEdit>(dialog, "currentPassword")->isVisible()); // the client still holds it

    auto* change = child<QPushButton>(dialog, "changePassword");
    QTest::keyClicks(child<QLineEdit>(dialog, "newPassword"), QStringLiteral("short"));
    QVERIFY(!change->isEnabled()); // the policy is checked as the person types
    child<QLineEdit>(dialog, "newPassword")->clear();
    const QString chosen = QStringLiteral("Lighthouse-Harbour-2026");
    QTest::keyClicks(child<QLineEdit>(dialog, "newPassword"), chosen);
    QTest::keyClicks(child<QLineEdit>(dialog, "repeatPassword"), chosen);
    QVERIFY(change->isEnabled());
    QVERIFY(saveScreenshot(dialog, QStringLiteral("gui-forced-password-change")));
    change->click();

    QTRY_VERIFY_WITH_TIMEOUT(m_shell->mainWindow() && m_shell->mainWindow()->isVisible(), 30000);
    QCOMPARE(toString(m_shell->session()->user().state), QStringLiteral("enabled"));
    QVERIFY(!m_shell->session()->user().mustChangePassword);
    ApiClient check(*m_server);
    QCOMPARE(check.login(QStringLiteral("temporary.gui@example.org"), chosen).status, 200);
    QCOMPARE(check.login(QStringLiteral("temporary.gui@example.org"), temporary).status, 401);
}

QTEST_MAIN(GuiSession)
#include "tst_gui_session.moc"

// My Account against a real server: it shows who the person is, saves a new language (the one
// every email will come in), changes the password without signing the person out, and shows the
// server's field error next to the field.
#include "GuiTestSupport.h"
#include "Scenario.h"
#include "TestServer.h"

#include <QClipboard>
#include <QLabel>
#include <ui/AccountButton.h>
#include <ui/AccountDialog.h>
#include <ui/ChangePasswordDialog.h>
#include <ui/MainWindow.h>
#include <ui/SessionController.h>

using namespace steward;
using namespace steward::test;

class GuiAccount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheAccount();
    void changesTheLanguage();
    void changesThePasswordAndStaysSignedIn();
    void wrongCurrentPasswordIsShownAtItsField();
    void cleanupTestCase();

private:
    ui::AccountDialog* openAccount();

    std::unique_ptr<TestServer> m_server;
    Scenario::Account m_owner;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ui::ClientShell> m_shell;
};

void GuiAccount::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral("gui_account"));
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
    Scenario scenario(*m_server);
    m_owner = scenario.createCompany(QStringLiteral("Account"));

    m_settings = testSettings(QStringLiteral("account"));
    m_shell = std::make_unique<ui::ClientShell>(m_settings.get());
    ui::ClientOptions options;
    options.server = QUrl(m_server->baseUrl());
    options.caFile = m_server->caFile();
    options.email = m_owner.email;
    options.language = QStringLiteral("en");
    QString error;
    QVERIFY2(m_shell->configure(options, &error), qPrintable(error));
    m_shell->start();
    ui::SignInWindow* window = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((window = visibleWindow<ui::SignInWindow>()), 20000);
    QCOMPARE(child<QLineEdit>(window, "email")->text(), m_owner.email); // --user prefills it
    fillSignIn(window, m_owner.email, m_owner.password, false);
    QTRY_VERIFY_WITH_TIMEOUT(m_shell->mainWindow() && m_shell->mainWindow()->isVisible(), 30000);
}

void GuiAccount::cleanupTestCase()
{
    m_shell.reset();
}

ui::AccountDialog* GuiAccount::openAccount()
{
    m_shell->mainWindow()->accountButton()->click();
    ui::AccountDialog* dialog = nullptr;
    [&] { QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleWindow<ui::AccountDialog>()), 10000); }();
    return dialog;
}

void GuiAccount::showsTheAccount()
{
    ui::AccountDialog* dialog = openAccount();
    QVERIFY(dialog);
    QCOMPARE(child<QLineEdit>(dialog, "email")->text(), m_owner.email);
    QCOMPARE(child<QLineEdit>(dialog, "userId")->text(), m_owner.id);
    QCOMPARE(child<QLabel>(dialog, "company")->text(), QStringLiteral("Company Account"));
    QVERIFY2(child<QLabel>(dialog, "roles")->text().contains(QStringLiteral("Owner")),
             qPrintable(child<QLabel>(dialog, "roles")->text()));
    child<QPushButton>(dialog, "copyId")->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), m_owner.id);
    QVERIFY(saveScreenshot(dialog, QStringLiteral("gui-my-account")));
}

void GuiAccount::changesTheLanguage()
{
    ui::AccountDialog* dialog = openAccount();
    auto* language = child<QComboBox>(dialog, "language");
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    child<QCheckBox>(dialog, "notifyProductNews")->setChecked(true);
    child<QPushButton>(dialog, "save")->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->message(), QStringLiteral("Your changes were saved."), 20000);

    ApiClient check(*m_server);
    QCOMPARE(check.login(m_owner.email, m_owner.password).status, 200);
    const QJsonObject me = check.get(QStringLiteral("/api/v1/me")).json();
    QCOMPARE(me.value(QStringLiteral("language")).toString(), QStringLiteral("de"));
    QCOMPARE(me.value(QStringLiteral("notifications")).toObject().value(QStringLiteral("productNews")).toBool(), true);
    QCOMPARE(languageCode(m_shell->session()->user().language), QStringLiteral("de"));
}

void GuiAccount::changesThePasswordAndStaysSignedIn()
{
    ui::AccountDialog* dialog = openAccount();
    child<QPushButton>(dialog, "changePassword")->click();
    ui::ChangePasswordDialog* change = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((change = visibleWindow<ui::ChangePasswordDialog>()), 10000);
    const QString chosen = QStringLiteral("Quiet-Meadow-Lantern-77");
    QTest::keyClicks(child<QLineEdit>(change, "currentPassword"), m_owner.password);
    QTest::keyClicks(child<QLineEdit>(change, "newPassword"), chosen);
    QTest::keyClicks(child<QLineEdit>(change, "repeatPassword"), chosen);
    child<QPushButton>(change, "changePassword")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!visibleWindow<ui::ChangePasswordDialog>(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->message().contains(QStringLiteral("password was changed")), 10000);

    ApiClient check(*m_server);
    QCOMPARE(check.login(m_owner.email, chosen).status, 200);
    QCOMPARE(check.login(m_owner.email, m_owner.password).status, 401);
    m_owner.password = chosen;
    // Still signed in: the client's next call works with the session it opened after the change.
    m_shell->session()->refreshUser();
    QTRY_COMPARE_WITH_TIMEOUT(m_shell->session()->user().email, m_owner.email, 10000);
    QVERIFY(m_shell->mainWindow()->isVisible());
    QVERIFY(!visibleWindow<ui::SignInWindow>());
}

void GuiAccount::wrongCurrentPasswordIsShownAtItsField()
{
    ui::AccountDialog* dialog = openAccount();
    child<QPushButton>(dialog, "changePassword")->click();
    ui::ChangePasswordDialog* change = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((change = visibleWindow<ui::ChangePasswordDialog>()), 10000);
    QTest::keyClicks(child<QLineEdit>(change, "currentPassword"), QStringLiteral("Not-My-Password-123"));
    QTest::keyClicks(child<QLineEdit>(change, "newPassword"), QStringLiteral("Another-Fine-Phrase-42"));
    QTest::keyClicks(child<QLineEdit>(change, "repeatPassword"), QStringLiteral("Another-Fine-Phrase-42"));
    child<QPushButton>(change, "changePassword")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!change->fieldError(QStringLiteral("currentPassword")).isEmpty(), 20000);
    QVERIFY(change->isVisible());
    QVERIFY(saveScreenshot(change, QStringLiteral("gui-change-password-error")));
    change->reject();
}

QTEST_MAIN(GuiAccount)
#include "tst_gui_account.moc"

// The interface language changes while the client runs: choosing Deutsch in Settings retranslates
// the windows that are already open (no restart), and every language has a main window worth
// looking at (screenshots under $STEWARD_ARTIFACTS, one per language).
#include "GuiTestSupport.h"
#include "Scenario.h"
#include "TestServer.h"

#include <QLabel>
#include <QListWidget>
#include <QToolButton>
#include <ui/AccountDialog.h>
#include <ui/ClientSettings.h>
#include <ui/LanguageManager.h>
#include <ui/MainWindow.h>
#include <ui/SettingsDialog.h>

using namespace steward;
using namespace steward::test;

class GuiLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void switchingToGermanRetranslatesOpenWindows();
    void everyLanguageHasAMainWindow_data();
    void everyLanguageHasAMainWindow();
    void cleanupTestCase();

private:
    QString navigationText(int row) const
    {
        return child<QListWidget>(m_shell->mainWindow(), "navigation")->item(row)->text();
    }

    std::unique_ptr<TestServer> m_server;
    Scenario::Account m_owner;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ui::ClientShell> m_shell;
};

void GuiLanguages::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral("gui_languages"));
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
    Scenario scenario(*m_server);
    m_owner = scenario.createCompany(QStringLiteral("Sprachen"));
    for (const char* suffix : {"Ana", "Boris", "Chloe"})
        scenario.createUser(m_owner.companyId, QLatin1String(suffix));
    m_settings = testSettings(QStringLiteral("languages"));
    m_shell = signedInShell(m_settings.get(), m_server->baseUrl(), m_server->caFile(), m_owner.email, m_owner.password);
    QVERIFY(m_shell);
    m_shell->mainWindow()->resize(1280, 760);
}

void GuiLanguages::cleanupTestCase()
{
    m_shell.reset();
}

void GuiLanguages::switchingToGermanRetranslatesOpenWindows()
{
    QCOMPARE(navigationText(0), QStringLiteral("Users"));
    m_shell->openAccount();
    QTRY_VERIFY(visibleWindow<ui::AccountDialog>());
    QCOMPARE(visibleWindow<ui::AccountDialog>()->windowTitle(), QStringLiteral("My Account"));

    m_shell->openSettings();
    ui::SettingsDialog* settings = nullptr;
    QTRY_VERIFY((settings = visibleWindow<ui::SettingsDialog>()));
    auto* language = child<QComboBox>(settings, "interfaceLanguage");
    language->setCurrentIndex(language->findData(QStringLiteral("de")));

    // The windows that were open before the change now speak German.
    QTRY_COMPARE(navigationText(0), QStringLiteral("Benutzer"));
    QCOMPARE(visibleWindow<ui::AccountDialog>()->windowTitle(), QStringLiteral("Mein Konto"));
    QCOMPARE(settings->windowTitle(), QStringLiteral("Einstellungen"));
    QCOMPARE(child<QToolButton>(m_shell->mainWindow(), "signOutButton")->text().remove(QLatin1Char('&')),
             QStringLiteral("Abmelden"));
    QVERIFY(m_shell->mainWindow()->scopeText().startsWith(QStringLiteral("Unternehmen")));
    QCOMPARE(m_shell->clientSettings()->language(), QStringLiteral("de")); // remembered for the next start
    QVERIFY(saveScreenshot(visibleWindow<ui::AccountDialog>(), QStringLiteral("gui-my-account-de")));
    settings->close();
    visibleWindow<ui::AccountDialog>()->close();
}

void GuiLanguages::everyLanguageHasAMainWindow_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("users");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Users");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Usuarios");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Benutzer");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Utilisateurs");
    QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("Пользователи");
}

void GuiLanguages::everyLanguageHasAMainWindow()
{
    QFETCH(QString, code);
    QFETCH(QString, users);
    m_shell->languages()->apply(code);
    QTRY_COMPARE(navigationText(0), users);
    QTRY_VERIFY(!m_shell->mainWindow()->findChild<QLabel*>(QStringLiteral("counts"))->text().isEmpty());
    QTest::qWait(300); // let the table paint its rows
    QVERIFY(saveScreenshot(m_shell->mainWindow(), QStringLiteral("gui-main-window-") + code));
}

QTEST_MAIN(GuiLanguages)
#include "tst_gui_languages.moc"

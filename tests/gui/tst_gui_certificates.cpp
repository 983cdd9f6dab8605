// Certificate trust in the desktop client against a real server whose certificate no CA the
// client knows vouches for: the dialog shows the server's SHA-256 fingerprint; trusting it pins it
// for that server and the sign-in goes on; refusing connects nowhere; a pinned certificate that
// changed is refused with a warning, without asking.
#include "GuiTestSupport.h"
#include "Scenario.h"
#include "TestServer.h"

#include <QSslSocket>
#include <net/CertificateInfo.h>
#include <net/ServerConnection.h>
#include <net/SettingsTrustStore.h>
#include <ui/CertificateDialog.h>
#include <ui/MainWindow.h>
#include <ui/SessionController.h>

using namespace steward;
using namespace steward::test;

class GuiCertificates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unknownCertificateIsShownAndCanBeTrusted();
    void refusingConnectsNowhere();
    void changedCertificateIsRefused();
    void cleanup();

private:
    std::unique_ptr<ui::ClientShell> newShell(const QString& settingsName);
    QString serverFingerprint() const;
    QString hostPort() const { return net::ServerConnection::hostPortOf(QUrl(m_server->baseUrl())); }

    std::unique_ptr<TestServer> m_server;
    Scenario::Account m_owner;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ui::ClientShell> m_shell;
};

void GuiCertificates::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral("gui_certificates"));
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
    Scenario scenario(*m_server);
    m_owner = scenario.createCompany(QStringLiteral("Certs"));
}

void GuiCertificates::cleanup()
{
    m_shell.reset();
    m_settings.reset();
}

// Without --ca-file: the client knows only the system's CAs, which never signed the test server's.
std::unique_ptr<ui::ClientShell> GuiCertificates::newShell(const QString& settingsName)
{
    m_settings = testSettings(settingsName);
    auto shell = std::make_unique<ui::ClientShell>(m_settings.get());
    ui::ClientOptions options;
    options.server = QUrl(m_server->baseUrl());
    options.language = QStringLiteral("en");
    QString error;
    if (!shell->configure(options, &error))
        qFatal("configure failed: %s", qPrintable(error));
    return shell;
}

// The leaf certificate the server really presents, read with a plain TLS socket.
QString GuiCertificates::serverFingerprint() const
{
    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::VerifyNone);
    const QUrl url(m_server->baseUrl());
    socket.connectToHostEncrypted(url.host(), quint16(url.port()));
    if (!socket.waitForEncrypted(20000))
        return {};
    return net::sha256Fingerprint(socket.peerCertificate());
}

void GuiCertificates::unknownCertificateIsShownAndCanBeTrusted()
{
    const QString expected = serverFingerprint();
    QCOMPARE(expected.size(), 95); // 32 hex pairs and 31 colons

    m_shell = newShell(QStringLiteral("trust"));
    m_shell->start();
    ui::SignInWindow* window = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((window = visibleWindow<ui::SignInWindow>()), 20000);
    fillSignIn(window, m_owner.email, m_owner.password, false);

    ui::CertificateDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleWindow<ui::CertificateDialog>()), 20000);
    QCOMPARE(dialog->fingerprintText(), expected);
    QCOMPARE(dialog->info().hostPort, hostPort());
    QVERIFY(!dialog->info().subject.isEmpty());
    QVERIFY(saveScreenshot(dialog, QStringLiteral("gui-certificate-dialog")));
    child<QPushButton>(dialog, "trustButton")->click();

    QTRY_VERIFY_WITH_TIMEOUT(m_shell->mainWindow() && m_shell->mainWindow()->isVisible(), 30000);
    net::SettingsTrustStore store(m_settings.get());
    QCOMPARE(store.pinnedFingerprint(hostPort()), expected);
    QCOMPARE(store.pinnedServers(), QStringList{hostPort()});
}

void GuiCertificates::refusingConnectsNowhere()
{
    m_shell = newShell(QStringLiteral("refuse"));
    m_shell->start();
    ui::SignInWindow* window = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((window = visibleWindow<ui::SignInWindow>()), 20000);
    fillSignIn(window, m_owner.email, m_owner.password, false);
    ui::CertificateDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleWindow<ui::CertificateDialog>()), 20000);
    child<QPushButton>(dialog, "refuseButton")->click();

    QTRY_VERIFY_WITH_TIMEOUT(window->message().contains(QStringLiteral("not trusted")), 20000);
    QVERIFY(!m_shell->mainWindow());
    QVERIFY(net::SettingsTrustStore(m_settings.get()).pinnedServers().isEmpty());
}

void GuiCertificates::changedCertificateIsRefused()
{
    // The person trusted this server earlier, when it showed another certificate.
    m_settings = testSettings(QStringLiteral("changed"));
    net::SettingsTrustStore(m_settings.get())
        .pin(hostPort(), QString(QStringLiteral("AB:").repeated(31) + QStringLiteral("AB")));
    m_settings->sync();
    m_shell = newShell(QStringLiteral("changed"));
    m_shell->start();
    ui::SignInWindow* window = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((window = visibleWindow<ui::SignInWindow>()), 20000);
    fillSignIn(window, m_owner.email, m_owner.password, false);

    QTRY_VERIFY_WITH_TIMEOUT(window->message().contains(QStringLiteral("has changed")), 20000);
    QVERIFY(!visibleWindow<ui::CertificateDialog>()); // refused outright, not asked about
    QVERIFY(!m_shell->mainWindow());
    QVERIFY(saveScreenshot(window, QStringLiteral("gui-certificate-changed")));
}

QTEST_MAIN(GuiCertificates)
#include "tst_gui_certificates.moc"

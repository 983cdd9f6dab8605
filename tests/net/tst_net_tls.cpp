// Certificate trust against a real steward-server over HTTPS: its CA given → no question asked;
// no CA → the prompt shows the server certificate's SHA-256 fingerprint (as openssl prints it);
// trusting pins it for that server only and the next connection asks nothing; a certificate that
// differs from the pinned one is refused without asking.
#include "NetTestSupport.h"
#include "TestServer.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <net/CertificateTrust.h>
#include <net/ServerConnection.h>
#include <net/SettingsTrustStore.h>
#include <net/jobs/LoginJob.h>

using namespace steward;
using namespace steward::net;
using namespace steward::test;
using Failure = ApiResult::Failure;

class TestNetTls : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_dir;
    QString m_serverCertificate; // the server's PEM
    QString m_expectedFingerprint;
    int m_settingsFiles = 0;

    // A client's trust settings: a new file per test unless `file` names an earlier one.
    QString newSettingsFile() { return m_dir.filePath(QStringLiteral("client-%1.ini").arg(++m_settingsFiles)); }

    ApiResult signIn(CertificateTrust& trust, const QString& baseUrl = {})
    {
        ServerConnection connection(QUrl(baseUrl.isEmpty() ? m_server->baseUrl() : baseUrl), &trust);
        LoginJob login(&connection, QString::fromLatin1(TestServer::kAdminEmail),
                       QString::fromLatin1(TestServer::kAdminPassword));
        return runJob(&login);
    }

    QString hostPort() const { return ServerConnection::hostPortOf(QUrl(m_server->baseUrl())); }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(QStringLiteral("net_tls"));
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
        m_serverCertificate = QFileInfo(m_server->caFile()).dir().filePath(QStringLiteral("server.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("x509"), QStringLiteral("-in"), m_serverCertificate, QStringLiteral("-noout"),
                       QStringLiteral("-fingerprint"), QStringLiteral("-sha256")});
        QVERIFY(openssl.waitForFinished(60000));
        m_expectedFingerprint = QString::fromUtf8(openssl.readAllStandardOutput()).trimmed().section(u'=', 1);
        QCOMPARE(m_expectedFingerprint.size(), 95); // 32 hex pairs and 31 colons
    }

    void withTheCaNothingIsAsked()
    {
        QSettings settings(newSettingsFile(), QSettings::IniFormat);
        SettingsTrustStore store(&settings);
        CertificateTrust trust(&store);
        QVERIFY(trust.addCaFile(m_server->caFile()));
        AnsweringPrompt prompt(false);
        trust.setPrompt(&prompt);
        const ApiResult result = signIn(trust);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(prompt.asked.isEmpty());
        QVERIFY(store.pinnedServers().isEmpty());
    }

    void perServerCaIsEnoughForThatServer()
    {
        QSettings settings(newSettingsFile(), QSettings::IniFormat);
        SettingsTrustStore store(&settings);
        store.setTrustedCas(hostPort(), QSslCertificate::fromPath(m_server->caFile()));
        CertificateTrust trust(&store);
        AnsweringPrompt prompt(false);
        trust.setPrompt(&prompt);
        QVERIFY2(signIn(trust).ok(), "the server's own CA setting did not make it trusted");
        QVERIFY(prompt.asked.isEmpty());
    }

    void unknownCertificateIsPutToThePrompt()
    {
        QSettings settings(newSettingsFile(), QSettings::IniFormat);
        SettingsTrustStore store(&settings);
        CertificateTrust trust(&store);
        AnsweringPrompt prompt(false);
        trust.setPrompt(&prompt);
        const ApiResult result = signIn(trust);
        QVERIFY(result.failure == Failure::CertificateRejected);
        QVERIFY2(result.message.contains(hostPort()), qPrintable(result.message));
        QCOMPARE(prompt.asked.size(), 1);
        const CertificateInfo& info = prompt.asked.first();
        QCOMPARE(info.sha256Fingerprint, m_expectedFingerprint);
        QCOMPARE(info.sha256Fingerprint, sha256Fingerprint(QSslCertificate::fromPath(m_serverCertificate).value(0)));
        QCOMPARE(info.hostPort, hostPort());
        QVERIFY(info.subject.contains(QLatin1String("CN=")));
        QVERIFY(!info.issuer.isEmpty());
        QVERIFY(info.notBefore.isValid() && info.notAfter > QDateTime::currentDateTimeUtc());
        QVERIFY(!info.problems.isEmpty());
        QVERIFY(store.pinnedServers().isEmpty()); // a refusal pins nothing
    }

    void withoutPromptTheCertificateProblemIsShown()
    {
        QSettings settings(newSettingsFile(), QSettings::IniFormat);
        SettingsTrustStore store(&settings);
        CertificateTrust trust(&store);
        const ApiResult result = signIn(trust);
        QVERIFY(result.failure == Failure::Tls);
        QVERIFY2(result.message.startsWith(QLatin1String("The server's certificate is not trusted: ")),
                 qPrintable(result.message));
    }

    void trustedCertificateIsPinnedForThatServerOnly()
    {
        const QString file = newSettingsFile();
        {
            QSettings settings(file, QSettings::IniFormat);
            SettingsTrustStore store(&settings);
            CertificateTrust trust(&store);
            AnsweringPrompt prompt(true);
            trust.setPrompt(&prompt);
            const ApiResult result = signIn(trust);
            QVERIFY2(result.ok(), qPrintable(result.message));
            QCOMPARE(prompt.asked.size(), 1);
            QCOMPARE(store.pinnedFingerprint(hostPort()), m_expectedFingerprint);
        }
        // The next start of the client: new settings object, new trust, new network manager.
        QSettings settings(file, QSettings::IniFormat);
        SettingsTrustStore store(&settings);
        CertificateTrust trust(&store);
        AnsweringPrompt prompt(false);
        trust.setPrompt(&prompt);
        const ApiResult again = signIn(trust);
        QVERIFY2(again.ok(), qPrintable(again.message));
        QVERIFY(prompt.asked.isEmpty());

        // The same certificate reached under another name is another server: asked again.
        const QString byAddress = QStringLiteral("https://127.0.0.1:%1").arg(QUrl(m_server->baseUrl()).port());
        QVERIFY(signIn(trust, byAddress).failure == Failure::CertificateRejected);
        QCOMPARE(prompt.asked.size(), 1);
        QCOMPARE(prompt.asked.first().hostPort, ServerConnection::hostPortOf(QUrl(byAddress)));
    }

    void changedCertificateIsRefusedWithoutAsking()
    {
        QSettings settings(newSettingsFile(), QSettings::IniFormat);
        SettingsTrustStore store(&settings);
        // What the user trusted before the server (or someone in between) showed another certificate.
        store.pin(hostPort(), QStringLiteral("00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:"
                                             "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF"));
        CertificateTrust trust(&store);
        AnsweringPrompt prompt(true);
        trust.setPrompt(&prompt);
        const ApiResult result = signIn(trust);
        QVERIFY(result.failure == Failure::CertificateChanged);
        QVERIFY2(result.message.contains(QLatin1String("has changed since you trusted it")),
                 qPrintable(result.message));
        QVERIFY(prompt.asked.isEmpty());
        QVERIFY(store.pinnedFingerprint(hostPort()).startsWith(QLatin1String("00:11"))); // the pin stays
    }

    void concurrentRequestsShareOnePrompt()
    {
        QSettings settings(newSettingsFile(), QSettings::IniFormat);
        SettingsTrustStore store(&settings);
        CertificateTrust trust(&store);
        // Answers later, as a dialog would, so that both requests wait for the same question.
        struct LaterPrompt : CertificatePrompt
        {
            void ask(const CertificateInfo&, std::function<void(bool)> answer) override
            {
                ++asked;
                QTimer::singleShot(200, [answer] { answer(true); });
            }
            int asked = 0;
        } prompt;
        trust.setPrompt(&prompt);
        ServerConnection connection(QUrl(m_server->baseUrl()), &trust);
        LoginJob first(&connection, QString::fromLatin1(TestServer::kAdminEmail),
                       QString::fromLatin1(TestServer::kAdminPassword));
        LoginJob second(&connection, QString::fromLatin1(TestServer::kAdminEmail),
                        QString::fromLatin1(TestServer::kAdminPassword));
        first.setAutoDelete(false);
        second.setAutoDelete(false);
        QSignalSpy firstDone(&first, &ApiJob::finished);
        QSignalSpy secondDone(&second, &ApiJob::finished);
        first.start();
        second.start();
        QTRY_COMPARE_WITH_TIMEOUT(firstDone.size(), 1, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(secondDone.size(), 1, 60000);
        QVERIFY2(first.result().ok(), qPrintable(first.result().message));
        QVERIFY2(second.result().ok(), qPrintable(second.result().message));
        QCOMPARE(prompt.asked, 1);
    }
};

QTEST_GUILESS_MAIN(TestNetTls)
#include "tst_net_tls.moc"

// The trust decisions survive a restart (a new QSettings on the same file), stay per server, and
// the file holds only public data.
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <net/SettingsTrustStore.h>

using namespace steward::net;

namespace {

// A throw-away self-signed CA made for this test (its key was discarded).
const QByteArray kCaPem = R"(-----BEGIN CERTIFICATE-----
MIIBjjCCATWgAwIBAgIUGs56EneXK0CuBpu7u4r45TR4FaIwCgYIKoZIzj0EAwIw
HTEbMBkGA1UEAwwSdW5pdC10ZXN0LWNhLmxvY2FsMB4XDTI2MTEyMjE5MDMwMVoX
DTM2MTExOTE5MDMwMVowHTEbMBkGA1UEAwwSdW5pdC10ZXN0LWNhLmxvY2FsMFkw
EwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAElTewU4i4HUE2rzdB6kft7ZfSe11yXjAq
XzyAc/rqRfRp7JYn5UJAnZsJeNrvI/Nw3I6TZi2u7d5APopE7Jq7eaNTMFEwHQYD
VR0OBBYEFF8jz91S6bPP5qYRI3sOE4FJMvbnMB8GA1UdIwQYMBaAFF8jz91S6bPP
5qYRI3sOE4FJMvbnMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDRwAwRAIg
KlBP44000heDhScfmiXWGDum1jeUBHdUuqaqtbvndV0CIGYFUuQPoN2/N+RRju5q
+Vnh6UBJzZGywbgpNNkb6tc6
-----END CERTIFICATE-----
)";

} // namespace

class TestSettingsTrustStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void pinsSurviveARestart()
    {
        const QString file = m_dir.filePath(QStringLiteral("pins.ini"));
        const QString fingerprint =
            QStringLiteral("AB:CD:") + QStringLiteral("00:").repeated(29) + QStringLiteral("FF");
        {
            QSettings settings(file, QSettings::IniFormat);
            SettingsTrustStore store(&settings);
            QVERIFY(store.pinnedFingerprint(QStringLiteral("steward.example:443")).isEmpty());
            store.pin(QStringLiteral("Steward.Example:443"), fingerprint);
            store.pin(QStringLiteral("[::1]:8443"), fingerprint);
        }
        QSettings settings(file, QSettings::IniFormat);
        SettingsTrustStore store(&settings);
        QCOMPARE(store.pinnedFingerprint(QStringLiteral("steward.example:443")), fingerprint);
        QCOMPARE(store.pinnedFingerprint(QStringLiteral("[::1]:8443")), fingerprint);
        QVERIFY(store.pinnedFingerprint(QStringLiteral("steward.example:8443")).isEmpty());
        QStringList servers = store.pinnedServers();
        servers.sort();
        QCOMPARE(servers, QStringList({QStringLiteral("[::1]:8443"), QStringLiteral("steward.example:443")}));
        store.unpin(QStringLiteral("steward.example:443"));
        QVERIFY(store.pinnedFingerprint(QStringLiteral("steward.example:443")).isEmpty());
        QCOMPARE(store.pinnedServers(), QStringList{QStringLiteral("[::1]:8443")});
    }

    void aSlashDoesNotOpenAGroup()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("slash.ini")), QSettings::IniFormat);
        SettingsTrustStore store(&settings);
        store.pin(QStringLiteral("evil/../x:443"), QStringLiteral("AA"));
        QCOMPARE(store.pinnedServers().size(), 1);
        QCOMPARE(store.pinnedFingerprint(QStringLiteral("evil/../x:443")), QStringLiteral("AA"));
    }

    void trustedCasPerServer()
    {
        const QList<QSslCertificate> cas = QSslCertificate::fromData(kCaPem, QSsl::Pem);
        QCOMPARE(cas.size(), 1);
        const QString file = m_dir.filePath(QStringLiteral("cas.ini"));
        {
            QSettings settings(file, QSettings::IniFormat);
            SettingsTrustStore store(&settings);
            store.setTrustedCas(QStringLiteral("a.example:443"), cas);
        }
        QSettings settings(file, QSettings::IniFormat);
        SettingsTrustStore store(&settings);
        QCOMPARE(store.trustedCas(QStringLiteral("a.example:443")), cas);
        QVERIFY(store.trustedCas(QStringLiteral("b.example:443")).isEmpty());
        store.setTrustedCas(QStringLiteral("a.example:443"), {});
        QVERIFY(store.trustedCas(QStringLiteral("a.example:443")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSettingsTrustStore)
#include "tst_settingstruststore.moc"

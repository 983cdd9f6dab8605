// The certificate policy without a network: fingerprints as openssl prints them, what is ignored,
// refused or asked about, one prompt for many waiting requests, and the CAs put in the TLS setup.
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <net/CertificateInfo.h>
#include <net/CertificatePrompt.h>
#include <net/CertificateTrust.h>
#include <net/SettingsTrustStore.h>

using namespace steward::net;
using Verdict = CertificateTrust::Decision::Verdict;

namespace {

class RecordingPrompt : public CertificatePrompt
{
public:
    void ask(const CertificateInfo& info, std::function<void(bool)> answer) override
    {
        asked.append(info);
        answers.append(std::move(answer));
    }
    QList<CertificateInfo> asked;
    QList<std::function<void(bool)>> answers;
};

} // namespace

class TestCertificateTrust : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QSslCertificate m_other;
    QString m_opensslFingerprint;

    QString openssl(const QStringList& arguments)
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral("openssl"), arguments);
        process.waitForFinished(60000);
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    }

    QSslCertificate makeCertificate(const QString& name)
    {
        openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                 QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                 QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                 name + QStringLiteral(".pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                 QStringLiteral("/CN=") + name + QStringLiteral(".example/O=Unit Test Ltd")});
        return QSslCertificate::fromPath(m_dir.filePath(name + QStringLiteral(".pem"))).value(0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_certificate = makeCertificate(QStringLiteral("server"));
        m_other = makeCertificate(QStringLiteral("other"));
        QVERIFY(!m_certificate.isNull());
        QVERIFY(!m_other.isNull());
        // "sha256 Fingerprint=AA:BB:…" (the label's case differs between OpenSSL versions)
        const QString printed =
            openssl({QStringLiteral("x509"), QStringLiteral("-in"), QStringLiteral("server.pem"),
                     QStringLiteral("-noout"), QStringLiteral("-fingerprint"), QStringLiteral("-sha256")});
        m_opensslFingerprint = printed.section(QLatin1Char('='), 1);
        QCOMPARE(m_opensslFingerprint.size(), 95);
    }

    void fingerprintAsOpensslPrintsIt() { QCOMPARE(sha256Fingerprint(m_certificate), m_opensslFingerprint); }

    void describeForThePrompt()
    {
        const CertificateInfo info =
            CertificateInfo::describe(QStringLiteral("server.example:8443"), m_certificate,
                                      {QSslError(QSslError::SelfSignedCertificate, m_certificate)});
        QCOMPARE(info.hostPort, QStringLiteral("server.example:8443"));
        QCOMPARE(info.subject, QStringLiteral("CN=server.example, O=Unit Test Ltd"));
        QCOMPARE(info.issuer, info.subject); // self-signed
        QVERIFY(info.notBefore <= QDateTime::currentDateTimeUtc());
        QVERIFY(info.notAfter > QDateTime::currentDateTimeUtc().addDays(1));
        QCOMPARE(info.sha256Fingerprint, m_opensslFingerprint);
        QCOMPARE(info.problems, QStringList{QSslError(QSslError::SelfSignedCertificate).errorString()});
    }

    void decisions()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("decisions.ini")), QSettings::IniFormat);
        SettingsTrustStore store(&settings);
        CertificateTrust trust(&store);
        const QString server = QStringLiteral("server.example:443");
        const QList<QSslError> untrusted{QSslError(QSslError::SelfSignedCertificate, m_certificate)};

        QVERIFY(trust.evaluate(server, m_certificate, untrusted).verdict == Verdict::Ask);

        store.pin(server, sha256Fingerprint(m_certificate));
        CertificateTrust::Decision same = trust.evaluate(server, m_certificate, untrusted);
        QVERIFY(same.verdict == Verdict::Ignore);
        QCOMPARE(same.ignore, untrusted); // exactly those errors, never "ignore all"

        // Pinned elsewhere only: still unknown here.
        QVERIFY(trust.evaluate(QStringLiteral("server.example:8443"), m_certificate, untrusted).verdict ==
                Verdict::Ask);

        const CertificateTrust::Decision changed =
            trust.evaluate(server, m_other, {QSslError(QSslError::SelfSignedCertificate, m_other)});
        QVERIFY(changed.verdict == Verdict::Refuse);
        QVERIFY(changed.failure == steward::net::ApiResult::Failure::CertificateChanged);
        QVERIFY2(changed.message.contains(QLatin1String("has changed since you trusted it")),
                 qPrintable(changed.message));

        // A pin lifts "nobody vouches for it", never expiry or a wrong host name.
        for (QSslError::SslError fatal : {QSslError::CertificateExpired, QSslError::HostNameMismatch}) {
            const CertificateTrust::Decision d =
                trust.evaluate(server, m_certificate, untrusted + QList{QSslError(fatal, m_certificate)});
            QVERIFY(d.verdict == Verdict::Refuse);
            QVERIFY(d.failure == steward::net::ApiResult::Failure::Tls);
            QVERIFY2(d.message.contains(QSslError(fatal).errorString()), qPrintable(d.message));
        }
    }

    void onePromptForManyRequests()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("prompt.ini")), QSettings::IniFormat);
        SettingsTrustStore store(&settings);
        CertificateTrust trust(&store);
        RecordingPrompt prompt;
        trust.setPrompt(&prompt);
        const QString server = QStringLiteral("server.example:443");
        const QList<QSslError> errors{QSslError(QSslError::SelfSignedCertificate, m_certificate)};
        QList<bool> answers;
        QObject first;
        auto gone = std::make_unique<QObject>();
        trust.ask(server, m_certificate, errors, &first, [&answers](bool t) { answers.append(t); });
        trust.ask(server, m_certificate, errors, gone.get(), [&answers](bool t) { answers.append(t); });
        trust.ask(server, m_certificate, errors, &first, [&answers](bool t) { answers.append(t); });
        QCOMPARE(prompt.asked.size(), 1);
        QCOMPARE(prompt.asked.first().sha256Fingerprint, m_opensslFingerprint);
        QCOMPARE(prompt.asked.first().hostPort, server);
        gone.reset(); // its request went away meanwhile: its answer is dropped
        prompt.answers.first()(true);
        QCOMPARE(answers, QList<bool>({true, true}));
        QCOMPARE(store.pinnedFingerprint(server), m_opensslFingerprint);

        // A refusal pins nothing.
        trust.ask(QStringLiteral("other.example:443"), m_other, errors, &first,
                  [&answers](bool t) { answers.append(t); });
        prompt.answers.last()(false);
        QCOMPARE(answers.last(), false);
        QVERIFY(store.pinnedFingerprint(QStringLiteral("other.example:443")).isEmpty());
    }

    void withoutPromptUnknownIsRefused()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("noprompt.ini")), QSettings::IniFormat);
        SettingsTrustStore store(&settings);
        CertificateTrust trust(&store);
        QObject context;
        std::optional<bool> answer;
        trust.ask(QStringLiteral("server.example:443"), m_certificate, {}, &context, [&answer](bool t) { answer = t; });
        QVERIFY(answer.has_value());
        QVERIFY(!*answer);
    }

    void configurationCarriesTheAddedCas()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("cas.ini")), QSettings::IniFormat);
        SettingsTrustStore store(&settings);
        CertificateTrust trust(&store);
        QString error;
        QVERIFY(trust.addCaFile(m_dir.filePath(QStringLiteral("server.pem")), &error));
        store.setTrustedCas(QStringLiteral("a.example:443"), {m_other});

        const QList<QSslCertificate> forA = trust.configurationFor(QStringLiteral("a.example:443")).caCertificates();
        QVERIFY(forA.contains(m_certificate));
        QVERIFY(forA.contains(m_other));
        const QList<QSslCertificate> forB = trust.configurationFor(QStringLiteral("b.example:443")).caCertificates();
        QVERIFY(forB.contains(m_certificate));
        QVERIFY(!forB.contains(m_other)); // a server's own CA is trusted for that server only
        QVERIFY(trust.configurationFor(QStringLiteral("a.example:443")).protocol() == QSsl::TlsV1_2OrLater);

        QVERIFY(!trust.addCaFile(m_dir.filePath(QStringLiteral("missing.pem")), &error));
        QVERIFY2(error.contains(QLatin1String("Cannot read the CA file")), qPrintable(error));
        QVERIFY(!trust.addCaFile(m_dir.filePath(QStringLiteral("server.key")), &error));
        QVERIFY2(error.contains(QLatin1String("holds no PEM certificate")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCertificateTrust)
#include "tst_certificatetrust.moc"

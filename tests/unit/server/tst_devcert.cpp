// `steward-server dev-cert`: the written chain must be accepted by OpenSSL as a localhost server certificate,
// the key must match it and stay private, and re-running must replace everything cleanly.
#include "DevCert.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>
#include <sys/stat.h>
#include <vector>

using namespace steward::server;

namespace {

template <auto Free> struct Deleter
{
    template <typename T> void operator()(T* p) const { Free(p); }
};
using CertPtr = std::unique_ptr<X509, Deleter<X509_free>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using StorePtr = std::unique_ptr<X509_STORE, Deleter<X509_STORE_free>>;
using StoreContextPtr = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX_free>>;
using NamesPtr = std::unique_ptr<GENERAL_NAMES, Deleter<GENERAL_NAMES_free>>;
using BigNumPtr = std::unique_ptr<BIGNUM, Deleter<BN_free>>;

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::vector<CertPtr> readCertificates(const QString& path)
{
    const QByteArray pem = readAll(path);
    const BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    std::vector<CertPtr> certs;
    while (X509* cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr))
        certs.emplace_back(cert);
    ERR_clear_error(); // reading past the last certificate leaves a "no start line" error behind
    return certs;
}

KeyPtr readKey(const QString& path)
{
    const QByteArray pem = readAll(path);
    const BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return KeyPtr(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

int fileMode(const QString& path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

// Verifies the way a TLS client would: trusting only ca.pem, for server use, for the host name localhost,
// with the strict RFC 5280 checks on top. Returns OpenSSL's complaint, or an empty string when accepted.
QString verifyChain(X509* ca, X509* leaf)
{
    const StorePtr store(X509_STORE_new());
    const StoreContextPtr context(X509_STORE_CTX_new());
    if (!store || !context || !X509_STORE_add_cert(store.get(), ca) ||
        !X509_STORE_CTX_init(context.get(), store.get(), leaf, nullptr))
        return QStringLiteral("cannot set up the verification");
    X509_STORE_CTX_set_purpose(context.get(), X509_PURPOSE_SSL_SERVER);
    X509_VERIFY_PARAM* param = X509_STORE_CTX_get0_param(context.get());
    X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_X509_STRICT);
    X509_VERIFY_PARAM_set1_host(param, "localhost", 0);
    if (X509_verify_cert(context.get()) == 1)
        return {};
    return QString::fromLatin1(X509_verify_cert_error_string(X509_STORE_CTX_get_error(context.get())));
}

QByteArray bytes(const ASN1_STRING* value)
{
    return QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(value)), ASN1_STRING_length(value));
}

// IP addresses as hex bytes, so that the test does not depend on how OpenSSL versions print IPv6.
QStringList subjectAltNames(X509* cert)
{
    const NamesPtr names(static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr)));
    QStringList result;
    for (int i = 0; names && i < sk_GENERAL_NAME_num(names.get()); ++i) {
        const GENERAL_NAME* name = sk_GENERAL_NAME_value(names.get(), i);
        if (name->type == GEN_DNS)
            result.append(QStringLiteral("DNS:") + QString::fromLatin1(bytes(name->d.dNSName)));
        else if (name->type == GEN_IPADD)
            result.append(QStringLiteral("IP:") + QString::fromLatin1(bytes(name->d.iPAddress).toHex()));
        else
            result.append(QStringLiteral("other"));
    }
    return result;
}

QString commonName(X509* cert)
{
    char buffer[256] = {};
    X509_NAME_get_text_by_NID(X509_get_subject_name(cert), NID_commonName, buffer, sizeof buffer);
    return QString::fromUtf8(buffer);
}

long validitySeconds(X509* cert)
{
    int days = 0;
    int seconds = 0;
    return ASN1_TIME_diff(&days, &seconds, X509_get0_notBefore(cert), X509_get0_notAfter(cert))
               ? days * 86400L + seconds
               : -1;
}

// Logs the message, so that a failing QVERIFY(write(...)) says why.
bool write(const QDir& dir)
{
    QString error;
    const bool ok = writeDevCertificates(dir.path(), &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

} // namespace

class TestDevCert : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void chainVerifiesAgainstTheCa();
    void keyIsPrivateAndMatches();
    void namesRolesAndValidity();
    void opensslCommandLineAgrees();
    void secondRunReplacesFiles();
    void uncreatableDirectoryFails();

private:
    QTemporaryDir m_tmp;
    QDir m_dir;                   // written once, inspected by most tests
    std::vector<CertPtr> m_ca;    // ca.pem
    std::vector<CertPtr> m_chain; // server.pem
    X509* root() const { return m_ca[0].get(); }
    X509* leaf() const { return m_chain[0].get(); }
};

void TestDevCert::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_dir.setPath(m_tmp.filePath(QStringLiteral("certs/nested"))); // missing parents are created too
    QVERIFY(write(m_dir));
    m_ca = readCertificates(m_dir.filePath(QStringLiteral("ca.pem")));
    m_chain = readCertificates(m_dir.filePath(QStringLiteral("server.pem")));
    QCOMPARE(m_ca.size(), size_t(1));
    QCOMPARE(m_chain.size(), size_t(2));
}

void TestDevCert::chainVerifiesAgainstTheCa()
{
    QCOMPARE(X509_cmp(m_chain[1].get(), root()), 0);
    QCOMPARE(verifyChain(root(), leaf()), QString());

    // A CA from another run must not vouch for this certificate.
    const QDir other(m_tmp.filePath(QStringLiteral("other")));
    QVERIFY(write(other));
    const auto otherCa = readCertificates(other.filePath(QStringLiteral("ca.pem")));
    QVERIFY(!verifyChain(otherCa.at(0).get(), leaf()).isEmpty());
}

void TestDevCert::keyIsPrivateAndMatches()
{
    const QString keyPath = m_dir.filePath(QStringLiteral("server.key"));
    QCOMPARE(fileMode(keyPath), 0600);
    QVERIFY(readAll(keyPath).startsWith("-----BEGIN PRIVATE KEY-----\n")); // PKCS#8, unencrypted

    const KeyPtr key = readKey(keyPath);
    QVERIFY(key);
    QVERIFY(EVP_PKEY_is_a(key.get(), "EC"));
    char group[64] = {};
    QVERIFY(EVP_PKEY_get_group_name(key.get(), group, sizeof group, nullptr));
    QCOMPARE(QByteArray(group), QByteArray("prime256v1"));

    QCOMPARE(X509_check_private_key(leaf(), key.get()), 1);
    QCOMPARE(X509_check_private_key(root(), key.get()), 0); // the CA had its own key, now discarded
    ERR_clear_error();
}

void TestDevCert::namesRolesAndValidity()
{
    QCOMPARE(commonName(root()), QStringLiteral("Steward Development CA"));
    QCOMPARE(commonName(leaf()), QStringLiteral("localhost"));
    QCOMPARE(subjectAltNames(leaf()), QStringList({QStringLiteral("DNS:localhost"), QStringLiteral("IP:7f000001"),
                                                   QStringLiteral("IP:00000000000000000000000000000001")}));
    QCOMPARE(X509_check_host(leaf(), "localhost", 0, 0, nullptr), 1);
    QCOMPARE(X509_check_ip_asc(leaf(), "127.0.0.1", 0), 1);
    QCOMPARE(X509_check_ip_asc(leaf(), "::1", 0), 1);

    QVERIFY(X509_check_ca(root()) >= 1);
    const int basicConstraints = X509_get_ext_by_NID(root(), NID_basic_constraints, -1);
    QVERIFY(basicConstraints >= 0);
    QCOMPARE(X509_EXTENSION_get_critical(X509_get_ext(root(), basicConstraints)), 1);
    QCOMPARE(X509_get_key_usage(root()), uint32_t(KU_KEY_CERT_SIGN | KU_CRL_SIGN));
    QVERIFY(X509_get0_subject_key_id(root()));

    QCOMPARE(X509_check_ca(leaf()), 0);
    QCOMPARE(X509_get_key_usage(leaf()), uint32_t(KU_DIGITAL_SIGNATURE));
    QCOMPARE(X509_get_extended_key_usage(leaf()), uint32_t(XKU_SSL_SERVER));
    QVERIFY(X509_get0_authority_key_id(leaf()));
    QCOMPARE(ASN1_OCTET_STRING_cmp(X509_get0_authority_key_id(leaf()), X509_get0_subject_key_id(root())), 0);

    for (X509* cert : {root(), leaf()}) {
        QCOMPARE(X509_get_signature_nid(cert), NID_ecdsa_with_SHA256);
        const BigNumPtr serial(ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr));
        QVERIFY(serial);
        QCOMPARE(BN_num_bits(serial.get()), 128);
        QVERIFY(!BN_is_negative(serial.get()));
    }
    QVERIFY(ASN1_INTEGER_cmp(X509_get0_serialNumber(root()), X509_get0_serialNumber(leaf())) != 0);

    QVERIFY(validitySeconds(leaf()) > 0);
    QVERIFY(validitySeconds(leaf()) <= 825 * 86400L);
    QVERIFY(validitySeconds(root()) >= 3650 * 86400L);
    for (X509* cert : {root(), leaf()}) {
        QCOMPARE(X509_cmp_current_time(X509_get0_notBefore(cert)), -1); // already valid
        QCOMPARE(X509_cmp_current_time(X509_get0_notAfter(cert)), 1);   // not yet expired
    }
}

void TestDevCert::opensslCommandLineAgrees()
{
    const QString openssl = QStringLiteral("/usr/bin/openssl");
    if (!QFileInfo::exists(openssl))
        QSKIP("/usr/bin/openssl is not installed");
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(openssl, {QStringLiteral("verify"), QStringLiteral("-x509_strict"), QStringLiteral("-purpose"),
                            QStringLiteral("sslserver"), QStringLiteral("-verify_hostname"),
                            QStringLiteral("localhost"), QStringLiteral("-CAfile"),
                            m_dir.filePath(QStringLiteral("ca.pem")), m_dir.filePath(QStringLiteral("server.pem"))});
    QVERIFY(process.waitForFinished(30000));
    const QString output = QString::fromLocal8Bit(process.readAll());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("server.pem: OK")), qPrintable(output));
}

void TestDevCert::secondRunReplacesFiles()
{
    const QDir dir(m_tmp.filePath(QStringLiteral("twice")));
    QVERIFY(write(dir));
    const QStringList names = {QStringLiteral("ca.pem"), QStringLiteral("server.key"), QStringLiteral("server.pem")};
    QList<QByteArray> before;
    for (const QString& name : names)
        before.append(readAll(dir.filePath(name)));
    // Someone loosened the old key's mode; the new key must not inherit it.
    const QString keyPath = dir.filePath(QStringLiteral("server.key"));
    QVERIFY(QFile::setPermissions(keyPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                               QFileDevice::ReadOther));
    QCOMPARE(fileMode(keyPath), 0644);

    QVERIFY(write(dir));
    QCOMPARE(dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot), names);
    for (qsizetype i = 0; i < names.size(); ++i)
        QVERIFY2(readAll(dir.filePath(names[i])) != before[i], qPrintable(names[i]));

    QCOMPARE(fileMode(keyPath), 0600);
    const auto ca = readCertificates(dir.filePath(QStringLiteral("ca.pem")));
    const auto chain = readCertificates(dir.filePath(QStringLiteral("server.pem")));
    const KeyPtr key = readKey(keyPath);
    QVERIFY(ca.size() == 1 && chain.size() == 2 && key);
    QCOMPARE(verifyChain(ca[0].get(), chain[0].get()), QString());
    QCOMPARE(X509_check_private_key(chain[0].get(), key.get()), 1);
}

void TestDevCert::uncreatableDirectoryFails()
{
    const QString plainFile = m_tmp.filePath(QStringLiteral("plain-file"));
    QVERIFY(QFile(plainFile).open(QIODevice::WriteOnly));
    const QString dir = plainFile + QStringLiteral("/certs");
    QString error;
    QVERIFY(!writeDevCertificates(dir, &error));
    QVERIFY2(!error.isEmpty() && error.contains(dir), qPrintable(error));
    QVERIFY(!QFileInfo::exists(dir));
    QVERIFY(!writeDevCertificates(dir, nullptr)); // the message is optional
}

QTEST_APPLESS_MAIN(TestDevCert)
#include "tst_devcert.moc"

#include "DevCert.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <ctime>
#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace steward::server {
namespace {

template <auto Free> struct Deleter
{
    template <typename T> void operator()(T* p) const { Free(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509_free>>;
using BigNumPtr = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;

// A dozen OpenSSL calls can each fail (in practice only on allocation or a broken install). Unwinding keeps
// the steps readable, and the unique_ptrs above free whatever was built so far.
struct Failure
{
    QString message;
};

[[noreturn]] void fail(const QString& message)
{
    throw Failure{message};
}

void check(bool ok, const QString& what)
{
    if (ok)
        return;
    QString message = QStringLiteral("cannot ") + what;
    char buffer[256];
    while (const unsigned long code = ERR_get_error()) {
        ERR_error_string_n(code, buffer, sizeof buffer);
        message += QStringLiteral(": ") + QString::fromLatin1(buffer);
    }
    fail(message);
}

KeyPtr newP256Key()
{
    KeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    check(key != nullptr, QStringLiteral("generate a P-256 key"));
    return key;
}

// Everything but the extensions and the signature. A null issuer means self-signed.
CertPtr newCertificate(const char* commonName, EVP_PKEY* key, X509* issuer, int validDays)
{
    CertPtr cert(X509_new());
    check(cert != nullptr, QStringLiteral("allocate a certificate"));
    check(X509_set_version(cert.get(), X509_VERSION_3), QStringLiteral("set the certificate version"));

    // Random rather than counted: every run starts a new CA under the same name, and Firefox rejects a
    // certificate outright once it has seen another one with the same issuer name and serial number.
    BigNumPtr serial(BN_new());
    check(serial && BN_rand(serial.get(), 128, BN_RAND_TOP_ONE, BN_RAND_BOTTOM_ANY) &&
              BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())),
          QStringLiteral("set a random serial number"));

    X509_NAME* subject = X509_get_subject_name(cert.get());
    check(X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(commonName),
                                     -1, -1, 0) &&
              X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : subject),
          QStringLiteral("set the certificate names"));

    // Backdated by an hour so that a machine whose clock runs a little behind still accepts a fresh
    // certificate; the end moves back too, so the period stays exactly `validDays` long.
    time_t now = std::time(nullptr);
    check(X509_time_adj_ex(X509_getm_notBefore(cert.get()), 0, -3600, &now) &&
              X509_time_adj_ex(X509_getm_notAfter(cert.get()), validDays, -3600, &now),
          QStringLiteral("set the validity period"));
    check(X509_set_pubkey(cert.get(), key), QStringLiteral("set the public key"));
    return cert;
}

void addExtension(X509* cert, X509* issuer, int nid, const char* value)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer, cert, nullptr, nullptr, 0);
    const ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    check(extension && X509_add_ext(cert, extension.get(), -1),
          QStringLiteral("add the ") + QString::fromLatin1(OBJ_nid2sn(nid)) + QStringLiteral(" extension"));
}

void sign(X509* cert, EVP_PKEY* issuerKey)
{
    check(X509_sign(cert, issuerKey, EVP_sha256()) > 0, QStringLiteral("sign the certificate"));
}

template <typename Write> QByteArray pem(Write write)
{
    const BioPtr bio(BIO_new(BIO_s_mem()));
    check(bio && write(bio.get()), QStringLiteral("encode PEM"));
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(size));
}

const QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// QSaveFile so that a server starting meanwhile never reads a half-written file.
void writeFile(const QString& path, const QByteArray& content, bool secret)
{
    if (secret) {
        // QSaveFile creates its temporary file readable by all (0666 minus umask) when the target is new, but
        // 0600 when the target exists, copying the target's mode on afterwards. An existing 0600 target therefore keeps
        // the key unreadable to others at every moment, including to a process that opens the file while empty.
        QFile target(path);
        const bool ready = target.exists() ? target.setPermissions(kOwnerOnly)
                                           : target.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly);
        if (!ready)
            fail(QStringLiteral("cannot create %1: %2").arg(path, target.errorString()));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || (secret && !file.setPermissions(kOwnerOnly)) ||
        file.write(content) != content.size() || !file.commit())
        fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
}

void writeAll(const QString& dir)
{
    if (!QDir().mkpath(dir))
        fail(QStringLiteral("cannot create the directory %1").arg(dir));
    ERR_clear_error(); // so that a failure reports our errors, not someone else's leftovers

    // Ten years: the CA is what people add to their trust stores, so it should rarely need redoing. Its key
    // never leaves this function, so trusting ca.pem vouches for the one server certificate below and nothing else.
    const KeyPtr caKey = newP256Key();
    const CertPtr ca = newCertificate("Steward Development CA", caKey.get(), nullptr, 3650);
    addExtension(ca.get(), ca.get(), NID_basic_constraints, "critical,CA:TRUE");
    addExtension(ca.get(), ca.get(), NID_key_usage, "critical,keyCertSign,cRLSign");
    addExtension(ca.get(), ca.get(), NID_subject_key_identifier, "hash");
    sign(ca.get(), caKey.get());

    // 825 days is the longest server certificate lifetime that Apple platforms accept, even from a private CA.
    const KeyPtr serverKey = newP256Key();
    const CertPtr server = newCertificate("localhost", serverKey.get(), ca.get(), 825);
    addExtension(server.get(), ca.get(), NID_basic_constraints, "critical,CA:FALSE");
    addExtension(server.get(), ca.get(), NID_key_usage, "critical,digitalSignature");
    addExtension(server.get(), ca.get(), NID_ext_key_usage, "serverAuth");
    addExtension(server.get(), ca.get(), NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1");
    addExtension(server.get(), ca.get(), NID_subject_key_identifier, "hash");
    addExtension(server.get(), ca.get(), NID_authority_key_identifier, "keyid:always");
    sign(server.get(), caKey.get());

    const QByteArray caPem = pem([&](BIO* bio) { return PEM_write_bio_X509(bio, ca.get()); });
    const QByteArray serverPem = pem([&](BIO* bio) { return PEM_write_bio_X509(bio, server.get()); });
    const QByteArray keyPem = pem([&](BIO* bio) {
        return PEM_write_bio_PKCS8PrivateKey(bio, serverKey.get(), nullptr, nullptr, 0, nullptr, nullptr);
    });

    const QDir target(dir);
    writeFile(target.filePath(QStringLiteral("server.key")), keyPem, true);
    writeFile(target.filePath(QStringLiteral("server.pem")), serverPem + caPem, false);
    writeFile(target.filePath(QStringLiteral("ca.pem")), caPem, false);
}

} // namespace

bool writeDevCertificates(const QString& dir, QString* error)
{
    try {
        writeAll(dir);
        return true;
    } catch (const Failure& failure) {
        if (error)
            *error = failure.message;
        return false;
    }
}

} // namespace steward::server

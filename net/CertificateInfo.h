#pragma once

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

namespace steward::net {

// What a person needs to decide whether to trust a server's certificate.
struct CertificateInfo
{
    QString hostPort; // the server it was shown by, "host:port"
    QString subject;  // "CN=localhost, O=Steward"
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256Fingerprint; // "AA:BB:…", 32 pairs
    QStringList problems;      // why it is not trusted, one sentence each
    QSslCertificate certificate;

    static CertificateInfo describe(const QString& hostPort, const QSslCertificate& certificate,
                                    const QList<QSslError>& errors);
};

// The SHA-256 of the certificate's DER form as upper-case hex pairs joined by colons, the form
// `openssl x509 -fingerprint -sha256` prints and that pins are stored in.
QString sha256Fingerprint(const QSslCertificate& certificate);

} // namespace steward::net

#include "CertificateInfo.h"

namespace steward::net {
namespace {

QString distinguishedName(const QSslCertificate& certificate, bool issuer)
{
    static const QList<std::pair<QSslCertificate::SubjectInfo, const char*>> parts{
        {QSslCertificate::CommonName, "CN"},
        {QSslCertificate::Organization, "O"},
        {QSslCertificate::OrganizationalUnitName, "OU"},
        {QSslCertificate::LocalityName, "L"},
        {QSslCertificate::StateOrProvinceName, "ST"},
        {QSslCertificate::CountryName, "C"}};
    QStringList out;
    for (const auto& [info, label] : parts) {
        const QStringList values = issuer ? certificate.issuerInfo(info) : certificate.subjectInfo(info);
        for (const QString& value : values)
            out.append(QLatin1String(label) + QLatin1Char('=') + value);
    }
    return out.join(QStringLiteral(", "));
}

} // namespace

QString sha256Fingerprint(const QSslCertificate& certificate)
{
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper();
    return QString::fromLatin1(hex);
}

CertificateInfo CertificateInfo::describe(const QString& hostPort, const QSslCertificate& certificate,
                                          const QList<QSslError>& errors)
{
    CertificateInfo info;
    info.hostPort = hostPort;
    info.subject = distinguishedName(certificate, false);
    info.issuer = distinguishedName(certificate, true);
    info.notBefore = certificate.effectiveDate();
    info.notAfter = certificate.expiryDate();
    info.sha256Fingerprint = net::sha256Fingerprint(certificate);
    info.certificate = certificate;
    for (const QSslError& error : errors) {
        if (!info.problems.contains(error.errorString()))
            info.problems.append(error.errorString());
    }
    return info;
}

} // namespace steward::net

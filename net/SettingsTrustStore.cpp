#include "SettingsTrustStore.h"

#include <QSettings>

namespace steward::net {
namespace {

const QString kPins = QStringLiteral("trust/pins/");
const QString kCas = QStringLiteral("trust/cas/");

// QSettings reads '/' and '\' in a key as a group separator; a host:port never holds them, but a
// typed-in server name might.
QString keyPart(const QString& hostPort)
{
    QString key = hostPort.toLower();
    key.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    return key;
}

} // namespace

SettingsTrustStore::SettingsTrustStore(QSettings* settings) : m_settings(settings) {}

QString SettingsTrustStore::pinnedFingerprint(const QString& hostPort) const
{
    return m_settings->value(kPins + keyPart(hostPort)).toString();
}

void SettingsTrustStore::pin(const QString& hostPort, const QString& fingerprint)
{
    m_settings->setValue(kPins + keyPart(hostPort), fingerprint);
    m_settings->sync();
}

void SettingsTrustStore::unpin(const QString& hostPort)
{
    m_settings->remove(kPins + keyPart(hostPort));
    m_settings->sync();
}

QStringList SettingsTrustStore::pinnedServers() const
{
    m_settings->beginGroup(QStringLiteral("trust/pins"));
    const QStringList servers = m_settings->childKeys();
    m_settings->endGroup();
    return servers;
}

QList<QSslCertificate> SettingsTrustStore::trustedCas(const QString& hostPort) const
{
    const QByteArray pem = m_settings->value(kCas + keyPart(hostPort)).toString().toLatin1();
    return pem.isEmpty() ? QList<QSslCertificate>() : QSslCertificate::fromData(pem, QSsl::Pem);
}

void SettingsTrustStore::setTrustedCas(const QString& hostPort, const QList<QSslCertificate>& certificates)
{
    if (certificates.isEmpty()) {
        m_settings->remove(kCas + keyPart(hostPort));
    } else {
        QByteArray pem;
        for (const QSslCertificate& certificate : certificates)
            pem += certificate.toPem();
        m_settings->setValue(kCas + keyPart(hostPort), QString::fromLatin1(pem));
    }
    m_settings->sync();
}

} // namespace steward::net

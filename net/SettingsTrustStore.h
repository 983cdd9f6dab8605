#pragma once

#include "TrustStore.h"

class QSettings;

namespace steward::net {

// Keeps the trust decisions in the application's QSettings: "trust/pins/<host:port>" holds a
// fingerprint, "trust/cas/<host:port>" the PEM of the CAs added for that server.
class SettingsTrustStore : public TrustStore
{
public:
    // `settings` is not owned and must outlive the store.
    explicit SettingsTrustStore(QSettings* settings);

    QString pinnedFingerprint(const QString& hostPort) const override;
    void pin(const QString& hostPort, const QString& fingerprint) override;
    void unpin(const QString& hostPort) override;
    QStringList pinnedServers() const override;
    QList<QSslCertificate> trustedCas(const QString& hostPort) const override;
    void setTrustedCas(const QString& hostPort, const QList<QSslCertificate>& certificates) override;

private:
    QSettings* m_settings;
};

} // namespace steward::net

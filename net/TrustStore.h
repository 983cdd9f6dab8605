#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace steward::net {

// Where the certificate decisions of the user are remembered, per server ("host:port"). Holds
// only public data (fingerprints and CA certificates), never a secret.
class TrustStore
{
public:
    virtual ~TrustStore() = default;

    // The SHA-256 fingerprint ("AA:BB:…") the user trusted for this server; empty when none.
    virtual QString pinnedFingerprint(const QString& hostPort) const = 0;
    virtual void pin(const QString& hostPort, const QString& fingerprint) = 0;
    virtual void unpin(const QString& hostPort) = 0;
    virtual QStringList pinnedServers() const = 0;

    // CA certificates the user added for this server only (the per-server trusted CA setting).
    virtual QList<QSslCertificate> trustedCas(const QString& hostPort) const = 0;
    virtual void setTrustedCas(const QString& hostPort, const QList<QSslCertificate>& certificates) = 0;
};

} // namespace steward::net

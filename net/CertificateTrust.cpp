#include "CertificateTrust.h"

#include "CertificatePrompt.h"
#include "NetworkErrorText.h"
#include "TrustStore.h"

#include <QFile>

namespace steward::net {

CertificateTrust::CertificateTrust(TrustStore* store, QObject* parent) : QObject(parent), m_store(store) {}

bool CertificateTrust::addCaFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the CA file %1: %2").arg(path, file.errorString());
        return false;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        if (error)
            *error = tr("The CA file %1 holds no PEM certificate.").arg(path);
        return false;
    }
    addCaCertificates(certificates);
    return true;
}

void CertificateTrust::addCaCertificates(const QList<QSslCertificate>& certificates)
{
    m_extraCas += certificates;
}

QSslConfiguration CertificateTrust::configurationFor(const QString& hostPort) const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.addCaCertificates(m_extraCas);
    configuration.addCaCertificates(m_store->trustedCas(hostPort));
    return configuration;
}

bool CertificateTrust::isTrustError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return true;
    default:
        return false;
    }
}

CertificateTrust::Decision CertificateTrust::evaluate(const QString& hostPort, const QSslCertificate& leaf,
                                                      const QList<QSslError>& errors) const
{
    Decision decision;
    QList<QSslError> fatal;
    for (const QSslError& error : errors) {
        if (!isTrustError(error.error()))
            fatal.append(error);
    }
    if (!fatal.isEmpty() || leaf.isNull()) {
        decision.message = describeSslErrors(fatal.isEmpty() ? errors : fatal);
        return decision;
    }
    const QString pinned = m_store->pinnedFingerprint(hostPort);
    if (pinned.isEmpty()) {
        decision.verdict = Decision::Verdict::Ask;
        return decision;
    }
    if (pinned.compare(sha256Fingerprint(leaf), Qt::CaseInsensitive) != 0) {
        decision.failure = ApiResult::Failure::CertificateChanged;
        decision.message = tr("The certificate of %1 has changed since you trusted it. This can mean that someone "
                              "is intercepting the connection, so it was refused. If the server's administrator "
                              "replaced the certificate, remove the trusted certificate for this server in Settings "
                              "and connect again.")
                               .arg(hostPort);
        return decision;
    }
    decision.verdict = Decision::Verdict::Ignore;
    decision.ignore = errors;
    return decision;
}

void CertificateTrust::ask(const QString& hostPort, const QSslCertificate& leaf, const QList<QSslError>& errors,
                           QObject* context, std::function<void(bool)> answer)
{
    if (!m_prompt) {
        answer(false);
        return;
    }
    const QString fingerprint = sha256Fingerprint(leaf);
    const QString key = hostPort + QLatin1Char('|') + fingerprint;
    const bool alreadyAsking = m_pending.contains(key);
    m_pending[key].append({context, std::move(answer)});
    if (alreadyAsking)
        return;
    QPointer<CertificateTrust> self(this);
    m_prompt->ask(CertificateInfo::describe(hostPort, leaf, errors), [self, key, hostPort, fingerprint](bool trusted) {
        if (self)
            self->answered(key, hostPort, fingerprint, trusted);
    });
}

void CertificateTrust::answered(const QString& pendingKey, const QString& hostPort, const QString& fingerprint,
                                bool trusted)
{
    if (trusted)
        m_store->pin(hostPort, fingerprint);
    const QList<Waiter> waiters = m_pending.take(pendingKey);
    for (const Waiter& waiter : waiters) {
        if (waiter.context)
            waiter.answer(trusted);
    }
}

} // namespace steward::net

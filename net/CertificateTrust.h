#pragma once

#include "ApiResult.h"
#include "CertificateInfo.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <functional>

namespace steward::net {

class CertificatePrompt;
class TrustStore;

// The client's certificate policy, below the GUI. Certificates are verified against the system's
// CAs plus the ones given with --ca-file and the ones trusted for a server. When verification
// fails, a certificate the user pinned for that server lets exactly its own trust errors be
// ignored; a different certificate where one was pinned is refused outright; an unknown one is
// put to the CertificatePrompt.
class CertificateTrust : public QObject
{
    Q_OBJECT

public:
    // `store` is not owned and must outlive this object.
    explicit CertificateTrust(TrustStore* store, QObject* parent = nullptr);

    // Trusted for every server (--ca-file). Returns false, with a readable reason, when the file
    // holds no PEM certificate.
    bool addCaFile(const QString& path, QString* error = nullptr);
    void addCaCertificates(const QList<QSslCertificate>& certificates);
    // Not owned; nullptr (the default) refuses unknown certificates without asking.
    void setPrompt(CertificatePrompt* prompt) { m_prompt = prompt; }
    CertificatePrompt* prompt() const { return m_prompt; }
    TrustStore* store() const { return m_store; }

    // The TLS settings for requests to this server: TLS 1.2 or newer, the extra CAs added.
    QSslConfiguration configurationFor(const QString& hostPort) const;

    struct Decision
    {
        enum class Verdict
        {
            Ignore,
            Refuse,
            Ask
        };
        Verdict verdict = Verdict::Refuse;
        QList<QSslError> ignore; // for Ignore: exactly the errors to ignore
        ApiResult::Failure failure = ApiResult::Failure::Tls;
        QString message; // for Refuse
    };
    // What to do about the errors `leaf` (the server's own certificate) raised at `hostPort`.
    Decision evaluate(const QString& hostPort, const QSslCertificate& leaf, const QList<QSslError>& errors) const;

    // Asks the prompt once per certificate and server, however many requests wait for the answer;
    // a trusted certificate is pinned before `answer(true)` is called. `answer` is dropped when
    // `context` is destroyed first.
    void ask(const QString& hostPort, const QSslCertificate& leaf, const QList<QSslError>& errors, QObject* context,
             std::function<void(bool trusted)> answer);

    // Errors that only say nobody known vouches for the certificate; the only ones a pin or the
    // user's decision may lift. Expiry, a wrong host name or revocation are never lifted.
    static bool isTrustError(QSslError::SslError error);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void(bool)> answer;
    };
    void answered(const QString& pendingKey, const QString& hostPort, const QString& fingerprint, bool trusted);

    TrustStore* m_store;
    CertificatePrompt* m_prompt = nullptr;
    QList<QSslCertificate> m_extraCas;
    QHash<QString, QList<Waiter>> m_pending; // "host:port|fingerprint" → requests waiting for the answer
};

} // namespace steward::net

#include "TokenVault.h"

#include "NetworkErrorText.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

namespace steward::net {

TokenVault::TokenVault(QObject* parent) : QObject(parent) {}

TokenVault::~TokenVault()
{
    // A keychain call still in flight finishes on its own: the backend calls back into its job when
    // the keychain answers, so the job must outlive the vault (it deletes itself when done; the
    // vault's handler is disconnected with the vault).
    for (QKeychain::Job* job : findChildren<QKeychain::Job*>(Qt::FindDirectChildrenOnly))
        job->setParent(nullptr);
}

QString TokenVault::keyFor(const QUrl& server, const QString& email)
{
    return serverDisplayName(server) + QLatin1Char('|') + email.trimmed().toLower();
}

void TokenVault::save(const QString& key, const QString& token)
{
    run({Operation::Save, key, token});
}

void TokenVault::load(const QString& key)
{
    run({Operation::Load, key, {}});
}

void TokenVault::remove(const QString& key)
{
    run({Operation::Remove, key, {}});
}

void TokenVault::run(const Request& request)
{
    if (!m_available) {
        completeInMemory(request);
        return;
    }
    QKeychain::Job* job = nullptr;
    switch (request.operation) {
    case Operation::Save: {
        auto* write = new QKeychain::WritePasswordJob(serviceName(), this);
        write->setTextData(request.token);
        job = write;
        break;
    }
    case Operation::Load:
        job = new QKeychain::ReadPasswordJob(serviceName(), this);
        break;
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(serviceName(), this);
        break;
    }
    // Never QtKeychain's plain-text QSettings fallback: a token must not land in a file.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(request.key);
    connect(job, &QKeychain::Job::finished, this,
            [this, request](QKeychain::Job* finished) { onFinished(finished, request); });
    job->start();
}

void TokenVault::onFinished(QKeychain::Job* job, Request request)
{
    const QKeychain::Error error = job->error();
    if (error == QKeychain::NoError) {
        m_confirmed = true;
        const auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(job);
        complete(request, read ? read->textData() : QString());
        return;
    }
    if (error == QKeychain::EntryNotFound) {
        m_confirmed = true;
        complete(request); // nothing stored (or nothing left to remove) is not a failure
        return;
    }
    const bool looksMissing =
        error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented || error == QKeychain::OtherError;
    if (looksMissing && !m_confirmed) {
        if (!request.retried) {
            request.retried = true;
            QTimer::singleShot(m_retryDelay, this, [this, request] { run(request); });
            return;
        }
        markUnavailable(job->errorString());
        completeInMemory(request);
        return;
    }
    Q_EMIT failed(request.key, tr("The keychain refused the request: %1").arg(job->errorString()));
}

void TokenVault::complete(const Request& request, const QString& token)
{
    switch (request.operation) {
    case Operation::Save:
        Q_EMIT saved(request.key);
        break;
    case Operation::Load:
        Q_EMIT loaded(request.key, token);
        break;
    case Operation::Remove:
        Q_EMIT removed(request.key);
        break;
    }
}

void TokenVault::completeInMemory(const Request& request)
{
    switch (request.operation) {
    case Operation::Save:
        m_memory.insert(request.key, request.token);
        break;
    case Operation::Load:
        complete(request, m_memory.value(request.key));
        return;
    case Operation::Remove:
        m_memory.remove(request.key);
        break;
    }
    complete(request);
}

void TokenVault::markUnavailable(const QString& reason)
{
    if (!m_available)
        return;
    m_available = false;
    Q_EMIT keychainUnavailable(tr("No keychain is available (%1). You stay signed in until the application "
                                  "closes; next time you will need to sign in again.")
                                   .arg(reason));
}

} // namespace steward::net

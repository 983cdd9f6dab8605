#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>
#include <chrono>

namespace QKeychain {
class Job;
}

namespace steward::net {

// Session tokens in the system keychain (QtKeychain, service "steward"), keyed by server and
// account so several servers and accounts can be remembered. Every call answers with a signal.
//
// "No entry" is normal: loaded() with an empty token. The keychain service may still be starting
// when the client is, so a first failure is retried once; if it fails again the keychain counts
// as unavailable: keychainUnavailable() is emitted once and tokens are kept in memory for this run
// only. Tokens are never written anywhere else (no settings, no logs, no plain-text fallback).
class TokenVault : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultRetryDelay{1000};

    explicit TokenVault(QObject* parent = nullptr);
    ~TokenVault() override;

    // "<server URL>|<account email>"
    static QString keyFor(const QUrl& server, const QString& email);
    static QString serviceName() { return QStringLiteral("steward"); }

    // False once the keychain turned out to be missing; tokens then live in memory only.
    bool available() const { return m_available; }
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

    void save(const QString& key, const QString& token);
    void load(const QString& key);
    void remove(const QString& key);

Q_SIGNALS:
    void saved(const QString& key);
    void loaded(const QString& key, const QString& token); // empty: nothing stored for the key
    void removed(const QString& key);
    void failed(const QString& key, const QString& message);
    void keychainUnavailable(const QString& message);

private:
    enum class Operation
    {
        Save,
        Load,
        Remove
    };
    struct Request
    {
        Operation operation;
        QString key;
        QString token;
        bool retried = false;
    };
    void run(const Request& request);
    void onFinished(QKeychain::Job* job, Request request);
    void complete(const Request& request, const QString& token = {});
    void completeInMemory(const Request& request);
    void markUnavailable(const QString& reason);

    bool m_available = true;
    bool m_confirmed = false; // the keychain answered once: later errors are errors, not absence
    std::chrono::milliseconds m_retryDelay = kDefaultRetryDelay;
    QHash<QString, QString> m_memory;
};

} // namespace steward::net

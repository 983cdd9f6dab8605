#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace steward::test {

// A real SMTP server for one test: maildev (from tests/node) on free loopback ports, its mail kept
// in a folder of the test's own, read back through maildev's REST API. stop() and start() again
// simulate an outage; the stored mail survives the restart.
class TestMailServer
{
public:
    TestMailServer();
    ~TestMailServer();

    bool start();
    void stop();
    bool isRunning() const;
    QString errorText() const { return m_error; }

    int smtpPort() const { return m_smtpPort; }
    // The --mail setting for steward-server: smtp://127.0.0.1:PORT?tls=none
    QString smtpUrl() const;

    // Every message received so far (maildev's JSON: subject, to, text, html, headers...).
    QJsonArray messages() const;
    // Messages to `address`, waiting up to `timeoutMs` until at least `count` arrived.
    QJsonArray waitFor(const QString& address, int count = 1, int timeoutMs = 20000) const;
    void clear();

    // The first link in a message's text that starts with `prefix`.
    static QString linkIn(const QJsonObject& message, const QString& prefix);

private:
    QByteArray http(const QByteArray& method, const QString& path) const;

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    int m_smtpPort = 0;
    int m_webPort = 0;
    QString m_error;
};

} // namespace steward::test

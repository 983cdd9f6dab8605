#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace steward::test {

// A real steward-server process for one test: its own certificates, a fresh database (a SQLite
// file, or a new PostgreSQL database when STEWARD_TEST_BACKEND=postgres), HTTPS on a free port,
// cheap Argon2 parameters and a short lockout so tests stay fast. The server's log is saved under
// $STEWARD_ARTIFACTS when it stops.
class TestServer
{
public:
    static constexpr const char* kAdminEmail = "admin@platform.example";
    static constexpr const char* kAdminPassword = "Steward-Platform-Pass-2026";

    // Extra arguments are appended to `serve` (e.g. {"--session-idle", "2"}).
    explicit TestServer(const QString& name, const QStringList& serveArguments = {});
    ~TestServer();
    TestServer(const TestServer&) = delete;
    TestServer& operator=(const TestServer&) = delete;

    bool isRunning() const { return m_port > 0; }
    QString errorText() const { return m_error; }
    QString baseUrl() const; // https://localhost:PORT
    QString caFile() const;  // the CA that signed the server's certificate
    QString databaseUrl() const { return m_databaseUrl; }
    bool isPostgres() const { return m_databaseUrl.startsWith(QLatin1String("postgresql:")); }
    QByteArray log() const;
    // The folder mail goes to unless the test passed its own --mail.
    QString mailFolder() const { return m_dir.filePath(QStringLiteral("mail")); }

    // Runs steward-server with `arguments` to completion (for CLI tests); returns the exit code, or
    // -1 when it crashed or did not finish within `timeoutMs`.
    int runCommand(const QStringList& arguments, QByteArray* output = nullptr, int timeoutMs = 120000) const;
    // `steward-server seed-demo` into this server's database (while it runs, idle), its accounts
    // hashed at the same cheap Argon2 cost as the administrator's; returns the exit code.
    int seedDemo(int companies, qint64 users, QByteArray* output = nullptr, int timeoutMs = 120000) const;
    // SIGTERM and wait; returns the exit code.
    int terminate();
    // Stops the server and starts `serve` again on the same database, certificates, arguments and
    // port, as a restart in production would (for what must survive one, such as pending mail).
    // The new process inherits this process's environment as it is now.
    bool restart();

    static QString serverBinary();

private:
    bool start(const QStringList& serveArguments);
    bool launch(int port);
    QString createDatabase();

    QString m_name;
    QTemporaryDir m_dir;
    QString m_databaseUrl;
    std::unique_ptr<QProcess> m_process;
    QStringList m_serveArguments; // all of `serve` but the database, listen address and public URL
    int m_port = 0;
    QString m_error;
    mutable QByteArray m_log;
};

} // namespace steward::test

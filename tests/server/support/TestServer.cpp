#include "TestServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTcpServer>
#include <QUuid>

namespace steward::test {

QString TestServer::serverBinary()
{
    return QStringLiteral(STEWARD_SERVER_BINARY);
}

TestServer::TestServer(const QString& name, const QStringList& serveArguments) : m_name(name)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return;
    }
    start(serveArguments);
}

TestServer::~TestServer()
{
    terminate();
}

QString TestServer::createDatabase()
{
    if (qEnvironmentVariable("STEWARD_TEST_BACKEND") != QLatin1String("postgres"))
        return QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("steward.db"));
    const QString state = qEnvironmentVariable("STEWARD_TEST_PG_STATE");
    QProcess createdb;
    const QString dbName = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(20);
    createdb.start(QStringLiteral(STEWARD_PG_FIXTURE), {QStringLiteral("createdb"), state, dbName});
    createdb.waitForFinished(60000);
    const QString url = QString::fromUtf8(createdb.readAllStandardOutput()).trimmed().split(QLatin1Char('\n')).last();
    if (createdb.exitCode() != 0 || !url.startsWith(QLatin1String("postgresql://"))) {
        m_error = QStringLiteral("cannot create a PostgreSQL database: ") +
                  QString::fromUtf8(createdb.readAllStandardError());
        return {};
    }
    return url;
}

namespace {

// Argon2 parameters that keep a test's sign-ins fast (production costs a quarter of a second).
QStringList cheapArgon2()
{
    return {QStringLiteral("--argon2-ops"), QStringLiteral("1"), QStringLiteral("--argon2-mem-kib"),
            QStringLiteral("8")};
}

} // namespace

int TestServer::runCommand(const QStringList& arguments, QByteArray* output, int timeoutMs) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(serverBinary(), arguments);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    const QByteArray out = p.readAll();
    if (output)
        *output = out;
    m_log += "$ steward-server " + arguments.join(u' ').toUtf8() + '\n' + out;
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

int TestServer::seedDemo(int companies, qint64 users, QByteArray* output, int timeoutMs) const
{
    return runCommand(QStringList{QStringLiteral("seed-demo"), QStringLiteral("--database"), m_databaseUrl,
                                  QStringLiteral("--companies"), QString::number(companies), QStringLiteral("--users"),
                                  QString::number(users)} +
                          cheapArgon2(),
                      output, timeoutMs);
}

bool TestServer::start(const QStringList& serveArguments)
{
    m_databaseUrl = createDatabase();
    if (m_databaseUrl.isEmpty())
        return false;
    const QString certs = m_dir.filePath(QStringLiteral("certs"));
    const QString passwordFile = m_dir.filePath(QStringLiteral("admin-password"));
    QFile pw(passwordFile);
    pw.open(QIODevice::WriteOnly);
    pw.write(QByteArray(kAdminPassword) + '\n');
    pw.close();
    if (runCommand({QStringLiteral("dev-cert"), certs}) != 0 ||
        runCommand(QStringList{QStringLiteral("init"), QStringLiteral("--database"), m_databaseUrl,
                               QStringLiteral("--admin-email"), QString::fromLatin1(kAdminEmail),
                               QStringLiteral("--admin-password-file"), passwordFile} +
                   cheapArgon2()) != 0) {
        m_error = QStringLiteral("set-up failed:\n") + QString::fromUtf8(m_log);
        return false;
    }
    // The port is chosen here, not by the server, so that --public-url (the links in emails) can
    // name it.
    int port = 0;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        port = probe.serverPort();
    }
    m_serveArguments = QStringList{QStringLiteral("--tls-cert"),        certs + QStringLiteral("/server.pem"),
                                   QStringLiteral("--tls-key"),         certs + QStringLiteral("/server.key"),
                                   QStringLiteral("--threads"),         QStringLiteral("16"),
                                   QStringLiteral("--lockout-base"),    QStringLiteral("1"),
                                   QStringLiteral("--mail-retry-base"), QStringLiteral("1")} +
                       cheapArgon2() + serveArguments;
    if (!serveArguments.contains(QStringLiteral("--mail")))
        m_serveArguments << QStringLiteral("--mail") << QStringLiteral("dir:") + mailFolder();
    return launch(port);
}

bool TestServer::restart()
{
    const int port = m_port;
    if (port == 0) {
        m_error = QStringLiteral("restart: the server is not running");
        return false;
    }
    terminate();
    return launch(port);
}

bool TestServer::launch(int port)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(serverBinary(),
                     QStringList{QStringLiteral("serve"), QStringLiteral("--database"), m_databaseUrl,
                                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                                 QStringLiteral("--public-url"), QStringLiteral("https://localhost:%1").arg(port)} +
                         m_serveArguments);
    static const QRegularExpression listening(QStringLiteral("listening on https://[^:]+:(\\d+)"));
    QElapsedTimer timer;
    timer.start();
    QByteArray out;
    while (timer.elapsed() < 30000 && m_process->state() != QProcess::NotRunning) {
        m_process->waitForReadyRead(200);
        out += m_process->readAllStandardOutput();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            m_port = match.captured(1).toInt();
            m_log += out;
            return true;
        }
    }
    m_error = QStringLiteral("the server did not start:\n") + QString::fromUtf8(out) +
              QString::fromUtf8(m_process->readAllStandardError());
    return false;
}

QString TestServer::baseUrl() const
{
    return QStringLiteral("https://localhost:%1").arg(m_port);
}

QString TestServer::caFile() const
{
    return m_dir.filePath(QStringLiteral("certs/ca.pem"));
}

QByteArray TestServer::log() const
{
    if (m_process)
        m_log += m_process->readAllStandardOutput() + m_process->readAllStandardError();
    return m_log;
}

int TestServer::terminate()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return m_process ? m_process->exitCode() : 0;
    m_process->terminate();
    if (!m_process->waitForFinished(20000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    const QString artifacts = qEnvironmentVariable("STEWARD_ARTIFACTS", QDir::tempPath());
    QDir().mkpath(artifacts);
    QFile file(artifacts + QLatin1Char('/') + m_name +
               (isPostgres() ? QStringLiteral("-postgres") : QStringLiteral("-sqlite")) +
               QStringLiteral("-server.log"));
    if (file.open(QIODevice::WriteOnly))
        file.write(log());
    m_port = 0;
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

} // namespace steward::test

// steward-server's command line: --help/--version, init refusing a second time, migrate,
// settings from a config file and STEWARD_* variables, HTTPS-only unless --insecure-http on
// loopback, and a graceful stop on SIGTERM.
#include "ApiClient.h"
#include "TestServer.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace steward::test;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpAndVersion();
    void unknownCommandAndBadOptions();
    void initRefusesASecondTime();
    void migrateIsIdempotent();
    void configFileAndEnvironment();
    void serveNeedsAnInitializedStore();
    void plainHttpOnlyOnLoopback();
    void sigtermStopsGracefully();

private:
    struct Run
    {
        int code = -1;
        QString output;
    };
    Run run(const QStringList& arguments, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());

    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_dir;
};

TestCli::Run TestCli::run(const QStringList& arguments, const QProcessEnvironment& env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(TestServer::serverBinary(), arguments);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

void TestCli::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral("tst_cli"));
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
}

void TestCli::helpAndVersion()
{
    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.code, 0);
    QVERIFY(version.output.startsWith(QLatin1String("steward-server ")));
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    for (const char* word : {"dev-cert", "init", "migrate", "seed-demo", "serve", "--database", "--tls-cert",
                             "--insecure-http", "--config"})
        QVERIFY2(help.output.contains(QLatin1String(word)), word);
}

void TestCli::unknownCommandAndBadOptions()
{
    Run r = run({QStringLiteral("launch-rockets")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.output.contains(QLatin1String("unknown command")));
    r = run({QStringLiteral("serve"), QStringLiteral("--no-such-option")});
    QCOMPARE(r.code, 2);
    r = run({QStringLiteral("migrate"), QStringLiteral("--database"), QStringLiteral("mysql://x")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.output.contains(QLatin1String("sqlite:PATH")));
    r = run({QStringLiteral("serve"), QStringLiteral("--threads"), QStringLiteral("many")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.output.contains(QLatin1String("--threads")));
}

void TestCli::initRefusesASecondTime()
{
    const QString passwordFile = m_dir.filePath(QStringLiteral("pw"));
    QFile f(passwordFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Another-Strong-Pass-77\n");
    f.close();
    const Run again = run({QStringLiteral("init"), QStringLiteral("--database"), m_server->databaseUrl(),
                           QStringLiteral("--admin-email"), QStringLiteral("second@platform.example"),
                           QStringLiteral("--admin-password-file"), passwordFile});
    QCOMPARE(again.code, 1);
    QVERIFY2(again.output.contains(QLatin1String("already initialized")), qPrintable(again.output));
    // Nothing changed: the second address cannot sign in, the first still can.
    ApiClient client(*m_server);
    QCOMPARE(client.login(QStringLiteral("second@platform.example"), QStringLiteral("Another-Strong-Pass-77")).status,
             401);
    QCOMPARE(client.loginAsAdmin().status, 200);

    // A weak administrator password is refused before anything is written.
    QTemporaryDir fresh;
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write("password1\n");
    f.close();
    const QString url = QStringLiteral("sqlite:") + fresh.filePath(QStringLiteral("db.sqlite"));
    const Run weak = run({QStringLiteral("init"), QStringLiteral("--database"), url, QStringLiteral("--admin-email"),
                          QStringLiteral("a@b.example"), QStringLiteral("--admin-password-file"), passwordFile});
    QCOMPARE(weak.code, 1);
    QVERIFY(weak.output.contains(QLatin1String("at least 10")));
    QVERIFY(!QFile::exists(fresh.filePath(QStringLiteral("db.sqlite"))));
}

void TestCli::migrateIsIdempotent()
{
    const Run r = run({QStringLiteral("migrate"), QStringLiteral("--database"), m_server->databaseUrl()});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.output.contains(QLatin1String("up to date")), qPrintable(r.output));
    // A new store is created and migrated from nothing.
    const QString url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("migrated.db"));
    const Run fresh = run({QStringLiteral("migrate"), QStringLiteral("--database"), url});
    QCOMPARE(fresh.code, 0);
    QVERIFY(fresh.output.contains(QLatin1String("from version 0")));
}

void TestCli::configFileAndEnvironment()
{
    const QString url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("from-config.db"));
    const QString config = m_dir.filePath(QStringLiteral("steward.conf"));
    QFile f(config);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("# settings for the test\ndatabase = " + url.toUtf8() + "\nthreads = 8\n");
    f.close();
    Run r = run({QStringLiteral("migrate"), QStringLiteral("--config"), config});
    QCOMPARE(r.code, 0);
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("from-config.db"))));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString envUrl = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("from-env.db"));
    env.insert(QStringLiteral("STEWARD_DATABASE"), envUrl);
    r = run({QStringLiteral("migrate")}, env);
    QCOMPARE(r.code, 0);
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("from-env.db"))));
    // The command line wins over the environment.
    r = run({QStringLiteral("migrate"), QStringLiteral("--database"), url}, env);
    QVERIFY(r.output.contains(QLatin1String("up to date")));

    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("database = " + url.toUtf8() + "\ncolour = blue\n");
    f.close();
    r = run({QStringLiteral("migrate"), QStringLiteral("--config"), config});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.output.contains(QLatin1String(":2: unknown setting \"colour\"")), qPrintable(r.output));
}

void TestCli::serveNeedsAnInitializedStore()
{
    const QString url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("empty.db"));
    const Run r = run({QStringLiteral("serve"), QStringLiteral("--database"), url, QStringLiteral("--listen"),
                       QStringLiteral("127.0.0.1:0"), QStringLiteral("--insecure-http")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.output.contains(QLatin1String("not initialized")), qPrintable(r.output));
    const Run noCert = run({QStringLiteral("serve"), QStringLiteral("--database"), m_server->databaseUrl(),
                            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QCOMPARE(noCert.code, 1);
    QVERIFY(noCert.output.contains(QLatin1String("--tls-cert")));
}

void TestCli::plainHttpOnlyOnLoopback()
{
    const Run refused =
        run({QStringLiteral("serve"), QStringLiteral("--database"), m_server->databaseUrl(), QStringLiteral("--listen"),
             QStringLiteral("0.0.0.0:0"), QStringLiteral("--insecure-http")});
    QCOMPARE(refused.code, 1);
    QVERIFY(refused.output.contains(QLatin1String("loopback")));

    QProcess plain;
    plain.start(TestServer::serverBinary(),
                {QStringLiteral("serve"), QStringLiteral("--database"), m_server->databaseUrl(),
                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--insecure-http")});
    QVERIFY(plain.waitForReadyRead(20000));
    const QString banner = QString::fromUtf8(plain.readAllStandardOutput());
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("http://127.0.0.1:(\\d+)")).match(banner);
    QVERIFY2(m.hasMatch(), qPrintable(banner));
    QProcess curl;
    curl.start(QStringLiteral("curl"), {QStringLiteral("-s"), QStringLiteral("http://127.0.0.1:") + m.captured(1) +
                                                                  QStringLiteral("/api/v1/health")});
    QVERIFY(curl.waitForFinished(20000));
    QVERIFY(curl.readAll().contains("\"status\":\"ok\""));
    plain.terminate();
    QVERIFY(plain.waitForFinished(20000));
    QCOMPARE(plain.exitCode(), 0);
}

void TestCli::sigtermStopsGracefully()
{
    ApiClient client(*m_server);
    QCOMPARE(client.get(QStringLiteral("/api/v1/health")).status, 200);
    QCOMPARE(m_server->terminate(), 0);
    QVERIFY(m_server->log().contains("stopped"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

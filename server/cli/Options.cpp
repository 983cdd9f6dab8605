#include "Options.h"

#include "store/Database.h"

#include <QCommandLineParser>
#include <QFile>
#include <QHash>
#include <QProcessEnvironment>
#include <QTextStream>
#include <cstdio>

namespace steward::server {
namespace {

const char* const kUsage = R"(Commands:
  dev-cert DIR   write a local CA and a certificate for localhost (DIR/ca.pem, server.pem, server.key)
  init           create the schema and the first platform administrator
  migrate        apply pending schema migrations
  seed-demo      fill the store with realistic multilingual demo data
  serve          serve the HTTPS API)";

// The settings that the config file and STEWARD_* variables may also carry.
const QStringList kSettings{
    QStringLiteral("database"),         QStringLiteral("listen"),
    QStringLiteral("tls-cert"),         QStringLiteral("tls-key"),
    QStringLiteral("public-url"),       QStringLiteral("insecure-http"),
    QStringLiteral("threads"),          QStringLiteral("argon2-ops"),
    QStringLiteral("argon2-mem-kib"),   QStringLiteral("session-ttl"),
    QStringLiteral("session-idle"),     QStringLiteral("lockout-base"),
    QStringLiteral("account-failures"), QStringLiteral("address-failures"),
    QStringLiteral("max-body-bytes"),   QStringLiteral("mail"),
    QStringLiteral("mail-from"),        QStringLiteral("platform-name"),
    QStringLiteral("mail-retry-base"),
};

bool readConfigFile(const QString& path, QHash<QString, QString>* values, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read config file %1: %2").arg(path, file.errorString());
        return false;
    }
    QTextStream in(&file);
    int lineNumber = 0;
    while (!in.atEnd()) {
        ++lineNumber;
        const QString line = in.readLine().trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        const QString key = line.left(eq).trimmed();
        if (eq < 0 || !kSettings.contains(key)) {
            *error = QStringLiteral("%1:%2: unknown setting \"%3\"").arg(path).arg(lineNumber).arg(key);
            return false;
        }
        values->insert(key, line.mid(eq + 1).trimmed());
    }
    return true;
}

bool toInt(const QHash<QString, QString>& values, const QString& key, qint64* target, QString* error)
{
    if (!values.contains(key))
        return true;
    bool ok = false;
    const qint64 v = values.value(key).toLongLong(&ok);
    if (!ok || v < 0) {
        *error = QStringLiteral("--%1 must be a non-negative whole number").arg(key);
        return false;
    }
    *target = v;
    return true;
}

bool apply(const QHash<QString, QString>& values, ServerConfig* c, QString* error)
{
    c->databaseUrl = values.value(QStringLiteral("database"), c->databaseUrl);
    c->listen = values.value(QStringLiteral("listen"), c->listen);
    c->tlsCert = values.value(QStringLiteral("tls-cert"), c->tlsCert);
    c->tlsKey = values.value(QStringLiteral("tls-key"), c->tlsKey);
    c->publicUrl = values.value(QStringLiteral("public-url"), c->publicUrl);
    c->mail = values.value(QStringLiteral("mail"), c->mail);
    c->mailFrom = values.value(QStringLiteral("mail-from"), c->mailFrom);
    c->platformName = values.value(QStringLiteral("platform-name"), c->platformName);
    if (values.contains(QStringLiteral("insecure-http"))) {
        const QString v = values.value(QStringLiteral("insecure-http")).toLower();
        c->insecureHttp =
            v.isEmpty() || v == QLatin1String("1") || v == QLatin1String("true") || v == QLatin1String("yes");
    }
    qint64 threads = c->threads, ttl = c->sessionTtlSeconds, idle = c->sessionIdleSeconds, base = c->lockoutBaseSeconds;
    qint64 accountFailures = c->accountFailuresBeforeLock, addressFailures = c->addressFailuresBeforeLock;
    qint64 memKib = c->argon2MemBytes / 1024;
    qint64 retryBase = c->mailRetryBaseSeconds;
    bool ok = toInt(values, QStringLiteral("threads"), &threads, error) &&
              toInt(values, QStringLiteral("argon2-ops"), &c->argon2Ops, error) &&
              toInt(values, QStringLiteral("argon2-mem-kib"), &memKib, error) &&
              toInt(values, QStringLiteral("session-ttl"), &ttl, error) &&
              toInt(values, QStringLiteral("session-idle"), &idle, error) &&
              toInt(values, QStringLiteral("lockout-base"), &base, error) &&
              toInt(values, QStringLiteral("account-failures"), &accountFailures, error) &&
              toInt(values, QStringLiteral("address-failures"), &addressFailures, error) &&
              toInt(values, QStringLiteral("max-body-bytes"), &c->maxBodyBytes, error) &&
              toInt(values, QStringLiteral("mail-retry-base"), &retryBase, error);
    c->mailRetryBaseSeconds = int(qMax<qint64>(retryBase, 1));
    c->threads = int(threads);
    c->argon2MemBytes = memKib * 1024;
    c->sessionTtlSeconds = int(ttl);
    c->sessionIdleSeconds = int(idle);
    c->lockoutBaseSeconds = int(base);
    c->accountFailuresBeforeLock = int(accountFailures);
    c->addressFailuresBeforeLock = int(addressFailures);
    return ok;
}

} // namespace

ParseOutcome parseOptions(const QStringList& args, Options* options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Steward's HTTPS API server.\n\n") + QLatin1String(kUsage));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("dev-cert, init, migrate, seed-demo or serve"));
    const QList<QCommandLineOption> valueOptions{
        {QStringLiteral("config"), QStringLiteral("Read settings from FILE (key = value lines)."),
         QStringLiteral("FILE")},
        {QStringLiteral("database"), QStringLiteral("sqlite:PATH or postgresql://user[:password]@host:port/db."),
         QStringLiteral("URL")},
        {QStringLiteral("listen"), QStringLiteral("Address to serve on (default 127.0.0.1:8443; port 0 picks one)."),
         QStringLiteral("HOST:PORT")},
        {QStringLiteral("tls-cert"), QStringLiteral("PEM certificate chain."), QStringLiteral("PEM")},
        {QStringLiteral("tls-key"), QStringLiteral("PEM private key."), QStringLiteral("PEM")},
        {QStringLiteral("public-url"), QStringLiteral("The URL people reach the server at (for links in emails)."),
         QStringLiteral("URL")},
        {QStringLiteral("threads"), QStringLiteral("Worker threads (default 64)."), QStringLiteral("N")},
        {QStringLiteral("argon2-ops"), QStringLiteral("Argon2id passes (default 3)."), QStringLiteral("N")},
        {QStringLiteral("argon2-mem-kib"), QStringLiteral("Argon2id memory in KiB (default 262144)."),
         QStringLiteral("KIB")},
        {QStringLiteral("session-ttl"), QStringLiteral("Session lifetime in seconds (default 43200)."),
         QStringLiteral("S")},
        {QStringLiteral("session-idle"), QStringLiteral("Idle timeout in seconds (default 1800)."),
         QStringLiteral("S")},
        {QStringLiteral("lockout-base"), QStringLiteral("First lockout delay in seconds (default 2)."),
         QStringLiteral("S")},
        {QStringLiteral("account-failures"), QStringLiteral("Failed sign-ins per account before lockout (default 5)."),
         QStringLiteral("N")},
        {QStringLiteral("address-failures"),
         QStringLiteral("Failed sign-ins per client address before lockout (default 20)."), QStringLiteral("N")},
        {QStringLiteral("max-body-bytes"), QStringLiteral("Largest accepted request body (default 1048576)."),
         QStringLiteral("N")},
        {QStringLiteral("mail"),
         QStringLiteral("Mail delivery: smtp://[user:pass@]host:port[?tls=starttls|implicit|none] or dir:PATH (default "
                        "dir: under the data folder)."),
         QStringLiteral("SPEC")},
        {QStringLiteral("mail-from"),
         QStringLiteral("Sender of every email (default \"Steward <no-reply@steward.localhost>\")."),
         QStringLiteral("MAILBOX")},
        {QStringLiteral("platform-name"),
         QStringLiteral("The product name shown in emails and pages (default Steward)."), QStringLiteral("NAME")},
        {QStringLiteral("mail-retry-base"),
         QStringLiteral("Seconds before the first retry of a failed delivery (default 30; doubles each time)."),
         QStringLiteral("S")},
        {QStringLiteral("admin-email"), QStringLiteral("init: the first platform administrator's email."),
         QStringLiteral("EMAIL")},
        {QStringLiteral("admin-password-file"), QStringLiteral("init: a file holding that administrator's password."),
         QStringLiteral("FILE")},
        {QStringLiteral("companies"), QStringLiteral("seed-demo: number of companies (default 1000)."),
         QStringLiteral("N")},
        {QStringLiteral("users"),
         QStringLiteral(
             "seed-demo: company users in all, owners included (default 10000); a database seeded before is refused."),
         QStringLiteral("N")},
    };
    for (const QCommandLineOption& option : valueOptions)
        parser.addOption(option);
    parser.addOption({QStringLiteral("insecure-http"), QStringLiteral("Serve plain HTTP (loopback addresses only).")});

    if (!parser.parse(args)) {
        std::fprintf(stderr, "steward-server: %s\nTry steward-server --help.\n", qPrintable(parser.errorText()));
        return ParseOutcome::ExitError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ParseOutcome::ExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("steward-server %s\n", STEWARD_VERSION);
        return ParseOutcome::ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        std::fprintf(stderr, "steward-server: name a command.\n%s\n", kUsage);
        return ParseOutcome::ExitError;
    }
    options->command = positional.first();
    options->arguments = positional.mid(1);

    QHash<QString, QString> values;
    QString error;
    if (parser.isSet(QStringLiteral("config")) &&
        !readConfigFile(parser.value(QStringLiteral("config")), &values, &error)) {
        std::fprintf(stderr, "steward-server: %s\n", qPrintable(error));
        return ParseOutcome::ExitError;
    }
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& key : kSettings) {
        const QString var =
            QStringLiteral("STEWARD_") + QString(key).toUpper().replace(QLatin1Char('-'), QLatin1Char('_'));
        if (env.contains(var))
            values.insert(key, env.value(var));
    }
    for (const QString& key : kSettings) {
        if (key == QLatin1String("insecure-http")) {
            if (parser.isSet(key))
                values.insert(key, QStringLiteral("true"));
        } else if (parser.isSet(key)) {
            values.insert(key, parser.value(key));
        }
    }
    options->config.databaseUrl = DatabaseUrl::defaultUrl();
    if (!apply(values, &options->config, &error)) {
        std::fprintf(stderr, "steward-server: %s\n", qPrintable(error));
        return ParseOutcome::ExitError;
    }
    options->adminEmail = parser.value(QStringLiteral("admin-email"));
    options->adminPasswordFile = parser.value(QStringLiteral("admin-password-file"));
    bool ok = true;
    if (parser.isSet(QStringLiteral("companies")))
        options->companies = parser.value(QStringLiteral("companies")).toInt(&ok);
    if (ok && parser.isSet(QStringLiteral("users")))
        options->users = parser.value(QStringLiteral("users")).toInt(&ok);
    if (!ok || options->companies < 1 || options->users < 0) {
        std::fprintf(stderr, "steward-server: --companies and --users take positive whole numbers\n");
        return ParseOutcome::ExitError;
    }
    return ParseOutcome::Run;
}

} // namespace steward::server

// steward-bench-client --server URL --ca-file PEM --email E --password-file F
// Signs in, opens the users table offscreen and prints one JSON line:
// {"first_page_ms": …, "jump_to_end_ms": …, "peak_rss_mb": …, …}
#include "ClientBench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <cstdio>
#include <net/CertificateTrust.h>
#include <net/ServerConnection.h>
#include <net/TrustStore.h>
#include <net/jobs/LoginJob.h>

namespace {

class NoTrustStore : public steward::net::TrustStore
{
public:
    QString pinnedFingerprint(const QString&) const override { return {}; }
    void pin(const QString&, const QString&) override {}
    void unpin(const QString&) override {}
    QStringList pinnedServers() const override { return {}; }
    QList<QSslCertificate> trustedCas(const QString&) const override { return {}; }
    void setTrustedCas(const QString&, const QList<QSslCertificate>&) override {}
};

[[noreturn]] void fail(const QString& message)
{
    std::fprintf(stderr, "steward-bench-client: %s\n", qPrintable(message));
    std::exit(1);
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Server URL"), QStringLiteral("URL"));
    const QCommandLineOption ca(QStringLiteral("ca-file"), QStringLiteral("CA certificate"), QStringLiteral("PEM"));
    const QCommandLineOption email(QStringLiteral("email"), QStringLiteral("Account"), QStringLiteral("EMAIL"));
    const QCommandLineOption password(QStringLiteral("password-file"), QStringLiteral("Password file"),
                                      QStringLiteral("FILE"));
    parser.addOptions({server, ca, email, password});
    parser.addHelpOption();
    parser.process(application);
    for (const auto& option : {server, ca, email, password})
        if (!parser.isSet(option))
            fail(QStringLiteral("--%1 is required").arg(option.names().constFirst()));

    QFile passwordFile(parser.value(password));
    if (!passwordFile.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read %1").arg(passwordFile.fileName()));
    NoTrustStore store;
    steward::net::CertificateTrust trust(&store);
    QString error;
    if (!trust.addCaFile(parser.value(ca), &error))
        fail(error);
    steward::net::ServerConnection connection(QUrl(parser.value(server)), &trust);

    auto* login = new steward::net::LoginJob(&connection, parser.value(email),
                                             QString::fromUtf8(passwordFile.readAll()).trimmed());
    login->setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(login, &steward::net::ApiJob::finished, &loop, &QEventLoop::quit);
    login->start();
    loop.exec();
    if (!login->result().ok())
        fail(QStringLiteral("sign-in failed: ") + login->result().message);
    connection.setToken(login->token());

    steward::bench::ClientBench bench(&connection);
    QJsonObject figures;
    if (!bench.run(&figures, &error))
        fail(error);
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    return 0;
}

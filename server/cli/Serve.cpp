// `steward-server serve`: HTTPS until SIGTERM or SIGINT, then a graceful stop (requests in flight
// finish; keep-alive connections close after their current request).
#include "Commands.h"
#include "ServerContext.h"
#include "api/Routes.h"
#include "http/HttpServer.h"
#include "mail/MailWorker.h"
#include "store/Migrations.h"

#include <QStandardPaths>
#include <csignal>
#include <cstdio>
#include <pthread.h>
#include <thread>

namespace steward::server {
namespace {

sigset_t stopSignals()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    return set;
}

} // namespace

int runServe(const Options& options)
{
    QString error;
    const auto url = DatabaseUrl::parse(options.config.databaseUrl, &error);
    if (!url) {
        std::fprintf(stderr, "steward-server: %s\n", qPrintable(error));
        return 2;
    }
    // Block the stop signals before any thread starts, so that only the waiter below receives them.
    const sigset_t signals = stopSignals();
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    ServerContext context(options.config, *url);
    const qint64 offset = qEnvironmentVariableIntValue("STEWARD_TEST_CLOCK_OFFSET_S");
    context.clockOffsetMs = offset * 1000;
    const int schema = currentSchemaVersion(context.database);
    if (schema == 0) {
        std::fprintf(stderr, "steward-server: %s is not initialized; run steward-server init first\n",
                     qPrintable(url->redacted()));
        return 1;
    }
    if (schema < latestSchemaVersion()) {
        std::fprintf(stderr,
                     "steward-server: the schema is at version %d, this server needs %d; run steward-server migrate\n",
                     schema, latestSchemaVersion());
        return 1;
    }
    QString mailSpec = options.config.mail;
    if (mailSpec.isEmpty())
        mailSpec = QStringLiteral("dir:") + QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                   QStringLiteral("/steward/mail");
    std::unique_ptr<MailTransport> transport = makeMailTransport(mailSpec, &error);
    if (!transport) {
        std::fprintf(stderr, "steward-server: %s\n", qPrintable(error));
        return 2;
    }
    std::fprintf(stderr, "steward-server: mail goes to %s\n", qPrintable(transport->describe()));
    MailWorker mailWorker(context, std::move(transport));
    context.mailQueued = [&mailWorker] { mailWorker.wake(); };
    mailWorker.start();

    HttpServer server(context, buildRouter());
    const int port = server.bind(&error);
    if (port < 0) {
        std::fprintf(stderr, "steward-server: %s\n", qPrintable(error));
        return 1;
    }
    const QString host = options.config.listen.left(options.config.listen.lastIndexOf(QLatin1Char(':')));
    std::printf("steward-server %s listening on %s://%s:%d (database %s)\n", STEWARD_VERSION,
                options.config.insecureHttp ? "http" : "https", qPrintable(host), port, qPrintable(url->redacted()));
    std::fflush(stdout);

    std::thread waiter([&server, signals] {
        int received = 0;
        sigwait(&signals, &received);
        std::fprintf(stderr, "steward-server: signal %d, finishing requests in flight\n", received);
        server.stop();
    });
    const bool ok = server.run();
    // run() also returns when listening fails; wake the waiter so it can be joined.
    pthread_kill(waiter.native_handle(), SIGTERM);
    waiter.join();
    context.mailQueued = [] {};
    mailWorker.stop();
    std::fprintf(stderr, "steward-server: stopped\n");
    return ok ? 0 : 1;
}

} // namespace steward::server

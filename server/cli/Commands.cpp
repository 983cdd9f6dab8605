#include "Commands.h"

#include "DevCert.h"
#include "auth/Passwords.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/StoreError.h"

#include <cstdio>

namespace steward::server {

int runCommand(const Options& options)
{
    if (!initializeCrypto()) {
        std::fprintf(stderr, "steward-server: libsodium could not be initialized\n");
        return 1;
    }
    const QString& c = options.command;
    try {
        if (c == QLatin1String("dev-cert"))
            return runDevCert(options);
        if (c == QLatin1String("init"))
            return runInit(options);
        if (c == QLatin1String("migrate"))
            return runMigrate(options);
        if (c == QLatin1String("seed-demo"))
            return runSeedDemo(options);
        if (c == QLatin1String("serve"))
            return runServe(options);
    } catch (const StoreError& e) {
        std::fprintf(stderr, "steward-server: database error: %s\n", e.what());
        return 1;
    }
    std::fprintf(stderr, "steward-server: unknown command \"%s\"; try --help\n", qPrintable(c));
    return 2;
}

int runDevCert(const Options& options)
{
    if (options.arguments.size() != 1) {
        std::fprintf(stderr, "usage: steward-server dev-cert DIR\n");
        return 2;
    }
    QString error;
    if (!writeDevCertificates(options.arguments.first(), &error)) {
        std::fprintf(stderr, "steward-server: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("Wrote %s/ca.pem, server.pem and server.key (for local use only; trust ca.pem in the client).\n",
                qPrintable(options.arguments.first()));
    return 0;
}

int runMigrate(const Options& options)
{
    QString error;
    const auto url = DatabaseUrl::parse(options.config.databaseUrl, &error);
    if (!url) {
        std::fprintf(stderr, "steward-server: %s\n", qPrintable(error));
        return 2;
    }
    Database database(*url);
    const MigrationResult result = migrate(database);
    if (result.from == result.to)
        std::printf("Schema is up to date (version %d).\n", result.to);
    else
        std::printf("Migrated %s from version %d to %d.\n", qPrintable(url->redacted()), result.from, result.to);
    return 0;
}

} // namespace steward::server

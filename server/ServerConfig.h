#pragma once

#include <QString>

namespace steward::server {

// Every setting of `steward-server`. Set from, in rising priority: defaults, the config file
// (--config), STEWARD_* environment variables, and command-line options.
struct ServerConfig
{
    QString databaseUrl;
    QString listen = QStringLiteral("127.0.0.1:8443"); // HOST:PORT; port 0 picks a free one
    QString tlsCert;
    QString tlsKey;
    QString publicUrl;
    bool insecureHttp = false; // plain HTTP, loopback only
    int threads = 64;          // a keep-alive connection holds a worker, so size for the connections
    qint64 maxBodyBytes = 1024 * 1024;

    // Argon2id cost; tests lower it, production keeps libsodium's "moderate" values.
    qint64 argon2Ops = 3;
    qint64 argon2MemBytes = 256LL * 1024 * 1024;

    // Mail: smtp://… or dir:PATH (empty: dir: under the data folder), the sender, the product name
    // shown in emails, and the first retry delay after a failed delivery.
    QString mail;
    QString mailFrom = QStringLiteral("Steward <no-reply@steward.localhost>");
    QString platformName = QStringLiteral("Steward");
    int mailRetryBaseSeconds = 30;

    int sessionTtlSeconds = 12 * 3600;
    int sessionIdleSeconds = 30 * 60;

    // Lockout: after this many failures in a row, each further failure doubles the wait, from
    // lockoutBaseSeconds up to lockoutMaxSeconds. Per account and, more leniently, per address.
    int accountFailuresBeforeLock = 5;
    int addressFailuresBeforeLock = 20;
    int lockoutBaseSeconds = 2;
    int lockoutMaxSeconds = 15 * 60;
};

} // namespace steward::server

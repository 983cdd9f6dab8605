#pragma once

#include "ServerConfig.h"

#include <QString>
#include <QStringList>

namespace steward::server {

// The parsed command line of `steward-server COMMAND [options]`.
struct Options
{
    QString command; // dev-cert, init, migrate, seed-demo, serve
    QStringList arguments;
    ServerConfig config;
    QString adminEmail;
    QString adminPasswordFile;
    int companies = 1000;
    int users = 10000;
};

enum class ParseOutcome
{
    Run,
    ExitOk,
    ExitError
};

// Reads defaults, then --config FILE (lines of `key = value`, keys as the long options, `#`
// comments), then STEWARD_* environment variables (STEWARD_DATABASE, STEWARD_TLS_CERT, …), then the
// command line. Prints --help/--version/errors itself.
ParseOutcome parseOptions(const QStringList& args, Options* options);

} // namespace steward::server

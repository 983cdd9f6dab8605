#pragma once

#include <QStringList>
#include <optional>
#include <ui/ClientShell.h>

namespace steward::app {

// Reads `steward [--server URL] [--ca-file PEM] [--user EMAIL] [--lang CODE]`. Prints help or the
// version and exits on --help / --version; prints the problem and exits with 2 on bad options.
ui::ClientOptions parseCommandLine(const QStringList& arguments);

} // namespace steward::app

// steward-server: the command line. Each command lives in its own file under cli/.
#include "cli/Commands.h"
#include "cli/Options.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("steward-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STEWARD_VERSION));

    steward::server::Options options;
    switch (steward::server::parseOptions(QCoreApplication::arguments(), &options)) {
    case steward::server::ParseOutcome::ExitOk:
        return 0;
    case steward::server::ParseOutcome::ExitError:
        return 2;
    case steward::server::ParseOutcome::Run:
        break;
    }
    return steward::server::runCommand(options);
}

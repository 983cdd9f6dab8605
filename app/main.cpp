#include "CommandLine.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>
#include <cstdio>
#include <ui/ClientShell.h>

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Steward"));
    QApplication::setApplicationName(QStringLiteral("steward"));
    QApplication::setApplicationDisplayName(QStringLiteral("Steward"));
    QApplication::setApplicationVersion(QStringLiteral(STEWARD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.steward.Steward"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.steward.Steward")));

    const steward::ui::ClientOptions options = steward::app::parseCommandLine(QApplication::arguments());
    QSettings settings;
    steward::ui::ClientShell shell(&settings);
    QString error;
    if (!shell.configure(options, &error)) {
        std::fprintf(stderr, "steward: %s\n", qPrintable(error));
        return 2;
    }
    QObject::connect(&shell, &steward::ui::ClientShell::quitRequested, &application, &QApplication::quit,
                     Qt::QueuedConnection);
    shell.start();
    return QApplication::exec();
}

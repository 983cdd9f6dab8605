#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>
#include <domain/Language.h>
#include <ui/SignInWindow.h>

namespace steward::app {
namespace {

[[noreturn]] void fail(const QString& message)
{
    std::fprintf(stderr, "steward: %s\n", qPrintable(message));
    std::exit(2);
}

} // namespace

ui::ClientOptions parseCommandLine(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "steward::app::CommandLine", "Steward: administer the users of the companies on your platform."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(
        QStringLiteral("server"), QCoreApplication::translate("steward::app::CommandLine", "The server to sign in to."),
        QStringLiteral("URL"));
    const QCommandLineOption caFile(
        QStringLiteral("ca-file"),
        QCoreApplication::translate("steward::app::CommandLine",
                                    "Also trust the certificate authorities in this PEM file."),
        QStringLiteral("PEM"));
    const QCommandLineOption user(
        QStringLiteral("user"),
        QCoreApplication::translate("steward::app::CommandLine", "The email address to sign in with."),
        QStringLiteral("EMAIL"));
    const QCommandLineOption language(
        QStringLiteral("lang"),
        QCoreApplication::translate("steward::app::CommandLine",
                                    "Interface language for this run: en, es, de, fr or ru."),
        QStringLiteral("CODE"));
    parser.addOptions({server, caFile, user, language});
    parser.process(arguments);
    if (!parser.positionalArguments().isEmpty())
        fail(QCoreApplication::translate("steward::app::CommandLine", "unexpected argument %1 (see --help)")
                 .arg(parser.positionalArguments().constFirst()));

    ui::ClientOptions options;
    if (parser.isSet(server)) {
        options.server = ui::SignInWindow::normalizeServer(parser.value(server));
        if (options.server.isEmpty())
            fail(QCoreApplication::translate("steward::app::CommandLine", "--server: %1 is not a server address")
                     .arg(parser.value(server)));
    }
    options.caFile = parser.value(caFile);
    options.email = parser.value(user).trimmed();
    if (parser.isSet(language)) {
        const auto parsed = languageFromCode(parser.value(language));
        if (!parsed)
            fail(QCoreApplication::translate("steward::app::CommandLine", "--lang: %1 is not one of en, es, de, fr, ru")
                     .arg(parser.value(language)));
        options.language = languageCode(*parsed);
    }
    return options;
}

} // namespace steward::app

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace steward::ui {

// The addresses typed into the invite dialog: one per line or separated by commas or semicolons
// (spaces around them do not matter). Each is checked with the same rules as the server's
// (domain::validateEmail); an address given twice is kept once.
struct InviteAddresses
{
    struct Bad
    {
        QString address;
        QString reason;         // translated
        qsizetype position = 0; // where it starts in the typed text
    };

    QStringList good;
    QList<Bad> bad;

    static InviteAddresses parse(const QString& text);
};

} // namespace steward::ui

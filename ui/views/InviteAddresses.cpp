#include "InviteAddresses.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <domain/Validation.h>

namespace steward::ui {
namespace {

struct InviteAddressText
{
    Q_DECLARE_TR_FUNCTIONS(steward::ui::InviteAddresses)
};

QString reasonFor(const FieldErrors& errors)
{
    const QString code = errors.isEmpty() ? QString() : errors.first().code;
    if (code == QLatin1String("too_long"))
        return InviteAddressText::tr("too long");
    //: Why an address in the invite dialog is refused (no @, no domain, bad characters…).
    return InviteAddressText::tr("not a valid email address");
}

} // namespace

InviteAddresses InviteAddresses::parse(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[^,;\\s]+"));
    InviteAddresses result;
    QSet<QString> seen;
    auto it = separators.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString address = match.captured();
        const FieldErrors errors = validateEmail(address);
        if (!errors.isEmpty()) {
            result.bad.append({address, reasonFor(errors), match.capturedStart()});
            continue;
        }
        const QString key = normalizeEmail(address).toLower();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        result.good.append(address);
    }
    return result;
}

} // namespace steward::ui

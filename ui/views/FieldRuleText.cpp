#include "FieldRuleText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace steward::ui {
namespace {

struct FieldRuleText
{
    Q_DECLARE_TR_FUNCTIONS(steward::ui::FieldRuleText)
};

// The bound the English message names ("Must be at most 200 characters."), -1 when none.
int boundIn(const QString& message)
{
    static const QRegularExpression number(QStringLiteral("(\\d+)"));
    const QRegularExpressionMatch match = number.match(message);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

QString fieldRuleText(const FieldError& error)
{
    const QString& code = error.code;
    if (code == QLatin1String("required"))
        return FieldRuleText::tr("Required.");
    if (code == QLatin1String("too_long")) {
        const int bound = boundIn(error.message);
        return bound > 0 ? FieldRuleText::tr("At most %n character(s).", nullptr, bound)
                         : FieldRuleText::tr("Too long.");
    }
    if (code == QLatin1String("invalid_characters"))
        return FieldRuleText::tr("Contains characters that are not allowed here.");
    if (code == QLatin1String("unknown_country"))
        return FieldRuleText::tr("Not an assigned ISO 3166-1 country code.");
    if (code == QLatin1String("duplicate"))
        return FieldRuleText::tr("Another field already uses this key.");
    if (code == QLatin1String("invalid_format")) {
        if (error.field.endsWith(QLatin1String(".key")))
            return FieldRuleText::tr("Must start with a letter a–z and contain only a–z, 0–9 and _.");
        if (error.field.endsWith(QLatin1String(".maxLength")))
            return FieldRuleText::tr("Must be between 1 and 10,000.");
        if (error.field.endsWith(QLatin1String(".options")))
            return FieldRuleText::tr("Options must be distinct.");
        if (error.field.endsWith(QLatin1String("country")))
            return FieldRuleText::tr("Must be two upper-case letters.");
        if (error.field.endsWith(QLatin1String("email")))
            return FieldRuleText::tr("Not a valid email address.");
    }
    return error.message;
}

} // namespace steward::ui

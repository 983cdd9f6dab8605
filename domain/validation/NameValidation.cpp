#include "Validation.h"

#include <algorithm>

namespace steward {

namespace {

constexpr int kMaxPersonNameLength = 100;
constexpr int kMinUsernameLength = 3;
constexpr int kMaxUsernameLength = 64;

FieldError error(const QString& field, const QString& code, const QString& message)
{
    return FieldError{field, code, message};
}

bool isControl(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Other_Control || category == QChar::Separator_Line ||
           category == QChar::Separator_Paragraph;
}

// Apostrophes (' and the typographic ’), hyphens (- and U+2010) and periods join name parts:
// "O’Brien", "Jean-Luc", "St. John".
bool isNamePunctuation(char32_t c)
{
    return c == U'\'' || c == U'\u2019' || c == U'-' || c == U'\u2010' || c == U'.';
}

bool isNameCharacter(char32_t c)
{
    return QChar::isLetter(c) || QChar::isMark(c) || QChar::category(c) == QChar::Separator_Space ||
           isNamePunctuation(c);
}

bool isUsernameCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '.' || u == '_' ||
           u == '-';
}

} // namespace

FieldErrors validatePersonName(const QString& name, const QString& field)
{
    const QList<uint> codePoints = name.trimmed().toUcs4();
    if (codePoints.isEmpty())
        return {error(field, QStringLiteral("required"), QStringLiteral("A name is required."))};
    FieldErrors errors;
    if (codePoints.size() > kMaxPersonNameLength)
        errors.append(error(field, QStringLiteral("too_long"), QStringLiteral("Must be at most 100 characters.")));
    bool allowedOnly = true;
    bool hasLetter = false;
    for (const uint c : codePoints) {
        allowedOnly = allowedOnly && isNameCharacter(c);
        hasLetter = hasLetter || QChar::isLetter(c);
    }
    if (!allowedOnly) {
        errors.append(error(field, QStringLiteral("invalid_characters"),
                            QStringLiteral("May contain only letters, spaces, apostrophes, hyphens and periods.")));
    } else if (!hasLetter) {
        errors.append(
            error(field, QStringLiteral("invalid_format"), QStringLiteral("Must contain at least one letter.")));
    }
    return errors;
}

FieldErrors validateUsername(const QString& username, const QString& field)
{
    const QString text = username.trimmed();
    if (text.isEmpty())
        return {error(field, QStringLiteral("required"), QStringLiteral("A username is required."))};
    FieldErrors errors;
    if (text.size() < kMinUsernameLength)
        errors.append(error(field, QStringLiteral("too_short"), QStringLiteral("Must be at least 3 characters.")));
    else if (text.size() > kMaxUsernameLength)
        errors.append(error(field, QStringLiteral("too_long"), QStringLiteral("Must be at most 64 characters.")));
    if (!std::all_of(text.cbegin(), text.cend(), isUsernameCharacter)) {
        errors.append(error(field, QStringLiteral("invalid_characters"),
                            QStringLiteral("May contain only letters a–z, digits, '.', '_' and '-'.")));
    } else if (!text.front().isLetterOrNumber()) {
        errors.append(
            error(field, QStringLiteral("invalid_format"), QStringLiteral("Must start with a letter or a digit.")));
    }
    return errors;
}

FieldErrors validateText(const QString& text, const QString& field, int maxLength, bool required)
{
    const QList<uint> codePoints = text.trimmed().toUcs4();
    if (codePoints.isEmpty()) {
        if (!required)
            return {};
        return {error(field, QStringLiteral("required"), QStringLiteral("This field is required."))};
    }
    FieldErrors errors;
    if (codePoints.size() > maxLength)
        errors.append(
            error(field, QStringLiteral("too_long"), QStringLiteral("Must be at most %1 characters.").arg(maxLength)));
    if (std::any_of(codePoints.cbegin(), codePoints.cend(), isControl))
        errors.append(error(field, QStringLiteral("invalid_characters"),
                            QStringLiteral("Must not contain control characters or line breaks.")));
    return errors;
}

} // namespace steward

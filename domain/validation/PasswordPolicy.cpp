#include "Validation.h"

namespace steward {

namespace {

// The part of the address people tend to reuse in a password ("jane.doe" of jane.doe@example.com).
QString localPartOf(const QString& email)
{
    const QString address = email.trimmed();
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? address : address.left(at);
}

} // namespace

FieldErrors validatePassword(const QString& password, const QString& email, const QString& field)
{
    if (password.isEmpty())
        return {FieldError{field, QStringLiteral("required"), QStringLiteral("A password is required.")}};
    FieldErrors errors;
    // Lengths count code points, so "🔒" is one character, as people see it.
    const qsizetype length = password.toUcs4().size();
    if (length < kPasswordMinLength)
        errors.append({field, QStringLiteral("too_short"),
                       QStringLiteral("Must be at least %1 characters.").arg(kPasswordMinLength)});
    else if (length > kPasswordMaxLength)
        errors.append({field, QStringLiteral("too_long"),
                       QStringLiteral("Must be at most %1 characters.").arg(kPasswordMaxLength)});
    if (isCommonPassword(password))
        errors.append(
            {field, QStringLiteral("common_password"), QStringLiteral("Must not be a commonly used password.")});
    const QString local = localPartOf(email);
    if (local.toUcs4().size() >= 3 && password.contains(local, Qt::CaseInsensitive))
        errors.append({field, QStringLiteral("contains_email"),
                       QStringLiteral("Must not contain the name part of your email address.")});
    return errors;
}

} // namespace steward

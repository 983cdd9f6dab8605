#include "Validation.h"

#include <QUrl>

namespace steward {

namespace {

constexpr int kMaxAddressOctets = 254;
constexpr int kMaxLocalOctets = 64;
constexpr int kMaxLabelLength = 63;

FieldErrors error(const QString& field, const QString& code, const QString& message)
{
    return {FieldError{field, code, message}};
}

// RFC 5322 atext, ASCII part: letters, digits and !#$%&'*+-/=?^_`{|}~ (the dot separates atoms).
bool isAsciiAtext(char32_t c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return c < 0x80 && QByteArrayView("!#$%&'*+-/=?^_`{|}~").contains(char(c));
}

// RFC 6531 lets UTF-8 into the local part; we accept letters and digits of any script and the
// combining marks that many scripts need to spell a word, but no symbols, spaces or controls.
bool isInternationalAtext(char32_t c)
{
    if (c < 0x80)
        return false;
    return QChar::isLetter(c) || QChar::isMark(c) || QChar::category(c) == QChar::Number_DecimalDigit;
}

FieldErrors checkLocalPart(const QString& local, const QString& field)
{
    if (local.isEmpty())
        return error(field, QStringLiteral("invalid_format"), QStringLiteral("Must have a name before the '@'."));
    if (local.toUtf8().size() > kMaxLocalOctets)
        return error(field, QStringLiteral("too_long"),
                     QStringLiteral("The part before the '@' must be at most 64 bytes long."));
    const QList<uint> codePoints = local.toUcs4();
    for (const uint c : codePoints) {
        if (c != '.' && !isAsciiAtext(c) && !isInternationalAtext(c))
            return error(field, QStringLiteral("invalid_characters"),
                         QStringLiteral("The part before the '@' may contain only letters, digits, dots and "
                                        "!#$%&'*+-/=?^_`{|}~ (no spaces or quotes)."));
    }
    if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.')) || local.contains(QLatin1String("..")))
        return error(field, QStringLiteral("invalid_format"),
                     QStringLiteral("The part before the '@' must not start or end with a dot or contain two dots in "
                                    "a row."));
    return {};
}

bool isLdhLabel(QByteArrayView label)
{
    if (label.isEmpty() || label.size() > kMaxLabelLength)
        return false;
    if (label.startsWith('-') || label.endsWith('-'))
        return false;
    for (const char c : label) {
        const bool ldh = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
        if (!ldh)
            return false;
    }
    return true;
}

// An "xn--" label must be real Punycode: decoding it and encoding it again gives it back.
bool isValidAceLabel(const QByteArray& label)
{
    if (!label.startsWith("xn--"))
        return true;
    const QString unicode = QUrl::fromAce(label, QUrl::IgnoreIDNWhitelist);
    return unicode != QString::fromLatin1(label) && QUrl::toAce(unicode) == label;
}

bool isAllDigits(QByteArrayView label)
{
    for (const char c : label) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

FieldErrors checkDomain(const QString& domain, const QString& field)
{
    const QString invalidDomain = QStringLiteral("invalid_format");
    if (domain.isEmpty())
        return error(field, invalidDomain, QStringLiteral("Must have a domain after the '@'."));
    if (domain.startsWith(QLatin1Char('[')))
        return error(field, invalidDomain, QStringLiteral("Must use a domain name, not an IP address."));
    const QByteArray ace = QUrl::toAce(domain);
    if (ace.isEmpty())
        return error(field, invalidDomain, QStringLiteral("The domain after the '@' is not a valid domain name."));
    const QList<QByteArray> labels = ace.split('.');
    if (labels.size() < 2)
        return error(field, invalidDomain,
                     QStringLiteral("The domain after the '@' must have at least two parts, like example.com."));
    for (const QByteArray& label : labels) {
        if (!isLdhLabel(label) || !isValidAceLabel(label))
            return error(field, invalidDomain,
                         QStringLiteral("Each part of the domain must be 1 to 63 letters, digits or hyphens, and not "
                                        "start or end with a hyphen."));
    }
    if (isAllDigits(labels.last()))
        return error(field, invalidDomain, QStringLiteral("The domain must end in a name, not a number."));
    return {};
}

} // namespace

FieldErrors validateEmail(const QString& email, const QString& field)
{
    const QString address = email.trimmed();
    if (address.isEmpty())
        return error(field, QStringLiteral("required"), QStringLiteral("An email address is required."));
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return error(field, QStringLiteral("invalid_format"),
                     QStringLiteral("Must be an address like name@example.com."));
    const QString local = address.left(at);
    const QString domain = address.mid(at + 1);
    // Both the form people type (UTF-8) and the form sent to older mail servers (ACE) must fit.
    const qsizetype aceLength = local.toUtf8().size() + 1 + QUrl::toAce(domain).size();
    if (address.toUtf8().size() > kMaxAddressOctets || aceLength > kMaxAddressOctets)
        return error(field, QStringLiteral("too_long"), QStringLiteral("Must be at most 254 bytes long."));
    if (FieldErrors errors = checkLocalPart(local, field); !errors.isEmpty())
        return errors;
    return checkDomain(domain, field);
}

QString normalizeEmail(const QString& email)
{
    const QString address = email.trimmed();
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return address;
    const QString domain = address.mid(at + 1);
    const QByteArray ace = QUrl::toAce(domain);
    const QString unicodeDomain = ace.isEmpty() ? domain.toLower() : QUrl::fromAce(ace, QUrl::IgnoreIDNWhitelist);
    return address.left(at) + QLatin1Char('@') + unicodeDomain.toLower();
}

} // namespace steward

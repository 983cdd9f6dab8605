#include "Validation.h"

#include <QSet>

namespace steward {

namespace detail {
// data/common-passwords.txt, embedded at build time (see domain/CMakeLists.txt).
extern const char kCommonPasswords[];
} // namespace detail

namespace {

QSet<QString> loadCommonPasswords()
{
    QSet<QString> passwords;
    const QStringList lines = QString::fromUtf8(detail::kCommonPasswords).split(QLatin1Char('\n'));
    passwords.reserve(lines.size());
    for (const QString& line : lines) {
        // The file is maintained by hand: tolerate CRLF endings, stray upper case and blank lines.
        QString password = line;
        if (password.endsWith(QLatin1Char('\r')))
            password.chop(1);
        if (!password.isEmpty())
            passwords.insert(password.toLower());
    }
    return passwords;
}

} // namespace

bool isCommonPassword(const QString& password)
{
    // Built once, on first use; C++ guarantees the initialization is thread-safe.
    static const QSet<QString> commonPasswords = loadCommonPasswords();
    return commonPasswords.contains(password.toLower());
}

} // namespace steward

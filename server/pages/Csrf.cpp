#include "Csrf.h"

#include "PageSupport.h"
#include "auth/Passwords.h"

#include <QRegularExpression>
#include <sodium.h>

namespace steward::server::pages {
namespace {

bool wellFormed(const QString& value)
{
    // generateToken("csrf"): the prefix and 43 base64url characters (256 bits).
    static const QRegularExpression pattern(QStringLiteral("^csrf_[A-Za-z0-9_-]{43}$"));
    return pattern.match(value).hasMatch();
}

} // namespace

QString cookieValue(const RequestContext& ctx, const QByteArray& name)
{
    const QByteArray header = ctx.header("Cookie");
    for (const QByteArray& part : header.split(';')) {
        const QByteArray cookie = part.trimmed();
        const qsizetype eq = cookie.indexOf('=');
        if (eq > 0 && cookie.left(eq) == name)
            return QString::fromLatin1(cookie.mid(eq + 1));
    }
    return {};
}

CsrfToken csrfForForm(const RequestContext& ctx)
{
    const QString existing = cookieValue(ctx, kCsrfCookie);
    if (wellFormed(existing))
        return {existing, false};
    return {generateToken("csrf"), true};
}

void setCsrfCookie(Response& response, const CsrfToken& token)
{
    if (token.isNew)
        response.header("Set-Cookie", QByteArray(kCsrfCookie) + '=' + token.value.toLatin1() +
                                          "; Path=/; Secure; HttpOnly; SameSite=Strict");
}

bool csrfValid(const RequestContext& ctx)
{
    const QByteArray cookie = cookieValue(ctx, kCsrfCookie).toLatin1();
    const QByteArray field = formValue(ctx, kCsrfField).toLatin1();
    if (!wellFormed(QString::fromLatin1(cookie)) || field.size() != cookie.size())
        return false;
    return sodium_memcmp(cookie.constData(), field.constData(), size_t(cookie.size())) == 0;
}

} // namespace steward::server::pages

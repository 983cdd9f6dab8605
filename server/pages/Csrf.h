#pragma once

#include "http/RequestContext.h"
#include "http/Response.h"

#include <QString>

namespace steward::server::pages {

// Double-submit CSRF protection for the account pages' forms: a random value in a cookie that only
// this origin can set (the __Host- prefix forbids Domain and requires Secure and Path=/), sent
// only with same-site requests (SameSite=Strict), and unreadable by scripts (HttpOnly), echoed in
// a hidden field of every form. A POST is accepted only when both are present and equal.
struct CsrfToken
{
    QString value;
    bool isNew = false; // needs a Set-Cookie
};

inline constexpr char kCsrfCookie[] = "__Host-steward-csrf";
inline constexpr char kCsrfField[] = "csrf";

// The value for a form: the caller's cookie when it holds a well-formed one, else a new one.
CsrfToken csrfForForm(const RequestContext& ctx);
// Adds the Set-Cookie header when the token is new.
void setCsrfCookie(Response& response, const CsrfToken& token);
// Whether the POST's hidden field matches its cookie (compared in constant time).
bool csrfValid(const RequestContext& ctx);

// One cookie of the request ("" when absent).
QString cookieValue(const RequestContext& ctx, const QByteArray& name);

} // namespace steward::server::pages

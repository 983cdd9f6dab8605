// /account/forgot-password: an address in, the same answer out whether or not it has an account
// (seeds 000, 004). Rate-limited per client address; each address also gets few links per hour,
// silently, so the page cannot be used to flood someone's inbox.
#include "AccountPages.h"
#include "Csrf.h"
#include "ServerContext.h"
#include "api/ApiSupport.h"
#include "api/PasswordReset.h"
#include "mail/AccountMail.h"

#include <domain/Validation.h>

namespace steward::server::pages {
namespace {

const QString kPath = QStringLiteral("/account/forgot-password");

Response form(const RequestContext& ctx, Language language, const QString& email, const FieldMessages& errors,
              int status)
{
    const PageStrings s(language);
    const CsrfToken csrf = csrfForForm(ctx);
    FormField field;
    field.name = QStringLiteral("email");
    field.type = QStringLiteral("email");
    field.labelHtml = s.html(QStringLiteral("field.email"));
    field.value = email;
    field.autocomplete = QStringLiteral("email");
    PageBody body;
    body.errorSummary(s, errors)
        .paragraph(s.html(QStringLiteral("forgot.intro")))
        .beginForm(kPath, csrf.value)
        .field(field, errors)
        .submit(s.html(QStringLiteral("forgot.submit")))
        .endForm();
    Response response = page(ctx, s, s.html(QStringLiteral("forgot.title")), body, status);
    setCsrfCookie(response, csrf);
    return response;
}

Response limitedPage(const RequestContext& ctx, Language language, qint64 waitSeconds)
{
    const PageStrings s(language);
    Response response =
        page(ctx, s, s.html(QStringLiteral("forgot.limitedTitle")),
             PageBody().paragraph(s.html(QStringLiteral("forgot.limitedText"),
                                         {{QStringLiteral("minutes"), QString::number((waitSeconds + 59) / 60)}})),
             429);
    response.header("Retry-After", QByteArray::number(waitSeconds));
    return response;
}

} // namespace

Response showForgotPassword(RequestContext& ctx, PageState& state)
{
    return form(ctx, state.language, QString(), {}, 200);
}

Response submitForgotPassword(RequestContext& ctx, PageState& state)
{
    if (!csrfValid(ctx))
        return csrfRejectedPage(ctx, state.language);
    const QString email = formValue(ctx, "email").trimmed();
    const FieldErrors errors = validateEmail(email, QStringLiteral("email"));
    if (!errors.isEmpty())
        return form(ctx, state.language, email, localized(PageStrings(state.language), errors), 422);

    if (const qint64 wait = requestPasswordReset(ctx, email); wait > 0)
        return limitedPage(ctx, state.language, wait);

    const PageStrings s(state.language);
    PageBody body;
    body.paragraph(s.html(QStringLiteral("forgot.sentText"),
                          {{QStringLiteral("hours"), QString::number(accountmail::kResetPasswordHours)}}))
        .paragraph(s.html(QStringLiteral("forgot.sentHint")));
    return page(ctx, s, s.html(QStringLiteral("forgot.sentTitle")), body);
}

} // namespace steward::server::pages

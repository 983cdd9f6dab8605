#include "PageSupport.h"

#include "ServerContext.h"
#include "store/StoreError.h"
#include "store/UserStore.h"

#include <cstdio>
#include <domain/Validation.h>

namespace steward::server::pages {

Language acceptLanguage(const RequestContext& ctx)
{
    return languageFromAcceptLanguage(QString::fromLatin1(ctx.header("Accept-Language").left(500)))
        .value_or(Language::English);
}

bool isFormPost(const RequestContext& ctx)
{
    return ctx.header("Content-Type").trimmed().toLower().startsWith("application/x-www-form-urlencoded");
}

QString formValue(const RequestContext& ctx, const char* name)
{
    return isFormPost(ctx) ? ctx.query(name) : QString();
}

std::optional<LinkedAccount> linkedAccount(const QSqlDatabase& db, const QString& token, TokenPurpose purpose,
                                           qint64 nowMs)
{
    const std::optional<OneTimeToken> found = OneTimeTokenStore::find(db, token, purpose, nowMs);
    if (!found || found->userId.isNull())
        return std::nullopt;
    const std::optional<User> user = UserStore::find(db, found->userId);
    if (!user)
        return std::nullopt;
    if (purpose != TokenPurpose::ConfirmEmailChange &&
        normalizeEmail(found->email).toLower() != normalizeEmail(user->email).toLower())
        return std::nullopt;
    return LinkedAccount{*found, *user};
}

FieldErrors newPasswordErrors(const QString& password, const QString& confirmation, const QString& email)
{
    FieldErrors errors = validatePassword(password, email, QStringLiteral("password"));
    if (confirmation != password)
        errors.append({QStringLiteral("confirmPassword"), QStringLiteral("mismatch"),
                       QStringLiteral("The two passwords do not match.")});
    return errors;
}

void addPasswordFields(PageBody& body, const PageStrings& strings, const FieldMessages& errors)
{
    FormField password;
    password.name = QStringLiteral("password");
    password.type = QStringLiteral("password");
    password.labelHtml = strings.html(QStringLiteral("field.newPassword"));
    password.autocomplete = QStringLiteral("new-password");
    password.hintHtml =
        strings.html(QStringLiteral("hint.password"), {{QStringLiteral("min"), QString::number(kPasswordMinLength)}});
    FormField confirmation = password;
    confirmation.name = QStringLiteral("confirmPassword");
    confirmation.labelHtml = strings.html(QStringLiteral("field.confirmPassword"));
    confirmation.hintHtml.clear();
    body.field(password, errors).field(confirmation, errors);
}

void addAccountField(PageBody& body, const PageStrings& strings, const QString& email)
{
    FormField account;
    account.name = QStringLiteral("email");
    account.type = QStringLiteral("email");
    account.labelHtml = strings.html(QStringLiteral("field.email"));
    account.value = email;
    account.autocomplete = QStringLiteral("username");
    account.readOnly = true;
    body.field(account);
}

Response page(const RequestContext& ctx, const PageStrings& strings, const QString& titleHtml, const PageBody& body,
              int status)
{
    return htmlPage(strings, ctx.server().config.platformName, titleHtml, body, status);
}

Response invalidLinkPage(const RequestContext& ctx, Language language, bool invitation)
{
    const PageStrings s(language);
    PageBody body;
    body.paragraph(s.html(QStringLiteral("invalid.text")));
    if (invitation)
        body.paragraph(s.html(QStringLiteral("invalid.invitation")));
    body.link(QStringLiteral("/account/forgot-password"), s.html(QStringLiteral("invalid.action")));
    return page(ctx, s, s.html(QStringLiteral("invalid.title")), body, 410);
}

Response csrfRejectedPage(const RequestContext& ctx, Language language)
{
    const PageStrings s(language);
    return page(ctx, s, s.html(QStringLiteral("csrf.title")), PageBody().paragraph(s.html(QStringLiteral("csrf.text"))),
                403);
}

Response deactivatedPage(const RequestContext& ctx, Language language)
{
    const PageStrings s(language);
    return page(ctx, s, s.html(QStringLiteral("deactivated.title")),
                PageBody().paragraph(s.html(QStringLiteral("deactivated.text"))), 409);
}

Response failedPage(const RequestContext& ctx, Language language, int status)
{
    const PageStrings s(language);
    return page(ctx, s, s.html(QStringLiteral("failed.title")),
                PageBody().paragraph(s.html(QStringLiteral("failed.text"))), status);
}

Handler pageRoute(PageHandler handler)
{
    return [handler = std::move(handler)](RequestContext& ctx) -> Response {
        PageState state{acceptLanguage(ctx)};
        try {
            return handler(ctx, state);
        } catch (const ApiError& e) {
            if (e.problem().code == QLatin1String("account_deactivated"))
                return deactivatedPage(ctx, state.language);
            return failedPage(ctx, state.language, e.problem().status >= 400 ? e.problem().status : 500);
        } catch (const UniqueViolation&) {
            // Someone took the address or username between our check and the write.
            return failedPage(ctx, state.language, 409);
        } catch (const std::exception& e) {
            std::fprintf(stderr, "error %s %s: %s\n", qPrintable(ctx.requestId()), qPrintable(ctx.path()), e.what());
            return failedPage(ctx, state.language, 500);
        }
    };
}

} // namespace steward::server::pages

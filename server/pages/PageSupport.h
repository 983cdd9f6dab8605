#pragma once

#include "PageRenderer.h"
#include "http/Router.h"
#include "store/OneTimeTokenStore.h"

#include <QSqlDatabase>
#include <domain/User.h>
#include <functional>
#include <optional>

namespace steward::server::pages {

// What a page handler learns as it goes: the language of the person it answers. It starts from
// Accept-Language and becomes the account's (or invitation's) language once the link is known,
// so that even a failure page speaks it.
struct PageState
{
    Language language = Language::English;
};
using PageHandler = std::function<Response(RequestContext&, PageState&)>;

// Wraps a page handler for the route table: every failure becomes an HTML page in the reader's
// language (people read these, not programs), never problem+json; unexpected ones are logged.
Handler pageRoute(PageHandler handler);

// The first supported language of Accept-Language, else English.
Language acceptLanguage(const RequestContext& ctx);
// Whether the POST carries a form (application/x-www-form-urlencoded), the only body the pages take.
bool isFormPost(const RequestContext& ctx);
// A field of the posted form. cpp-httplib decodes an urlencoded body into the request's parameters.
QString formValue(const RequestContext& ctx, const char* name);

// The account an emailed link acts on while the link is good: unused, unexpired, and — except for
// an email change, whose link goes to the new address — sent to the address the account still
// has, so that links mailed to an address the account gave up stop working.
struct LinkedAccount
{
    OneTimeToken token;
    User user;
};
std::optional<LinkedAccount> linkedAccount(const QSqlDatabase& db, const QString& token, TokenPurpose purpose,
                                           qint64 nowMs);

// The password policy for `email`'s account, and the repetition matching it ("mismatch" on
// confirmPassword).
FieldErrors newPasswordErrors(const QString& password, const QString& confirmation, const QString& email);
// The two new-password fields ("password", "confirmPassword") with the policy as a hint.
void addPasswordFields(PageBody& body, const PageStrings& strings, const FieldMessages& errors);
// The account's address, read-only, so that password managers store the new password for it.
void addAccountField(PageBody& body, const PageStrings& strings, const QString& email);

// A page of the account pages' layout, with the server's product name.
Response page(const RequestContext& ctx, const PageStrings& strings, const QString& titleHtml, const PageBody& body,
              int status = 200);
// 410: the link is unknown, used or expired; points to forgot-password.
Response invalidLinkPage(const RequestContext& ctx, Language language, bool invitation = false);
// 403: a POST without a matching CSRF value.
Response csrfRejectedPage(const RequestContext& ctx, Language language);
// 409: the account is deactivated; nothing changed.
Response deactivatedPage(const RequestContext& ctx, Language language);
// Anything else that went wrong; nothing changed.
Response failedPage(const RequestContext& ctx, Language language, int status);

} // namespace steward::server::pages

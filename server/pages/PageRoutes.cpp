// /account/*: the HTML pages the emailed links open. Public routes: the one-time token in the link
// (or, for forgot-password, nothing at all) is the only credential, and each form is CSRF-protected.
#include "AccountPages.h"
#include "api/Routes.h"

namespace steward::server {

void addPageRoutes(Router& router)
{
    using namespace pages;
    const auto add = [&router](const char* path, PageHandler show, PageHandler submit) {
        router.add({QStringLiteral("GET"), QString::fromLatin1(path), Access::Public, {}, pageRoute(std::move(show))});
        router.add(
            {QStringLiteral("POST"), QString::fromLatin1(path), Access::Public, {}, pageRoute(std::move(submit))});
    };
    add("/account/set-password", showSetPassword, submitSetPassword);
    add("/account/reset-password", showResetPassword, submitResetPassword);
    add("/account/verify-email", showVerifyEmail, submitVerifyEmail);
    add("/account/confirm-email-change", showConfirmEmailChange, submitConfirmEmailChange);
    add("/account/invitation", showInvitation, submitInvitation);
    add("/account/forgot-password", showForgotPassword, submitForgotPassword);
}

} // namespace steward::server

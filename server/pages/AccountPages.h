#pragma once

#include "PageSupport.h"

namespace steward::server::pages {

// The account pages reached from the links in the emails: each GET shows a page and never changes
// anything (mail scanners follow links), each POST submits its form.
Response showSetPassword(RequestContext& ctx, PageState& state);
Response submitSetPassword(RequestContext& ctx, PageState& state);
Response showResetPassword(RequestContext& ctx, PageState& state);
Response submitResetPassword(RequestContext& ctx, PageState& state);
Response showVerifyEmail(RequestContext& ctx, PageState& state);
Response submitVerifyEmail(RequestContext& ctx, PageState& state);
Response showConfirmEmailChange(RequestContext& ctx, PageState& state);
Response submitConfirmEmailChange(RequestContext& ctx, PageState& state);
Response showInvitation(RequestContext& ctx, PageState& state);
Response submitInvitation(RequestContext& ctx, PageState& state);
Response showForgotPassword(RequestContext& ctx, PageState& state);
Response submitForgotPassword(RequestContext& ctx, PageState& state);

} // namespace steward::server::pages

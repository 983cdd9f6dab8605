#pragma once

#include <QString>
#include <net/ApiResult.h>

namespace steward::ui {

// Turns a failed call into the sentence a person reads. Answers the client can recognise by code
// are worded here, in the interface language; anything else keeps the message the request layer
// built (already translated, or the server's own sentence).
QString signInFailureText(const net::ApiResult& result);
QString failureText(const net::ApiResult& result);
// "in 3 minutes", "in 40 seconds": how long a lockout lasts.
QString waitText(int seconds);

} // namespace steward::ui

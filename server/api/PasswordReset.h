#pragma once

#include "http/RequestContext.h"

namespace steward::server {

// "I forgot my credentials" (seeds 000, 004), shared by the API and the account page: queues a
// reset link when the address has an active account, and does the same work when it has not, so
// neither the answer nor its timing tells which. Limits: per client address (answered with the
// wait in seconds; 0 means the request went ahead), and per address a few links an hour, silently.
qint64 requestPasswordReset(const RequestContext& ctx, const QString& email);

} // namespace steward::server

#pragma once

#include <net/ApiJob.h>

namespace steward::net {

// POST /api/v1/auth/logout: ends the session on the server. A 401 counts as success (the session
// had ended already) and never waits for a new sign-in. The caller then clears the token from the
// connection and the keychain.
class LogoutJob : public ApiJob
{
    Q_OBJECT

public:
    explicit LogoutJob(ServerConnection* connection, QObject* parent = nullptr);

protected:
    bool isSuccess(int status) const override { return ApiJob::isSuccess(status) || status == 401; }
};

} // namespace steward::net

#pragma once

#include <net/ApiJob.h>

namespace steward::net {

// POST /api/v1/me/password. On success every session of the user has ended, this one too: sign
// in again with the new password (the UI knows it, so it need not ask). Policy failures come back
// as field errors on "newPassword", a wrong current password on "currentPassword".
class ChangePasswordJob : public ApiJob
{
    Q_OBJECT

public:
    ChangePasswordJob(ServerConnection* connection, const QString& currentPassword, const QString& newPassword,
                      QObject* parent = nullptr);
};

} // namespace steward::net

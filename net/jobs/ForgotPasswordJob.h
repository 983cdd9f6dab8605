#pragma once

#include <net/ApiJob.h>

namespace steward::net {

// POST /api/v1/auth/forgot-password ("I forgot my credentials"): the server answers 202 whether
// or not the address has an account, so success only means "check your inbox".
class ForgotPasswordJob : public ApiJob
{
    Q_OBJECT

public:
    ForgotPasswordJob(ServerConnection* connection, const QString& email, QObject* parent = nullptr);

    QString serverDetail() const; // the server's sentence about what happens next
};

} // namespace steward::net

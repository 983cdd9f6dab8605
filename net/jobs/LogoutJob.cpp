#include "LogoutJob.h"

namespace steward::net {

LogoutJob::LogoutJob(ServerConnection* connection, QObject* parent)
    : ApiJob(connection, "POST", QStringLiteral("/api/v1/auth/logout"), parent)
{}

} // namespace steward::net

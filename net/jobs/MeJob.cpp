#include "MeJob.h"

#include <QJsonObject>
#include <domain/Json.h>

namespace steward::net {

MeJob::MeJob(ServerConnection* connection, QObject* parent)
    : ApiJob(connection, "GET", QStringLiteral("/api/v1/me"), parent)
{}

bool MeJob::decode(const ApiResult& result)
{
    const std::optional<User> user = json::userFromJson(result.body.object());
    if (!user)
        return false;
    m_user = *user;
    return true;
}

} // namespace steward::net

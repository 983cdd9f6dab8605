#include "LoginJob.h"

#include <QJsonObject>
#include <domain/Json.h>

namespace steward::net {

LoginJob::LoginJob(ServerConnection* connection, const QString& email, const QString& password, QObject* parent)
    : ApiJob(connection, "POST", QStringLiteral("/api/v1/auth/login"), parent)
{
    setAuthenticated(false);
    setBody(QJsonObject{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
}

bool LoginJob::decode(const ApiResult& result)
{
    const QJsonObject object = result.body.object();
    const QJsonValue token = object.value(QStringLiteral("token"));
    const QJsonValue mustChange = object.value(QStringLiteral("mustChangePassword"));
    const std::optional<User> user = json::userFromJson(object.value(QStringLiteral("user")).toObject());
    if (!token.isString() || token.toString().isEmpty() || !mustChange.isBool() || !user)
        return false;
    m_token = token.toString();
    m_expiresAt = QDateTime::fromString(object.value(QStringLiteral("expiresAt")).toString(), Qt::ISODateWithMs);
    m_mustChangePassword = mustChange.toBool();
    m_user = *user;
    return true;
}

} // namespace steward::net

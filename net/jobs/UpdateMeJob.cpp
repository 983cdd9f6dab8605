#include "UpdateMeJob.h"

#include <domain/Json.h>

namespace steward::net {

UpdateMeJob::UpdateMeJob(ServerConnection* connection, const QByteArray& etag, QObject* parent)
    : ApiJob(connection, "PATCH", QStringLiteral("/api/v1/me"), parent)
{
    setIfMatch(etag);
    setBody(m_changes);
}

void UpdateMeJob::set(const QString& field, const QJsonValue& value)
{
    m_changes.insert(field, value);
    setBody(m_changes);
}

void UpdateMeJob::setNotifications(const NotificationPreferences& notifications)
{
    set(QStringLiteral("notifications"), json::toJson(notifications));
}

void UpdateMeJob::setCustomField(const QString& key, const QJsonValue& value)
{
    QJsonObject fields = m_changes.value(QStringLiteral("customFields")).toObject();
    fields.insert(key, value);
    set(QStringLiteral("customFields"), fields);
}

bool UpdateMeJob::decode(const ApiResult& result)
{
    const std::optional<User> user = json::userFromJson(result.body.object());
    if (!user)
        return false;
    m_user = *user;
    return true;
}

} // namespace steward::net

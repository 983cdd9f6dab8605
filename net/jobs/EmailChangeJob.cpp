#include "EmailChangeJob.h"

#include <QJsonObject>

namespace steward::net {

EmailChangeJob::EmailChangeJob(ServerConnection* connection, const QString& newEmail, const QString& password,
                               QObject* parent)
    : ApiJob(connection, "POST", QStringLiteral("/api/v1/me/email-change"), parent)
{
    setBody(QJsonObject{{QStringLiteral("newEmail"), newEmail}, {QStringLiteral("password"), password}});
}

QString EmailChangeJob::serverDetail() const
{
    return result().body.object().value(QStringLiteral("detail")).toString();
}

} // namespace steward::net

#include "ChangePasswordJob.h"

#include <QJsonObject>

namespace steward::net {

ChangePasswordJob::ChangePasswordJob(ServerConnection* connection, const QString& currentPassword,
                                     const QString& newPassword, QObject* parent)
    : ApiJob(connection, "POST", QStringLiteral("/api/v1/me/password"), parent)
{
    setBody(QJsonObject{{QStringLiteral("currentPassword"), currentPassword},
                        {QStringLiteral("newPassword"), newPassword}});
}

} // namespace steward::net

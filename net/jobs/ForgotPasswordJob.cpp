#include "ForgotPasswordJob.h"

#include <QJsonObject>

namespace steward::net {

ForgotPasswordJob::ForgotPasswordJob(ServerConnection* connection, const QString& email, QObject* parent)
    : ApiJob(connection, "POST", QStringLiteral("/api/v1/auth/forgot-password"), parent)
{
    setAuthenticated(false);
    setBody(QJsonObject{{QStringLiteral("email"), email}});
}

QString ForgotPasswordJob::serverDetail() const
{
    return result().body.object().value(QStringLiteral("detail")).toString();
}

} // namespace steward::net

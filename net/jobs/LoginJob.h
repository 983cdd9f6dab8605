#pragma once

#include <QDateTime>
#include <domain/User.h>
#include <net/ApiJob.h>

namespace steward::net {

// POST /api/v1/auth/login: email and password for a session token. Sent without the current
// token (a session that must change its password would be refused even here). On success the
// caller hands token() to ServerConnection::setToken() — after the forced password change, if
// mustChangePassword().
class LoginJob : public ApiJob
{
    Q_OBJECT

public:
    LoginJob(ServerConnection* connection, const QString& email, const QString& password, QObject* parent = nullptr);

    QString token() const { return m_token; }
    QDateTime expiresAt() const { return m_expiresAt; }
    bool mustChangePassword() const { return m_mustChangePassword; }
    const User& user() const { return m_user; }

protected:
    bool decode(const ApiResult& result) override;

private:
    QString m_token;
    QDateTime m_expiresAt;
    bool m_mustChangePassword = false;
    User m_user;
};

} // namespace steward::net

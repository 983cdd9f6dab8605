#pragma once

#include <domain/User.h>
#include <net/ApiJob.h>

namespace steward::net {

// GET /api/v1/me: the signed-in user and the ETag to send with a change (UpdateMeJob).
class MeJob : public ApiJob
{
    Q_OBJECT

public:
    explicit MeJob(ServerConnection* connection, QObject* parent = nullptr);

    const User& user() const { return m_user; }
    QByteArray etag() const { return result().etag; }

protected:
    bool decode(const ApiResult& result) override;

private:
    User m_user;
};

} // namespace steward::net

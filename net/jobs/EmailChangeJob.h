#pragma once

#include <net/ApiJob.h>

namespace steward::net {

// POST /api/v1/me/email-change: asks for a new address, confirmed by a link sent to it. Nothing
// changes until the link is followed; then every session ends.
class EmailChangeJob : public ApiJob
{
    Q_OBJECT

public:
    EmailChangeJob(ServerConnection* connection, const QString& newEmail, const QString& password,
                   QObject* parent = nullptr);

    QString serverDetail() const; // "Follow the link sent to …"
};

} // namespace steward::net

#pragma once

#include "PageFetcher.h"

#include <QHash>
#include <QPointer>

namespace steward::net {
class ListJob;
class ServerConnection;
} // namespace steward::net

namespace steward::models {

// Pages through a real server with one ListJob per page.
class NetworkPageFetcher : public PageFetcher
{
    Q_OBJECT

public:
    explicit NetworkPageFetcher(net::ServerConnection* connection, QObject* parent = nullptr);
    ~NetworkPageFetcher() override;

    quint64 fetch(const PageRequest& request, Done done) override;
    void cancel(quint64 ticket) override;
    int runningCount() const { return int(m_jobs.size()); }

private:
    QPointer<net::ServerConnection> m_connection;
    QHash<quint64, QPointer<net::ListJob>> m_jobs;
    quint64 m_nextTicket = 1;
};

} // namespace steward::models

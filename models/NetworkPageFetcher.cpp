#include "NetworkPageFetcher.h"

#include <QTimer>
#include <net/ServerConnection.h>
#include <net/jobs/ListJob.h>

namespace steward::models {

NetworkPageFetcher::NetworkPageFetcher(net::ServerConnection* connection, QObject* parent)
    : PageFetcher(parent), m_connection(connection)
{}

NetworkPageFetcher::~NetworkPageFetcher()
{
    const QList<quint64> tickets = m_jobs.keys();
    for (quint64 ticket : tickets)
        cancel(ticket);
}

quint64 NetworkPageFetcher::fetch(const PageRequest& request, Done done)
{
    const quint64 ticket = m_nextTicket++;
    if (!m_connection) {
        // The promise is "never from within fetch", so even this failure arrives later.
        QTimer::singleShot(0, this, [done] {
            PageResult result;
            result.message = tr("Not connected to a server.");
            done(result);
        });
        return ticket;
    }
    auto* job = new net::ListJob(m_connection, request.path);
    job->setSearch(request.search);
    job->setSort(request.sort);
    job->setLimit(request.limit);
    job->setOffset(request.offset);
    for (auto it = request.parameters.cbegin(); it != request.parameters.cend(); ++it)
        job->setParameter(it.key(), it.value());
    m_jobs.insert(ticket, job);
    connect(job, &net::ApiJob::finished, this, [this, ticket, job, done](const net::ApiResult& apiResult) {
        if (!m_jobs.contains(ticket))
            return; // cancelled
        m_jobs.remove(ticket);
        PageResult result;
        result.ok = apiResult.ok();
        result.message = apiResult.message;
        // A list's only input is its query: say which parameter the server refused and why.
        for (auto it = apiResult.fieldErrors.cbegin(); it != apiResult.fieldErrors.cend(); ++it)
            result.message += QLatin1Char('\n') + it.key() + QLatin1String(": ") + it.value().join(QLatin1String(" "));
        if (result.ok) {
            result.items = job->items();
            result.total = job->total();
            result.totalExact = job->totalExact();
        }
        done(result);
    });
    // Started from the event loop so that `done` can never run inside fetch(); a job cancelled
    // before then is never sent (start() would send even a finished job again).
    // The fetcher is the context: if it is destroyed first (a view closed mid-load), nothing runs.
    QTimer::singleShot(0, this, [this, ticket] {
        if (const QPointer<net::ListJob> queued = m_jobs.value(ticket))
            queued->start();
    });
    return ticket;
}

void NetworkPageFetcher::cancel(quint64 ticket)
{
    const QPointer<net::ListJob> job = m_jobs.take(ticket);
    if (!job)
        return;
    if (job->state() == net::ApiJob::State::Idle)
        job->deleteLater();
    else
        job->cancel();
}

} // namespace steward::models

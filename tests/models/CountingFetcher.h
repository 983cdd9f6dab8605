#pragma once

#include <models/PageFetcher.h>

namespace steward::test {

// Passes requests on to another fetcher and counts them and their cancellations.
class CountingFetcher : public models::PageFetcher
{
public:
    explicit CountingFetcher(models::PageFetcher* inner) : m_inner(inner) {}

    quint64 fetch(const models::PageRequest& request, Done done) override
    {
        ++requests;
        return m_inner->fetch(request, std::move(done));
    }
    void cancel(quint64 ticket) override
    {
        ++cancels;
        m_inner->cancel(ticket);
    }

    int requests = 0;
    int cancels = 0;

private:
    models::PageFetcher* m_inner;
};

} // namespace steward::test

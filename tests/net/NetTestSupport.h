#pragma once

#include <QSignalSpy>
#include <net/ApiJob.h>
#include <net/CertificatePrompt.h>

namespace steward::test {

// Starts `job` and waits for its result; the job is kept (auto-delete off) so the test can read
// its typed accessors afterwards.
inline net::ApiResult runJob(net::ApiJob* job, int waitMs = 60000)
{
    job->setAutoDelete(false);
    QSignalSpy finished(job, &net::ApiJob::finished);
    job->start();
    if (!finished.wait(waitMs))
        return net::ApiResult::failed(net::ApiResult::Failure::Network, QStringLiteral("test: no result in time"));
    return job->result();
}

// A CertificatePrompt that records what it was shown and answers as told, at once.
class AnsweringPrompt : public net::CertificatePrompt
{
public:
    explicit AnsweringPrompt(bool trust) : m_trust(trust) {}
    void ask(const net::CertificateInfo& info, std::function<void(bool)> answer) override
    {
        asked.append(info);
        answer(m_trust);
    }
    QList<net::CertificateInfo> asked;

private:
    bool m_trust;
};

} // namespace steward::test

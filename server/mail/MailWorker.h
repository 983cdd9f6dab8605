#pragma once

#include "MailTransport.h"

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace steward::server {

struct ServerContext;

// Delivers the outbox in the background: claims due rows, renders each in its language, sends it,
// and marks it sent or schedules a retry. A mail server that is down delays mail and loses none;
// a restart loses none (the rows stay pending until sent).
class MailWorker
{
public:
    MailWorker(ServerContext& context, std::unique_ptr<MailTransport> transport);
    ~MailWorker();

    void start();
    void stop(); // finishes the message being sent, then returns
    void wake(); // deliver now instead of at the next poll

    // One pass over the due rows (used by the thread and by tests); returns how many were sent.
    int deliverDue();

private:
    void run();

    ServerContext& m_context;
    std::unique_ptr<MailTransport> m_transport;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wakeup;
    std::atomic<bool> m_stopping{false};
    bool m_woken = false;
};

} // namespace steward::server

#include "MailWorker.h"

#include "Outbox.h"
#include "ServerContext.h"

#include <cstdio>

namespace steward::server {

MailWorker::MailWorker(ServerContext& context, std::unique_ptr<MailTransport> transport)
    : m_context(context), m_transport(std::move(transport))
{}

MailWorker::~MailWorker()
{
    stop();
}

void MailWorker::start()
{
    m_thread = std::thread([this] { run(); });
}

void MailWorker::stop()
{
    m_stopping = true;
    wake();
    if (m_thread.joinable())
        m_thread.join();
}

void MailWorker::wake()
{
    {
        std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_wakeup.notify_all();
}

int MailWorker::deliverDue()
{
    const QSqlDatabase db = m_context.database.connection();
    const qint64 retryBaseMs = qint64(m_context.config.mailRetryBaseSeconds) * 1000;
    int sent = 0;
    // A lease long enough for a slow SMTP exchange of the whole batch.
    const QList<OutgoingMail> batch = Outbox::claimDue(db, m_context.nowMs(), 5 * 60 * 1000, 20);
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const OutgoingMail& mail = batch.at(i);
        QJsonObject parameters = mail.parameters;
        parameters.insert(QStringLiteral("platform"), m_context.config.platformName);
        MailEnvelope envelope;
        envelope.from = m_context.config.mailFrom;
        envelope.to = mail.recipient;
        envelope.messageId = mail.messageId;
        envelope.date = QDateTime::fromMSecsSinceEpoch(m_context.nowMs(), Qt::UTC);
        envelope.content = MailTemplates::render(mail.templateName, mail.language, parameters);
        QString error;
        if (m_transport->send(envelope, &error)) {
            Outbox::markSent(db, mail, m_context.nowMs());
            ++sent;
            std::fprintf(stderr, "mail sent %s template %s\n", qPrintable(mail.messageId),
                         qPrintable(mail.templateName));
        } else {
            Outbox::markFailed(db, mail, error, m_context.nowMs(), retryBaseMs);
            std::fprintf(stderr, "mail delayed %s attempt %d: %s\n", qPrintable(mail.messageId), mail.attempts + 1,
                         qPrintable(error));
        }
        if (m_stopping) {
            // Hand back what this batch will not send, so that the next start sends it at once.
            for (qsizetype j = i + 1; j < batch.size(); ++j)
                Outbox::release(db, batch.at(j).id);
            break;
        }
    }
    return sent;
}

void MailWorker::run()
{
    while (!m_stopping) {
        try {
            deliverDue();
        } catch (const std::exception& e) {
            std::fprintf(stderr, "error mail worker: %s\n", e.what());
        }
        std::unique_lock lock(m_mutex);
        m_wakeup.wait_for(lock, std::chrono::milliseconds(500), [this] { return m_woken || m_stopping.load(); });
        m_woken = false;
    }
    m_context.database.closeThreadConnection();
}

} // namespace steward::server

#include "UserActionRunner.h"

#include "../UserFacingText.h"

#include <net/ApiJob.h>

namespace steward::ui {

UserActionRunner::UserActionRunner(net::ServerConnection* connection, const QByteArray& method, const QString& action,
                                   const QList<Target>& targets, QObject* parent)
    : QObject(parent), m_connection(connection), m_method(method), m_action(action), m_targets(targets)
{}

void UserActionRunner::start()
{
    Q_EMIT progress(0, total());
    next();
}

void UserActionRunner::cancel()
{
    m_cancelled = true;
}

int UserActionRunner::failures() const
{
    return int(std::count_if(m_outcomes.cbegin(), m_outcomes.cend(), [](const Outcome& o) { return !o.ok; }));
}

void UserActionRunner::next()
{
    if (m_cancelled || m_outcomes.size() == m_targets.size()) {
        Q_EMIT finished();
        return;
    }
    const Target target = m_targets.at(m_outcomes.size());
    QString path = QStringLiteral("/api/v1/users/") + target.id;
    if (!m_action.isEmpty())
        path += QLatin1Char('/') + m_action;
    m_current = new net::ApiJob(m_connection, m_method, path);
    connect(m_current, &net::ApiJob::finished, this, [this, target](const net::ApiResult& result) {
        Outcome outcome;
        outcome.target = target;
        outcome.ok = result.ok();
        outcome.status = result.status;
        outcome.message =
            result.ok() ? result.body.object().value(QStringLiteral("detail")).toString() : failureText(result);
        m_outcomes.append(outcome);
        Q_EMIT progress(int(m_outcomes.size()), total());
        next();
    });
    m_current->start();
}

} // namespace steward::ui

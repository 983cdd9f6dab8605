#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace steward::net {
class ApiJob;
class ServerConnection;
} // namespace steward::net

namespace steward::ui {

// Runs one user action (enable, deactivate, delete, send a password reset…) over several users,
// one request after another so the server is never flooded, reporting progress and collecting a
// result per user: done, or the server's reason (the owner cannot be deactivated…). Stops early
// when cancelled; what already happened stays done.
class UserActionRunner : public QObject
{
    Q_OBJECT

public:
    struct Target
    {
        QString id;
        QString label; // what the person recognises: name and email
    };
    struct Outcome
    {
        Target target;
        bool ok = false;
        QString message; // the server's reason when not ok; its detail (if any) when ok
        int status = 0;
    };

    // `method` and `action`: "POST" + "deactivate" → POST /api/v1/users/{id}/deactivate;
    // "DELETE" + "" → DELETE /api/v1/users/{id}.
    UserActionRunner(net::ServerConnection* connection, const QByteArray& method, const QString& action,
                     const QList<Target>& targets, QObject* parent = nullptr);

    void start();
    void cancel();
    int total() const { return int(m_targets.size()); }
    const QList<Outcome>& outcomes() const { return m_outcomes; }
    int failures() const;

Q_SIGNALS:
    void progress(int done, int total);
    void finished();

private:
    void next();

    net::ServerConnection* m_connection;
    QByteArray m_method;
    QString m_action;
    QList<Target> m_targets;
    QList<Outcome> m_outcomes;
    QPointer<net::ApiJob> m_current;
    bool m_cancelled = false;
};

} // namespace steward::ui

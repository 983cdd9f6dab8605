#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>
#include <domain/Language.h>

namespace steward::server {

// One email as stored before delivery: who, in which language, which template with which
// parameters. Rendering happens at delivery, so a stored row never holds rendered secrets twice.
struct OutgoingMail
{
    QUuid id;
    QString messageId; // <uuid@steward>, stable across retries so receivers can deduplicate
    QString recipient;
    Language language = Language::English;
    QString templateName;
    QJsonObject parameters;
    QUuid companyId;
    QUuid userId;
    int attempts = 0;
};

// The durable queue of emails. Enqueue inside the transaction of the change that causes the mail:
// both happen or neither. Delivery claims due rows for a while, so that several server processes
// sharing one database never send the same row at the same time.
class Outbox
{
public:
    static QUuid enqueue(const QSqlDatabase& db, const OutgoingMail& mail, qint64 nowMs);
    // Claims up to `limit` due rows until nowMs + leaseMs and returns them.
    static QList<OutgoingMail> claimDue(const QSqlDatabase& db, qint64 nowMs, qint64 leaseMs, int limit);
    static void markSent(const QSqlDatabase& db, const OutgoingMail& mail, qint64 nowMs);
    // Schedules another attempt after a growing delay (base, 2×base, 4×base … up to 1 h); after
    // `maxAttempts` the row is marked failed and kept for inspection.
    static void markFailed(const QSqlDatabase& db, const OutgoingMail& mail, const QString& error, qint64 nowMs,
                           qint64 retryBaseMs, int maxAttempts = 50);
    static qint64 pendingCount(const QSqlDatabase& db);
    // Gives up a claim without an attempt (a stopping worker).
    static void release(const QSqlDatabase& db, const QUuid& id);
    static qint64 retryDelayMs(int attempts, qint64 baseMs);
};

} // namespace steward::server

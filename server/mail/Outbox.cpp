#include "Outbox.h"

#include "store/Sql.h"

#include <QJsonDocument>

namespace steward::server {

QUuid Outbox::enqueue(const QSqlDatabase& db, const OutgoingMail& mail, qint64 nowMs)
{
    const QUuid id = mail.id.isNull() ? QUuid::createUuid() : mail.id;
    const QString messageId =
        mail.messageId.isEmpty() ? QStringLiteral("<") + idText(id) + QStringLiteral("@steward>") : mail.messageId;
    Sql(db, QStringLiteral("INSERT INTO mail_outbox (id, message_id, recipient, language, template, parameters, "
                           "company_id, user_id, status, attempts, next_attempt_at, claimed_until, last_error, "
                           "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, 0, '', ?)"))
        .bind(id)
        .bind(messageId)
        .bind(mail.recipient)
        .bind(languageCode(mail.language))
        .bind(mail.templateName)
        .bind(QString::fromUtf8(QJsonDocument(mail.parameters).toJson(QJsonDocument::Compact)))
        .bind(mail.companyId)
        .bind(mail.userId)
        .bind(nowMs)
        .bind(nowMs)
        .exec();
    return id;
}

QList<OutgoingMail> Outbox::claimDue(const QSqlDatabase& db, qint64 nowMs, qint64 leaseMs, int limit)
{
    Transaction tx(db);
    Sql q(db, QStringLiteral("SELECT id, message_id, recipient, language, template, parameters, company_id, user_id, "
                             "attempts FROM mail_outbox WHERE status = 'pending' AND next_attempt_at <= ? "
                             "AND claimed_until <= ? ORDER BY next_attempt_at LIMIT ?"));
    q.bind(nowMs).bind(nowMs).bind(limit).exec();
    QList<OutgoingMail> due;
    while (q.next()) {
        OutgoingMail m;
        m.id = q.uuid(0);
        m.messageId = q.text(1);
        m.recipient = q.text(2);
        m.language = languageFromCode(q.text(3)).value_or(Language::English);
        m.templateName = q.text(4);
        m.parameters = QJsonDocument::fromJson(q.text(5).toUtf8()).object();
        m.companyId = q.uuid(6);
        m.userId = q.uuid(7);
        m.attempts = int(q.integer(8));
        due.append(m);
    }
    for (const OutgoingMail& m : due) {
        Sql(db, QStringLiteral("UPDATE mail_outbox SET claimed_until = ? WHERE id = ?"))
            .bind(nowMs + leaseMs)
            .bind(m.id)
            .exec();
    }
    tx.commit();
    return due;
}

void Outbox::markSent(const QSqlDatabase& db, const OutgoingMail& mail, qint64 nowMs)
{
    // The link carries a one-time token: once delivered, the row keeps no usable copy of it.
    QJsonObject parameters = mail.parameters;
    if (parameters.contains(QStringLiteral("link")))
        parameters.insert(QStringLiteral("link"), QStringLiteral("(delivered)"));
    Sql(db, QStringLiteral("UPDATE mail_outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1, "
                           "claimed_until = 0, last_error = '', parameters = ? WHERE id = ?"))
        .bind(nowMs)
        .bind(QString::fromUtf8(QJsonDocument(parameters).toJson(QJsonDocument::Compact)))
        .bind(mail.id)
        .exec();
}

qint64 Outbox::retryDelayMs(int attempts, qint64 baseMs)
{
    return qMin<qint64>(baseMs << qMin(attempts, 12), 60 * 60 * 1000);
}

void Outbox::markFailed(const QSqlDatabase& db, const OutgoingMail& mail, const QString& error, qint64 nowMs,
                        qint64 retryBaseMs, int maxAttempts)
{
    const int attempts = mail.attempts + 1;
    Sql(db, QStringLiteral("UPDATE mail_outbox SET status = ?, attempts = ?, next_attempt_at = ?, claimed_until = 0, "
                           "last_error = ? WHERE id = ?"))
        .bind(attempts >= maxAttempts ? QStringLiteral("failed") : QStringLiteral("pending"))
        .bind(attempts)
        .bind(nowMs + retryDelayMs(attempts - 1, retryBaseMs))
        .bind(error.left(500))
        .bind(mail.id)
        .exec();
}

void Outbox::release(const QSqlDatabase& db, const QUuid& id)
{
    Sql(db, QStringLiteral("UPDATE mail_outbox SET claimed_until = 0 WHERE id = ?")).bind(id).exec();
}

qint64 Outbox::pendingCount(const QSqlDatabase& db)
{
    Sql q(db, QStringLiteral("SELECT COUNT(*) FROM mail_outbox WHERE status = 'pending'"));
    q.exec();
    return q.next() ? q.integer(0) : 0;
}

} // namespace steward::server

#include "AuditStore.h"

#include "ListQuery.h"
#include "Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <domain/Json.h>

namespace steward::server {
namespace {

QString changesJson(const QList<FieldChange>& changes)
{
    QJsonArray array;
    for (const FieldChange& change : changes)
        array.append(json::toJson(change));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<FieldChange> changesFromJson(const QString& text)
{
    QList<FieldChange> changes;
    for (const QJsonValue& v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        if (const auto change = json::fieldChangeFromJson(v.toObject()))
            changes.append(*change);
    }
    return changes;
}

SqlFilter whereFor(const AuditQuery& q)
{
    SqlFilter w;
    if (!q.companyId.isNull())
        w.add(QStringLiteral("company_id = ?"), idText(q.companyId));
    else if (q.platformScopeOnly)
        w.add(QStringLiteral("company_id IS NULL"));
    if (!q.actorId.isNull())
        w.add(QStringLiteral("actor_id = ?"), idText(q.actorId));
    if (!q.targetId.isNull())
        w.add(QStringLiteral("target_id = ?"), idText(q.targetId));
    if (q.action.endsWith(QLatin1Char('.')))
        // `_` is a LIKE wildcard and occurs in action names ("api_token."): match it literally.
        w.add(QStringLiteral("action LIKE ? ESCAPE '!'"), QString(likeLiteral(q.action) + QLatin1Char('%')));
    else if (!q.action.isEmpty())
        w.add(QStringLiteral("action = ?"), q.action);
    if (!q.visibleUnits.isEmpty()) {
        QStringList marks;
        QVariantList units;
        for (const QUuid& unit : q.visibleUnits) {
            marks.append(QStringLiteral("?"));
            units.append(idText(unit));
        }
        w.add(QStringLiteral("target_type = 'user' AND EXISTS (SELECT 1 FROM user_org_units v "
                             "WHERE v.user_id = audit_events.target_id AND v.unit_id IN (") +
                  marks.join(u", ") + QStringLiteral("))"),
              units);
    }
    if (q.fromMs > 0)
        w.add(QStringLiteral("time >= ?"), q.fromMs);
    if (q.toMs > 0)
        w.add(QStringLiteral("time < ?"), q.toMs);
    return w;
}

} // namespace

void AuditStore::record(const QSqlDatabase& db, const AuditEvent& e)
{
    Sql(db, QStringLiteral("INSERT INTO audit_events (id, time, actor_id, actor_type, company_id, action, target_type, "
                           "target_id, changes, client_address, request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(e.id.isNull() ? QUuid::createUuid() : e.id)
        .bind(e.time.toMSecsSinceEpoch())
        .bind(e.actorId)
        .bind(e.actorType)
        .bind(e.companyId)
        .bind(e.action)
        .bind(e.targetType)
        .bind(e.targetId)
        .bind(changesJson(e.changes))
        .bind(e.clientAddress)
        .bind(e.requestId)
        .exec();
}

QList<AuditEvent> AuditStore::list(const QSqlDatabase& db, const AuditQuery& query, qint64* total)
{
    const SqlFilter where = whereFor(query);
    *total = countRows(db, QStringLiteral("audit_events"), where);

    const QString order =
        query.newestFirst ? QStringLiteral(" ORDER BY time DESC, id DESC") : QStringLiteral(" ORDER BY time, id");
    Sql q(db, QStringLiteral("SELECT id, time, actor_id, actor_type, company_id, action, target_type, target_id, "
                             "changes, client_address, request_id FROM audit_events") +
                  where.sql() + order + QStringLiteral(" LIMIT ? OFFSET ?"));
    where.bindTo(q);
    q.bind(query.limit).bind(query.offset).exec();
    QList<AuditEvent> events;
    while (q.next()) {
        AuditEvent e;
        e.id = q.uuid(0);
        e.time = QDateTime::fromMSecsSinceEpoch(q.integer(1), Qt::UTC);
        e.actorId = q.uuid(2);
        e.actorType = q.text(3);
        e.companyId = q.uuid(4);
        e.action = q.text(5);
        e.targetType = q.text(6);
        e.targetId = q.uuid(7);
        e.changes = changesFromJson(q.text(8));
        e.clientAddress = q.text(9);
        e.requestId = q.text(10);
        events.append(e);
    }
    return events;
}

} // namespace steward::server

#pragma once

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <domain/AuditEvent.h>

namespace steward::server {

struct AuditQuery
{
    QUuid companyId; // null: every company (platform scope)
    bool platformScopeOnly = false;
    // Non-empty: only events about users in these units (a unit-limited reader's view).
    QSet<QUuid> visibleUnits;
    QUuid actorId;
    QUuid targetId;
    QString action; // exact, or a prefix ending in '.' ("user.")
    qint64 fromMs = 0;
    qint64 toMs = 0;
    bool newestFirst = true;
    int limit = 50;
    int offset = 0;
};

// The audit trail. Writes go through the caller's open transaction, so an event exists exactly
// when its change does.
class AuditStore
{
public:
    static void record(const QSqlDatabase& db, const AuditEvent& event);
    static QList<AuditEvent> list(const QSqlDatabase& db, const AuditQuery& query, qint64* total);
};

} // namespace steward::server

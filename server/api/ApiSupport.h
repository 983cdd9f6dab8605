#pragma once

#include "http/RequestContext.h"

#include <QSqlDatabase>
#include <QStringList>
#include <domain/AuditEvent.h>
#include <domain/FieldError.h>

namespace steward::server {

// limit (1..500, default 50), offset (≥ 0) and sort ("lastName,-createdAt", each key among
// `sortable`) of a list request; a bad one answers 400 naming the parameter.
struct PageParams
{
    int limit = 50;
    int offset = 0;
    QStringList sort;
};
PageParams pageParams(const RequestContext& ctx, const QStringList& sortable);

// An optional UUID query parameter; a malformed one answers 400 naming it.
QUuid queryId(const RequestContext& ctx, const char* name);
// An optional ISO 8601 time query parameter; milliseconds since the epoch or 0.
qint64 queryTimeMs(const RequestContext& ctx, const char* name);

// Throws 422 with the field errors when there are any.
void throwIfInvalid(const FieldErrors& errors);

// Records an audit event for the caller's change, inside the caller's transaction.
void audit(const RequestContext& ctx, const QSqlDatabase& db, const QString& action, const QString& targetType,
           const QUuid& targetId, const QUuid& companyId, const QList<FieldChange>& changes = {});

// This thread's connection.
QSqlDatabase database(const RequestContext& ctx);

// The company a caller acts in for company-scope lists: their own, or — for platform staff — the
// `company` query parameter (null: every company).
QUuid scopeCompany(const RequestContext& ctx);

} // namespace steward::server

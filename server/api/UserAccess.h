#pragma once

#include "http/RequestContext.h"

#include <QSqlDatabase>
#include <domain/AuditEvent.h>
#include <domain/FieldError.h>
#include <domain/User.h>

namespace steward::server {

// Loads a user the caller may act on with the route's permission: 404 when it does not exist or
// is invisible to the caller (another company, outside their units), 403 when visible but not
// permitted. Platform staff accounts need platform.staff.manage for anything but reading.
User loadVisibleUser(const RequestContext& ctx, const QSqlDatabase& db, const QUuid& id);

// Checks each role exists and can be held in the company (built-in company roles and the company's
// own; platform roles for staff) and fills in its name. Errors name `field` ("roleIds", or "[i]").
FieldErrors resolveRoles(const QSqlDatabase& db, const QUuid& companyId, QList<RoleAssignment>& roles,
                         const QString& field);
// A caller grants only what they hold themselves: each enabled role of `roles` that `previous` did
// not already grant enabled must carry no permission beyond the caller's. Platform staff, who act
// as Admin in any company, are not limited. Errors are named like resolveRoles's.
FieldErrors checkGrantable(const RequestContext& ctx, const QSqlDatabase& db, const QUuid& companyId,
                           const QList<RoleAssignment>& roles, const QString& field,
                           const QList<RoleAssignment>& previous = {});

// Checks each unit belongs to the company and is listed once.
FieldErrors checkUnits(const QSqlDatabase& db, const QUuid& companyId, const QList<QUuid>& units, const QString& field);

// `text` without control characters, for values that go to the store unvalidated (search terms,
// the email of a sign-in): they match nothing stored, and PostgreSQL refuses a NUL outright.
QString withoutControlCharacters(const QString& text);

// The audit changes between two user snapshots, without bookkeeping fields (version, timestamps).
QList<FieldChange> userChanges(const QJsonObject& before, const QJsonObject& after);

} // namespace steward::server

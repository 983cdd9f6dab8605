#pragma once

#include <QSqlDatabase>
#include <domain/AuditEvent.h>
#include <domain/Company.h>
#include <domain/JsonReader.h>

namespace steward::server {

// Reads the company fields present in `body` (all required ones when creating) onto `company`:
// name, legalName, taxId, address, defaultLanguage, state, customFields (definitions),
// usersMayEditName. Returns the field errors.
FieldErrors applyCompanyFields(JsonReader& body, Company& company, const QSqlDatabase& db, bool creating);

// Audit changes between two company snapshots, without bookkeeping fields.
QList<FieldChange> companyChanges(const QJsonObject& before, const QJsonObject& after);

} // namespace steward::server

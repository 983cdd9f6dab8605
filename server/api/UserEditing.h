#pragma once

#include "http/RequestContext.h"

#include <QSqlDatabase>
#include <domain/Company.h>
#include <domain/JsonReader.h>
#include <domain/User.h>

namespace steward::server {

// Which fields of a user a PATCH may change: admins change all, a user on their own account only
// what the company allows (seed 004: names only when the company says so).
struct EditRights
{
    bool names = true;
    bool username = true;
    bool email = true;
    QString emailRefusal = QStringLiteral("Request an email change instead."); // why, when !email
    bool adminCustomFields = true;                                             // fields only admins may edit
};

// Reads the editable fields present in `body` onto `user`, validating each; unknown keys and
// fields outside `rights` are reported. Uniqueness (email, username, unique custom fields) is
// checked against the store. Returns the field errors (empty: `user` holds the new values).
FieldErrors applyUserFields(JsonReader& body, User& user, const EditRights& rights, const QSqlDatabase& db,
                            const std::optional<Company>& company, bool creating);

// The user's JSON as the API shows it, with the ETag of its version.
QJsonObject userJson(const User& user);

// A free username made from the email's local part ("ana.garcia", then "ana.garcia2", …).
QString uniqueUsername(const QSqlDatabase& db, const QString& email);

// Loads the company of a user (nullopt for platform staff).
std::optional<Company> companyOf(const QSqlDatabase& db, const QUuid& companyId);

} // namespace steward::server

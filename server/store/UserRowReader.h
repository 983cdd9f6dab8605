#pragma once

#include "Sql.h"

#include <QHash>
#include <QList>
#include <QString>
#include <domain/User.h>

// What UserStore's reads share: the selected columns of a user, reading one back, and the
// relations of a page of users.
namespace steward::server::userrows {

extern const QString kColumns;   // of `users u`, in the order readUser() reads them
constexpr int kColumnCount = 18; // how many that is: a column after them is number kColumnCount
User readUser(const Sql& q);
// Roles and units of a page of users: two queries for the whole page, never one per row.
void loadRelations(const QSqlDatabase& db, QList<User>& users);
QString placeholders(qsizetype n); // "?, ?, …"
// API sort key → column.
const QHash<QString, QString>& sortColumns();

} // namespace steward::server::userrows

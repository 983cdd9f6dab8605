#pragma once

#include <QString>

namespace steward::ui {

// What the permission matrix and the roles' details show for the server's catalogue
// (GET /api/v1/permissions): a translated description per key and a translated title per area.
// Keys the client does not know yet keep the server's English description.
QString permissionText(const QString& key, const QString& serverDescription = {});
QString permissionAreaText(const QString& area);
// The area of a key when the catalogue does not say, from its first dotted part.
QString permissionAreaOf(const QString& key);
// Areas in the order the matrix shows them.
int permissionAreaOrder(const QString& area);

} // namespace steward::ui

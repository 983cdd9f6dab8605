#pragma once

#include <QJsonArray>
#include <QList>
#include <domain/OrgUnit.h>

namespace steward::server {

// Orders units so that every parent comes before its children: roots first (a unit whose parent is
// not among `units` counts as a root), each followed by its subtree, siblings by name.
QList<OrgUnit> parentsFirst(const QList<OrgUnit>& units);

// The units as nested objects, each with a `children` array, roots at the top.
QJsonArray nestedUnitsJson(const QList<OrgUnit>& units);

// How many ancestors `id` has among `units` (0 for a root).
int depthOf(const QList<OrgUnit>& units, const QUuid& id);
// The number of levels below `id` (0 for a leaf).
int levelsBelow(const QList<OrgUnit>& units, const QUuid& id);

} // namespace steward::server

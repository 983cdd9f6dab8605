#pragma once

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QUuid>

namespace steward {

// A node of a company's organizational tree (seed 002).
struct OrgUnit
{
    QUuid id;
    QUuid companyId;
    QUuid parentId; // null for a root
    QString name;
    QDateTime createdAt;
    qint64 version = 1;

    friend bool operator==(const OrgUnit&, const OrgUnit&) = default;
};

// The given units and all units below them. Cycles in `units` are tolerated (each unit once).
QSet<QUuid> withDescendants(const QList<OrgUnit>& units, const QSet<QUuid>& roots);
// True when making `newParent` the parent of `unit` would put the unit below itself.
bool wouldCreateCycle(const QList<OrgUnit>& units, const QUuid& unit, const QUuid& newParent);

} // namespace steward

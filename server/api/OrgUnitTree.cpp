#include "OrgUnitTree.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <domain/Json.h>

namespace steward::server {
namespace {

// Children of each unit (by id) in name order; roots under the null id.
QHash<QUuid, QList<qsizetype>> childIndex(const QList<OrgUnit>& units)
{
    QSet<QUuid> ids;
    for (const OrgUnit& unit : units)
        ids.insert(unit.id);
    QHash<QUuid, QList<qsizetype>> children;
    for (qsizetype i = 0; i < units.size(); ++i) {
        const QUuid parent = ids.contains(units.at(i).parentId) ? units.at(i).parentId : QUuid();
        children[parent].append(i);
    }
    for (QList<qsizetype>& list : children) {
        std::sort(list.begin(), list.end(), [&units](qsizetype a, qsizetype b) {
            const int byName = units.at(a).name.compare(units.at(b).name, Qt::CaseInsensitive);
            return byName != 0 ? byName < 0 : units.at(a).id.toString() < units.at(b).id.toString();
        });
    }
    return children;
}

} // namespace

QList<OrgUnit> parentsFirst(const QList<OrgUnit>& units)
{
    const QHash<QUuid, QList<qsizetype>> children = childIndex(units);
    QList<OrgUnit> ordered;
    ordered.reserve(units.size());
    // Depth-first without recursion: a deep tree must not exhaust a worker thread's stack.
    const QList<qsizetype> roots = children.value(QUuid());
    QList<qsizetype> pending(roots.crbegin(), roots.crend());
    QSet<QUuid> seen;
    while (!pending.isEmpty()) {
        const OrgUnit& unit = units.at(pending.takeLast());
        if (seen.contains(unit.id))
            continue;
        seen.insert(unit.id);
        ordered.append(unit);
        const QList<qsizetype> below = children.value(unit.id);
        for (auto it = below.crbegin(); it != below.crend(); ++it)
            pending.append(*it);
    }
    return ordered;
}

QJsonArray nestedUnitsJson(const QList<OrgUnit>& units)
{
    const QList<OrgUnit> ordered = parentsFirst(units);
    const QHash<QUuid, QList<qsizetype>> children = childIndex(units);
    // Built bottom-up: in reverse parents-first order every child is finished before its parent.
    QHash<QUuid, QJsonObject> built;
    for (auto it = ordered.crbegin(); it != ordered.crend(); ++it) {
        QJsonObject node = json::toJson(*it);
        QJsonArray nested;
        for (qsizetype child : children.value(it->id))
            nested.append(built.take(units.at(child).id));
        node.insert(QStringLiteral("children"), nested);
        built.insert(it->id, node);
    }
    QJsonArray roots;
    for (qsizetype root : children.value(QUuid()))
        roots.append(built.take(units.at(root).id));
    return roots;
}

int depthOf(const QList<OrgUnit>& units, const QUuid& id)
{
    QHash<QUuid, QUuid> parents;
    for (const OrgUnit& unit : units)
        parents.insert(unit.id, unit.parentId);
    int depth = 0;
    QUuid current = parents.value(id);
    while (!current.isNull() && parents.contains(current) && depth <= units.size()) {
        ++depth;
        current = parents.value(current);
    }
    return depth;
}

int levelsBelow(const QList<OrgUnit>& units, const QUuid& id)
{
    QHash<QUuid, QList<QUuid>> children;
    for (const OrgUnit& unit : units) {
        if (!unit.parentId.isNull())
            children[unit.parentId].append(unit.id);
    }
    int levels = 0;
    QList<QUuid> level = children.value(id);
    QSet<QUuid> seen{id};
    while (!level.isEmpty() && levels <= units.size()) {
        ++levels;
        QList<QUuid> next;
        for (const QUuid& unit : level) {
            if (!seen.contains(unit)) {
                seen.insert(unit);
                next.append(children.value(unit));
            }
        }
        level = next;
    }
    return levels;
}

} // namespace steward::server

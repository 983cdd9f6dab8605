// Behaviour of the small value types: derived state, tree walks and audit diffs.
#include "AuditEvent.h"
#include "Invitation.h"
#include "OrgUnit.h"
#include "User.h"

#include <QHash>
#include <QStringList>

namespace steward {

QString User::fullName() const
{
    return QStringList{firstName, lastName}.join(QLatin1Char(' ')).trimmed();
}

InvitationState Invitation::stateAt(const QDateTime& now) const
{
    if (acceptedAt.isValid())
        return InvitationState::Accepted;
    if (revokedAt.isValid())
        return InvitationState::Revoked;
    if (expiresAt.isValid() && now >= expiresAt)
        return InvitationState::Expired;
    return InvitationState::Pending;
}

QSet<QUuid> withDescendants(const QList<OrgUnit>& units, const QSet<QUuid>& roots)
{
    QHash<QUuid, QList<QUuid>> children;
    for (const OrgUnit& unit : units) {
        if (!unit.parentId.isNull())
            children[unit.parentId].append(unit.id);
    }
    QSet<QUuid> result;
    QList<QUuid> pending(roots.cbegin(), roots.cend());
    while (!pending.isEmpty()) {
        const QUuid id = pending.takeLast();
        if (result.contains(id))
            continue;
        result.insert(id);
        pending.append(children.value(id));
    }
    return result;
}

bool wouldCreateCycle(const QList<OrgUnit>& units, const QUuid& unit, const QUuid& newParent)
{
    if (newParent.isNull())
        return false;
    return withDescendants(units, {unit}).contains(newParent);
}

bool isSecretField(const QString& field)
{
    static const QStringList markers{QStringLiteral("password"), QStringLiteral("secret"), QStringLiteral("token"),
                                     QStringLiteral("hash")};
    const QString lower = field.toLower();
    for (const QString& marker : markers) {
        if (lower.contains(marker))
            return true;
    }
    return false;
}

QList<FieldChange> diffFields(const QJsonObject& before, const QJsonObject& after)
{
    QStringList keys = before.keys();
    for (const QString& key : after.keys()) {
        if (!before.contains(key))
            keys.append(key);
    }
    keys.sort();
    QList<FieldChange> changes;
    for (const QString& key : keys) {
        const QJsonValue a = before.value(key);
        const QJsonValue b = after.value(key);
        if (a == b)
            continue;
        if (isSecretField(key))
            changes.append({key, QJsonValue::Null, QJsonValue::Null});
        else
            changes.append({key, a.isUndefined() ? QJsonValue(QJsonValue::Null) : a,
                            b.isUndefined() ? QJsonValue(QJsonValue::Null) : b});
    }
    return changes;
}

} // namespace steward

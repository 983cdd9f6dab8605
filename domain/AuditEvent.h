#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUuid>

namespace steward {

struct FieldChange
{
    QString field;
    QJsonValue before;
    QJsonValue after;

    friend bool operator==(const FieldChange&, const FieldChange&) = default;
};

// One change, written in the same transaction as the change itself.
struct AuditEvent
{
    QUuid id;
    QDateTime time;
    QUuid actorId;     // null for the system or an anonymous flow (self-registration)
    QString actorType; // "user", "api_token", "system"
    QUuid companyId;   // null for platform-scope events
    QString action;    // "user.create", "user.deactivate", "company.update", ...
    QString targetType;
    QUuid targetId;
    QList<FieldChange> changes;
    QString clientAddress;
    QString requestId;

    friend bool operator==(const AuditEvent&, const AuditEvent&) = default;
};

// True for field names that hold or derive from secrets; such fields never enter an audit event.
bool isSecretField(const QString& field);
// The fields whose values differ between two JSON snapshots of an object, in key order, secrets
// left out (a secret's change is recorded as the field name with both values null).
QList<FieldChange> diffFields(const QJsonObject& before, const QJsonObject& after);

} // namespace steward

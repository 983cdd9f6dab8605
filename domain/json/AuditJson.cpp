// Audit events and the field changes they record.
#include "Json.h"
#include "JsonSupport.h"

namespace steward::json {

using namespace detail;

namespace {

// A value that was or became absent is null on both sides.
FieldChange readChange(JsonReader& r)
{
    FieldChange change;
    change.field = r.string(QStringLiteral("field"));
    change.before = r.value(QStringLiteral("before"), JsonReader::Optional);
    change.after = r.value(QStringLiteral("after"), JsonReader::Optional);
    return change;
}

AuditEvent readEvent(JsonReader& r)
{
    AuditEvent e;
    e.id = r.uuid(QStringLiteral("id"));
    e.time = r.time(QStringLiteral("time"));
    e.actorId = r.uuid(QStringLiteral("actorId"), JsonReader::Optional);
    e.actorType = r.string(QStringLiteral("actorType"));
    e.companyId = r.uuid(QStringLiteral("companyId"), JsonReader::Optional);
    e.action = r.string(QStringLiteral("action"));
    e.targetType = r.string(QStringLiteral("targetType"), JsonReader::Optional);
    e.targetId = r.uuid(QStringLiteral("targetId"), JsonReader::Optional);
    e.changes = readObjectList<FieldChange>(r, QStringLiteral("changes"), &readChange);
    e.clientAddress = r.string(QStringLiteral("clientAddress"), JsonReader::Optional);
    e.requestId = r.string(QStringLiteral("requestId"), JsonReader::Optional);
    return e;
}

} // namespace

QJsonObject toJson(const FieldChange& value)
{
    return {
        {QStringLiteral("field"), value.field},
        {QStringLiteral("before"), anyValue(value.before)},
        {QStringLiteral("after"), anyValue(value.after)},
    };
}

QJsonObject toJson(const AuditEvent& value)
{
    return {
        {QStringLiteral("id"), idValue(value.id)},
        {QStringLiteral("time"), timeValue(value.time)},
        {QStringLiteral("actorId"), idValue(value.actorId)},
        {QStringLiteral("actorType"), value.actorType},
        {QStringLiteral("companyId"), idValue(value.companyId)},
        {QStringLiteral("action"), value.action},
        {QStringLiteral("targetType"), value.targetType},
        {QStringLiteral("targetId"), idValue(value.targetId)},
        {QStringLiteral("changes"), arrayOf(value.changes, [](const FieldChange& c) { return toJson(c); })},
        {QStringLiteral("clientAddress"), value.clientAddress},
        {QStringLiteral("requestId"), value.requestId},
    };
}

std::optional<FieldChange> fieldChangeFromJson(const QJsonObject& o, FieldErrors* errors)
{
    return decode(o, errors, &readChange);
}

std::optional<AuditEvent> auditEventFromJson(const QJsonObject& o, FieldErrors* errors)
{
    return decode(o, errors, &readEvent);
}

} // namespace steward::json

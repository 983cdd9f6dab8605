#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>
#include <QUuid>

namespace steward::json {

// Writes compact JSON straight into a byte array, for the answers that carry many objects (a page
// of users): building a QJsonObject per object and then serializing the tree costs several times
// more than the SQL behind it. The output parses to exactly what the matching toJson() gives
// (tests/unit/domain/tst_jsonwriter), so the two stay interchangeable.
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray& out) : m_out(out) {}

    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(QLatin1StringView name); // names are ASCII literals, written as they are

    JsonWriter& value(QStringView text);
    JsonWriter& value(const QString& text) { return value(QStringView(text)); }
    JsonWriter& value(qint64 number);
    JsonWriter& value(bool flag);
    JsonWriter& value(const QJsonValue& any); // nested values (custom fields)
    JsonWriter& null();
    JsonWriter& id(const QUuid& id);         // null for a null id
    JsonWriter& time(const QDateTime& time); // ISO 8601 UTC with milliseconds; null if invalid

    // Overloads that would otherwise pick value(bool).
    JsonWriter& value(const char*) = delete;
    JsonWriter& value(int number) { return value(qint64(number)); }

private:
    void separate();
    void writeString(QStringView text);

    QByteArray& m_out;
    bool m_needComma = false;
};

} // namespace steward::json

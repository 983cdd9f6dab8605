#pragma once

// Shared pieces of the JSON codecs (Json.h): how ids, times and enums travel, and how nested
// objects and lists of objects are read with their field paths ("address.country",
// "customFields[2].key"). Internal to the domain library.

#include "JsonReader.h"
#include "Language.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <initializer_list>
#include <optional>
#include <utility>

namespace steward::json::detail {

QJsonValue idValue(const QUuid& id);         // null for a null id
QJsonValue timeValue(const QDateTime& time); // null for an invalid time
QJsonArray idArray(const QList<QUuid>& ids);
QJsonValue anyValue(const QJsonValue& value); // undefined travels as null

Language readLanguage(JsonReader& r, const QString& key);
qint64 readVersion(JsonReader& r);
int readCount(JsonReader& r, const QString& key, int fallback); // optional, 0..INT_MAX

template <typename T, typename Encode> QJsonArray arrayOf(const QList<T>& items, Encode encode)
{
    QJsonArray array;
    for (const T& item : items)
        array.append(encode(item));
    return array;
}

template <typename Enum> QStringList enumNames(std::initializer_list<Enum> values)
{
    QStringList names;
    for (Enum value : values)
        names.append(toString(value));
    return names;
}

// A required enum unless `presence` says otherwise; `fallback` stands in when it is absent or bad.
template <typename Enum, typename Parse>
Enum readEnum(JsonReader& r, const QString& key, Parse parse, std::initializer_list<Enum> values, Enum fallback,
              JsonReader::Presence presence = JsonReader::Required)
{
    return r.enumeration<Enum>(key, parse, enumNames(values), presence).value_or(fallback);
}

// Reads the object at `key` with `read`, its errors carrying "key." in front. An absent optional
// object, or one of the wrong type, yields `fallback` without looking inside.
template <typename T, typename Read>
T readNested(JsonReader& r, const QString& key, JsonReader::Presence presence, Read read, T fallback = T())
{
    const qsizetype errorsBefore = r.errors().size();
    const QJsonObject object = r.object(key, presence);
    if (!r.has(key) || r.errors().size() != errorsBefore)
        return fallback;
    JsonReader nested(object, r.path(key));
    T value = read(nested);
    r.addErrors(nested.errors());
    return value;
}

// Reads an optional array of objects at `key`; item i's errors are named "key[i].field".
template <typename T, typename Read> QList<T> readObjectList(JsonReader& r, const QString& key, Read read)
{
    const QJsonArray items = r.array(key, JsonReader::Optional);
    QList<T> result;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString itemKey = key + QStringLiteral("[%1]").arg(i);
        if (!items.at(i).isObject()) {
            r.addError(itemKey, QStringLiteral("invalid_type"), QStringLiteral("Must be an object."));
            continue;
        }
        JsonReader item(items.at(i).toObject(), r.path(itemKey));
        result.append(read(item));
        r.addErrors(item.errors());
    }
    return result;
}

// Runs `read` over a whole object: the value when nothing was wrong, otherwise nullopt with the
// errors appended to `errors`.
template <typename Read>
auto decode(const QJsonObject& object, FieldErrors* errors, Read read)
    -> std::optional<decltype(read(std::declval<JsonReader&>()))>
{
    JsonReader r(object);
    auto value = read(r);
    if (r.ok())
        return value;
    if (errors)
        errors->append(r.errors());
    return std::nullopt;
}

} // namespace steward::json::detail

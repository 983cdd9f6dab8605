// The parts of the JSON codecs every type shares; the types themselves are in json/*.cpp.
#include "Json.h"

#include "json/JsonSupport.h"
#include <limits>

namespace steward::json {

QString formatTime(const QDateTime& time)
{
    if (!time.isValid())
        return QString();
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString formatId(const QUuid& id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

namespace detail {

QJsonValue idValue(const QUuid& id)
{
    return id.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(formatId(id));
}

QJsonValue timeValue(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(formatTime(time)) : QJsonValue(QJsonValue::Null);
}

QJsonArray idArray(const QList<QUuid>& ids)
{
    return arrayOf(ids, [](const QUuid& id) { return QJsonValue(formatId(id)); });
}

QJsonValue anyValue(const QJsonValue& value)
{
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

Language readLanguage(JsonReader& r, const QString& key)
{
    QStringList codes;
    for (Language language : allLanguages())
        codes.append(languageCode(language));
    return r.enumeration<Language>(key, &languageFromCode, codes).value_or(Language::English);
}

qint64 readVersion(JsonReader& r)
{
    return r.integer(QStringLiteral("version")).value_or(1);
}

int readCount(JsonReader& r, const QString& key, int fallback)
{
    const std::optional<qint64> count = r.integer(key, JsonReader::Optional);
    if (!count)
        return fallback;
    if (*count < 0 || *count > std::numeric_limits<int>::max()) {
        r.addError(key, QStringLiteral("invalid_value"), QStringLiteral("Must be between 0 and 2147483647."));
        return fallback;
    }
    return static_cast<int>(*count);
}

} // namespace detail
} // namespace steward::json

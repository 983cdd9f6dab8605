#include "JsonReader.h"

#include <cctype>
#include <cmath>

namespace steward {

QUuid parseUuid(const QString& text)
{
    const qsizetype length = text.size();
    const bool braced = length == 38 && text.startsWith(QLatin1Char('{')) && text.endsWith(QLatin1Char('}'));
    if (length != 36 && !braced)
        return {};
    const QStringView core = braced ? QStringView(text).mid(1, 36) : QStringView(text);
    for (qsizetype i = 0; i < 36; ++i) {
        const QChar c = core.at(i);
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? c != QLatin1Char('-') : !isxdigit(c.toLatin1()) || c.unicode() > 0x7f)
            return {};
    }
    return QUuid::fromString(core);
}

JsonReader::JsonReader(QJsonObject object, QString prefix) : m_object(std::move(object)), m_prefix(std::move(prefix)) {}

QString JsonReader::path(const QString& key) const
{
    return m_prefix.isEmpty() ? key : m_prefix + QLatin1Char('.') + key;
}

bool JsonReader::has(const QString& key) const
{
    if (!m_known.contains(key))
        m_known.append(key);
    const QJsonValue v = m_object.value(key);
    return !v.isUndefined() && !v.isNull();
}

void JsonReader::addError(const QString& key, const QString& code, const QString& message)
{
    m_errors.append({path(key), code, message});
}

void JsonReader::addErrors(const FieldErrors& errors)
{
    m_errors.append(errors);
}

std::optional<QJsonValue> JsonReader::fetch(const QString& key, Presence presence)
{
    if (!m_known.contains(key))
        m_known.append(key);
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (presence == Required)
            addError(key, QStringLiteral("required"), QStringLiteral("This field is required."));
        return std::nullopt;
    }
    return v;
}

void JsonReader::wrongType(const QString& key, const char* expected)
{
    addError(key, QStringLiteral("invalid_type"), QStringLiteral("Must be %1.").arg(QLatin1String(expected)));
}

QString JsonReader::string(const QString& key, Presence presence, const QString& fallback)
{
    const auto v = fetch(key, presence);
    if (!v)
        return fallback;
    if (!v->isString()) {
        wrongType(key, "a string");
        return fallback;
    }
    return v->toString();
}

bool JsonReader::boolean(const QString& key, Presence presence, bool fallback)
{
    const auto v = fetch(key, presence);
    if (!v)
        return fallback;
    if (!v->isBool()) {
        wrongType(key, "true or false");
        return fallback;
    }
    return v->toBool();
}

std::optional<double> JsonReader::number(const QString& key, Presence presence)
{
    const auto v = fetch(key, presence);
    if (!v)
        return std::nullopt;
    if (!v->isDouble() || !std::isfinite(v->toDouble())) {
        wrongType(key, "a number");
        return std::nullopt;
    }
    return v->toDouble();
}

std::optional<qint64> JsonReader::integer(const QString& key, Presence presence)
{
    const auto v = fetch(key, presence);
    if (!v)
        return std::nullopt;
    const double d = v->toDouble();
    // Integers beyond 2^53 cannot travel through a JSON double exactly.
    if (!v->isDouble() || std::trunc(d) != d || std::fabs(d) > 9007199254740992.0) {
        wrongType(key, "a whole number");
        return std::nullopt;
    }
    return static_cast<qint64>(d);
}

QUuid JsonReader::uuid(const QString& key, Presence presence)
{
    const auto v = fetch(key, presence);
    if (!v)
        return {};
    const QUuid id = v->isString() ? parseUuid(v->toString()) : QUuid();
    if (id.isNull()) {
        addError(key, QStringLiteral("invalid_id"), QStringLiteral("Must be a UUID."));
        return {};
    }
    return id;
}

QDateTime JsonReader::time(const QString& key, Presence presence)
{
    const auto v = fetch(key, presence);
    if (!v)
        return {};
    QDateTime t = v->isString() ? QDateTime::fromString(v->toString(), Qt::ISODateWithMs) : QDateTime();
    if (!t.isValid() || v->toString().size() < 19) {
        addError(key, QStringLiteral("invalid_time"),
                 QStringLiteral("Must be an ISO 8601 date and time, e.g. 2026-01-31T12:00:00Z."));
        return {};
    }
    return t.toUTC();
}

QJsonObject JsonReader::object(const QString& key, Presence presence)
{
    const auto v = fetch(key, presence);
    if (!v)
        return {};
    if (!v->isObject()) {
        wrongType(key, "an object");
        return {};
    }
    return v->toObject();
}

QJsonArray JsonReader::array(const QString& key, Presence presence)
{
    const auto v = fetch(key, presence);
    if (!v)
        return {};
    if (!v->isArray()) {
        wrongType(key, "an array");
        return {};
    }
    return v->toArray();
}

QStringList JsonReader::stringList(const QString& key, Presence presence)
{
    const QJsonArray items = array(key, presence);
    QStringList result;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isString()) {
            addError(key + QStringLiteral("[%1]").arg(i), QStringLiteral("invalid_type"),
                     QStringLiteral("Must be a string."));
            continue;
        }
        result.append(items.at(i).toString());
    }
    return result;
}

QList<QUuid> JsonReader::uuidList(const QString& key, Presence presence)
{
    const QJsonArray items = array(key, presence);
    QList<QUuid> result;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QUuid id = items.at(i).isString() ? parseUuid(items.at(i).toString()) : QUuid();
        if (id.isNull()) {
            addError(key + QStringLiteral("[%1]").arg(i), QStringLiteral("invalid_id"),
                     QStringLiteral("Must be a UUID."));
            continue;
        }
        result.append(id);
    }
    return result;
}

QJsonValue JsonReader::value(const QString& key, Presence presence)
{
    const auto v = fetch(key, presence);
    return v ? *v : QJsonValue();
}

void JsonReader::rejectUnknown()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_known.contains(it.key()))
            addError(it.key(), QStringLiteral("unknown_field"), QStringLiteral("This field is not recognized."));
    }
}

} // namespace steward

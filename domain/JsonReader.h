#pragma once

#include "FieldError.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace steward {

// Reads fields of one JSON object with type checks, collecting a FieldError for each problem
// instead of stopping at the first. Used by the domain codecs and by the server for request bodies.
//
//   JsonReader r(body);
//   QString email = r.string("email");                       // required
//   QString region = r.string("region", JsonReader::Optional);
//   r.rejectUnknown();                                        // every key not read is an error
//   if (!r.ok()) return Problem::validation(r.errors());
// A UUID in its canonical 36-character form, with or without braces, and nothing else; null
// otherwise. (QUuid::fromString alone accepts trailing characters.)
QUuid parseUuid(const QString& text);

class JsonReader
{
public:
    enum Presence
    {
        Required,
        Optional
    };

    explicit JsonReader(QJsonObject object, QString prefix = QString());

    // Whether `key` holds a non-null value. Asking counts as reading it: a key a caller checked and
    // chose to ignore (e.g. an explicit null) is never reported as unknown.
    bool has(const QString& key) const;
    // Each accessor marks the key as known. A missing Optional key yields the fallback; an
    // explicit null counts as missing for Optional keys and as "required" for Required ones.
    QString string(const QString& key, Presence presence = Required, const QString& fallback = QString());
    bool boolean(const QString& key, Presence presence = Required, bool fallback = false);
    std::optional<double> number(const QString& key, Presence presence = Required);
    std::optional<qint64> integer(const QString& key, Presence presence = Required);
    QUuid uuid(const QString& key, Presence presence = Required);
    QDateTime time(const QString& key, Presence presence = Required); // ISO 8601; null allowed when Optional
    QJsonObject object(const QString& key, Presence presence = Required);
    QJsonArray array(const QString& key, Presence presence = Required);
    QStringList stringList(const QString& key, Presence presence = Required);
    QList<QUuid> uuidList(const QString& key, Presence presence = Required);
    QJsonValue value(const QString& key, Presence presence = Required); // any JSON value

    // Reads a string and maps it through `parse` (e.g. userStateFromString); reports "invalid_value"
    // naming the allowed values when it does not parse.
    template <typename Enum, typename Parse>
    std::optional<Enum> enumeration(const QString& key, Parse parse, const QStringList& allowed,
                                    Presence presence = Required)
    {
        const QString text = string(key, presence);
        if (text.isEmpty() && (presence == Optional || !has(key)))
            return std::nullopt;
        if (const std::optional<Enum> parsed = parse(text))
            return parsed;
        addError(key, QStringLiteral("invalid_value"),
                 QStringLiteral("Must be one of: %1.").arg(allowed.join(QStringLiteral(", "))));
        return std::nullopt;
    }

    // Reports every key of the object that no accessor asked for as "unknown_field".
    void rejectUnknown();
    void addError(const QString& key, const QString& code, const QString& message);
    void addErrors(const FieldErrors& errors); // already carrying their full field paths
    QString path(const QString& key) const;    // prefix + key

    bool ok() const { return m_errors.isEmpty(); }
    const FieldErrors& errors() const { return m_errors; }

private:
    // The value at `key`, or nullopt after recording "required" when a Required key is missing.
    std::optional<QJsonValue> fetch(const QString& key, Presence presence);
    void wrongType(const QString& key, const char* expected);

    QJsonObject m_object;
    QString m_prefix;
    mutable QStringList m_known;
    FieldErrors m_errors;
};

} // namespace steward

#include "Validation.h"

#include <QDate>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace steward {

namespace {

constexpr int kMaxKeyLength = 40;
constexpr int kMaxLabelLength = 100;
constexpr int kMaxOptionLength = 200;
constexpr int kMaxTextLength = 10000;

// "vat" under "customFields" is "customFields.vat"; with no parent it is just "vat".
QString childField(const QString& parent, const QString& child)
{
    return parent.isEmpty() ? child : parent + QLatin1Char('.') + child;
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isAsciiLower(QChar c)
{
    return c >= QLatin1Char('a') && c <= QLatin1Char('z');
}

// [a-z][a-z0-9_]*, checked by hand: these run on every request of the server's worker threads.
bool isKeyFormat(const QString& key)
{
    if (key.isEmpty() || !isAsciiLower(key.front()))
        return false;
    return std::all_of(key.cbegin(), key.cend(),
                       [](QChar c) { return isAsciiLower(c) || isAsciiDigit(c) || c == QLatin1Char('_'); });
}

// yyyy-MM-dd with ASCII digits only (QDate::fromString alone would also take other digits).
bool isIsoDateFormat(const QString& text)
{
    if (text.size() != 10)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool dash = i == 4 || i == 7;
        if (dash ? text.at(i) != QLatin1Char('-') : !isAsciiDigit(text.at(i)))
            return false;
    }
    return true;
}

FieldErrors validateKey(const QString& key, const QString& field)
{
    if (key.isEmpty())
        return {{field, QStringLiteral("required"), QStringLiteral("A key is required.")}};
    if (key.size() > kMaxKeyLength)
        return {{field, QStringLiteral("too_long"), QStringLiteral("Must be at most 40 characters.")}};
    if (!isKeyFormat(key))
        return {{field, QStringLiteral("invalid_format"),
                 QStringLiteral("Must start with a letter a–z and contain only a–z, 0–9 and '_'.")}};
    return {};
}

FieldErrors validateOptions(const QStringList& options, const QString& field)
{
    if (options.isEmpty())
        return {{field, QStringLiteral("required"), QStringLiteral("A choice field needs at least one option.")}};
    QSet<QString> seen;
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QString option = options.at(i);
        const QString position = QString::number(i + 1);
        if (option.trimmed().isEmpty())
            return {{field, QStringLiteral("required"), QStringLiteral("Option %1 is empty.").arg(position)}};
        if (option.size() > kMaxOptionLength)
            return {{field, QStringLiteral("too_long"),
                     QStringLiteral("Option %1 must be at most 200 characters.").arg(position)}};
        if (seen.contains(option))
            return {{field, QStringLiteral("invalid_format"),
                     QStringLiteral("Option %1 repeats \"%2\"; options must be distinct.").arg(position, option)}};
        seen.insert(option);
    }
    return {};
}

bool isEmptyValue(const QJsonValue& value)
{
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString().trimmed().isEmpty());
}

FieldErrors validateDate(const QJsonValue& value, const QString& field)
{
    const QString text = value.toString();
    if (!value.isString() || !isIsoDateFormat(text) || !QDate::fromString(text, QStringLiteral("yyyy-MM-dd")).isValid())
        return {{field, QStringLiteral("invalid_date"), QStringLiteral("Must be a real date written as yyyy-MM-dd.")}};
    return {};
}

} // namespace

FieldErrors validateCustomFieldDefinition(const CustomFieldDefinition& definition, const QString& field)
{
    FieldErrors errors = validateKey(definition.key, childField(field, QStringLiteral("key")));
    errors << validateText(definition.label, childField(field, QStringLiteral("label")), kMaxLabelLength);
    if (definition.type == CustomFieldType::Choice)
        errors << validateOptions(definition.options, childField(field, QStringLiteral("options")));
    if (definition.type == CustomFieldType::Text && (definition.maxLength < 1 || definition.maxLength > kMaxTextLength))
        errors.append({childField(field, QStringLiteral("maxLength")), QStringLiteral("invalid_format"),
                       QStringLiteral("Must be between 1 and %1.").arg(kMaxTextLength)});
    return errors;
}

FieldErrors validateCustomFieldValue(const CustomFieldDefinition& definition, const QJsonValue& value,
                                     const QString& field)
{
    if (isEmptyValue(value)) {
        if (!definition.required)
            return {};
        return {{field, QStringLiteral("required"), QStringLiteral("This field is required.")}};
    }
    switch (definition.type) {
    case CustomFieldType::Text:
        if (!value.isString())
            return {{field, QStringLiteral("invalid_format"), QStringLiteral("Must be text.")}};
        return validateText(value.toString(), field, definition.maxLength, definition.required);
    case CustomFieldType::Number:
        if (!value.isDouble() || !std::isfinite(value.toDouble()))
            return {{field, QStringLiteral("not_a_number"), QStringLiteral("Must be a number.")}};
        return {};
    case CustomFieldType::Date:
        return validateDate(value, field);
    case CustomFieldType::Choice:
        if (!value.isString() || !definition.options.contains(value.toString()))
            return {{field, QStringLiteral("not_an_option"),
                     QStringLiteral("Must be one of: %1.").arg(definition.options.join(QStringLiteral(", ")))}};
        return {};
    }
    return {};
}

FieldErrors validateCustomFieldValues(const QList<CustomFieldDefinition>& definitions, const CustomFieldValues& values,
                                      const QString& field)
{
    FieldErrors errors;
    QSet<QString> declared;
    for (const CustomFieldDefinition& definition : definitions) {
        declared.insert(definition.key);
        errors << validateCustomFieldValue(definition, values.value(definition.key), childField(field, definition.key));
    }
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (!declared.contains(it.key()))
            errors.append({childField(field, it.key()), QStringLiteral("unknown_field"),
                           QStringLiteral("No custom field is defined with the key \"%1\".").arg(it.key())});
    }
    return errors;
}

} // namespace steward

#pragma once

#include <QList>
#include <QString>

namespace steward {

// One rule a field broke: `field` is a JSON path ("address.country", "customFields.vat"), `code` a
// stable machine-readable rule name ("required", "too_short") that clients translate, and
// `message` an English sentence for people reading raw responses.
struct FieldError
{
    QString field;
    QString code;
    QString message;

    friend bool operator==(const FieldError&, const FieldError&) = default;
};

using FieldErrors = QList<FieldError>;

// Prefixes every error's field with `prefix` ("address" + "city" → "address.city").
FieldErrors prefixed(const FieldErrors& errors, const QString& prefix);
// True when some error is about `field`.
bool hasErrorFor(const FieldErrors& errors, const QString& field);

} // namespace steward

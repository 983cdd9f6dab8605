#include "FieldError.h"

#include <algorithm>

namespace steward {

FieldErrors prefixed(const FieldErrors& errors, const QString& prefix)
{
    FieldErrors result;
    result.reserve(errors.size());
    for (const FieldError& error : errors) {
        const QString field = error.field.isEmpty() ? prefix : prefix + QLatin1Char('.') + error.field;
        result.append({field, error.code, error.message});
    }
    return result;
}

bool hasErrorFor(const FieldErrors& errors, const QString& field)
{
    return std::any_of(errors.cbegin(), errors.cend(), [&](const FieldError& e) { return e.field == field; });
}

} // namespace steward

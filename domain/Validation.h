#pragma once

#include "CustomField.h"
#include "FieldError.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace steward {

// Field-level validation shared by the server (which enforces it) and the client (which shows it
// as the user types). Each function returns the broken rules for one field, named `field`; an
// empty list means the value is good. Messages are English; clients translate by `code`.
//
// Codes: "required", "too_long", "too_short", "invalid_format", "invalid_characters",
// "unknown_country", "common_password", "contains_email", "not_a_number", "invalid_date",
// "not_an_option", "unknown_field".

// A practical RFC 5321/5322 subset: dot-atom local part (ASCII atext, or UTF-8 letters per RFC
// 6531) of at most 64 octets, no quoted strings or comments; a domain of at least two labels,
// internationalized labels allowed (checked in their ACE form), each 1–63 LDH characters, not
// starting or ending with '-', a non-numeric top-level label; 254 octets at most in all.
FieldErrors validateEmail(const QString& email, const QString& field = QStringLiteral("email"));
// The form stored and compared: trimmed, domain lower-cased and in Unicode (local part kept).
QString normalizeEmail(const QString& email);

// First or last name: required, at most 100 characters after trimming; letters of any script,
// combining marks, spaces, apostrophes (' ’), hyphens and periods; no digits or control characters.
FieldErrors validatePersonName(const QString& name, const QString& field);

// Username: 3–64 characters of a–z, 0–9, '.', '_', '-' (case-insensitive, stored lower-case),
// starting with a letter or digit.
FieldErrors validateUsername(const QString& username, const QString& field = QStringLiteral("username"));

// A required free-text field such as a company name: trimmed, 1..maxLength, no control characters.
FieldErrors validateText(const QString& text, const QString& field, int maxLength, bool required = true);

// ISO 3166-1 alpha-2: an officially assigned code, upper case ("DE", "ES").
FieldErrors validateCountryCode(const QString& code, const QString& field = QStringLiteral("country"));
bool isAssignedCountryCode(const QString& code);

// The password policy: at least 10 characters (code points), at most 256; not in the shipped list
// of common passwords (compared case-insensitively); not containing the email's local part when
// that part has at least 3 characters (case-insensitive).
FieldErrors validatePassword(const QString& password, const QString& email,
                             const QString& field = QStringLiteral("password"));
inline constexpr int kPasswordMinLength = 10;
inline constexpr int kPasswordMaxLength = 256;
bool isCommonPassword(const QString& password);

// A custom-field definition itself: key format, non-empty label, options present for Choice.
FieldErrors validateCustomFieldDefinition(const CustomFieldDefinition& definition, const QString& field);

// One value against its definition: null/absent/empty string is "required" when required; text is
// a string of at most maxLength; number a finite JSON number; date a "yyyy-MM-dd" string of a real
// date; choice a string among the options. `field` is usually "customFields.<key>".
FieldErrors validateCustomFieldValue(const CustomFieldDefinition& definition, const QJsonValue& value,
                                     const QString& field);
// All values of a user against the company's definitions: each definition's rule, and keys that
// no definition declares reported as "unknown_field".
FieldErrors validateCustomFieldValues(const QList<CustomFieldDefinition>& definitions, const CustomFieldValues& values,
                                      const QString& field = QStringLiteral("customFields"));

} // namespace steward

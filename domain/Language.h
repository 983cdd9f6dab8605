#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace steward {

// The languages the interface and every email exist in. English is the source language.
enum class Language
{
    English,
    Spanish,
    German,
    French,
    Russian
};

QList<Language> allLanguages();
// ISO 639-1 code: "en", "es", "de", "fr", "ru".
QString languageCode(Language language);
// Accepts a code case-insensitively, also with a region ("de-AT", "pt_BR" → nullopt).
std::optional<Language> languageFromCode(const QString& code);
// The language's own name ("Deutsch"), as shown in a language picker.
QString languageNativeName(Language language);
// Picks the first supported language of an Accept-Language header, honouring q-values.
std::optional<Language> languageFromAcceptLanguage(const QString& header);

} // namespace steward

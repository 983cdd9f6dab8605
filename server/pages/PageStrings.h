#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <domain/Language.h>

namespace steward::server::pages {

using Params = QHash<QString, QString>;

// Escapes text for HTML content and double- or single-quoted attribute values.
QString escapeHtml(const QString& text);

// The words of the account pages in one language, from server/pages/strings/<code>.json (compiled
// in as a Qt resource). Every text comes out HTML-escaped with its placeholders filled and escaped
// too, so a name or an address can never add markup to a page.
class PageStrings
{
public:
    explicit PageStrings(Language language);

    Language language() const { return m_language; }
    QString code() const { return languageCode(m_language); }
    // The text of `key` with its {placeholders} filled from `params`. A key missing in this
    // language falls back to English (tests make sure none is missing).
    QString html(const QString& key, const Params& params = {}) const;

    // The raw strings of a language file, for completeness tests and fallbacks.
    static QJsonObject strings(Language language);

private:
    Language m_language;
    QJsonObject m_strings;
    QJsonObject m_english;
};

} // namespace steward::server::pages

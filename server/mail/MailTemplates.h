#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <domain/Language.h>

namespace steward::server {

struct RenderedMail
{
    QString subject;
    QString text; // text/plain part
    QString html; // text/html part, every parameter escaped
};

// The emails in the five languages, from server/mail/templates/<lang>.json (compiled in as a Qt
// resource). A template is a subject, paragraphs, an action button with its link, and a note,
// inside a shared layout (greeting, link fallback, footer, signature). Placeholders are {name}.
class MailTemplates
{
public:
    static QStringList templateNames();
    static bool exists(const QString& name);
    // Renders `name` in `language`; `parameters` fill the placeholders ("link" is the action's URL).
    // Missing parameters render as empty strings and are reported by missingParameters().
    static RenderedMail render(const QString& name, Language language, const QJsonObject& parameters);
    // The placeholders of each string of `name` in `language`, for completeness tests.
    static QStringList placeholders(const QString& name, Language language);
    static QStringList layoutPlaceholders(Language language);
    // The raw JSON of a language file (tests compare structures).
    static QJsonObject languageFile(Language language);
};

} // namespace steward::server

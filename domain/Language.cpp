#include "Language.h"

#include <QStringList>
#include <algorithm>

namespace steward {

QList<Language> allLanguages()
{
    return {Language::English, Language::Spanish, Language::German, Language::French, Language::Russian};
}

QString languageCode(Language language)
{
    switch (language) {
    case Language::English:
        return QStringLiteral("en");
    case Language::Spanish:
        return QStringLiteral("es");
    case Language::German:
        return QStringLiteral("de");
    case Language::French:
        return QStringLiteral("fr");
    case Language::Russian:
        return QStringLiteral("ru");
    }
    return QStringLiteral("en");
}

std::optional<Language> languageFromCode(const QString& code)
{
    for (Language language : allLanguages()) { // the stored form, read for every user of a page
        if (languageCode(language) == code)
            return language;
    }
    const QString base = code.trimmed().section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
    for (Language language : allLanguages()) {
        if (languageCode(language) == base)
            return language;
    }
    return std::nullopt;
}

QString languageNativeName(Language language)
{
    switch (language) {
    case Language::English:
        return QStringLiteral("English");
    case Language::Spanish:
        return QStringLiteral("Español");
    case Language::German:
        return QStringLiteral("Deutsch");
    case Language::French:
        return QStringLiteral("Français");
    case Language::Russian:
        return QStringLiteral("Русский");
    }
    return {};
}

std::optional<Language> languageFromAcceptLanguage(const QString& header)
{
    struct Candidate
    {
        double quality;
        int order;
        Language language;
    };
    QList<Candidate> candidates;
    const QStringList parts = header.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (int i = 0; i < parts.size(); ++i) {
        const QStringList pieces = parts.at(i).split(QLatin1Char(';'));
        double quality = 1.0;
        for (int p = 1; p < pieces.size(); ++p) {
            const QString parameter = pieces.at(p).trimmed();
            if (parameter.startsWith(QLatin1String("q="))) {
                bool ok = false;
                quality = parameter.mid(2).toDouble(&ok);
                if (!ok)
                    quality = 0.0;
            }
        }
        if (quality <= 0.0)
            continue;
        if (const auto language = languageFromCode(pieces.first()))
            candidates.append({quality, i, *language});
    }
    if (candidates.isEmpty())
        return std::nullopt;
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.quality > b.quality; });
    return candidates.first().language;
}

} // namespace steward

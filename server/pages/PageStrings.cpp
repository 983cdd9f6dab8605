#include "PageStrings.h"

#include <QFile>
#include <QJsonDocument>
#include <QMutex>
#include <QRegularExpression>

namespace steward::server::pages {

QString escapeHtml(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\''), QLatin1String("&#39;"));
}

QJsonObject PageStrings::strings(Language language)
{
    static QMutex mutex;
    static QHash<Language, QJsonObject> cache;
    QMutexLocker lock(&mutex);
    const auto it = cache.constFind(language);
    if (it != cache.constEnd())
        return *it;
    QFile file(QStringLiteral(":/steward/pages/") + languageCode(language) + QStringLiteral(".json"));
    QJsonObject strings;
    if (file.open(QIODevice::ReadOnly))
        strings = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("strings")).toObject();
    cache.insert(language, strings);
    return strings;
}

PageStrings::PageStrings(Language language)
    : m_language(language), m_strings(strings(language)), m_english(strings(Language::English))
{}

QString PageStrings::html(const QString& key, const Params& params) const
{
    QString text = m_strings.value(key).toString();
    if (text.isEmpty())
        text = m_english.value(key).toString(key);
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-zA-Z]+)\\}"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += escapeHtml(text.mid(last, m.capturedStart() - last));
        out += escapeHtml(params.value(m.captured(1)));
        last = m.capturedEnd();
    }
    return out + escapeHtml(text.mid(last));
}

} // namespace steward::server::pages

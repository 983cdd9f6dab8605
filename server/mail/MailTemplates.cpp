#include "MailTemplates.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QRegularExpression>

namespace steward::server {
namespace {

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([a-zA-Z]+)\\}"));
    return pattern;
}

QString fill(const QString& text, const QJsonObject& parameters, bool html)
{
    QString result;
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        result += text.mid(last, m.capturedStart() - last);
        const QJsonValue v = parameters.value(m.captured(1));
        const QString value = v.isDouble() ? QString::number(v.toDouble()) : v.toString();
        result += html ? value.toHtmlEscaped() : value;
        last = m.capturedEnd();
    }
    return result + text.mid(last);
}

QStringList namesIn(const QString& text)
{
    QStringList names;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext())
        names.append(it.next().captured(1));
    names.sort();
    return names;
}

QString escapedHtml(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

QJsonObject MailTemplates::languageFile(Language language)
{
    static QMutex mutex;
    static QHash<Language, QJsonObject> cache;
    QMutexLocker lock(&mutex);
    if (!cache.contains(language)) {
        QFile file(QStringLiteral(":/steward/mail/") + languageCode(language) + QStringLiteral(".json"));
        QJsonObject object;
        if (file.open(QIODevice::ReadOnly))
            object = QJsonDocument::fromJson(file.readAll()).object();
        cache.insert(language, object);
    }
    return cache.value(language);
}

QStringList MailTemplates::templateNames()
{
    QStringList names = languageFile(Language::English).value(QStringLiteral("templates")).toObject().keys();
    names.sort();
    return names;
}

bool MailTemplates::exists(const QString& name)
{
    return templateNames().contains(name);
}

QStringList MailTemplates::placeholders(const QString& name, Language language)
{
    const QJsonObject t = languageFile(language).value(QStringLiteral("templates")).toObject().value(name).toObject();
    QStringList texts{t.value(QStringLiteral("subject")).toString(), t.value(QStringLiteral("action")).toString(),
                      t.value(QStringLiteral("note")).toString()};
    for (const QJsonValue& p : t.value(QStringLiteral("paragraphs")).toArray())
        texts.append(p.toString());
    QStringList result;
    for (const QString& text : texts)
        result.append(QLatin1Char('[') + namesIn(text).join(u',') + QLatin1Char(']'));
    return result;
}

QStringList MailTemplates::layoutPlaceholders(Language language)
{
    const QJsonObject layout = languageFile(language).value(QStringLiteral("layout")).toObject();
    QStringList result;
    for (const QString& key : layout.keys())
        result.append(key + QLatin1Char('=') + namesIn(layout.value(key).toString()).join(u','));
    return result;
}

RenderedMail MailTemplates::render(const QString& name, Language language, const QJsonObject& parameters)
{
    QJsonObject file = languageFile(language);
    if (!file.value(QStringLiteral("templates")).toObject().contains(name))
        file = languageFile(Language::English);
    const QJsonObject layout = file.value(QStringLiteral("layout")).toObject();
    const QJsonObject t = file.value(QStringLiteral("templates")).toObject().value(name).toObject();
    const auto text = [&](const QJsonObject& o, const char* key, bool html) {
        return fill(o.value(QLatin1String(key)).toString(), parameters, html);
    };
    const QString link = parameters.value(QStringLiteral("link")).toString();
    const QString action = text(t, "action", false);

    RenderedMail mail;
    mail.subject = text(t, "subject", false);
    QStringList plain{text(layout, "greeting", false)};
    QString body = QStringLiteral("<p>") + text(layout, "greeting", true) + QStringLiteral("</p>\n");
    for (const QJsonValue& p : t.value(QStringLiteral("paragraphs")).toArray()) {
        plain.append(fill(p.toString(), parameters, false));
        body += QStringLiteral("<p>") + fill(p.toString(), parameters, true) + QStringLiteral("</p>\n");
    }
    if (!action.isEmpty() && !link.isEmpty()) {
        plain.append(action + QStringLiteral(":\n") + link);
        body += QStringLiteral("<p><a href=\"") + escapedHtml(link) +
                QStringLiteral("\" style=\"display:inline-block;padding:10px 18px;background:#6b3fa0;color:#ffffff;"
                               "text-decoration:none;border-radius:4px\">") +
                escapedHtml(action) + QStringLiteral("</a></p>\n<p style=\"font-size:90%\">") +
                text(layout, "linkIntro", true) + QStringLiteral("<br>") + escapedHtml(link) + QStringLiteral("</p>\n");
    }
    plain.append(text(t, "note", false));
    body += QStringLiteral("<p>") + text(t, "note", true) + QStringLiteral("</p>\n");
    plain.append(QStringLiteral("-- \n") + text(layout, "signature", false) + QStringLiteral("\n\n") +
                 text(layout, "footer", false));
    body += QStringLiteral("<p>") + text(layout, "signature", true) +
            QStringLiteral("</p>\n<p style=\"color:#666;"
                           "font-size:85%\">") +
            text(layout, "footer", true) + QStringLiteral("</p>\n");
    mail.text = plain.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
    mail.html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + languageCode(language) +
                QStringLiteral("\"><head><meta charset=\"utf-8\"><title>") + mail.subject.toHtmlEscaped() +
                QStringLiteral("</title></head>\n<body style=\"font-family:sans-serif;line-height:1.5\">\n") + body +
                QStringLiteral("</body></html>\n");
    return mail;
}

} // namespace steward::server

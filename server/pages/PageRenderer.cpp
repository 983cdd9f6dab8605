#include "PageRenderer.h"

#include <QCryptographicHash>
#include <algorithm>
#include <domain/Validation.h>

namespace steward::server::pages {
namespace {

// System colours follow the reader's light or dark preference; the error red keeps a contrast
// above 4.5:1 on both.
const QString kStyle = QStringLiteral(
    ":root{color-scheme:light dark;font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif;"
    "line-height:1.5}"
    "body{margin:0;background:Canvas;color:CanvasText}"
    "main,footer{max-width:30rem;margin:0 auto;padding:0 1rem}"
    "main{margin-top:3rem}"
    "h1{font-size:1.6rem;line-height:1.25}"
    "h2{font-size:1.1rem;margin:0 0 .5rem}"
    ".field{margin-top:1.25rem}"
    "label{display:block;font-weight:600}"
    "input{box-sizing:border-box;width:100%;font:inherit;padding:.5rem;margin-top:.25rem;"
    "border:1px solid GrayText;border-radius:4px;background:Field;color:FieldText}"
    "input[readonly]{border-style:dashed;background:transparent}"
    "input[aria-invalid=true]{border:2px solid #b3261e}"
    ".hint{font-size:.9rem;margin:.25rem 0 0}"
    ".error{color:#b3261e;font-weight:600;margin:.25rem 0 0}"
    ".summary{border:2px solid #b3261e;border-radius:4px;padding:.75rem 1rem;margin:1rem 0}"
    ".summary ul{margin:0;padding-left:1.25rem}"
    "button{font:inherit;font-weight:600;margin-top:1.5rem;padding:.6rem 1.25rem;border:0;border-radius:4px;"
    "background:#1a5fb4;color:#fff;cursor:pointer}"
    "a{color:LinkText}"
    "a:focus-visible,button:focus-visible,input:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}"
    "footer{margin-top:3rem;font-size:.9rem;color:GrayText}"
    "@media (prefers-color-scheme:dark){.error{color:#ffb4ab}"
    "input[aria-invalid=true],.summary{border-color:#ffb4ab}}");

QString styleHash()
{
    static const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(kStyle.toUtf8(), QCryptographicHash::Sha256).toBase64());
    return hash;
}

int maxLengthOf(const QString& field)
{
    if (field.contains(QLatin1String("assword")))
        return kPasswordMaxLength;
    if (field == QLatin1String("email"))
        return 254;
    return 100;
}

} // namespace

FieldMessages localized(const PageStrings& strings, const FieldErrors& errors)
{
    FieldMessages messages;
    for (const FieldError& e : errors) {
        static const QStringList known{QStringLiteral("required"),       QStringLiteral("too_short"),
                                       QStringLiteral("too_long"),       QStringLiteral("common_password"),
                                       QStringLiteral("contains_email"), QStringLiteral("mismatch"),
                                       QStringLiteral("invalid_format"), QStringLiteral("invalid_characters")};
        const QString key =
            known.contains(e.code) ? QString(QStringLiteral("error.") + e.code) : QStringLiteral("error.invalid");
        const FieldMessage message{e.field,
                                   strings.html(key, {{QStringLiteral("min"), QString::number(kPasswordMinLength)},
                                                      {QStringLiteral("max"), QString::number(maxLengthOf(e.field))}})};
        // One message per rule and field, even when the domain reports a rule twice.
        const bool duplicate = std::any_of(messages.cbegin(), messages.cend(), [&](const FieldMessage& m) {
            return m.field == message.field && m.html == message.html;
        });
        if (!duplicate)
            messages.append(message);
    }
    return messages;
}

PageBody& PageBody::paragraph(const QString& html)
{
    m_html += QStringLiteral("<p>") + html + QStringLiteral("</p>\n");
    return *this;
}

PageBody& PageBody::errorSummary(const PageStrings& strings, const FieldMessages& messages)
{
    if (messages.isEmpty())
        return *this;
    m_html += QStringLiteral("<div class=\"summary\" role=\"alert\" aria-labelledby=\"summary-title\">\n"
                             "<h2 id=\"summary-title\">") +
              strings.html(QStringLiteral("errors.summary")) + QStringLiteral("</h2>\n<ul>\n");
    for (const FieldMessage& m : messages)
        m_html += QStringLiteral("<li><a href=\"#") + escapeHtml(m.field) + QStringLiteral("\">") + m.html +
                  QStringLiteral("</a></li>\n");
    m_html += QStringLiteral("</ul>\n</div>\n");
    return *this;
}

PageBody& PageBody::beginForm(const QString& action, const QString& csrf, const QString& token)
{
    // novalidate: the server's messages, in the page's language, are the ones people see.
    m_html += QStringLiteral("<form method=\"post\" action=\"") + escapeHtml(action) +
              QStringLiteral("\" novalidate>\n<input type=\"hidden\" name=\"csrf\" value=\"") + escapeHtml(csrf) +
              QStringLiteral("\">\n");
    if (!token.isEmpty())
        m_html += QStringLiteral("<input type=\"hidden\" name=\"token\" value=\"") + escapeHtml(token) +
                  QStringLiteral("\">\n");
    return *this;
}

PageBody& PageBody::field(const FormField& f, const FieldMessages& messages)
{
    const QString id = escapeHtml(f.name);
    QStringList describedBy;
    QString extra;
    if (!f.hintHtml.isEmpty()) {
        describedBy.append(QString(id + QStringLiteral("-hint")));
        extra += QStringLiteral("<p id=\"") + id + QStringLiteral("-hint\" class=\"hint\">") + f.hintHtml +
                 QStringLiteral("</p>\n");
    }
    QString errors;
    for (const FieldMessage& m : messages) {
        if (m.field == f.name)
            errors += (errors.isEmpty() ? QString() : QStringLiteral(" ")) + m.html;
    }
    if (!errors.isEmpty()) {
        describedBy.append(QString(id + QStringLiteral("-error")));
        extra += QStringLiteral("<p id=\"") + id + QStringLiteral("-error\" class=\"error\">") + errors +
                 QStringLiteral("</p>\n");
    }
    m_html += QStringLiteral("<div class=\"field\">\n<label for=\"") + id + QStringLiteral("\">") + f.labelHtml +
              QStringLiteral("</label>\n") + extra + QStringLiteral("<input id=\"") + id +
              QStringLiteral("\" name=\"") + id + QStringLiteral("\" type=\"") + escapeHtml(f.type) +
              QStringLiteral("\"");
    if (!f.autocomplete.isEmpty())
        m_html += QStringLiteral(" autocomplete=\"") + escapeHtml(f.autocomplete) + QStringLiteral("\"");
    if (!f.value.isEmpty())
        m_html += QStringLiteral(" value=\"") + escapeHtml(f.value) + QStringLiteral("\"");
    m_html += f.readOnly ? QStringLiteral(" readonly") : QStringLiteral(" required");
    if (!describedBy.isEmpty())
        m_html += QStringLiteral(" aria-describedby=\"") + describedBy.join(QLatin1Char(' ')) + QStringLiteral("\"");
    if (!errors.isEmpty())
        m_html += QStringLiteral(" aria-invalid=\"true\"");
    m_html += QStringLiteral(">\n</div>\n");
    return *this;
}

PageBody& PageBody::submit(const QString& labelHtml)
{
    m_html += QStringLiteral("<button type=\"submit\">") + labelHtml + QStringLiteral("</button>\n");
    return *this;
}

PageBody& PageBody::endForm()
{
    m_html += QStringLiteral("</form>\n");
    return *this;
}

PageBody& PageBody::link(const QString& href, const QString& textHtml)
{
    m_html += QStringLiteral("<p><a href=\"") + escapeHtml(href) + QStringLiteral("\">") + textHtml +
              QStringLiteral("</a></p>\n");
    return *this;
}

QByteArray contentSecurityPolicy()
{
    return "default-src 'none'; style-src 'sha256-" + styleHash().toLatin1() +
           "'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
}

Response htmlPage(const PageStrings& strings, const QString& platformName, const QString& titleHtml,
                  const PageBody& body, int status)
{
    const QString platform = escapeHtml(platformName);
    const QString document = QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + strings.code() +
                             QStringLiteral("\">\n<head>\n<meta charset=\"utf-8\">\n"
                                            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                                            "<meta name=\"referrer\" content=\"no-referrer\">\n"
                                            "<meta name=\"robots\" content=\"noindex, nofollow\">\n<title>") +
                             titleHtml + QStringLiteral(" – ") + platform + QStringLiteral("</title>\n<style>") +
                             kStyle + QStringLiteral("</style>\n</head>\n<body>\n<main>\n<h1>") + titleHtml +
                             QStringLiteral("</h1>\n") + body.html() + QStringLiteral("</main>\n<footer>") + platform +
                             QStringLiteral("</footer>\n</body>\n</html>\n");
    Response r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.body = document.toUtf8();
    r.header("Content-Security-Policy", contentSecurityPolicy());
    r.header("Referrer-Policy", "no-referrer");
    r.header("X-Frame-Options", "DENY");
    r.header("Cross-Origin-Opener-Policy", "same-origin");
    return r;
}

} // namespace steward::server::pages

#pragma once

#include "PageStrings.h"
#include "http/Response.h"

#include <QList>
#include <QString>
#include <domain/FieldError.h>

namespace steward::server::pages {

// One message about one form field, already localized and escaped.
struct FieldMessage
{
    QString field;
    QString html;
};
using FieldMessages = QList<FieldMessage>;

// The domain's field errors in the page's language (by their code, never the English message).
FieldMessages localized(const PageStrings& strings, const FieldErrors& errors);

struct FormField
{
    QString name; // also the element id
    QString type = QStringLiteral("text");
    QString labelHtml;
    QString value; // raw, escaped on output; never set for a password
    QString autocomplete;
    QString hintHtml;
    bool readOnly = false;
};

// The content of a page's <main>, built from escaped pieces. Form fields carry their label, hint
// and errors bound through for/id and aria-describedby, so screen readers read them together.
class PageBody
{
public:
    PageBody& paragraph(const QString& html);
    // A list of every error at the top, each linking to its field.
    PageBody& errorSummary(const PageStrings& strings, const FieldMessages& messages);
    PageBody& beginForm(const QString& action, const QString& csrf, const QString& token = QString());
    PageBody& field(const FormField& field, const FieldMessages& messages = {});
    PageBody& submit(const QString& labelHtml);
    PageBody& endForm();
    PageBody& link(const QString& href, const QString& textHtml);

    const QString& html() const { return m_html; }

private:
    QString m_html;
};

// A whole page: the document around `body`, status, and the security headers every account page
// carries (Content-Security-Policy, Referrer-Policy, X-Frame-Options; the HTTP layer adds
// Strict-Transport-Security, nosniff and no-store).
Response htmlPage(const PageStrings& strings, const QString& platformName, const QString& titleHtml,
                  const PageBody& body, int status = 200);

// The policy: nothing loads but the page's own inline style (by its hash); forms post only here;
// no framing.
QByteArray contentSecurityPolicy();

} // namespace steward::server::pages

#pragma once

// What the end-to-end tests share: a server whose mail goes over SMTP to a real maildev, an inbox
// that hands out each message once, and a browser's view of the account pages the links open.
#include "ApiClient.h"
#include "Scenario.h"
#include "TestMailServer.h"
#include "TestServer.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <memory>

namespace steward::test::e2e {

inline const QString kGoodPassword = QStringLiteral("Lantern-Orbit-4417");
inline const QString kOtherPassword = QStringLiteral("Harbour-Quill-8820");

using FormFields = QList<QPair<QString, QString>>;

// One message as maildev parsed it.
struct Mail
{
    QString id; // maildev's
    QString to;
    QString subject;
    QString text;
    QString html;
    QString messageId;

    bool isNull() const { return id.isEmpty(); }
    static Mail fromJson(const QJsonObject& message);
};

// maildev and a steward-server sending to it, with a scenario signed in as the platform admin.
class MailedServer
{
public:
    // Starts both; on failure errorText() says why.
    bool start(const QString& name);
    QString errorText() const { return m_error; }

    TestMailServer& mail() { return m_mail; }
    TestServer& server() { return *m_server; }
    Scenario& scenario() { return *m_scenario; }

private:
    TestMailServer m_mail;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Scenario> m_scenario;
    QString m_error;
};

// Reads one maildev inbox, handing out each message once, so that a test waits for "the next mail
// to this address" without tripping over earlier ones.
class Inbox
{
public:
    explicit Inbox(const TestMailServer& mail) : m_mail(mail) {}

    // The next unseen message to `to` whose text contains `containing`; null after the timeout.
    Mail next(const QString& to, const QString& containing = QString(), int timeoutMs = 30000);
    // True if no unseen message to `to` arrives within `waitMs`.
    bool quietFor(const QString& to, int waitMs);

private:
    const TestMailServer& m_mail;
    QSet<QString> m_seen;
};

// The link to `/account/<page>` in a message, checked to point at `server` (https, its host and
// port): empty if the message has no such link.
QString accountLink(const TestServer& server, const Mail& mail, const QString& page);
QString tokenOf(const QString& link);

// A browser's view of the account pages: its own connection, the CSRF cookie it was given, the
// hidden fields of the form it saw last.
class PageBrowser
{
public:
    explicit PageBrowser(const TestServer& server, QByteArray acceptLanguage = "en");

    // `target` is a full link (it must be on the server) or a path.
    ApiReply open(const QString& target);
    // Posts the form last seen, with its hidden fields and `fields`.
    ApiReply submit(const QString& path, const FormFields& fields = {});

private:
    QHash<QByteArray, QByteArray> headers() const;

    QString m_base;
    ApiClient m_client;
    QByteArray m_language;
    QByteArray m_cookie;
    QString m_csrf;
    QString m_token;
};

FormFields passwords(const QString& password, const QString& confirmation);
// The text of the error shown next to `field` (`<p id="FIELD-error" class="error">`).
QString errorOf(const QByteArray& html, const QString& field);
// The text of the page's <h1>.
QString headingOf(const QByteArray& html);
// `text` as the pages escape it (&, <, >, " and ').
QString escaped(const QString& text);

// Field `name` of the user `id`, read by the admin (booleans as "true"/"false").
QString userField(Scenario& scenario, const QString& id, const QString& name);
// The user with `email`, as the admin sees it in the user list (empty if none).
QJsonObject userByEmail(Scenario& scenario, const QString& email);

} // namespace steward::test::e2e

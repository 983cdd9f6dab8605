#pragma once

// Drives the account pages the emailed links open, like a browser would: reads the mailed
// messages, keeps the CSRF cookie and form fields, and reaches into the database for what no API
// offers (links of flows whose API is elsewhere, expiry).
#include "ApiClient.h"
#include "Scenario.h"
#include "TestServer.h"

#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace steward::test {

inline const QString kGoodPassword = QStringLiteral("Lantern-Orbit-4417");

struct Mail
{
    QString file;
    QString to;
    QString text; // the text/plain part, decoded
};

Mail readEml(const QString& path);
// The account-page part of the first link in `mail` ("/account/reset-password?token=stl_…").
QString linkPath(const Mail& mail, const QString& page);
QString tokenOf(const QString& path);
QString hiddenValue(const QByteArray& html, const QString& name);
QByteArray formBody(const QList<QPair<QString, QString>>& fields);
QString errorOf(const QByteArray& html, const QString& field);
QList<QPair<QString, QString>> passwords(const QString& password, const QString& confirmation);

// A browser's view of the pages: its own connection, the CSRF cookie it was given, the form it saw.
class Browser
{
public:
    explicit Browser(const TestServer& server, QByteArray acceptLanguage = "en");

    ApiReply get(const QString& path);
    // Posts the form last seen, with its hidden fields and `fields`.
    ApiReply submit(const QString& path, const QList<QPair<QString, QString>>& fields = {});
    ApiReply post(const QString& path, const QList<QPair<QString, QString>>& fields);

    QByteArray cookie() const { return m_cookie; }
    void setCookie(const QByteArray& cookie) { m_cookie = cookie; }
    QString csrf() const { return m_csrf; }

private:
    QHash<QByteArray, QByteArray> headers() const;

    ApiClient m_client;
    QByteArray m_language;
    QByteArray m_cookie;
    QString m_csrf;
    QString m_token;
};

// The state account-page tests share: a server mailing into a folder of its own, a company, the
// mail already seen and every link token used (none of which may reach the log).
class AccountPageDriver
{
protected:
    // The next unseen message to `to` whose text contains `containing` (other mail to the same
    // address, such as a set-password or deactivation notice, is skipped).
    Mail waitForMail(const QString& to, const QString& containing = QString());
    bool noMailFor(const QString& to, int waitMs);
    QString sql(const QString& statement);
    QString issueToken(const QString& purpose, const QString& userId, const QString& email,
                       qint64 validForMs = 3600000);
    QString resetLink(const QString& email);
    QString userField(const QString& userId, const QString& field);
    bool audited(const QString& targetId, const QString& action);

    QTemporaryDir m_mailDir;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Scenario> m_scenario;
    Scenario::Account m_owner;
    QSet<QString> m_seenMail;
    QStringList m_tokens;
};

} // namespace steward::test

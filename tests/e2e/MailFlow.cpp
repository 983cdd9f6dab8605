#include "MailFlow.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>
#include <stdexcept>

namespace steward::test::e2e {

Mail Mail::fromJson(const QJsonObject& message)
{
    Mail mail;
    mail.id = message.value(QStringLiteral("id")).toString();
    const QJsonArray to = message.value(QStringLiteral("to")).toArray();
    if (!to.isEmpty())
        mail.to = to.first().toObject().value(QStringLiteral("address")).toString();
    mail.subject = message.value(QStringLiteral("subject")).toString();
    mail.text = message.value(QStringLiteral("text")).toString();
    mail.html = message.value(QStringLiteral("html")).toString();
    mail.messageId = message.value(QStringLiteral("headers")).toObject().value(QStringLiteral("message-id")).toString();
    return mail;
}

bool MailedServer::start(const QString& name)
{
    if (!m_mail.start()) {
        m_error = m_mail.errorText();
        return false;
    }
    m_server = std::make_unique<TestServer>(name, QStringList{QStringLiteral("--mail"), m_mail.smtpUrl()});
    if (!m_server->isRunning()) {
        m_error = m_server->errorText();
        return false;
    }
    try {
        m_scenario = std::make_unique<Scenario>(*m_server);
    } catch (const std::exception& e) {
        m_error = QString::fromUtf8(e.what());
        return false;
    }
    return true;
}

Mail Inbox::next(const QString& to, const QString& containing, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    do {
        for (const QJsonValue& value : m_mail.messages()) {
            const Mail mail = Mail::fromJson(value.toObject());
            if (m_seen.contains(mail.id) || mail.to.compare(to, Qt::CaseInsensitive) != 0 ||
                !mail.text.contains(containing))
                continue;
            m_seen.insert(mail.id);
            return mail;
        }
        QTest::qWait(200);
    } while (timer.elapsed() < timeoutMs);
    return {};
}

bool Inbox::quietFor(const QString& to, int waitMs)
{
    QTest::qWait(waitMs);
    for (const QJsonValue& value : m_mail.messages()) {
        const Mail mail = Mail::fromJson(value.toObject());
        if (!m_seen.contains(mail.id) && mail.to.compare(to, Qt::CaseInsensitive) == 0)
            return false;
    }
    return true;
}

QString accountLink(const TestServer& server, const Mail& mail, const QString& page)
{
    static const QRegularExpression link(QStringLiteral("https?://\\S+/account/[a-z-]+(\\?token=[A-Za-z0-9_-]+)?"));
    for (auto it = link.globalMatch(mail.text); it.hasNext();) {
        const QString found = it.next().captured(0);
        const QUrl url(found);
        const QUrl base(server.baseUrl());
        if (url.path() == QStringLiteral("/account/") + page && url.scheme() == QLatin1String("https") &&
            url.host() == base.host() && url.port() == base.port())
            return found;
    }
    return {};
}

QString tokenOf(const QString& link)
{
    return QUrlQuery(QUrl(link)).queryItemValue(QStringLiteral("token"));
}

PageBrowser::PageBrowser(const TestServer& server, QByteArray acceptLanguage)
    : m_base(server.baseUrl()), m_client(server), m_language(std::move(acceptLanguage))
{}

namespace {

QString hiddenValue(const QByteArray& html, const QString& name)
{
    const QRegularExpression field(QStringLiteral("<input type=\"hidden\" name=\"") + name +
                                   QStringLiteral("\" value=\"([^\"]*)\">"));
    return field.match(QString::fromUtf8(html)).captured(1);
}

QByteArray formBody(const FormFields& fields)
{
    QByteArray body;
    for (const auto& [name, value] : fields)
        body += (body.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    return body;
}

} // namespace

ApiReply PageBrowser::open(const QString& target)
{
    QString path = target;
    if (target.startsWith(QLatin1String("http"))) {
        if (!target.startsWith(m_base + QLatin1Char('/')))
            return ApiReply{0, {}, {}, QStringLiteral("a link off the test server: ") + target};
        path = target.mid(m_base.size());
    }
    ApiReply reply = m_client.send("GET", path, {}, headers());
    static const QRegularExpression cookie(QStringLiteral("^(__Host-steward-csrf=[^;]+);"));
    const QRegularExpressionMatch m = cookie.match(QString::fromLatin1(reply.headers.value("set-cookie")));
    if (m.hasMatch())
        m_cookie = m.captured(1).toLatin1();
    m_csrf = hiddenValue(reply.body, QStringLiteral("csrf"));
    m_token = hiddenValue(reply.body, QStringLiteral("token"));
    return reply;
}

ApiReply PageBrowser::submit(const QString& path, const FormFields& fields)
{
    FormFields all{{QStringLiteral("csrf"), m_csrf}};
    if (!m_token.isEmpty())
        all.append({QStringLiteral("token"), m_token});
    QHash<QByteArray, QByteArray> h = headers();
    h.insert("Content-Type", "application/x-www-form-urlencoded");
    return m_client.send("POST", path, formBody(all + fields), h);
}

QHash<QByteArray, QByteArray> PageBrowser::headers() const
{
    QHash<QByteArray, QByteArray> h{{"Accept-Language", m_language}};
    if (!m_cookie.isEmpty())
        h.insert("Cookie", m_cookie);
    return h;
}

FormFields passwords(const QString& password, const QString& confirmation)
{
    return {{QStringLiteral("password"), password}, {QStringLiteral("confirmPassword"), confirmation}};
}

QString errorOf(const QByteArray& html, const QString& field)
{
    const QRegularExpression error(QStringLiteral("<p id=\"") + field +
                                   QStringLiteral("-error\" class=\"error\">([^<]*)</p>"));
    return error.match(QString::fromUtf8(html)).captured(1);
}

QString headingOf(const QByteArray& html)
{
    static const QRegularExpression heading(QStringLiteral("<h1>([^<]*)</h1>"));
    return heading.match(QString::fromUtf8(html)).captured(1);
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\''), QLatin1String("&#39;"));
}

QString userField(Scenario& scenario, const QString& id, const QString& name)
{
    const QJsonValue v = scenario.admin().get(QStringLiteral("/api/v1/users/") + id).json().value(name);
    return v.isBool() ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false")) : v.toString();
}

QJsonObject userByEmail(Scenario& scenario, const QString& email)
{
    const ApiReply reply =
        scenario.admin().get(QStringLiteral("/api/v1/users?q=") + QString::fromLatin1(QUrl::toPercentEncoding(email)));
    for (const QJsonValue& item : reply.json().value(QStringLiteral("items")).toArray()) {
        if (item.toObject().value(QStringLiteral("email")).toString().compare(email, Qt::CaseInsensitive) == 0)
            return item.toObject();
    }
    return {};
}

} // namespace steward::test::e2e

#include "AccountPageDriver.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>
#include <QUuid>

namespace steward::test {

Mail readEml(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    const QByteArray raw = file.readAll();
    Mail mail;
    mail.file = QFileInfo(path).fileName();
    static const QRegularExpression to(QStringLiteral("^To: (.*)$"), QRegularExpression::MultilineOption);
    mail.to = to.match(QString::fromUtf8(raw)).captured(1).trimmed();
    const qsizetype part = raw.indexOf("Content-Type: text/plain");
    if (part >= 0) {
        const qsizetype start = raw.indexOf("\r\n\r\n", part) + 4;
        const qsizetype end = raw.indexOf("\r\n--", start);
        QByteArray base64 = raw.mid(start, end - start);
        base64.replace("\r\n", "");
        mail.text = QString::fromUtf8(QByteArray::fromBase64(base64));
    }
    return mail;
}

QString linkPath(const Mail& mail, const QString& page)
{
    const QRegularExpression link(QStringLiteral("/account/") + page + QStringLiteral("\\?token=stl_[A-Za-z0-9_-]+"));
    return link.match(mail.text).captured(0);
}

QString tokenOf(const QString& path)
{
    return path.section(QStringLiteral("token="), 1);
}

QString hiddenValue(const QByteArray& html, const QString& name)
{
    const QRegularExpression field(QStringLiteral("<input type=\"hidden\" name=\"") + name +
                                   QStringLiteral("\" value=\"([^\"]*)\">"));
    return field.match(QString::fromUtf8(html)).captured(1);
}

QByteArray formBody(const QList<QPair<QString, QString>>& fields)
{
    QByteArray body;
    for (const auto& [name, value] : fields)
        body += (body.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    return body;
}

QString errorOf(const QByteArray& html, const QString& field)
{
    const QRegularExpression error(QStringLiteral("<p id=\"") + field +
                                   QStringLiteral("-error\" class=\"error\">([^<]*)</p>"));
    return error.match(QString::fromUtf8(html)).captured(1);
}

QList<QPair<QString, QString>> passwords(const QString& password, const QString& confirmation)
{
    return {{QStringLiteral("password"), password}, {QStringLiteral("confirmPassword"), confirmation}};
}

Browser::Browser(const TestServer& server, QByteArray acceptLanguage)
    : m_client(server), m_language(std::move(acceptLanguage))
{}

ApiReply Browser::get(const QString& path)
{
    ApiReply reply = m_client.send("GET", path, {}, headers());
    static const QRegularExpression cookie(QStringLiteral("^(__Host-steward-csrf=[^;]+);"));
    const QRegularExpressionMatch m = cookie.match(QString::fromLatin1(reply.headers.value("set-cookie")));
    if (m.hasMatch())
        m_cookie = m.captured(1).toLatin1();
    m_csrf = hiddenValue(reply.body, QStringLiteral("csrf"));
    m_token = hiddenValue(reply.body, QStringLiteral("token"));
    return reply;
}

ApiReply Browser::submit(const QString& path, const QList<QPair<QString, QString>>& fields)
{
    QList<QPair<QString, QString>> all{{QStringLiteral("csrf"), m_csrf}};
    if (!m_token.isEmpty())
        all.append({QStringLiteral("token"), m_token});
    return post(path, all + fields);
}

ApiReply Browser::post(const QString& path, const QList<QPair<QString, QString>>& fields)
{
    QHash<QByteArray, QByteArray> h = headers();
    h.insert("Content-Type", "application/x-www-form-urlencoded");
    return m_client.send("POST", path, formBody(fields), h);
}

QHash<QByteArray, QByteArray> Browser::headers() const
{
    QHash<QByteArray, QByteArray> h{{"Accept-Language", m_language}};
    if (!m_cookie.isEmpty())
        h.insert("Cookie", m_cookie);
    return h;
}

Mail AccountPageDriver::waitForMail(const QString& to, const QString& containing)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000) {
        const QDir dir(m_mailDir.path());
        for (const QFileInfo& info : dir.entryInfoList({QStringLiteral("*.eml")}, QDir::Files, QDir::Time)) {
            if (m_seenMail.contains(info.fileName()))
                continue;
            const Mail mail = readEml(info.filePath());
            if (mail.to.compare(to, Qt::CaseInsensitive) != 0 || !mail.text.contains(containing))
                continue;
            m_seenMail.insert(mail.file);
            return mail;
        }
        QTest::qWait(100);
    }
    return {};
}

bool AccountPageDriver::noMailFor(const QString& to, int waitMs)
{
    QTest::qWait(waitMs);
    const QDir dir(m_mailDir.path());
    for (const QFileInfo& info : dir.entryInfoList({QStringLiteral("*.eml")}, QDir::Files)) {
        if (!m_seenMail.contains(info.fileName()) && readEml(info.filePath()).to.compare(to, Qt::CaseInsensitive) == 0)
            return false;
    }
    return true;
}

// Straight to the database, for what no API offers: links of flows whose API is elsewhere, expiry.
QString AccountPageDriver::sql(const QString& statement)
{
    QProcess p;
    if (m_server->isPostgres())
        p.start(QStringLiteral("psql"), {m_server->databaseUrl(), QStringLiteral("-v"),
                                         QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-tAc"), statement});
    else
        p.start(QStringLiteral("sqlite3"),
                {QStringLiteral("-cmd"), QStringLiteral(".timeout 10000"), m_server->databaseUrl().mid(7), statement});
    p.waitForFinished(30000);
    if (p.exitCode() != 0)
        qWarning("sql failed: %s", p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

QString AccountPageDriver::issueToken(const QString& purpose, const QString& userId, const QString& email,
                                      qint64 validForMs)
{
    QByteArray random(32, Qt::Uninitialized);
    for (char& c : random)
        c = char(QRandomGenerator::system()->bounded(256));
    const QString token = QStringLiteral("stl_") + QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding |
                                                                                       QByteArray::OmitTrailingEquals));
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    sql(QStringLiteral("INSERT INTO one_time_tokens (id, token_hash, purpose, user_id, invitation_id, email, "
                       "created_at, expires_at) VALUES ('%1', '%2', '%3', '%4', NULL, '%5', %6, %7)")
            .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), hash, purpose, userId, email)
            .arg(now)
            .arg(now + validForMs));
    m_tokens.append(token);
    return token;
}

QString AccountPageDriver::resetLink(const QString& email)
{
    Browser browser(*m_server);
    browser.get(QStringLiteral("/account/forgot-password"));
    const ApiReply sent =
        browser.submit(QStringLiteral("/account/forgot-password"), {{QStringLiteral("email"), email}});
    if (sent.status != 200)
        return {};
    const QString path =
        linkPath(waitForMail(email, QStringLiteral("/account/reset-password")), QStringLiteral("reset-password"));
    m_tokens.append(tokenOf(path));
    return path;
}

QString AccountPageDriver::userField(const QString& userId, const QString& field)
{
    const QJsonValue v = m_scenario->admin().get(QStringLiteral("/api/v1/users/") + userId).json().value(field);
    return v.isBool() ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false")) : v.toString();
}

bool AccountPageDriver::audited(const QString& targetId, const QString& action)
{
    const ApiReply reply = m_scenario->admin().get(QStringLiteral("/api/v1/audit?target=") + targetId +
                                                   QStringLiteral("&action=") + action);
    return reply.status == 200 && reply.json().value(QStringLiteral("total")).toInt() > 0;
}

} // namespace steward::test

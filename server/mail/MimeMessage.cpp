#include "MimeMessage.h"

#include <QLocale>
#include <QUuid>

namespace steward::server {
namespace {

bool isPlainAscii(const QString& s)
{
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

QByteArray base64Lines(const QByteArray& data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + "\r\n";
    return out;
}

QByteArray encodeMailbox(const QString& mailbox)
{
    const qsizetype lt = mailbox.lastIndexOf(QLatin1Char('<'));
    if (lt <= 0)
        return mailbox.trimmed().toUtf8();
    const QString name = mailbox.left(lt).trimmed();
    return encodeHeaderValue(name) + " " + mailbox.mid(lt).toUtf8();
}

QByteArray rfc2822Date(const QDateTime& date)
{
    // Day and month names in English whatever the server's locale (RFC 5322).
    return QLocale::c().toString(date.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1() + " +0000";
}

} // namespace

QByteArray encodeHeaderValue(const QString& value)
{
    if (isPlainAscii(value))
        return value.toLatin1();
    // Encoded words of at most 75 characters: split the UTF-8 bytes on character boundaries.
    QByteArray out;
    QByteArray chunk;
    for (qsizetype i = 0; i < value.size(); ++i) {
        QString ch(value.at(i));
        if (value.at(i).isHighSurrogate() && i + 1 < value.size())
            ch += value.at(++i);
        const QByteArray bytes = ch.toUtf8();
        if ((chunk.size() + bytes.size() + 2) / 3 * 4 > 60) {
            out += (out.isEmpty() ? "" : "\r\n ") + QByteArray("=?UTF-8?B?") + chunk.toBase64() + "?=";
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        out += (out.isEmpty() ? "" : "\r\n ") + QByteArray("=?UTF-8?B?") + chunk.toBase64() + "?=";
    return out;
}

QString addressOf(const QString& mailbox)
{
    const qsizetype lt = mailbox.lastIndexOf(QLatin1Char('<'));
    const qsizetype gt = mailbox.lastIndexOf(QLatin1Char('>'));
    if (lt >= 0 && gt > lt)
        return mailbox.mid(lt + 1, gt - lt - 1).trimmed();
    return mailbox.trimmed();
}

QByteArray buildMimeMessage(const MailEnvelope& e)
{
    const QByteArray boundary = "=_steward_" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    QByteArray m;
    m += "From: " + encodeMailbox(e.from) + "\r\n";
    m += "To: " + e.to.toUtf8() + "\r\n";
    m += "Subject: " + encodeHeaderValue(e.content.subject) + "\r\n";
    m += "Date: " + rfc2822Date(e.date.isValid() ? e.date : QDateTime::currentDateTimeUtc()) + "\r\n";
    m += "Message-ID: " + e.messageId.toLatin1() + "\r\n";
    m += "MIME-Version: 1.0\r\n";
    m += "Auto-Submitted: auto-generated\r\n";
    m += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n";
    m += "--" + boundary + "\r\n";
    m += "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    m += base64Lines(QString(e.content.text).replace(QStringLiteral("\n"), QStringLiteral("\r\n")).toUtf8());
    m += "--" + boundary + "\r\n";
    m += "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    m += base64Lines(e.content.html.toUtf8());
    m += "--" + boundary + "--\r\n";
    return m;
}

} // namespace steward::server

#pragma once

#include "MailTemplates.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace steward::server {

struct MailEnvelope
{
    QString from; // "Steward <no-reply@example.com>"
    QString to;
    QString messageId; // with angle brackets
    QDateTime date;
    RenderedMail content;
};

// An RFC 5322 message: UTF-8 headers encoded per RFC 2047, multipart/alternative with a
// text/plain and a text/html part, each base64 in 76-character lines, CRLF line ends.
QByteArray buildMimeMessage(const MailEnvelope& envelope);
// "=?UTF-8?B?…?=" words for a header value that is not plain ASCII; the value itself otherwise.
QByteArray encodeHeaderValue(const QString& value);
// The address part of "Name <addr>" (or the whole string).
QString addressOf(const QString& mailbox);

} // namespace steward::server

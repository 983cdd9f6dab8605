// SMTP through libcurl: STARTTLS or implicit TLS, optional authentication, the message uploaded as
// built by buildMimeMessage.
#include "MailTransport.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QUrl>
#include <QUrlQuery>
#include <cstring>
#include <curl/curl.h>
#include <mutex>

namespace steward::server {
namespace {

struct Upload
{
    QByteArray data;
    qsizetype offset = 0;
};

size_t readChunk(char* buffer, size_t size, size_t count, void* userdata)
{
    auto* upload = static_cast<Upload*>(userdata);
    const size_t room = size * count;
    const size_t left = size_t(upload->data.size() - upload->offset);
    const size_t n = qMin(room, left);
    std::memcpy(buffer, upload->data.constData() + upload->offset, n);
    upload->offset += qsizetype(n);
    return n;
}

enum class Tls
{
    StartTls,
    Implicit,
    None
};

class SmtpTransport : public MailTransport
{
public:
    SmtpTransport(QString host, int port, QString user, QString password, Tls tls)
        : m_host(std::move(host)), m_port(port), m_user(std::move(user)), m_password(std::move(password)), m_tls(tls)
    {
        static std::once_flag once;
        std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    }

    QString describe() const override
    {
        static const char* names[] = {"starttls", "implicit TLS", "no TLS"};
        return QStringLiteral("smtp://%1:%2 (%3)").arg(m_host).arg(m_port).arg(QLatin1String(names[int(m_tls)]));
    }

    bool send(const MailEnvelope& envelope, QString* error) override
    {
        CURL* curl = curl_easy_init();
        if (!curl) {
            *error = QStringLiteral("libcurl could not start");
            return false;
        }
        const QByteArray url = QStringLiteral("%1://%2:%3")
                                   .arg(m_tls == Tls::Implicit ? QStringLiteral("smtps") : QStringLiteral("smtp"),
                                        m_host, QString::number(m_port))
                                   .toUtf8();
        const QByteArray from = "<" + addressOf(envelope.from).toUtf8() + ">";
        const QByteArray to = "<" + addressOf(envelope.to).toUtf8() + ">";
        const QByteArray user = m_user.toUtf8(), password = m_password.toUtf8();
        Upload upload{buildMimeMessage(envelope)};
        curl_slist* recipients = curl_slist_append(nullptr, to.constData());
        curl_easy_setopt(curl, CURLOPT_URL, url.constData());
        curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
        curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
        curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(curl, CURLOPT_READFUNCTION, readChunk);
        curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
        curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(upload.data.size()));
        curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 10L);
        curl_easy_setopt(curl, CURLOPT_TIMEOUT, 60L);
        curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(curl, CURLOPT_USE_SSL, long(m_tls == Tls::None ? CURLUSESSL_NONE : CURLUSESSL_ALL));
        if (!m_user.isEmpty()) {
            curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
            curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
        }
        const CURLcode result = curl_easy_perform(curl);
        long code = 0;
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &code);
        curl_slist_free_all(recipients);
        curl_easy_cleanup(curl);
        if (result != CURLE_OK) {
            *error = QStringLiteral("%1 (SMTP %2)").arg(QString::fromUtf8(curl_easy_strerror(result))).arg(code);
            return false;
        }
        return true;
    }

private:
    QString m_host;
    int m_port;
    QString m_user;
    QString m_password;
    Tls m_tls;
};

class DirectoryTransport : public MailTransport
{
public:
    explicit DirectoryTransport(QString path) : m_path(std::move(path)) { QDir().mkpath(m_path); }
    QString describe() const override { return QStringLiteral("dir:") + m_path; }

    bool send(const MailEnvelope& envelope, QString* error) override
    {
        // One file per Message-ID: a retried delivery overwrites, never duplicates.
        QString name = envelope.messageId;
        name.remove(QLatin1Char('<')).remove(QLatin1Char('>')).replace(QLatin1Char('/'), QLatin1Char('_'));
        QSaveFile file(m_path + QLatin1Char('/') + name + QStringLiteral(".eml"));
        if (!file.open(QIODevice::WriteOnly) || file.write(buildMimeMessage(envelope)) < 0 || !file.commit()) {
            *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
        return true;
    }

private:
    QString m_path;
};

} // namespace

std::unique_ptr<MailTransport> makeMailTransport(const QString& spec, QString* error)
{
    if (spec.startsWith(QLatin1String("dir:")) && spec.size() > 4)
        return std::make_unique<DirectoryTransport>(spec.mid(4));
    const QUrl url(spec, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("smtp") || url.host().isEmpty()) {
        *error = QStringLiteral("--mail must be smtp://[user:pass@]host:port[?tls=starttls|implicit|none] or dir:PATH");
        return nullptr;
    }
    const QString tlsName = QUrlQuery(url).queryItemValue(QStringLiteral("tls"));
    Tls tls = Tls::StartTls;
    if (tlsName == QLatin1String("implicit"))
        tls = Tls::Implicit;
    else if (tlsName == QLatin1String("none"))
        tls = Tls::None;
    else if (!tlsName.isEmpty() && tlsName != QLatin1String("starttls")) {
        *error = QStringLiteral("--mail: tls must be starttls, implicit or none");
        return nullptr;
    }
    const int port = url.port(tls == Tls::Implicit ? 465 : 587);
    return std::make_unique<SmtpTransport>(url.host(), port, url.userName(QUrl::FullyDecoded),
                                           url.password(QUrl::FullyDecoded), tls);
}

} // namespace steward::server

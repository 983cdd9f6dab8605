#include "ApiClient.h"

#include "TestServer.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTimer>

namespace steward::test {

QJsonObject ApiReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QJsonArray ApiReply::array() const
{
    return QJsonDocument::fromJson(body).array();
}

QStringList ApiReply::fieldCodes(const QString& field) const
{
    QStringList codes;
    for (const QJsonValue& e : json().value(QStringLiteral("errors")).toArray()) {
        if (e.toObject().value(QStringLiteral("field")).toString() == field)
            codes.append(e.toObject().value(QStringLiteral("code")).toString());
    }
    return codes;
}

QString ApiReply::describe() const
{
    return QStringLiteral("HTTP %1 %2 %3").arg(status).arg(error, QString::fromUtf8(body.left(600)));
}

ApiClient::ApiClient(const TestServer& server) : m_base(server.baseUrl())
{
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.setCaCertificates(QSslCertificate::fromPath(server.caFile()));
    m_ssl.setProtocol(QSsl::TlsV1_2OrLater);
}

ApiReply ApiClient::send(const QByteArray& method, const QString& path, const QByteArray& body,
                         const QHash<QByteArray, QByteArray>& headers)
{
    QNetworkRequest request(QUrl(m_base + path));
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(60000);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        request.setRawHeader(it.key(), it.value());
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    ApiReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    if (result.status == 0)
        result.error = reply->errorString();
    reply->deleteLater();
    return result;
}

ApiReply ApiClient::json(const QByteArray& method, const QString& path, const QJsonValue& body,
                         const QByteArray& ifMatch)
{
    QHash<QByteArray, QByteArray> headers;
    QByteArray payload;
    if (!body.isUndefined()) {
        headers.insert("Content-Type", "application/json");
        payload = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    }
    if (!ifMatch.isEmpty())
        headers.insert("If-Match", ifMatch);
    return send(method, path, payload, headers);
}

ApiReply ApiClient::get(const QString& path)
{
    return json("GET", path, QJsonValue::Undefined, {});
}

ApiReply ApiClient::del(const QString& path, const QByteArray& ifMatch)
{
    return json("DELETE", path, QJsonValue::Undefined, ifMatch);
}

ApiReply ApiClient::post(const QString& path, const QJsonValue& body)
{
    return json("POST", path, body, {});
}

ApiReply ApiClient::put(const QString& path, const QJsonValue& body, const QByteArray& ifMatch)
{
    return json("PUT", path, body, ifMatch);
}

ApiReply ApiClient::patch(const QString& path, const QJsonValue& body, const QByteArray& ifMatch)
{
    return json("PATCH", path, body, ifMatch);
}

ApiReply ApiClient::login(const QString& email, const QString& password)
{
    m_token.clear();
    const ApiReply reply = post(QStringLiteral("/api/v1/auth/login"),
                                QJsonObject{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
    if (reply.status == 200)
        m_token = reply.json().value(QStringLiteral("token")).toString();
    return reply;
}

ApiReply ApiClient::loginAsAdmin()
{
    return login(QString::fromLatin1(TestServer::kAdminEmail), QString::fromLatin1(TestServer::kAdminPassword));
}

} // namespace steward::test

#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QString>

namespace steward::test {

class TestServer;

struct ApiReply
{
    int status = 0; // 0: no HTTP answer (network or TLS failure; see error)
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QString error;

    QJsonObject json() const;
    QJsonArray array() const;
    QByteArray etag() const { return headers.value("etag"); }
    QByteArray contentType() const { return headers.value("content-type"); }
    // The codes of the problem's field errors for `field` (empty when none).
    QStringList fieldCodes(const QString& field) const;
    QString describe() const; // for test failure messages
};

// A real HTTPS client for tests: QNetworkAccessManager trusting only the test server's CA,
// synchronous calls, and an optional bearer token.
class ApiClient
{
public:
    explicit ApiClient(const TestServer& server);

    void setToken(const QString& token) { m_token = token; }
    QString token() const { return m_token; }

    ApiReply get(const QString& path);
    ApiReply del(const QString& path, const QByteArray& ifMatch = {});
    ApiReply post(const QString& path, const QJsonValue& body = QJsonValue::Undefined);
    ApiReply put(const QString& path, const QJsonValue& body, const QByteArray& ifMatch = {});
    ApiReply patch(const QString& path, const QJsonValue& body, const QByteArray& ifMatch = {});
    // Any method with a raw body and headers (for malformed-input tests).
    ApiReply send(const QByteArray& method, const QString& path, const QByteArray& body,
                  const QHash<QByteArray, QByteArray>& headers = {});

    // Signs in; on success keeps the token and returns the reply.
    ApiReply login(const QString& email, const QString& password);
    ApiReply loginAsAdmin();

private:
    ApiReply json(const QByteArray& method, const QString& path, const QJsonValue& body, const QByteArray& ifMatch);

    QString m_base;
    QSslConfiguration m_ssl;
    QNetworkAccessManager m_network;
    QString m_token;
};

} // namespace steward::test

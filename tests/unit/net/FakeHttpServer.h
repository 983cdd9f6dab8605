#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>

namespace steward::test {

// A scripted HTTP/1.1 server on a free loopback port, for unit tests of the job layer: it records
// every request and answers each with the next scripted response (the last one repeats). A
// response with `silent` set is never answered, to test timeouts.
class FakeHttpServer : public QTcpServer
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target;                     // path and query exactly as sent
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };
    struct Response
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QHash<QByteArray, QByteArray> headers;
        bool silent = false;
    };

    explicit FakeHttpServer(QObject* parent = nullptr);

    QString baseUrl() const; // http://127.0.0.1:PORT
    void script(const QList<Response>& responses) { m_script = responses; }
    const QList<Request>& requests() const { return m_requests; }

    static Response json(int status, const QByteArray& body, const QHash<QByteArray, QByteArray>& headers = {});
    static Response problem(int status, const QByteArray& body, const QHash<QByteArray, QByteArray>& headers = {});
    static Response silence();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void answer(QTcpSocket* socket);

    QList<Response> m_script;
    QList<Request> m_requests;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace steward::test

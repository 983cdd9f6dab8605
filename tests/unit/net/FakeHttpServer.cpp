#include "FakeHttpServer.h"

#include <QTcpSocket>

namespace steward::test {

FakeHttpServer::FakeHttpServer(QObject* parent) : QTcpServer(parent)
{
    listen(QHostAddress::LocalHost, 0);
    connect(this, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
}

QString FakeHttpServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(serverPort());
}

FakeHttpServer::Response FakeHttpServer::json(int status, const QByteArray& body,
                                              const QHash<QByteArray, QByteArray>& headers)
{
    Response response;
    response.status = status;
    response.body = body;
    response.headers = headers;
    return response;
}

FakeHttpServer::Response FakeHttpServer::problem(int status, const QByteArray& body,
                                                 const QHash<QByteArray, QByteArray>& headers)
{
    Response response = json(status, body, headers);
    response.contentType = "application/problem+json";
    return response;
}

FakeHttpServer::Response FakeHttpServer::silence()
{
    Response response;
    response.silent = true;
    return response;
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket* socket = nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        Request request;
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        m_requests.append(request);
        answer(socket);
    }
}

void FakeHttpServer::answer(QTcpSocket* socket)
{
    const qsizetype index = qMin(m_requests.size() - 1, m_script.size() - 1);
    const Response response = index >= 0 ? m_script.at(index) : Response{};
    if (response.silent)
        return;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (auto it = response.headers.cbegin(); it != response.headers.cend(); ++it)
        out += it.key() + ": " + it.value() + "\r\n";
    out += "Connection: close\r\n\r\n" + response.body;
    socket->write(out);
    socket->disconnectFromHost();
}

} // namespace steward::test

#include "TestMailServer.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

namespace steward::test {
namespace {

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

TestMailServer::TestMailServer()
{
    m_smtpPort = freePort();
    m_webPort = freePort();
}

TestMailServer::~TestMailServer()
{
    stop();
}

bool TestMailServer::start()
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(QStringLiteral(STEWARD_MAILDEV),
                     {QStringLiteral("--smtp"), QString::number(m_smtpPort), QStringLiteral("--web"),
                      QString::number(m_webPort), QStringLiteral("--ip"), QStringLiteral("127.0.0.1"),
                      QStringLiteral("--web-ip"), QStringLiteral("127.0.0.1"), QStringLiteral("--mail-directory"),
                      m_dir.path(), QStringLiteral("--silent")});
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        if (m_process->state() == QProcess::NotRunning)
            break;
        if (http("GET", QStringLiteral("/api/healthz")) == "true")
            return true;
        QTest::qWait(200);
    }
    m_error = QStringLiteral("maildev did not start: ") + QString::fromUtf8(m_process->readAll());
    return false;
}

void TestMailServer::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(10000))
        m_process->kill();
    m_process->waitForFinished(5000);
}

bool TestMailServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString TestMailServer::smtpUrl() const
{
    return QStringLiteral("smtp://127.0.0.1:%1?tls=none").arg(m_smtpPort);
}

QByteArray TestMailServer::http(const QByteArray& method, const QString& path) const
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_webPort).arg(path)));
    request.setTransferTimeout(5000);
    QNetworkReply* reply = network.sendCustomRequest(request, method);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    reply->deleteLater();
    return body;
}

QJsonArray TestMailServer::messages() const
{
    return QJsonDocument::fromJson(http("GET", QStringLiteral("/api/email"))).array();
}

QJsonArray TestMailServer::waitFor(const QString& address, int count, int timeoutMs) const
{
    QElapsedTimer timer;
    timer.start();
    QJsonArray found;
    do {
        found = {};
        for (const QJsonValue& m : messages()) {
            for (const QJsonValue& to : m.toObject().value(QStringLiteral("to")).toArray()) {
                if (to.toObject().value(QStringLiteral("address")).toString().compare(address, Qt::CaseInsensitive) ==
                    0)
                    found.append(m);
            }
        }
        if (found.size() >= count)
            return found;
        QTest::qWait(200);
    } while (timer.elapsed() < timeoutMs);
    return found;
}

void TestMailServer::clear()
{
    http("DELETE", QStringLiteral("/api/email/all"));
}

QString TestMailServer::linkIn(const QJsonObject& message, const QString& prefix)
{
    const QString text = message.value(QStringLiteral("text")).toString();
    const qsizetype start = text.indexOf(prefix);
    if (start < 0)
        return {};
    static const QRegularExpression end(QStringLiteral("\\s"));
    const qsizetype stop = text.indexOf(end, start);
    return text.mid(start, stop < 0 ? -1 : stop - start);
}

} // namespace steward::test

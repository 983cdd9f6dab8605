#include "NetworkErrorText.h"

#include <QCoreApplication>

namespace steward::net {
namespace {

// Gives these free functions a tr() with their own translation context.
struct NetworkErrorText
{
    Q_DECLARE_TR_FUNCTIONS(steward::net::NetworkErrorText)
};

} // namespace

QString serverDisplayName(const QUrl& server)
{
    QUrl url =
        server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    if (url.path() == QLatin1String("/"))
        url.setPath(QString());
    return url.toDisplayString();
}

QString describeNetworkError(QNetworkReply::NetworkError error, const QUrl& server, const QString& qtText)
{
    const QString name = serverDisplayName(server);
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        return NetworkErrorText::tr("Cannot reach the server at %1: the host name was not found. Check the address.")
            .arg(name);
    case QNetworkReply::ConnectionRefusedError:
        return NetworkErrorText::tr("Cannot reach the server at %1: the connection was refused. Is the server running?")
            .arg(name);
    case QNetworkReply::RemoteHostClosedError:
        return NetworkErrorText::tr("The server at %1 closed the connection unexpectedly.").arg(name);
    case QNetworkReply::TimeoutError:
        return timeoutMessage();
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return NetworkErrorText::tr("Cannot reach the server at %1: the network is not available.").arg(name);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return NetworkErrorText::tr("Cannot reach the server at %1 through the proxy: %2").arg(name, qtText);
    case QNetworkReply::SslHandshakeFailedError:
        return NetworkErrorText::tr("A secure connection to %1 could not be established: %2").arg(name, qtText);
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return NetworkErrorText::tr("The server at %1 redirected the request somewhere it may not go.").arg(name);
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolFailure:
        return NetworkErrorText::tr("The server at %1 does not speak the expected protocol. Check the address.")
            .arg(name);
    default:
        return NetworkErrorText::tr("Cannot reach the server at %1: %2").arg(name, qtText);
    }
}

QString describeSslErrors(const QList<QSslError>& errors)
{
    QStringList reasons;
    for (const QSslError& error : errors) {
        const QString reason = error.errorString();
        if (!reasons.contains(reason))
            reasons.append(reason);
    }
    return NetworkErrorText::tr("The server's certificate is not trusted: %1").arg(reasons.join(QStringLiteral("; ")));
}

QString timeoutMessage()
{
    return NetworkErrorText::tr("The server did not answer in time.");
}

QString cancelledMessage()
{
    return NetworkErrorText::tr("The request was cancelled.");
}

QString signedOutMessage()
{
    return NetworkErrorText::tr("You are signed out; sign in again to continue.");
}

} // namespace steward::net

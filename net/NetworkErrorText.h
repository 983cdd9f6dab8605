#pragma once

#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QString>
#include <QUrl>

namespace steward::net {

// How a server is named to people and in keychain keys: scheme, host, port and base path, without
// user info or a trailing slash ("https://steward.example.com:8443").
QString serverDisplayName(const QUrl& server);
// Sentences a person can act on for failures that never reached the server's problem answers.
// `server` is how the user named the server (its base URL), so the message says which one failed.
QString describeNetworkError(QNetworkReply::NetworkError error, const QUrl& server, const QString& qtText);
// "The server's certificate is not trusted: …" with each distinct problem once.
QString describeSslErrors(const QList<QSslError>& errors);
QString timeoutMessage();
QString cancelledMessage();
QString signedOutMessage();

} // namespace steward::net

#include "ClientSettings.h"

#include <QSettings>

namespace steward::ui {
namespace {

constexpr int kMaxServers = 10;

QString accountGroup(const QUrl& server)
{
    return QStringLiteral("accounts/") + ClientSettings::serverKey(server);
}

} // namespace

ClientSettings::ClientSettings(QSettings* settings) : m_settings(settings) {}

QString ClientSettings::serverKey(const QUrl& server)
{
    // QSettings treats '/' as a group separator; percent-encoding keeps the URL one key.
    return QString::fromLatin1(server.toString(QUrl::StripTrailingSlash).toUtf8().toPercentEncoding());
}

QList<QUrl> ClientSettings::servers() const
{
    QList<QUrl> servers;
    const QStringList stored = m_settings->value(QStringLiteral("servers")).toStringList();
    for (const QString& text : stored) {
        const QUrl url(text);
        if (url.isValid() && !url.host().isEmpty())
            servers.append(url);
    }
    return servers;
}

void ClientSettings::rememberServer(const QUrl& server)
{
    const QString text = server.toString(QUrl::StripTrailingSlash);
    QStringList stored = m_settings->value(QStringLiteral("servers")).toStringList();
    stored.removeAll(text);
    stored.prepend(text);
    while (stored.size() > kMaxServers)
        stored.removeLast();
    m_settings->setValue(QStringLiteral("servers"), stored);
}

void ClientSettings::forgetServer(const QUrl& server)
{
    QStringList stored = m_settings->value(QStringLiteral("servers")).toStringList();
    stored.removeAll(server.toString(QUrl::StripTrailingSlash));
    m_settings->setValue(QStringLiteral("servers"), stored);
    m_settings->remove(accountGroup(server));
}

QString ClientSettings::lastEmail(const QUrl& server) const
{
    return m_settings->value(accountGroup(server) + QStringLiteral("/email")).toString();
}

void ClientSettings::setLastEmail(const QUrl& server, const QString& email)
{
    m_settings->setValue(accountGroup(server) + QStringLiteral("/email"), email);
}

bool ClientSettings::sessionRemembered(const QUrl& server) const
{
    return m_settings->value(accountGroup(server) + QStringLiteral("/remembered"), false).toBool();
}

void ClientSettings::setSessionRemembered(const QUrl& server, bool remembered)
{
    m_settings->setValue(accountGroup(server) + QStringLiteral("/remembered"), remembered);
}

QString ClientSettings::language() const
{
    return m_settings->value(QStringLiteral("interface/language")).toString();
}

void ClientSettings::setLanguage(const QString& code)
{
    m_settings->setValue(QStringLiteral("interface/language"), code);
}

} // namespace steward::ui

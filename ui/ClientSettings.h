#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

class QSettings;

namespace steward::ui {

// What the client remembers between runs, in the application's QSettings: the servers used, the
// last account per server, whether its session was remembered, and the interface language.
// Public data only: tokens live in the keychain (net::TokenVault), never here.
class ClientSettings
{
public:
    // `settings` is not owned and must outlive this object.
    explicit ClientSettings(QSettings* settings);

    QSettings* settings() const { return m_settings; }

    // Most recently used first.
    QList<QUrl> servers() const;
    void rememberServer(const QUrl& server);
    void forgetServer(const QUrl& server);

    QString lastEmail(const QUrl& server) const;
    void setLastEmail(const QUrl& server, const QString& email);
    // Whether the session of the server's last account was kept in the keychain ("Remember me").
    bool sessionRemembered(const QUrl& server) const;
    void setSessionRemembered(const QUrl& server, bool remembered);

    // An ISO 639-1 code, or empty for the system's language.
    QString language() const;
    void setLanguage(const QString& code);

    static QString serverKey(const QUrl& server);

private:
    QSettings* m_settings;
};

} // namespace steward::ui

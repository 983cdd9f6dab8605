#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QGroupBox;

namespace steward::net {
class TrustStore;
}

namespace steward::ui {

class ClientSettings;
class LanguageManager;

// The client's own settings: the interface language (applied at once, no restart), the servers
// it remembers, and the certificate decisions: pinned certificates and CAs trusted per server.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(ClientSettings* settings, LanguageManager* languages, net::TrustStore* trust,
                   QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void reloadServers();
    void reloadTrust();
    void addCa();

    ClientSettings* m_settings;
    LanguageManager* m_languages;
    net::TrustStore* m_trust;
    QGroupBox* m_languageBox;
    QGroupBox* m_serversBox;
    QGroupBox* m_trustBox;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QListWidget* m_servers;
    QPushButton* m_forgetServer;
    QPushButton* m_addCa;
    QListWidget* m_certificates;
    QPushButton* m_removeTrust;
    QPushButton* m_close;
};

} // namespace steward::ui

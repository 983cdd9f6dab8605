#include "SettingsDialog.h"

#include "ClientSettings.h"
#include "LanguageManager.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSslCertificate>
#include <QVBoxLayout>
#include <domain/Language.h>
#include <net/ServerConnection.h>
#include <net/TrustStore.h>

namespace steward::ui {
namespace {

constexpr int kKindRole = Qt::UserRole + 1;
enum Kind
{
    Pin,
    Ca
};

} // namespace

SettingsDialog::SettingsDialog(ClientSettings* settings, LanguageManager* languages, net::TrustStore* trust,
                               QWidget* parent)
    : QDialog(parent), m_settings(settings), m_languages(languages), m_trust(trust)
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_languageBox = new QGroupBox(this);
    m_languageLabel = new QLabel(m_languageBox);
    m_language = new QComboBox(m_languageBox);
    m_language->setObjectName(QStringLiteral("interfaceLanguage"));
    m_language->addItem(QString(), QString());
    for (Language language : allLanguages())
        m_language->addItem(languageNativeName(language), languageCode(language));
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings->language())));
    m_languageLabel->setBuddy(m_language);
    auto* languageLayout = new QHBoxLayout(m_languageBox);
    languageLayout->addWidget(m_languageLabel);
    languageLayout->addWidget(m_language, 1);

    m_serversBox = new QGroupBox(this);
    m_servers = new QListWidget(m_serversBox);
    m_servers->setObjectName(QStringLiteral("servers"));
    m_forgetServer = new QPushButton(m_serversBox);
    m_forgetServer->setObjectName(QStringLiteral("forgetServer"));
    m_addCa = new QPushButton(m_serversBox);
    m_addCa->setObjectName(QStringLiteral("addCa"));
    auto* serverButtons = new QVBoxLayout;
    serverButtons->addWidget(m_forgetServer);
    serverButtons->addWidget(m_addCa);
    serverButtons->addStretch();
    auto* serversLayout = new QHBoxLayout(m_serversBox);
    serversLayout->addWidget(m_servers, 1);
    serversLayout->addLayout(serverButtons);

    m_trustBox = new QGroupBox(this);
    m_certificates = new QListWidget(m_trustBox);
    m_certificates->setObjectName(QStringLiteral("trustedCertificates"));
    m_removeTrust = new QPushButton(m_trustBox);
    m_removeTrust->setObjectName(QStringLiteral("removeTrust"));
    auto* trustButtons = new QVBoxLayout;
    trustButtons->addWidget(m_removeTrust);
    trustButtons->addStretch();
    auto* trustLayout = new QHBoxLayout(m_trustBox);
    trustLayout->addWidget(m_certificates, 1);
    trustLayout->addLayout(trustButtons);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_languageBox);
    layout->addWidget(m_serversBox);
    layout->addWidget(m_trustBox);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = m_language->currentData().toString();
        m_settings->setLanguage(code);
        m_languages->apply(code);
    });
    connect(m_forgetServer, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = m_servers->currentItem()) {
            m_settings->forgetServer(QUrl(item->text()));
            reloadServers();
        }
    });
    connect(m_addCa, &QPushButton::clicked, this, &SettingsDialog::addCa);
    connect(m_removeTrust, &QPushButton::clicked, this, [this] {
        QListWidgetItem* item = m_certificates->currentItem();
        if (!item)
            return;
        const QString hostPort = item->data(Qt::UserRole).toString();
        if (item->data(kKindRole).toInt() == Pin)
            m_trust->unpin(hostPort);
        else
            m_trust->setTrustedCas(hostPort, {});
        reloadTrust();
    });
    connect(m_servers, &QListWidget::currentRowChanged, this, [this](int row) {
        m_forgetServer->setEnabled(row >= 0);
        m_addCa->setEnabled(row >= 0);
    });
    connect(m_certificates, &QListWidget::currentRowChanged, this,
            [this](int row) { m_removeTrust->setEnabled(row >= 0); });
    retranslate();
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_languageBox->setTitle(tr("Interface"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("System default"));
    m_serversBox->setTitle(tr("Remembered servers"));
    m_forgetServer->setText(tr("&Forget"));
    m_addCa->setText(tr("Trust a &CA for this server…"));
    m_trustBox->setTitle(tr("Trusted certificates"));
    m_removeTrust->setText(tr("&Remove"));
    reloadServers();
    reloadTrust();
}

void SettingsDialog::reloadServers()
{
    m_servers->clear();
    for (const QUrl& server : m_settings->servers())
        m_servers->addItem(server.toString(QUrl::StripTrailingSlash));
    m_forgetServer->setEnabled(false);
    m_addCa->setEnabled(false);
}

void SettingsDialog::reloadTrust()
{
    m_certificates->clear();
    for (const QString& hostPort : m_trust->pinnedServers()) {
        auto* item =
            new QListWidgetItem(tr("%1 — certificate %2")
                                    .arg(hostPort, m_trust->pinnedFingerprint(hostPort).left(23) + QStringLiteral("…")),
                                m_certificates);
        item->setToolTip(m_trust->pinnedFingerprint(hostPort));
        item->setData(Qt::UserRole, hostPort);
        item->setData(kKindRole, Pin);
    }
    for (const QUrl& server : m_settings->servers()) {
        const QString hostPort = net::ServerConnection::hostPortOf(server);
        const QList<QSslCertificate> cas = m_trust->trustedCas(hostPort);
        if (cas.isEmpty())
            continue;
        QStringList names;
        for (const QSslCertificate& ca : cas)
            names.append(ca.subjectDisplayName());
        auto* item =
            new QListWidgetItem(tr("%1 — CA: %2").arg(hostPort, names.join(QStringLiteral(", "))), m_certificates);
        item->setData(Qt::UserRole, hostPort);
        item->setData(kKindRole, Ca);
    }
    m_removeTrust->setEnabled(false);
}

void SettingsDialog::addCa()
{
    QListWidgetItem* item = m_servers->currentItem();
    if (!item)
        return;
    const QString hostPort = net::ServerConnection::hostPortOf(QUrl(item->text()));
    const QString path = QFileDialog::getOpenFileName(this, tr("CA certificate for %1").arg(hostPort), QString(),
                                                      tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (path.isEmpty())
        return;
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
    if (certificates.isEmpty()) {
        QMessageBox::warning(this, tr("Not a certificate"), tr("%1 holds no PEM certificate.").arg(path));
        return;
    }
    QList<QSslCertificate> cas = m_trust->trustedCas(hostPort);
    cas.append(certificates);
    m_trust->setTrustedCas(hostPort, cas);
    reloadTrust();
}

} // namespace steward::ui

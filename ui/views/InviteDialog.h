#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace steward::net {
struct ApiResult;
}

namespace steward::ui {

class SessionController;

// Invites several people at once (seed 003: the owner invites teammates by email and sets their
// roles). Addresses are typed one per line or comma-separated and checked as they are typed, each
// bad one named; the roles are the company's (GET /api/v1/roles); the language is the one the
// invitation email is written in, the company's default unless chosen. The API takes one address
// per POST /api/v1/invitations, so the dialog sends them one after another with a progress bar
// and lists each address's outcome; the addresses that failed stay in the field to fix and retry.
class InviteDialog : public QDialog
{
    Q_OBJECT

public:
    // `companyId` is required for platform staff; empty means the signed-in person's company.
    InviteDialog(SessionController* session, const QString& companyId, QWidget* parent = nullptr);

    bool isSending() const { return m_sending; }
    // The outcome lines of the last sending, in order ("ana@example.com: Invitation sent").
    QStringList resultTexts() const;
    QString addressError() const;

Q_SIGNALS:
    // After the last address of a sending was answered.
    void sendingFinished(int sent, int failed);

protected:
    void changeEvent(QEvent* event) override;
    void reject() override;

private:
    void retranslate();
    void loadRoles();
    void loadCompanyLanguage();
    void checkAddresses();
    void send();
    void sendNext();
    void addResult(const QString& address, const net::ApiResult& result);
    QString failureFor(const net::ApiResult& result) const;
    void updateButtons();

    SessionController* m_session;
    QString m_companyId;
    QString m_companyLanguage;
    QLabel* m_intro;
    QLabel* m_addressesLabel;
    QPlainTextEdit* m_addresses;
    QLabel* m_addressError;
    QLabel* m_rolesLabel;
    QListWidget* m_roles;
    QLabel* m_rolesStatus;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QProgressBar* m_progress;
    QListWidget* m_results;
    QPushButton* m_send;
    QPushButton* m_close;

    bool m_sending = false;
    QStringList m_queue;
    QStringList m_failedAddresses;
    int m_sent = 0;
};

} // namespace steward::ui

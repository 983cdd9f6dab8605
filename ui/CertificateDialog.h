#pragma once

#include <QDialog>
#include <QPointer>
#include <net/CertificateInfo.h>
#include <net/CertificatePrompt.h>

class QLabel;
class QPushButton;

namespace steward::ui {

// Shows a certificate nobody vouches for: who it names, who issued it, when it is valid, its
// SHA-256 fingerprint (to compare with what the server's administrator reads out) and why it is
// not trusted. "Trust this server" pins it for that server only; the default button refuses.
class CertificateDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CertificateDialog(const net::CertificateInfo& info, QWidget* parent = nullptr);

    const net::CertificateInfo& info() const { return m_info; }
    QString fingerprintText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    net::CertificateInfo m_info;
    QLabel* m_intro;
    QLabel* m_subjectLabel;
    QLabel* m_issuerLabel;
    QLabel* m_validityLabel;
    QLabel* m_fingerprintLabel;
    QLabel* m_problemsLabel;
    QLabel* m_subject;
    QLabel* m_issuer;
    QLabel* m_validity;
    QLabel* m_fingerprint;
    QLabel* m_problems;
    QPushButton* m_trust;
    QPushButton* m_refuse;
};

// The desktop's answer to net::CertificatePrompt: one window-modal CertificateDialog per question,
// answered when the person closes it.
class DialogCertificatePrompt : public net::CertificatePrompt
{
public:
    // Dialogs open over `parentWindow` when it is set (it may change as windows come and go).
    void setParentWindow(QWidget* window) { m_parent = window; }
    void ask(const net::CertificateInfo& certificate, std::function<void(bool trusted)> answer) override;

private:
    QPointer<QWidget> m_parent;
};

} // namespace steward::ui

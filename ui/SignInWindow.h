#pragma once

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace steward::ui {

class SessionController;

// The first window: server (remembered ones offered), email, password, "Remember me" and "I forgot
// my credentials". Also asks for the password again when a session ends mid-work, with the server
// and the account fixed ("re-authentication"), so nothing the person was doing is lost.
class SignInWindow : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        SignIn,
        Reauthenticate
    };

    SignInWindow(SessionController* session, Mode mode = Mode::SignIn, QWidget* parent = nullptr);

    void setServer(const QUrl& server);
    void setEmail(const QString& email);
    QUrl serverUrl() const;
    QString message() const;
    void showMessage(const QString& text, bool error = true);

    // Turns what the person typed into a server URL: "host:8443" → "https://host:8443".
    static QUrl normalizeServer(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void submit();
    void forgot();
    void setBusy(bool busy);
    void updateButtons();

    SessionController* m_session;
    Mode m_mode;
    QLabel* m_title;
    QLabel* m_serverLabel;
    QLabel* m_emailLabel;
    QLabel* m_passwordLabel;
    QComboBox* m_server;
    QLineEdit* m_email;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QPushButton* m_forgot;
    QPushButton* m_signIn;
    QPushButton* m_cancel;
    QLabel* m_message;
};

} // namespace steward::ui

#pragma once

#include <QJsonObject>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace steward::ui {

class SessionController;

// Who owns a company and how to hand it on: the current owner, a search among the company's
// enabled users (the only ones the server accepts), and "Make owner…", which asks first and then
// transfers at once (POST /companies/{id}/transfer-ownership; no If-Match).
class OwnershipTransferPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OwnershipTransferPanel(SessionController* session, QWidget* parent = nullptr);

    // The company as the server last answered (id, name, ownerId); reloads owner and candidates.
    void setCompany(const QJsonObject& company);
    QString ownerText() const;
    QString message() const;
    QLineEdit* searchField() const { return m_search; }
    QListWidget* candidates() const { return m_candidates; }
    QPushButton* transferButton() const { return m_transfer; }
    bool isSearching() const { return m_searching; }

Q_SIGNALS:
    void transferred(const QJsonObject& company, const QByteArray& etag);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void loadOwner();
    void search();
    void confirmTransfer();
    void transfer(const QString& userId, const QString& name);
    void showMessage(const QString& text, bool error);

    SessionController* m_session;
    QJsonObject m_company;
    QString m_ownerName;
    QLabel* m_ownerCaption;
    QLabel* m_owner;
    QLabel* m_explanation;
    QLineEdit* m_search;
    QListWidget* m_candidates;
    QPushButton* m_transfer;
    QLabel* m_message;
    QTimer m_searchDelay;
    int m_searchGeneration = 0;
    bool m_searching = false;
};

} // namespace steward::ui

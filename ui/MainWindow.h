#pragma once

#include <QHash>
#include <QMainWindow>
#include <QTimer>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QToolButton;

namespace steward::ui {

class AccountButton;
class SessionController;

// The window admins work in: the sections on the left (Companies in the platform scope, Users,
// Invitations, Roles, Organizational units, Audit log), the scope the person acts in, a search
// field (Ctrl+F) for the open section, a status bar with the connection and the counts, sign-out,
// and the account button in the lower-left corner.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Section
    {
        Companies,
        Users,
        Invitations,
        Roles,
        OrgUnits,
        Audit
    };

    explicit MainWindow(SessionController* session, QWidget* parent = nullptr);

    // Puts `view` in the section's place (the window takes ownership).
    void setSectionView(Section section, QWidget* view);
    QWidget* sectionView(Section section) const;
    void showSection(Section section);
    Section currentSection() const;
    bool hasSection(Section section) const;

    QString scopeText() const;
    QLineEdit* searchField() const { return m_search; }
    AccountButton* accountButton() const { return m_account; }
    // The status bar's count ("1,204 users"); views report theirs here.
    void setCountText(const QString& text);

Q_SIGNALS:
    void accountRequested();
    void settingsRequested();
    void signOutRequested();
    void searchChanged(steward::ui::MainWindow::Section section, const QString& text);
    void sectionChanged(steward::ui::MainWindow::Section section);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void rebuildNavigation();
    void updatePerson();
    QString sectionTitle(Section section) const;

    SessionController* m_session;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QLabel* m_scope;
    QLineEdit* m_search;
    AccountButton* m_account;
    QLabel* m_connection;
    QLabel* m_counts;
    QAction* m_findAction;
    QAction* m_settingsAction;
    QAction* m_signOutAction;
    QToolButton* m_settingsButton;
    QToolButton* m_signOutButton;
    QTimer m_searchDelay;
    QList<Section> m_sections;
    QHash<int, QWidget*> m_views;
};

} // namespace steward::ui

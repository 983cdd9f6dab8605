#pragma once

#include "SectionView.h"
#include "UserActionRunner.h"

#include <QJsonObject>
#include <QPointer>

class QAction;
class QComboBox;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace steward::models {
class UsersModel;
}

namespace steward::ui {

class CompanyLookups;
class UserCsvExport;

// Where admins spend their day: the company's users (every company's in the platform scope) in a
// table that pages through a million rows, filters for state, role and unit, a details pane, and
// the actions — New (Ctrl+N), Edit (Enter or double-click), Delete (Del), Enable, Deactivate,
// Reactivate, Send password reset, Temporary password, Revoke sessions, Unlock — on one user or a
// multi-selection (with a progress bar and a result per user), and export of the filtered list.
class UsersView : public SectionView
{
    Q_OBJECT

public:
    enum class Action
    {
        New,
        Edit,
        Delete,
        Enable,
        Deactivate,
        Reactivate,
        SendPasswordReset,
        TemporaryPassword,
        RevokeSessions,
        Unlock,
        Export,
        History
    };

    explicit UsersView(SessionController* session, QWidget* parent = nullptr);

    models::UsersModel* usersModel() const { return m_users; }
    QAction* action(Action action) const;
    // The results of the last action over several users (for the result list and tests).
    const QList<UserActionRunner::Outcome>& lastOutcomes() const { return m_lastOutcomes; }
    void exportTo(const QString& path);
    void editUser(const QString& id);

Q_SIGNALS:
    // A user's own history was asked for (the main window shows it in the audit section).
    void historyRequested(const QString& userId, const QString& label);
    void actionFinished();

protected:
    QString countFor(qint64 total) const override;
    QString countAtLeastFor(qint64 total) const override;
    void retranslate() override;

private:
    void createActions();
    void buildFilters();
    void buildDetails();
    void loadFilterLookups();
    void updateActions();
    void updateDetails();
    QList<UserActionRunner::Target> selectedTargets() const;
    void run(Action action);
    void runOnSelection(const QByteArray& method, const QString& path, const QString& title);
    void showOutcomes(const QString& title);
    void issueTemporaryPassword();
    void openEditor(const QJsonObject& user, const QByteArray& etag);
    bool confirm(const QString& title, const QString& text, const QString& button);

    models::UsersModel* m_users;
    QHash<int, QAction*> m_actions;
    QComboBox* m_stateFilter;
    QComboBox* m_roleFilter;
    QComboBox* m_unitFilter;
    QLabel* m_stateLabel;
    QLabel* m_roleLabel;
    QLabel* m_unitLabel;
    QPushButton* m_clearFilters;
    QProgressBar* m_progress;
    QPushButton* m_cancelRun;
    QLabel* m_detailsTitle;
    QFormLayout* m_detailsForm;
    QList<QPair<QLabel*, QLabel*>> m_detailRows;
    QPointer<UserActionRunner> m_runner;
    QPointer<UserCsvExport> m_export;
    CompanyLookups* m_lookups = nullptr;
    QList<UserActionRunner::Outcome> m_lastOutcomes;
};

} // namespace steward::ui

#pragma once

#include "SectionView.h"

#include <QHash>
#include <QJsonObject>
#include <QTimer>

class QAction;
class QComboBox;
class QFormLayout;
class QLabel;

namespace steward::models {
class InvitationsModel;
class NameDirectory;
} // namespace steward::models

namespace steward::ui {

class InviteDialog;

// The Invitations section: who was invited, by whom, when, and how long their link stays valid
// (a live countdown), filtered by state. Invite… (Ctrl+N) opens the invite dialog; Resend sends a
// pending or expired invitation again with a new 7-day link; Revoke (Del, confirmed) ends the link.
// Both act on every selected invitation they apply to.
class InvitationsView : public SectionView
{
    Q_OBJECT

public:
    explicit InvitationsView(SessionController* session, QWidget* parent = nullptr);

    models::InvitationsModel* invitations() const { return m_model; }
    // Platform staff: the company whose invitations are listed and into which Invite… invites.
    void setCompany(const QString& companyId);
    // Opens the invite dialog (what Invite… does); it deletes itself when closed.
    InviteDialog* openInviteDialog();

protected:
    QString countFor(qint64 total) const override;
    void retranslate() override;

private:
    struct Selected
    {
        QString id;
        QString email;
        QString state;
    };
    QList<Selected> selectedInvitations() const;
    void updateActions();
    void updateDetails();
    void resendSelected();
    void revokeSelected();
    // Sends `method` to each invitation in turn, then reports and reloads.
    void runEach(const QList<Selected>& targets, const QByteArray& method, const QString& suffix,
                 const QString& doneText);
    void loadRoleNames();

    models::InvitationsModel* m_model;
    models::NameDirectory* m_names;
    QString m_companyId;
    QHash<QString, QString> m_roleNames;
    QTimer m_countdown;
    QAction* m_invite;
    QAction* m_resend;
    QAction* m_revoke;
    QAction* m_refresh;
    QLabel* m_stateLabel;
    QComboBox* m_state;
    QLabel* m_detailsTitle;
    QFormLayout* m_detailsForm;
    QList<QLabel*> m_detailLabels; // the form's row labels, in order
    QList<QLabel*> m_detailValues;
    bool m_busy = false;
};

} // namespace steward::ui

#pragma once

#include "SectionView.h"

class QAction;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace steward::models {
class AuditModel;
class NameDirectory;
} // namespace steward::models

namespace steward::ui {

class AuditDetailsPane;
class IdNameResolver;

// The Audit log section: every change made in the company (or, for platform staff, the platform),
// newest first, filtered by actor, action, object and time range, with a details pane showing the
// before and after of each changed field, the actor, the time, the client address and the request
// id. The same view shows one user's own history (GET /api/v1/users/{id}/audit) when given a user
// id, for the users view's details pane.
class AuditView : public SectionView
{
    Q_OBJECT

public:
    explicit AuditView(SessionController* session, QWidget* parent = nullptr);
    // One user's history from the start (no request for the whole trail is made first).
    AuditView(SessionController* session, const QString& userId, QWidget* parent = nullptr);

    models::AuditModel* audit() const { return m_model; }
    AuditDetailsPane* details() const { return m_details; }
    // An empty id goes back to the whole trail. In a user's history the object filter is fixed.
    void setUserHistory(const QString& userId);
    QString userHistory() const { return m_userId; }
    // Platform staff: one company's events (empty: every company's).
    void setCompany(const QString& companyId);
    // Sets the filters as if typed (an empty value clears one); `actorName` labels the actor.
    void setActorFilter(const QString& userId, const QString& actorName = {});
    void setTargetFilter(const QString& id);
    void setActionFilter(const QString& action);
    void setTimeRange(const QDateTime& from, const QDateTime& to);
    void clearFilters();

protected:
    QString countFor(qint64 total) const override;
    void retranslate() override;

private:
    void buildFilters();
    void fillActions();
    // Reads the actor or object field: an id is used as it is, anything else is looked up
    // among the users (by name or email) and must match exactly one.
    void applyPersonField(QLineEdit* field, bool actor);
    void applyTimeRange();
    void showSelected();
    void resolveVisibleNames();
    QJsonObject currentEvent() const;

    models::AuditModel* m_model;
    models::NameDirectory* m_names;
    IdNameResolver* m_resolver;
    AuditDetailsPane* m_details;
    QString m_userId;
    QLabel* m_actorLabel;
    QLineEdit* m_actor;
    QLabel* m_actionLabel;
    QComboBox* m_action;
    QLabel* m_targetLabel;
    QLineEdit* m_target;
    QCheckBox* m_fromEnabled;
    QDateTimeEdit* m_from;
    QCheckBox* m_toEnabled;
    QDateTimeEdit* m_to;
    QPushButton* m_clear;
    QAction* m_refresh;
    QAction* m_byActor;
    QAction* m_aboutTarget;
    int m_lookups = 0; // person lookups in flight, so an old answer never overrides a newer one
};

} // namespace steward::ui

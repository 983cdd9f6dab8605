#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace steward::models {
class NameDirectory;
}

namespace steward::ui {

class SessionController;

// Fills a models::NameDirectory with the names of ids that list items only reference (an
// invitation's inviter, an audit event's actor and target) by reading each object once
// (GET /api/v1/users/{id}, /roles/{id}, /org-units/{id}, /invitations/{id}, /companies/{id}).
// A user the caller may not read (platform staff, deleted, outside their units) is named as such;
// other ids the caller may not read stay ids. At most kMaxInFlight
// requests run at once; the rest wait their turn, so a screenful of rows never floods the server.
class IdNameResolver : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxInFlight = 4;

    IdNameResolver(SessionController* session, models::NameDirectory* names, QObject* parent = nullptr);

    // `type` is an audit target type: "user", "role", "org_unit", "invitation", "company".
    // Other types, empty ids and ids already known or asked for are ignored.
    void resolve(const QString& type, const QString& id);

private:
    void startNext();

    SessionController* m_session;
    QPointer<models::NameDirectory> m_names;
    QSet<QString> m_asked;
    QList<QPair<QString, QString>> m_queue; // (type, id)
    int m_inFlight = 0;
};

} // namespace steward::ui

#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <domain/Invitation.h>
#include <optional>

namespace steward::server {

struct InvitationListQuery
{
    QUuid companyId; // null: every company (platform scope)
    std::optional<InvitationState> state;
    QString search;   // substring of the email
    QStringList sort; // createdAt, expiresAt, email; "-" for descending
    int limit = 50;
    int offset = 0;
};

class InvitationStore
{
public:
    static std::optional<Invitation> find(const QSqlDatabase& db, const QUuid& id);
    static QList<Invitation> list(const QSqlDatabase& db, const InvitationListQuery& query, qint64 nowMs,
                                  qint64* total);
    static QStringList sortableFields();
    static void insert(const QSqlDatabase& db, const Invitation& invitation);
    // Writes expiry, acceptance and revocation (the only parts that change).
    static void update(const QSqlDatabase& db, const Invitation& invitation);
    // A pending invitation of this address to this company, if any.
    static std::optional<Invitation> pendingFor(const QSqlDatabase& db, const QUuid& companyId, const QString& email,
                                                qint64 nowMs);
};

} // namespace steward::server

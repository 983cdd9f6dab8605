#include "InvitationStore.h"

#include "ListQuery.h"
#include "Sql.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace steward::server {
namespace {

const QString kSelect = QStringLiteral("SELECT id, company_id, email, role_ids, inviter_id, language, created_at, "
                                       "expires_at, accepted_at, revoked_at FROM invitations");

QDateTime timeOrNull(const Sql& q, int column)
{
    return q.isNull(column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(q.integer(column), Qt::UTC);
}

qint64 msOrZero(const QDateTime& t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

Invitation read(const Sql& q)
{
    Invitation i;
    i.id = q.uuid(0);
    i.companyId = q.uuid(1);
    i.email = q.text(2);
    for (const QJsonValue& v : QJsonDocument::fromJson(q.text(3).toUtf8()).array())
        i.roleIds.append(QUuid::fromString(v.toString()));
    i.inviterId = q.uuid(4);
    i.language = languageFromCode(q.text(5)).value_or(Language::English);
    i.createdAt = timeOrNull(q, 6);
    i.expiresAt = timeOrNull(q, 7);
    i.acceptedAt = timeOrNull(q, 8);
    i.revokedAt = timeOrNull(q, 9);
    return i;
}

QString roleIdsJson(const QList<QUuid>& ids)
{
    QJsonArray array;
    for (const QUuid& id : ids)
        array.append(idText(id));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString stateCondition(InvitationState state)
{
    switch (state) {
    case InvitationState::Accepted:
        return QStringLiteral("accepted_at IS NOT NULL");
    case InvitationState::Revoked:
        return QStringLiteral("accepted_at IS NULL AND revoked_at IS NOT NULL");
    case InvitationState::Expired:
        return QStringLiteral("accepted_at IS NULL AND revoked_at IS NULL AND expires_at <= ?");
    case InvitationState::Pending:
        return QStringLiteral("accepted_at IS NULL AND revoked_at IS NULL AND expires_at > ?");
    }
    return QStringLiteral("1 = 1");
}

const QHash<QString, QString>& sortColumns()
{
    static const QHash<QString, QString> columns{{QStringLiteral("createdAt"), QStringLiteral("created_at")},
                                                 {QStringLiteral("expiresAt"), QStringLiteral("expires_at")},
                                                 {QStringLiteral("email"), QStringLiteral("email_key")}};
    return columns;
}

} // namespace

QStringList InvitationStore::sortableFields()
{
    return sortKeys(sortColumns());
}

std::optional<Invitation> InvitationStore::find(const QSqlDatabase& db, const QUuid& id)
{
    Sql q(db, kSelect + QStringLiteral(" WHERE id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

QList<Invitation> InvitationStore::list(const QSqlDatabase& db, const InvitationListQuery& query, qint64 nowMs,
                                        qint64* total)
{
    SqlFilter filter;
    if (!query.companyId.isNull())
        filter.add(QStringLiteral("company_id = ?"), idText(query.companyId));
    if (query.state) {
        if (*query.state == InvitationState::Pending || *query.state == InvitationState::Expired)
            filter.add(stateCondition(*query.state), nowMs);
        else
            filter.add(stateCondition(*query.state));
    }
    if (!query.search.isEmpty())
        filter.add(QStringLiteral("email_key LIKE ? ESCAPE '!'"), containsPattern(query.search));
    *total = countRows(db, QStringLiteral("invitations"), filter);
    Sql q(db, kSelect + filter.sql() +
                  orderBy(query.sort, sortColumns(), QStringLiteral("created_at DESC"), QStringLiteral("id ASC")) +
                  QStringLiteral(" LIMIT ? OFFSET ?"));
    filter.bindTo(q);
    q.bind(query.limit).bind(query.offset).exec();
    QList<Invitation> result;
    while (q.next())
        result.append(read(q));
    return result;
}

void InvitationStore::insert(const QSqlDatabase& db, const Invitation& i)
{
    Sql(db, QStringLiteral("INSERT INTO invitations (id, company_id, email, email_key, role_ids, inviter_id, language, "
                           "created_at, expires_at, accepted_at, revoked_at, version) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"))
        .bind(i.id)
        .bind(i.companyId)
        .bind(i.email)
        .bind(i.email.toLower())
        .bind(roleIdsJson(i.roleIds))
        .bind(i.inviterId)
        .bind(languageCode(i.language))
        .bind(msOrZero(i.createdAt))
        .bind(msOrZero(i.expiresAt))
        .bindNullableTime(msOrZero(i.acceptedAt))
        .bindNullableTime(msOrZero(i.revokedAt))
        .exec();
}

void InvitationStore::update(const QSqlDatabase& db, const Invitation& i)
{
    Sql(db, QStringLiteral("UPDATE invitations SET expires_at = ?, accepted_at = ?, revoked_at = ?, "
                           "version = version + 1 WHERE id = ?"))
        .bind(msOrZero(i.expiresAt))
        .bindNullableTime(msOrZero(i.acceptedAt))
        .bindNullableTime(msOrZero(i.revokedAt))
        .bind(i.id)
        .exec();
}

std::optional<Invitation> InvitationStore::pendingFor(const QSqlDatabase& db, const QUuid& companyId,
                                                      const QString& email, qint64 nowMs)
{
    Sql q(db, kSelect + QStringLiteral(" WHERE email_key = ? AND company_id = ? AND ") +
                  stateCondition(InvitationState::Pending) + QStringLiteral(" LIMIT 1"));
    q.bind(email.trimmed().toLower()).bind(companyId).bind(nowMs).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

} // namespace steward::server

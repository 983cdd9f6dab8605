#include "Authenticator.h"

#include "Passwords.h"
#include "ServerContext.h"
#include "store/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <domain/OrgUnit.h>
#include <domain/UserState.h>

namespace steward::server {
namespace {

// Last-use times are written at most this often, so that reads stay reads under load.
constexpr qint64 kTouchIntervalMs = 60 * 1000;

QSet<QString> permissionSet(const QString& json)
{
    QSet<QString> result;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array())
        result.insert(v.toString());
    return result;
}

// The user's columns every principal starts from.
const QString kPrincipalColumns = QStringLiteral("u.company_id, u.state, c.owner_id");

Principal principalFrom(const Sql& row, int first, const QUuid& userId)
{
    Principal p;
    p.userId = userId;
    p.companyId = row.uuid(first);
    p.state = userStateFromString(row.text(first + 1)).value_or(UserState::Deactivated);
    p.isOwner = !p.companyId.isNull() && row.uuid(first + 2) == userId;
    return p;
}

// Unit memberships limit what the user reaches to those units and the units below them; the owner
// holds Admin over the whole company, so units never narrow it.
void applyUnitLimits(const QSqlDatabase& db, Principal& p, const QSet<QUuid>& units)
{
    if (units.isEmpty() || p.isOwner)
        return;
    Sql tree(db, QStringLiteral("SELECT id, parent_id FROM org_units WHERE company_id = ?"));
    tree.bind(p.companyId).exec();
    QList<OrgUnit> all;
    while (tree.next())
        all.append(OrgUnit{tree.uuid(0), p.companyId, tree.uuid(1), QString(), {}, 1});
    p.orgUnitLimits = withDescendants(all, units);
}

// Roles and unit memberships in one statement (one round trip on PostgreSQL).
void addRolesAndUnits(const QSqlDatabase& db, Principal& p)
{
    Sql rows(db, QStringLiteral("SELECT 0, r.id, a.enabled, r.permissions FROM role_assignments a "
                                "JOIN roles r ON r.id = a.role_id WHERE a.user_id = ? "
                                "UNION ALL SELECT 1, unit_id, 0, '' FROM user_org_units WHERE user_id = ?"));
    rows.bind(p.userId).bind(p.userId).exec();
    QSet<QUuid> units;
    while (rows.next()) {
        if (rows.integer(0) == 0)
            p.roles.append({rows.uuid(1), rows.flag(2), permissionSet(rows.text(3))});
        else
            units.insert(rows.uuid(1));
    }
    rows.finish();
    applyUnitLimits(db, p, units);
}

// The session, its user, their roles and their units in one statement: every authenticated request
// runs it, and on PostgreSQL each statement is a round trip. Rows are tagged by kind in column 0;
// the columns of the other kinds are NULL.
const QString kSessionStatement = QStringLiteral(
    "SELECT 0, s.id, s.user_id, s.last_used_at, s.expires_at, u.must_change_password, u.company_id, u.state, "
    "c.owner_id, NULL, NULL, NULL FROM sessions s JOIN users u ON u.id = s.user_id "
    "LEFT JOIN companies c ON c.id = u.company_id WHERE s.token_hash = ? "
    "UNION ALL SELECT 1, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, r.id, a.enabled, r.permissions "
    "FROM sessions s JOIN role_assignments a ON a.user_id = s.user_id JOIN roles r ON r.id = a.role_id "
    "WHERE s.token_hash = ? "
    "UNION ALL SELECT 2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, m.unit_id, NULL, NULL "
    "FROM sessions s JOIN user_org_units m ON m.user_id = s.user_id WHERE s.token_hash = ?");

Authentication fromSession(ServerContext& context, const QSqlDatabase& db, const QString& hash)
{
    Authentication auth;
    Sql q(db, kSessionStatement);
    q.bind(hash).bind(hash).bind(hash).exec();
    bool found = false;
    QUuid sessionId;
    qint64 lastUsed = 0;
    qint64 expiresAt = 0;
    bool mustChange = false;
    Principal principal;
    decltype(principal.roles) roles; // rows of any kind may come first
    QSet<QUuid> units;
    while (q.next()) {
        switch (q.integer(0)) {
        case 0:
            found = true;
            sessionId = q.uuid(1);
            lastUsed = q.integer(3);
            expiresAt = q.integer(4);
            mustChange = q.flag(5);
            principal = principalFrom(q, 6, q.uuid(2));
            break;
        case 1:
            roles.append({q.uuid(9), q.flag(10), permissionSet(q.text(11))});
            break;
        default:
            units.insert(q.uuid(9));
        }
    }
    q.finish(); // before any write below
    if (!found)
        return auth;
    const qint64 now = context.nowMs();
    if (now >= expiresAt || now - lastUsed >= qint64(context.config.sessionIdleSeconds) * 1000) {
        Sql(db, QStringLiteral("DELETE FROM sessions WHERE id = ?")).bind(sessionId).exec();
        return auth;
    }
    // Touch well within the idle timeout, so that a session in use never looks idle.
    const qint64 touchInterval = qMin<qint64>(kTouchIntervalMs, qint64(context.config.sessionIdleSeconds) * 250);
    if (now - lastUsed >= touchInterval)
        Sql(db, QStringLiteral("UPDATE sessions SET last_used_at = ? WHERE id = ?")).bind(now).bind(sessionId).exec();
    if (principal.state == UserState::Deactivated)
        return auth;
    principal.roles = std::move(roles);
    applyUnitLimits(db, principal, units);
    auth.principal = std::move(principal);
    auth.sessionId = sessionId;
    auth.mustChangePassword = mustChange;
    return auth;
}

Authentication fromApiToken(ServerContext& context, const QSqlDatabase& db, const QString& hash)
{
    Authentication auth;
    Sql q(db, QStringLiteral("SELECT id, company_id, created_by, permissions, expires_at, revoked_at, last_used_at "
                             "FROM api_tokens WHERE token_hash = ?"));
    q.bind(hash).exec();
    if (!q.next())
        return auth;
    const qint64 now = context.nowMs();
    if (!q.isNull(5) || (!q.isNull(4) && now >= q.integer(4)))
        return auth;
    Principal p;
    p.isApiToken = true;
    p.userId = q.uuid(2);
    p.companyId = q.uuid(1);
    p.tokenPermissions = permissionSet(q.text(3));
    const QUuid tokenId = q.uuid(0);
    const bool touch = q.isNull(6) || now - q.integer(6) >= kTouchIntervalMs;
    q.finish(); // before any write below
    // A token never outlives or outgrows the person who made it: it stops when they are
    // deactivated or removed, and grants at most what their roles grant now. A password change
    // does not touch it (seed 003: the ERP keeps working).
    const std::optional<Principal> creator = loadPrincipal(db, p.userId);
    if (!creator || creator->state != UserState::Enabled)
        return auth;
    if (!creator->isPlatform())
        p.tokenPermissions.intersect(effectivePermissions(*creator));
    if (touch)
        Sql(db, QStringLiteral("UPDATE api_tokens SET last_used_at = ? WHERE id = ?")).bind(now).bind(tokenId).exec();
    auth.principal = p;
    return auth;
}

} // namespace

Authentication authenticate(ServerContext& context, const QByteArray& header, const QString&)
{
    if (!header.startsWith("Bearer "))
        return {};
    const QString token = QString::fromLatin1(header.mid(7).trimmed());
    if (token.size() > 200)
        return {};
    const QSqlDatabase db = context.database.connection();
    if (token.startsWith(QLatin1String("stw_")))
        return fromSession(context, db, tokenHash(token));
    if (token.startsWith(QLatin1String("stk_")))
        return fromApiToken(context, db, tokenHash(token));
    return {};
}

std::optional<Principal> loadPrincipal(const QSqlDatabase& db, const QUuid& userId)
{
    Sql user(db, QStringLiteral("SELECT ") + kPrincipalColumns +
                     QStringLiteral(" FROM users u LEFT JOIN companies c ON c.id = u.company_id WHERE u.id = ?"));
    user.bind(userId).exec();
    if (!user.next())
        return std::nullopt;
    Principal p = principalFrom(user, 0, userId);
    user.finish();
    addRolesAndUnits(db, p);
    return p;
}

} // namespace steward::server

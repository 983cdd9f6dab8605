#pragma once

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>
#include <domain/User.h>
#include <optional>

namespace steward::server {

// What sign-in needs about an account, secrets included; never leaves the server.
struct UserCredentials
{
    QUuid id;
    QUuid companyId;
    UserState state = UserState::Created;
    QString passwordHash;
    bool temporaryPassword = false;
    bool mustChangePassword = false;
};

struct UserListQuery
{
    QUuid companyId;        // null: every company (platform scope)
    bool staffOnly = false; // platform staff (no company)
    QString search;         // substring of names, email or username
    std::optional<UserState> state;
    QUuid roleId;
    QUuid orgUnitId;
    QSet<QUuid> visibleUnits; // the caller's unit limits; empty: no limit
    QStringList sort;         // API names, "-" prefix for descending
    int limit = 50;
    int offset = 0;
};

struct UserPage
{
    QList<User> items;
    qint64 total = 0;
    // False when `total` is a lower bound: a filtered count stops at UserStore::kCountLimit.
    bool totalExact = true;
};

class UserStore
{
public:
    static std::optional<User> find(const QSqlDatabase& db, const QUuid& id);
    static std::optional<UserCredentials> credentialsByEmail(const QSqlDatabase& db, const QString& email);
    static std::optional<UserCredentials> credentialsById(const QSqlDatabase& db, const QUuid& id);
    // A page of users and their total. Lists filtered by nothing but company, state and role read
    // the total from counters (exact); search and unit filters count matches up to kCountLimit.
    // Pages past the middle of an exactly counted list are read backwards from the end, so the last
    // page costs what the first does.
    static UserPage list(const QSqlDatabase& db, const UserListQuery& query);
    static constexpr qint64 kCountLimit = 10000;
    // Sort keys the list accepts (API names).
    static QStringList sortableFields();

    static void insert(const QSqlDatabase& db, const User& user, const QString& passwordHash, bool temporaryPassword);
    // Writes every field of `user` if its stored version is `expectedVersion`; returns false when
    // someone else changed it first. Bumps the version and updated_at.
    static bool update(const QSqlDatabase& db, User& user, qint64 expectedVersion, qint64 nowMs);
    static void setPassword(const QSqlDatabase& db, const QUuid& id, const QString& hash, bool temporary, qint64 nowMs);
    static void recordSignIn(const QSqlDatabase& db, const QUuid& id, qint64 nowMs);
    static void remove(const QSqlDatabase& db, const QUuid& id);
    static void setRoles(const QSqlDatabase& db, const QUuid& userId, const QList<RoleAssignment>& roles);
    static void setOrgUnits(const QSqlDatabase& db, const QUuid& userId, const QList<QUuid>& units);
    static bool emailTaken(const QSqlDatabase& db, const QString& email, const QUuid& except = {});
    static bool usernameTaken(const QSqlDatabase& db, const QString& username, const QUuid& except = {});
    // Whether another user of the company holds `value` in the unique custom field `key`.
    static bool customValueTaken(const QSqlDatabase& db, const QUuid& companyId, const QString& key,
                                 const QJsonValue& value, const QUuid& except);
};

} // namespace steward::server

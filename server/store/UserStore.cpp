#include "UserStore.h"

#include "ListQuery.h"
#include "Sql.h"
#include "UserRowReader.h"

#include <QHash>
#include <QJsonDocument>
#include <algorithm>
#include <domain/Json.h>

namespace steward::server {

const QString userrows::kColumns = QStringLiteral(
    "u.id, u.company_id, u.email, u.username, u.first_name, u.last_name, u.language, u.state, u.email_verified_at, "
    "u.has_password, u.must_change_password, u.self_registered, u.last_sign_in_at, u.custom_fields, "
    "u.notifications, u.created_at, u.updated_at, u.version");

namespace {

QDateTime timeOrNull(const Sql& q, int column)
{
    return q.isNull(column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(q.integer(column), Qt::UTC);
}

qint64 msOrZero(const QDateTime& t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

// The stored notification choices: a handful of distinct texts among a million users, so each is
// parsed once per thread.
NotificationPreferences notificationsFrom(const QString& text)
{
    thread_local QHash<QString, NotificationPreferences> parsed;
    const auto found = parsed.constFind(text);
    if (found != parsed.constEnd())
        return found.value();
    const NotificationPreferences value =
        json::notificationPreferencesFromJson(QJsonDocument::fromJson(text.toUtf8()).object())
            .value_or(NotificationPreferences{});
    if (parsed.size() < 64)
        parsed.insert(text, value);
    return value;
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

User userrows::readUser(const Sql& q)
{
    User u;
    u.id = q.uuid(0);
    u.companyId = q.uuid(1);
    u.email = q.text(2);
    u.username = q.text(3);
    u.firstName = q.text(4);
    u.lastName = q.text(5);
    u.language = languageFromCode(q.text(6)).value_or(Language::English);
    u.state = userStateFromString(q.text(7)).value_or(UserState::Deactivated);
    u.emailVerifiedAt = timeOrNull(q, 8);
    u.hasPassword = q.flag(9);
    u.mustChangePassword = q.flag(10);
    u.selfRegistered = q.flag(11);
    u.lastSignInAt = timeOrNull(q, 12);
    u.customFields = QJsonDocument::fromJson(q.text(13).toUtf8()).object();
    u.notifications = notificationsFrom(q.text(14));
    u.createdAt = QDateTime::fromMSecsSinceEpoch(q.integer(15), Qt::UTC);
    u.updatedAt = QDateTime::fromMSecsSinceEpoch(q.integer(16), Qt::UTC);
    u.version = q.integer(17);
    return u;
}

QString userrows::placeholders(qsizetype n)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), n);
    return marks.join(u", ");
}

void userrows::loadRelations(const QSqlDatabase& db, QList<User>& users)
{
    if (users.isEmpty())
        return;
    QHash<QUuid, qsizetype> index;
    for (qsizetype i = 0; i < users.size(); ++i)
        index.insert(users.at(i).id, i);
    // Without ORDER BY, sorted below: SQLite's sort of these rows costs more than finding them. On
    // SQLite two lookups (their UNION costs more than both); on PostgreSQL one UNION, since each
    // statement is a round trip.
    const QString ids = placeholders(users.size());
    const QString roles = QStringLiteral("SELECT a.user_id, 0, a.role_id, r.name, a.enabled FROM role_assignments a "
                                         "JOIN roles r ON r.id = a.role_id WHERE a.user_id IN (") +
                          ids + QLatin1Char(')');
    const QString units = QStringLiteral("SELECT user_id, 1, unit_id, '', 0 FROM user_org_units WHERE user_id IN (") +
                          ids + QLatin1Char(')');
    QStringList statements{roles, units};
    if (db.driverName() == QLatin1String("QPSQL"))
        statements = {roles + QStringLiteral(" UNION ALL ") + units};
    for (const QString& statement : statements) {
        Sql rows(db, statement);
        for (int pass = 0; pass < statement.count(QLatin1String(" IN (")); ++pass) {
            for (const User& u : users)
                rows.bind(u.id);
        }
        rows.exec();
        while (rows.next()) {
            User& user = users[index.value(rows.uuid(0))];
            if (rows.integer(1) == 0)
                user.roles.append({rows.uuid(2), rows.text(3), rows.flag(4)});
            else
                user.orgUnitIds.append(rows.uuid(2));
        }
    }
    for (User& u : users) {
        std::sort(u.roles.begin(), u.roles.end(), [](const RoleAssignment& a, const RoleAssignment& b) {
            return a.name != b.name ? a.name < b.name : a.roleId.toString() < b.roleId.toString();
        });
        std::sort(u.orgUnitIds.begin(), u.orgUnitIds.end(),
                  [](const QUuid& a, const QUuid& b) { return idText(a) < idText(b); });
    }
}

namespace {

QString searchText(const User& u)
{
    return QStringList{u.firstName, u.lastName, u.email, u.username}.join(QLatin1Char(' ')).toLower();
}

} // namespace

const QHash<QString, QString>& userrows::sortColumns()
{
    static const QHash<QString, QString> columns{
        {QStringLiteral("lastName"), QStringLiteral("u.last_key")},
        {QStringLiteral("firstName"), QStringLiteral("u.first_key")},
        {QStringLiteral("email"), QStringLiteral("u.email_key")},
        {QStringLiteral("username"), QStringLiteral("u.username_key")},
        {QStringLiteral("state"), QStringLiteral("u.state")},
        {QStringLiteral("createdAt"), QStringLiteral("u.created_at")},
        {QStringLiteral("updatedAt"), QStringLiteral("u.updated_at")},
        {QStringLiteral("lastSignInAt"), QStringLiteral("u.last_sign_in_at")},
    };
    return columns;
}

using namespace userrows;

QStringList UserStore::sortableFields()
{
    return sortKeys(sortColumns());
}

std::optional<User> UserStore::find(const QSqlDatabase& db, const QUuid& id)
{
    Sql q(db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM users u WHERE u.id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    QList<User> users{readUser(q)};
    loadRelations(db, users);
    return users.first();
}

static std::optional<UserCredentials> credentials(Sql& q)
{
    q.exec();
    if (!q.next())
        return std::nullopt;
    UserCredentials c;
    c.id = q.uuid(0);
    c.companyId = q.uuid(1);
    c.state = userStateFromString(q.text(2)).value_or(UserState::Deactivated);
    c.passwordHash = q.text(3);
    c.temporaryPassword = q.flag(4);
    c.mustChangePassword = q.flag(5);
    return c;
}

static const QString kCredentialColumns =
    QStringLiteral("SELECT id, company_id, state, password_hash, temporary_password, must_change_password FROM users ");

std::optional<UserCredentials> UserStore::credentialsByEmail(const QSqlDatabase& db, const QString& email)
{
    Sql q(db, kCredentialColumns + QStringLiteral("WHERE email_key = ?"));
    q.bind(email.trimmed().toLower());
    return credentials(q);
}

std::optional<UserCredentials> UserStore::credentialsById(const QSqlDatabase& db, const QUuid& id)
{
    Sql q(db, kCredentialColumns + QStringLiteral("WHERE id = ?"));
    q.bind(id);
    return credentials(q);
}

void UserStore::insert(const QSqlDatabase& db, const User& u, const QString& passwordHash, bool temporaryPassword)
{
    Sql(db, QStringLiteral(
                "INSERT INTO users (id, company_id, email, email_key, username, username_key, first_name, last_name, "
                "first_key, last_key, search_text, language, state, email_verified_at, password_hash, has_password, "
                "must_change_password, temporary_password, self_registered, last_sign_in_at, custom_fields, "
                "notifications, created_at, updated_at, version) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(u.id)
        .bind(u.companyId)
        .bind(u.email)
        .bind(u.email.toLower())
        .bind(u.username)
        .bind(u.username.toLower())
        .bind(u.firstName)
        .bind(u.lastName)
        .bind(u.firstName.toLower())
        .bind(u.lastName.toLower())
        .bind(searchText(u))
        .bind(languageCode(u.language))
        .bind(toString(u.state))
        .bindNullableTime(msOrZero(u.emailVerifiedAt))
        .bindNullableText(passwordHash)
        .bind(u.hasPassword)
        .bind(u.mustChangePassword)
        .bind(temporaryPassword)
        .bind(u.selfRegistered)
        .bindNullableTime(msOrZero(u.lastSignInAt))
        .bind(compact(u.customFields))
        .bind(compact(json::toJson(u.notifications)))
        .bind(u.createdAt.toMSecsSinceEpoch())
        .bind(u.updatedAt.toMSecsSinceEpoch())
        .bind(u.version)
        .exec();
    setRoles(db, u.id, u.roles);
    setOrgUnits(db, u.id, u.orgUnitIds);
}

bool UserStore::update(const QSqlDatabase& db, User& u, qint64 expectedVersion, qint64 nowMs)
{
    Sql q(db,
          QStringLiteral("UPDATE users SET email = ?, email_key = ?, username = ?, username_key = ?, first_name = ?, "
                         "last_name = ?, first_key = ?, last_key = ?, search_text = ?, language = ?, state = ?, "
                         "email_verified_at = ?, has_password = ?, must_change_password = ?, self_registered = ?, "
                         "custom_fields = ?, notifications = ?, updated_at = ?, version = version + 1 "
                         "WHERE id = ? AND version = ?"));
    q.bind(u.email)
        .bind(u.email.toLower())
        .bind(u.username)
        .bind(u.username.toLower())
        .bind(u.firstName)
        .bind(u.lastName)
        .bind(u.firstName.toLower())
        .bind(u.lastName.toLower())
        .bind(searchText(u))
        .bind(languageCode(u.language))
        .bind(toString(u.state))
        .bindNullableTime(msOrZero(u.emailVerifiedAt))
        .bind(u.hasPassword)
        .bind(u.mustChangePassword)
        .bind(u.selfRegistered)
        .bind(compact(u.customFields))
        .bind(compact(json::toJson(u.notifications)))
        .bind(nowMs)
        .bind(u.id)
        .bind(expectedVersion)
        .exec();
    if (q.rowsAffected() != 1)
        return false;
    u.version = expectedVersion + 1;
    u.updatedAt = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    return true;
}

void UserStore::setPassword(const QSqlDatabase& db, const QUuid& id, const QString& hash, bool temporary, qint64 nowMs)
{
    Sql(db, QStringLiteral("UPDATE users SET password_hash = ?, temporary_password = ?, must_change_password = ?, "
                           "updated_at = ?, version = version + 1 WHERE id = ?"))
        .bind(hash)
        .bind(temporary)
        .bind(temporary)
        .bind(nowMs)
        .bind(id)
        .exec();
}

void UserStore::recordSignIn(const QSqlDatabase& db, const QUuid& id, qint64 nowMs)
{
    // Not a change of the user's data: the version (and so the ETag) stays.
    Sql(db, QStringLiteral("UPDATE users SET last_sign_in_at = ? WHERE id = ?")).bind(nowMs).bind(id).exec();
}

void UserStore::remove(const QSqlDatabase& db, const QUuid& id)
{
    for (const char* table : {"sessions", "role_assignments", "user_org_units"})
        Sql(db, QStringLiteral("DELETE FROM %1 WHERE user_id = ?").arg(QLatin1String(table))).bind(id).exec();
    Sql(db, QStringLiteral("DELETE FROM users WHERE id = ?")).bind(id).exec();
}

void UserStore::setRoles(const QSqlDatabase& db, const QUuid& userId, const QList<RoleAssignment>& roles)
{
    Sql(db, QStringLiteral("DELETE FROM role_assignments WHERE user_id = ?")).bind(userId).exec();
    for (const RoleAssignment& role : roles) {
        Sql(db, QStringLiteral("INSERT INTO role_assignments (user_id, role_id, enabled) VALUES (?, ?, ?)"))
            .bind(userId)
            .bind(role.roleId)
            .bind(role.enabled)
            .exec();
    }
}

void UserStore::setOrgUnits(const QSqlDatabase& db, const QUuid& userId, const QList<QUuid>& units)
{
    Sql(db, QStringLiteral("DELETE FROM user_org_units WHERE user_id = ?")).bind(userId).exec();
    for (const QUuid& unit : units)
        Sql(db, QStringLiteral("INSERT INTO user_org_units (user_id, unit_id) VALUES (?, ?)"))
            .bind(userId)
            .bind(unit)
            .exec();
}

bool UserStore::emailTaken(const QSqlDatabase& db, const QString& email, const QUuid& except)
{
    Sql q(db, QStringLiteral("SELECT id FROM users WHERE email_key = ?"));
    q.bind(email.trimmed().toLower()).exec();
    return q.next() && q.uuid(0) != except;
}

bool UserStore::usernameTaken(const QSqlDatabase& db, const QString& username, const QUuid& except)
{
    Sql q(db, QStringLiteral("SELECT id FROM users WHERE username_key = ?"));
    q.bind(username.trimmed().toLower()).exec();
    return q.next() && q.uuid(0) != except;
}

bool UserStore::customValueTaken(const QSqlDatabase& db, const QUuid& companyId, const QString& key,
                                 const QJsonValue& value, const QUuid& except)
{
    // Unique custom fields are rare and per company: scan the company's values in one query.
    Sql q(db, QStringLiteral("SELECT id, custom_fields FROM users WHERE company_id = ? AND id <> ?"));
    q.bind(companyId).bind(except).exec();
    while (q.next()) {
        if (QJsonDocument::fromJson(q.text(1).toUtf8()).object().value(key) == value)
            return true;
    }
    return false;
}

} // namespace steward::server

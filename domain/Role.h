#pragma once

#include <QDateTime>
#include <QSet>
#include <QString>
#include <QUuid>
#include <optional>

namespace steward {

// Company roles are granted inside one company; platform roles to the operator's staff.
enum class RoleScope
{
    Company,
    Platform
};
QString toString(RoleScope scope); // "company", "platform"
std::optional<RoleScope> roleScopeFromString(const QString& text);

struct Role
{
    QUuid id;
    QUuid companyId; // null for built-in roles, which every company shares
    QString name;
    QString description;
    RoleScope scope = RoleScope::Company;
    bool builtIn = false;
    QSet<QString> permissions;
    qint64 version = 1;

    friend bool operator==(const Role&, const Role&) = default;
};

// A role held by a user. A disabled assignment stays on the user but grants nothing (seed 003).
struct RoleAssignment
{
    QUuid roleId;
    QString name;
    bool enabled = true;

    friend bool operator==(const RoleAssignment&, const RoleAssignment&) = default;
};

} // namespace steward

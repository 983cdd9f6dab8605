#pragma once

#include "RequestContext.h"
#include "Response.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace steward::server {

// Who may call a route. Declared once per route, in the route table, and checked before the
// handler runs; handlers then name the object they touch (RequestContext::authorize) so that the
// same declared permission is checked against its company and units.
enum class Access
{
    Public,   // no sign-in (login, health, forgot-password)
    SignedIn, // any signed-in caller, about themself (/me)
    Permission,
};

using Handler = std::function<Response(RequestContext&)>;

struct Route
{
    QString method;
    QString pattern; // "/api/v1/users/{id}/roles"
    Access access = Access::Permission;
    QString permission; // for Access::Permission: a company-scope or platform key
    Handler handler;
    // Allowed while the session only may change a temporary password (mustChangePassword).
    bool duringPasswordChange = false;
};

class Router
{
public:
    void add(Route route);

    struct Match
    {
        const Route* route = nullptr;
        QHash<QString, QString> params;
        bool pathExists = false; // some route has this path with another method (405)
        QStringList allowedMethods;
    };
    Match match(const QString& method, const QString& path) const;
    const QList<Route>& routes() const { return m_routes; }

private:
    struct Compiled
    {
        QStringList segments;
    };
    QList<Route> m_routes;
    QList<Compiled> m_compiled;
};

// Whether the principal holds `permission` anywhere it could apply: the quick check before a handler.
bool mayHoldPermission(const Principal& principal, const QString& permission);

} // namespace steward::server

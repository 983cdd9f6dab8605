#include "Router.h"

#include <domain/Permissions.h>

namespace steward::server {

void Router::add(Route route)
{
    m_compiled.append({route.pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts)});
    m_routes.append(std::move(route));
}

Router::Match Router::match(const QString& method, const QString& path) const
{
    Match result;
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < m_routes.size(); ++i) {
        const QStringList& segments = m_compiled.at(i).segments;
        if (segments.size() != parts.size())
            continue;
        QHash<QString, QString> params;
        bool matches = true;
        for (qsizetype s = 0; s < segments.size() && matches; ++s) {
            const QString& segment = segments.at(s);
            if (segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}')))
                params.insert(segment.mid(1, segment.size() - 2), parts.at(s));
            else
                matches = segment == parts.at(s);
        }
        if (!matches)
            continue;
        result.pathExists = true;
        result.allowedMethods.append(m_routes.at(i).method);
        if (m_routes.at(i).method == method && !result.route) {
            result.route = &m_routes.at(i);
            result.params = std::move(params);
        }
    }
    return result;
}

bool mayHoldPermission(const Principal& principal, const QString& permission)
{
    const QSet<QString> held = effectivePermissions(principal);
    if (held.contains(permission))
        return true;
    if (!principal.isPlatform())
        return false;
    if (held.contains(perm::PlatformUsersManage) && held.contains(perm::PlatformCompaniesManage))
        return !permission.startsWith(QLatin1String("platform."));
    return held.contains(platformEquivalent(permission));
}

} // namespace steward::server

#include "ApiSupport.h"
#include "Routes.h"
#include "ServerContext.h"
#include "store/Migrations.h"

namespace steward::server {

void addHealthRoutes(Router& router)
{
    router.add({QStringLiteral("GET"), QStringLiteral("/api/v1/health"), Access::Public, {}, [](RequestContext& ctx) {
                    const int schema = currentSchemaVersion(ctx.server().database);
                    const bool ok = schema == latestSchemaVersion();
                    return Response::json(
                        QJsonObject{{QStringLiteral("status"), ok ? QStringLiteral("ok") : QStringLiteral("degraded")},
                                    {QStringLiteral("version"), QStringLiteral(STEWARD_VERSION)},
                                    {QStringLiteral("schema"), schema}},
                        ok ? 200 : 503);
                }});
}

} // namespace steward::server

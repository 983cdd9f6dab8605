#include "Routes.h"

namespace steward::server {

Router buildRouter()
{
    Router router;
    addHealthRoutes(router);
    addAuthRoutes(router);
    addMeRoutes(router);
    addUserRoutes(router);
    addUserActionRoutes(router);
    addCompanyRoutes(router);
    // TODO-WIRE addRoleRoutes(router);
    // TODO-WIRE addOrgUnitRoutes(router);
    // TODO-WIRE addAuditRoutes(router);
    // TODO-WIRE addApiTokenRoutes(router);
    return router;
}

} // namespace steward::server

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
    addRoleRoutes(router);
    addOrgUnitRoutes(router);
    addAuditRoutes(router);
    addApiTokenRoutes(router);
    addInvitationRoutes(router);
    addRegistrationRoutes(router);
    addPageRoutes(router);
    return router;
}

} // namespace steward::server

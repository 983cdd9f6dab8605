#pragma once

#include "http/Router.h"

namespace steward::server {

// The route table: every route of the API with the access it needs, declared in one place per
// resource (each add*Routes lives in the resource's file).
Router buildRouter();

void addHealthRoutes(Router& router);
void addAuthRoutes(Router& router);
void addMeRoutes(Router& router);
void addUserRoutes(Router& router);
void addUserActionRoutes(Router& router);
void addCompanyRoutes(Router& router);
void addRoleRoutes(Router& router);
void addOrgUnitRoutes(Router& router);
void addAuditRoutes(Router& router);
void addApiTokenRoutes(Router& router);
void addInvitationRoutes(Router& router);
void addRegistrationRoutes(Router& router);
void addPageRoutes(Router& router);

} // namespace steward::server

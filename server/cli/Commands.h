#pragma once

#include "Options.h"

namespace steward::server {

// Runs options.command; returns the process exit code (0 success, 1 failure, 2 usage error).
int runCommand(const Options& options);

int runDevCert(const Options& options);
int runInit(const Options& options);
int runMigrate(const Options& options);
int runSeedDemo(const Options& options);
int runServe(const Options& options);

} // namespace steward::server

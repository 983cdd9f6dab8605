#include "Commands.h"

#include <cstdio>
namespace steward::server {
int runSeedDemo(const Options&)
{
    std::fprintf(stderr, "seed-demo: in progress\n");
    return 1;
}
} // namespace steward::server

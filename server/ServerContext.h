#pragma once

#include "ServerConfig.h"
#include "store/Database.h"

#include <QDateTime>
#include <atomic>
#include <functional>

namespace steward::server {

// What every handler may reach: the settings and the database. One per server process.
struct ServerContext
{
    ServerConfig config;
    Database database;
    std::atomic<qint64> clockOffsetMs{0}; // moved by tests through STEWARD_TEST_CLOCK_OFFSET_S only
    // Called after a transaction that queued mail commits, so delivery starts at once.
    std::function<void()> mailQueued = [] {};

    ServerContext(ServerConfig c, DatabaseUrl url) : config(std::move(c)), database(std::move(url)) {}

    qint64 nowMs() const { return QDateTime::currentMSecsSinceEpoch() + clockOffsetMs.load(); }
};

} // namespace steward::server

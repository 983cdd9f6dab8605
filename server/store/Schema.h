#pragma once

#include "Database.h"

#include <QList>
#include <QStringList>

namespace steward::server {

// The statements of each schema version, in order, for one back end. Version N is element N-1.
QList<QStringList> schemaMigrations(Backend backend);

} // namespace steward::server

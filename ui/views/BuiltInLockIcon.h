#pragma once

#include <QIcon>

namespace steward::ui {

// The padlock that marks built-in (read-only) roles, drawn rather than taken from an icon theme
// the system may not have.
QIcon builtInLockIcon();

} // namespace steward::ui

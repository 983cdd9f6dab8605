#pragma once

#include <QList>
#include <QPair>
#include <QStringList>

namespace steward::ui {

// The actions the server records (docs/api.md, Audit log) for the audit view's action filter,
// grouped by what they act on; each group's name is untranslated (context steward::ui::AuditView).
// A client that meets an action not listed here still shows it (by its key).
const QList<QPair<const char*, QStringList>>& auditActionGroups();

} // namespace steward::ui

#include "NameDirectory.h"

namespace steward::models {

void NameDirectory::setName(const QString& id, const QString& name)
{
    if (id.isEmpty() || m_names.value(id) == name)
        return;
    m_names.insert(id, name);
    Q_EMIT namesChanged();
}

void NameDirectory::setNames(const QHash<QString, QString>& names)
{
    bool changed = false;
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        if (it.key().isEmpty() || m_names.value(it.key()) == it.value())
            continue;
        m_names.insert(it.key(), it.value());
        changed = true;
    }
    if (changed)
        Q_EMIT namesChanged();
}

} // namespace steward::models

// The length half of RemoteTableModel: rows inserted and removed as answers change the total, and
// paging past a total that is only a lower bound (the user list's `totalExact: false`).
#include "RemoteTableModel.h"

namespace steward::models {

qint64 RemoteTableModel::pageableRows() const
{
    // Past a lower bound the next row may exist: its page is worth asking for when the view is near.
    return m_length.isExact() ? m_length.rows() : m_length.rows() + 1;
}

QList<qint64> RemoteTableModel::pagesMissingRows(int rows) const
{
    // A page that ended the list holds fewer rows than it must once the list is longer.
    QList<qint64> pages;
    for (qint64 page : m_cache.pages()) {
        const qint64 first = page * m_cachePageSize;
        const qint64 needed = qMin<qint64>(m_cachePageSize, rows - first);
        if (needed > 0 && m_cache.find(page)->size() < needed)
            pages.append(page);
    }
    return pages;
}

void RemoteTableModel::applyLength(const ListLength& length)
{
    if (length == m_length)
        return;
    const bool changed = length.rows() != m_length.rows() || length.isExact() != m_length.isExact();
    const int oldRows = rowCount();
    const int newRows = rowsOf(length.rows());
    if (newRows > oldRows) {
        beginInsertRows({}, oldRows, newRows - 1);
        m_length = length;
        endInsertRows();
        // Only now: the rows before the new ones keep their data through the insertion.
        const QList<qint64> stale = pagesMissingRows(newRows);
        for (qint64 page : stale)
            m_cache.remove(page);
        rowsEvicted(stale);
    } else if (newRows < oldRows) {
        beginRemoveRows({}, newRows, oldRows - 1);
        m_length = length;
        for (qint64 page : m_cache.pages()) {
            if (page * m_cachePageSize >= newRows)
                m_cache.remove(page);
        }
        endRemoveRows();
    } else {
        m_length = length;
    }
    if (changed)
        Q_EMIT totalChanged(total());
}

} // namespace steward::models

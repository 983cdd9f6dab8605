// The paging half of RemoteTableModel: which pages the visible window needs, fetching them,
// cancelling those scrolled past, and taking answers into the bounded cache.
#include "RemoteTableModel.h"

namespace steward::models {

QList<qint64> RemoteTableModel::windowPages(int pageSize, qint64 rows) const
{
    // Half the cache at most, so that a refresh can stage a new window next to the old one.
    const int capacity = qMax(1, m_maxCachedRows / pageSize / 2);
    qint64 first = m_first;
    qint64 last = m_last;
    if (rows >= 0) {
        last = qMin(last, rows - 1);
        first = qMin(first, last);
    }
    QList<qint64> pages;
    if (last >= 0) {
        // The visible rows first, then half a page either side, nearest first (below before above).
        const qint64 visibleFirst = first / pageSize;
        const qint64 visibleLast = qMin(last / pageSize, visibleFirst + capacity - 1);
        for (qint64 page = visibleFirst; page <= visibleLast; ++page)
            pages.append(page);
        const qint64 prefetch = pageSize / 2;
        qint64 below = visibleLast + 1;
        qint64 above = visibleFirst - 1;
        const qint64 lastPage = (rows >= 0 ? qMin(last + prefetch, rows - 1) : last + prefetch) / pageSize;
        const qint64 firstPage = qMax<qint64>(0, first - prefetch) / pageSize;
        while (pages.size() < capacity && (below <= lastPage || above >= firstPage)) {
            if (below <= lastPage)
                pages.append(below++);
            if (pages.size() < capacity && above >= firstPage)
                pages.append(above--);
        }
    }
    // Rows a view painted without telling us its window (or a delegate measuring them).
    for (auto it = m_touched.crbegin(); it != m_touched.crend() && pages.size() < capacity; ++it) {
        if (!pages.contains(*it) && (rows < 0 || *it * pageSize < rows))
            pages.append(*it);
    }
    return pages;
}

PageRequest RemoteTableModel::requestFor(qint64 page, int pageSize) const
{
    PageRequest request;
    request.path = m_path;
    request.search = m_search;
    request.sort = m_sortKeys;
    request.parameters = m_filters;
    request.offset = page * pageSize;
    request.limit = pageSize;
    return request;
}

void RemoteTableModel::loadWindow()
{
    const QList<qint64> wanted = windowPages(m_cachePageSize, pageableRows());
    m_touched.clear();
    m_wanted = QSet<qint64>(wanted.cbegin(), wanted.cend());
    if (!m_fetcher)
        return;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (m_wanted.contains(it.key())) {
            ++it;
            continue;
        }
        m_fetcher->cancel(it.value()); // scrolled past before it arrived
        it = m_pending.erase(it);
    }
    for (qint64 page : wanted) {
        if (m_cache.contains(page)) {
            m_cache.touch(page);
            continue;
        }
        if (m_pending.contains(page) || m_failed.contains(page))
            continue;
        const quint64 generation = m_generation;
        const quint64 ticket =
            m_fetcher->fetch(requestFor(page, m_cachePageSize),
                             [this, generation, page](const PageResult& result) { onPage(generation, page, result); });
        m_pending.insert(page, ticket);
    }
    updateLoading();
}

QJsonArray RemoteTableModel::withLocalUpdates(const QJsonArray& items) const
{
    if (m_updated.isEmpty())
        return items;
    QJsonArray merged = items;
    for (qsizetype i = 0; i < merged.size(); ++i) {
        const QJsonObject item = merged.at(i).toObject();
        const auto local = m_updated.constFind(idOf(item));
        // Only an older answer gives way: a newer version (someone else's later edit) wins.
        if (local != m_updated.constEnd() &&
            item.value(QLatin1String("version")).toInteger() < local->value(QLatin1String("version")).toInteger())
            merged.replace(i, *local);
    }
    return merged;
}

void RemoteTableModel::onPage(quint64 generation, qint64 page, const PageResult& result)
{
    if (generation != m_generation || !m_pending.contains(page))
        return;
    m_pending.remove(page);
    if (!result.ok) {
        // Not retried by painting (that would loop while the server fails); refresh() retries.
        m_failed.insert(page);
        updateLoading();
        // The pages of one window usually fail together: one message, not one per page.
        if (result.message != m_reportedError) {
            m_reportedError = result.message;
            Q_EMIT loadFailed(result.message);
        }
        return;
    }
    m_reportedError.clear();
    const qint64 first = page * m_cachePageSize;
    ListLength length = m_length;
    length.add(first, result.items.size(), result.total, result.totalExact);
    applyLength(length);
    const int rows = rowCount();
    if (first < rows) {
        rowsEvicted(m_cache.insert(page, withLocalUpdates(result.items), m_wanted));
        noteCacheSize();
        const int last = int(qMin<qint64>(first + m_cachePageSize, rows) - 1);
        Q_EMIT dataChanged(index(int(first), 0), index(last, columnCount() - 1));
    }
    updateLoading();
}

void RemoteTableModel::rowsEvicted(const QList<qint64>& pages)
{
    const int rows = rowCount();
    const int columns = columnCount();
    if (columns <= 0)
        return;
    for (qint64 page : pages) {
        const qint64 first = page * m_cachePageSize;
        if (first >= rows)
            continue;
        const int last = int(qMin<qint64>(first + m_cachePageSize, rows) - 1);
        Q_EMIT dataChanged(index(int(first), 0), index(last, columns - 1));
    }
}

} // namespace steward::models

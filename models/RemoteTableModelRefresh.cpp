// The refresh half of RemoteTableModel: a new sort, search or filter (or refresh()) fetches the
// visible pages into a staging area while the old rows stay on screen, then swaps them in with
// one layout change that carries persistent indexes over by id.
#include "RemoteTableModel.h"

namespace steward::models {

void RemoteTableModel::startRequery()
{
    if (m_fetcher) {
        for (quint64 ticket : std::as_const(m_pending))
            m_fetcher->cancel(ticket);
        for (quint64 ticket : std::as_const(m_batchPending))
            m_fetcher->cancel(ticket);
    }
    m_pending.clear();
    m_batchPending.clear();
    m_batchPages.clear();
    m_failed.clear();
    m_reportedError.clear();
    ++m_generation;
    m_batchPageSize = m_pageSize;
    m_batchLength = ListLength();
    m_batchError.clear();
    // The new total is unknown: ask for the window as it is; pages past the end come back empty.
    const QList<qint64> pages = windowPages(m_batchPageSize, -1);
    m_touched.clear();
    for (qint64 page : pages)
        requestBatchPage(page);
    updateLoading();
}

void RemoteTableModel::requestBatchPage(qint64 page)
{
    if (!m_fetcher)
        return;
    const quint64 generation = m_generation;
    const quint64 ticket =
        m_fetcher->fetch(requestFor(page, m_batchPageSize),
                         [this, generation, page](const PageResult& result) { onBatchPage(generation, page, result); });
    m_batchPending.insert(page, ticket);
}

void RemoteTableModel::onBatchPage(quint64 generation, qint64 page, const PageResult& result)
{
    if (generation != m_generation || !m_batchPending.contains(page))
        return;
    m_batchPending.remove(page);
    if (result.ok) {
        // Room for the new page next to the old rows still shown, within the bound.
        int staged = int(result.items.size());
        for (const QJsonArray& items : std::as_const(m_batchPages))
            staged += int(items.size());
        const int oldPages = qMax(0, (m_maxCachedRows - staged) / m_cachePageSize);
        rowsEvicted(m_cache.shrinkTo(oldPages, m_wanted));
        m_batchPages.insert(page, withLocalUpdates(result.items));
        m_batchLength.add(page * m_batchPageSize, result.items.size(), result.total, result.totalExact);
        noteCacheSize();
    } else {
        m_batchError = result.message;
    }
    if (!m_batchPending.isEmpty())
        return;
    // Scrolled far down, then a search left fewer rows than that: show its first rows instead of
    // an empty window. Past the end of a list counted only up to a limit, the empty pages do not
    // even say how long it is: its first page does.
    if (m_batchError.isEmpty() && !m_batchPages.isEmpty() && !m_batchPages.contains(0) &&
        (!m_batchLength.isKnown() || m_batchLength.rows() > 0)) {
        bool anyRows = false;
        for (auto it = m_batchPages.cbegin(); it != m_batchPages.cend(); ++it)
            anyRows = anyRows || (m_batchLength.isKnown() && it.key() * m_batchPageSize < m_batchLength.rows());
        if (!anyRows) {
            requestBatchPage(0);
            return;
        }
    }
    switchToBatch();
}

void RemoteTableModel::switchToBatch()
{
    if (!m_batchLength.isKnown()) {
        // Nothing arrived: keep showing what was there.
        m_batchPages.clear();
        updateLoading();
        Q_EMIT loadFailed(m_batchError);
        return;
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    QStringList ids;
    ids.reserve(from.size());
    for (const QModelIndex& index : from)
        ids.append(idAt(index.row()));

    m_cache.clear();
    m_cachePageSize = m_batchPageSize;
    m_cache.setMaxPages(qMax(2, m_maxCachedRows / m_cachePageSize));
    // Empty pages past the end stay out: should the list grow that far, they are fetched again.
    for (auto it = m_batchPages.cbegin(); it != m_batchPages.cend(); ++it) {
        if (it.key() * m_cachePageSize < m_batchLength.rows())
            m_cache.insert(it.key(), it.value());
    }
    m_batchPages.clear();
    m_wanted.clear();

    // The row count changes only after the layout change, so indexes move within the old rows;
    // an id not among the loaded rows leaves its index invalid rather than on another object.
    const int oldRows = rowCount();
    QHash<QString, int> rowsById;
    for (qint64 page : m_cache.pages()) {
        const QJsonArray* items = m_cache.find(page);
        for (int i = 0; i < items->size(); ++i)
            rowsById.insert(idOf(items->at(i).toObject()), int(page * m_cachePageSize + i));
    }
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int row = ids.at(i).isEmpty() ? -1 : rowsById.value(ids.at(i), -1);
        to.append(row >= 0 && row < oldRows ? index(row, from.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);

    applyLength(m_batchLength);
    noteCacheSize();
    updateLoading();
    if (!m_batchError.isEmpty())
        Q_EMIT loadFailed(m_batchError);
    Q_EMIT refreshed();
    // The view may have scrolled meanwhile, or its window may be wider than what was staged.
    scheduleFlush();
}

} // namespace steward::models

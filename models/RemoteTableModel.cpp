#include "RemoteTableModel.h"

#include "NameDirectory.h"
#include "NetworkPageFetcher.h"

#include <climits>

namespace steward::models {

RemoteTableModel::RemoteTableModel(PageFetcher* fetcher, const QString& path, QObject* parent)
    : QAbstractTableModel(parent), m_fetcher(fetcher), m_path(path), m_cache(kDefaultMaxCachedRows / kDefaultPageSize)
{
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &RemoteTableModel::flush);
}

RemoteTableModel::RemoteTableModel(net::ServerConnection* connection, const QString& path, QObject* parent)
    : RemoteTableModel(static_cast<PageFetcher*>(nullptr), path, parent)
{
    m_fetcher = new NetworkPageFetcher(connection, this);
}

RemoteTableModel::~RemoteTableModel()
{
    // The callbacks capture `this`: none may run once the model is gone.
    if (m_fetcher) {
        for (quint64 ticket : std::as_const(m_pending))
            m_fetcher->cancel(ticket);
        for (quint64 ticket : std::as_const(m_batchPending))
            m_fetcher->cancel(ticket);
    }
}

int RemoteTableModel::rowsOf(qint64 total) const
{
    return int(qBound(qint64(0), total, qint64(INT_MAX)));
}

int RemoteTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : rowsOf(m_length.rows());
}

RemoteTableModel::Location RemoteTableModel::locate(int row) const
{
    return Location{row / m_cachePageSize, row % m_cachePageSize};
}

const QJsonArray* RemoteTableModel::loadedPage(qint64 page) const
{
    return m_cache.find(page);
}

QVariant RemoteTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const Location at = locate(index.row());
    const QJsonArray* page = loadedPage(at.page);
    if (!page) {
        if (role == LoadedRole)
            return false;
        if (!m_failed.contains(at.page)) {
            if (!m_touched.contains(at.page)) {
                m_touched.append(at.page);
                if (m_touched.size() > 64)
                    m_touched.removeFirst();
            }
            scheduleFlush();
        }
        if (role == Qt::DisplayRole && index.column() == 0)
            //: Shown in a table row whose data is still on its way from the server.
            return m_failed.contains(at.page) ? tr("Not loaded") : tr("Loading…");
        return {};
    }
    if (at.index >= page->size())
        return role == LoadedRole ? QVariant(false) : QVariant();
    const QJsonObject item = page->at(at.index).toObject();
    if (role == IdRole)
        return idOf(item);
    if (role == LoadedRole)
        return true;
    return cellData(item, index.column(), role);
}

Qt::ItemFlags RemoteTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> RemoteTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(IdRole, "id");
    names.insert(LoadedRole, "loaded");
    return names;
}

QString RemoteTableModel::sortKey(int) const
{
    return {};
}

void RemoteTableModel::sort(int column, Qt::SortOrder order)
{
    const QString key = column >= 0 ? sortKey(column) : QString();
    QString keys;
    if (!key.isEmpty()) {
        QStringList parts = key.split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (order == Qt::DescendingOrder) {
            for (QString& part : parts)
                part.prepend(QLatin1Char('-'));
        }
        keys = parts.join(QLatin1Char(','));
    }
    m_sortColumn = key.isEmpty() ? -1 : column;
    m_sortOrder = order;
    if (keys == m_sortKeys)
        return;
    m_sortKeys = keys;
    queryChanged();
}

void RemoteTableModel::setPath(const QString& path)
{
    if (path == m_path)
        return;
    m_path = path;
    queryChanged();
}

void RemoteTableModel::setNameDirectory(NameDirectory* names)
{
    if (m_names)
        m_names->disconnect(this);
    m_names = names;
    if (names) {
        connect(names, &NameDirectory::namesChanged, this, [this] {
            if (rowCount() > 0 && columnCount() > 0)
                Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
        });
    }
}

QString RemoteTableModel::nameFor(const QString& id) const
{
    const QString name = m_names ? m_names->name(id) : QString();
    return name.isEmpty() ? id : name;
}

bool RemoteTableModel::isLoading() const
{
    return m_requeryWanted || !m_pending.isEmpty() || !m_batchPending.isEmpty();
}

void RemoteTableModel::setPageSize(int rows)
{
    m_pageSize = qBound(1, rows, 500);
    if (m_maxCachedRows < 2 * m_pageSize)
        setMaxCachedRows(2 * m_pageSize);
}

void RemoteTableModel::setMaxCachedRows(int rows)
{
    m_maxCachedRows = qMax(rows, 2 * qMax(m_pageSize, m_cachePageSize));
    rowsEvicted(m_cache.setMaxPages(m_maxCachedRows / m_cachePageSize));
}

int RemoteTableModel::cachedRowCount() const
{
    int rows = m_cache.rowCount();
    for (const QJsonArray& page : m_batchPages)
        rows += int(page.size());
    return rows;
}

void RemoteTableModel::setSearch(const QString& text)
{
    if (text == m_search)
        return;
    m_search = text;
    queryChanged();
}

void RemoteTableModel::setFilter(const QString& name, const QString& value)
{
    if (m_filters.value(name) == value)
        return;
    if (value.isEmpty())
        m_filters.remove(name);
    else
        m_filters.insert(name, value);
    queryChanged();
}

void RemoteTableModel::clearFilters()
{
    if (m_filters.isEmpty())
        return;
    m_filters.clear();
    queryChanged();
}

bool RemoteTableModel::isRowLoaded(int row) const
{
    if (row < 0 || row >= rowCount())
        return false;
    const Location at = locate(row);
    const QJsonArray* page = loadedPage(at.page);
    return page && at.index < page->size();
}

QJsonObject RemoteTableModel::itemAt(int row) const
{
    if (!isRowLoaded(row))
        return {};
    const Location at = locate(row);
    return loadedPage(at.page)->at(at.index).toObject();
}

QString RemoteTableModel::idAt(int row) const
{
    return idOf(itemAt(row));
}

QString RemoteTableModel::idOf(const QJsonObject& item)
{
    return item.value(QLatin1String("id")).toString();
}

int RemoteTableModel::rowForId(const QString& id) const
{
    if (id.isEmpty())
        return -1;
    const int rows = rowCount();
    for (qint64 page : m_cache.pages()) {
        const QJsonArray* items = m_cache.find(page);
        for (int i = 0; i < items->size(); ++i) {
            if (idOf(items->at(i).toObject()) == id) {
                const qint64 row = page * m_cachePageSize + i;
                return row < rows ? int(row) : -1;
            }
        }
    }
    return -1;
}

bool RemoteTableModel::updateItem(const QJsonObject& item)
{
    const int row = rowForId(idOf(item));
    if (row < 0)
        return false;
    const Location at = locate(row);
    m_cache.replaceItem(at.page, at.index, item);
    if (item.contains(QLatin1String("version"))) {
        if (m_updated.size() >= 1000)
            m_updated.clear();
        m_updated.insert(idOf(item), item);
    }
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    return true;
}

void RemoteTableModel::setVisibleRows(int first, int last)
{
    if (last < first)
        std::swap(first, last);
    first = qMax(0, first);
    last = qMax(0, last);
    if (first == m_first && last == m_last)
        return;
    m_first = first;
    m_last = last;
    scheduleFlush();
}

void RemoteTableModel::refresh()
{
    queryChanged();
}

void RemoteTableModel::queryChanged()
{
    m_requeryWanted = true;
    scheduleFlush();
    updateLoading();
}

void RemoteTableModel::scheduleFlush() const
{
    // Restarted by every change (a scroll produces hundreds), but never later than kMaxDelayMs
    // after the first one, so a long drag still loads what it passes over now and then.
    if (!m_flushTimer.isActive())
        m_firstChange.start();
    const qint64 left = qMax<qint64>(0, kMaxDelayMs - m_firstChange.elapsed());
    m_flushTimer.start(int(qMin<qint64>(m_debounceMs, left)));
}

void RemoteTableModel::flush()
{
    if (m_requeryWanted) {
        m_requeryWanted = false;
        startRequery();
        return;
    }
    if (!m_batchPending.isEmpty())
        return; // switchToBatch() loads the window once the new rows are in
    loadWindow();
}

void RemoteTableModel::noteCacheSize()
{
    m_peakCachedRows = qMax(m_peakCachedRows, cachedRowCount());
}

void RemoteTableModel::updateLoading()
{
    const bool loading = isLoading();
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace steward::models

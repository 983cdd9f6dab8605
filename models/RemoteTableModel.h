#pragma once

#include "ListLength.h"
#include "NameDirectory.h"
#include "PageCache.h"
#include "PageFetcher.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QMap>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace steward::net {
class ServerConnection;
}

namespace steward::models {

// A table over a server list route ({items, total}) that may hold millions of rows.
//
// rowCount() is the server's total, so a view's scrollbar spans the whole list, but only the pages
// around what is visible are fetched: the view reports its visible rows with setVisibleRows()
// (from its scrollbar and viewport), and data() of a row not loaded yet answers a placeholder and
// asks for its page. Changes are coalesced (a fast scroll to the end sends requests for the last
// window only); pages scrolled past before they arrived are cancelled; the cache keeps at most
// maxCachedRows() rows, least recently used pages out first.
//
// Sorting, search and filters run on the server. Any change of them, and refresh(), fetches the
// visible pages anew and swaps them in at once with a layout change that moves persistent indexes
// (a view's selection and current row) to the row that now holds the same id; an index whose id
// is not among the loaded rows becomes invalid, so a selection never jumps to another object.
//
// A server may count only up to a limit and answer a lower bound (the user list's `totalExact:
// false`): rowCount() is then that bound, and the page just past it is fetched with the visible
// window once that comes within half a page of the end. A full page there grows the table with
// inserted rows; a short or empty one makes the total exact. (Not through fetchMore(): the view
// reports its window anyway, and QAbstractItemModelTester calls fetchMore() on every change, which
// would page through the whole list.)
//
// Nothing is loaded until refresh() is called.
class RemoteTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // the cell's value for sorting and export (QDateTime, number, string)
        IdRole,                          // the row's object id (any column)
        LoadedRole,                      // whether the row's data has arrived
    };

    static constexpr int kDefaultPageSize = 100;
    static constexpr int kDefaultMaxCachedRows = 1000;
    static constexpr int kDefaultDebounceMs = 40;
    // However busy the scrolling, the visible window is loaded at least this often.
    static constexpr int kMaxDelayMs = 250;

    // `fetcher` is not owned; it must outlive the model (or be its child).
    RemoteTableModel(PageFetcher* fetcher, const QString& path, QObject* parent = nullptr);
    // Pages through `connection` with ListJobs (a NetworkPageFetcher child of the model).
    RemoteTableModel(net::ServerConnection* connection, const QString& path, QObject* parent = nullptr);
    ~RemoteTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Orders on the server by the column's sort key; a column without one, or -1, restores the
    // route's default order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

    QString path() const { return m_path; }
    // Another route with the same items (a user's own audit history); reloads.
    void setPath(const QString& path);
    PageFetcher* fetcher() const { return m_fetcher; }
    // Where ids that items only reference get their names; not owned.
    void setNameDirectory(NameDirectory* names);
    NameDirectory* nameDirectory() const { return m_names; }
    qint64 total() const { return m_length.rows(); }
    // False while total() is a lower bound: the server stopped counting and there may be more rows.
    bool totalExact() const { return m_length.isExact(); }
    bool isLoading() const;

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows); // 1–500; applies from the next refresh
    int maxCachedRows() const { return m_maxCachedRows; }
    void setMaxCachedRows(int rows); // at least two pages
    int cachedRowCount() const;
    int peakCachedRows() const { return m_peakCachedRows; }
    void resetPeakCachedRows() { m_peakCachedRows = cachedRowCount(); }
    void setDebounceInterval(int ms) { m_debounceMs = qMax(0, ms); }

    QString search() const { return m_search; }
    void setSearch(const QString& text);
    QString filter(const QString& name) const { return m_filters.value(name); }
    QMap<QString, QString> filters() const { return m_filters; }
    // A route's own query parameter ("state", "role", "from"…); an empty value removes it.
    void setFilter(const QString& name, const QString& value);
    void clearFilters();
    QString sortKeys() const { return m_sortKeys; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // The server's sort key of `column` (comma-separated for compound keys); empty: not sortable.
    virtual QString sortKey(int column) const;

    int firstVisibleRow() const { return m_first; }
    int lastVisibleRow() const { return m_last; }
    bool isRowLoaded(int row) const;
    // The row's JSON object as the server sent it; empty when not loaded.
    QJsonObject itemAt(int row) const;
    QString idAt(int row) const;
    // The row holding `id` among the loaded rows, -1 when none does.
    int rowForId(const QString& id) const;
    // Replaces the loaded row with the same id (after an edit) and reports it changed.
    bool updateItem(const QJsonObject& item);
    int pendingPageCount() const { return int(m_pending.size() + m_batchPending.size()); }

public Q_SLOTS:
    // The rows a view shows now (inclusive); the pages around them are loaded.
    void setVisibleRows(int first, int last);
    // Loads again with the current sort, search and filters, keeping selections by id.
    void refresh();

Q_SIGNALS:
    void loadFailed(const QString& message);
    void loadingChanged(bool loading);
    // The total changed, or whether it is exact (see totalExact()).
    void totalChanged(qint64 total);
    // The rows of a refresh, sort, search or filter change are in.
    void refreshed();

protected:
    // What a loaded row shows; roles Qt::DisplayRole, RawValueRole, Qt::ToolTipRole… IdRole and
    // LoadedRole are answered by the base.
    virtual QVariant cellData(const QJsonObject& item, int column, int role) const = 0;
    static QString idOf(const QJsonObject& item);
    // The directory's name for `id`, else the id itself.
    QString nameFor(const QString& id) const;

private:
    struct Location
    {
        qint64 page = -1;
        int index = -1;
    };
    Location locate(int row) const;
    const QJsonArray* loadedPage(qint64 page) const;
    void scheduleFlush() const;
    void flush();
    QList<qint64> windowPages(int pageSize, qint64 rows) const;
    void loadWindow();
    void startRequery();
    void requestBatchPage(qint64 page);
    PageRequest requestFor(qint64 page, int pageSize) const;
    void onPage(quint64 generation, qint64 page, const PageResult& result);
    void onBatchPage(quint64 generation, qint64 page, const PageResult& result);
    void switchToBatch();
    void applyLength(const ListLength& length);
    QList<qint64> pagesMissingRows(int rows) const;
    qint64 pageableRows() const;
    void rowsEvicted(const QList<qint64>& pages);
    void noteCacheSize();
    void updateLoading();
    void queryChanged();
    int rowsOf(qint64 total) const;

    QPointer<PageFetcher> m_fetcher;
    QPointer<NameDirectory> m_names;
    QString m_path;
    QString m_search;
    QMap<QString, QString> m_filters;
    QString m_sortKeys;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    ListLength m_length = ListLength::exactly(0);
    int m_pageSize = kDefaultPageSize;
    int m_cachePageSize = kDefaultPageSize; // the page size of what the cache holds
    int m_maxCachedRows = kDefaultMaxCachedRows;
    int m_peakCachedRows = 0;
    PageCache m_cache;
    QSet<qint64> m_failed;
    QString m_reportedError;          // the last failure reported, until a page arrives again
    QHash<qint64, quint64> m_pending; // page → ticket
    QSet<qint64> m_wanted;
    quint64 m_generation = 0;

    // A refresh or query change in flight: its pages are staged and swapped in together.
    QHash<qint64, quint64> m_batchPending;
    // Items this model was handed newer than the server had answered (updateItem), by id: an
    // answer fetched before such an update (a refresh sent before a save) must not undo it.
    QHash<QString, QJsonObject> m_updated;
    QJsonArray withLocalUpdates(const QJsonArray& items) const;
    QHash<qint64, QJsonArray> m_batchPages;
    int m_batchPageSize = kDefaultPageSize;
    ListLength m_batchLength;
    QString m_batchError;

    int m_first = 0;
    int m_last = 0;
    bool m_requeryWanted = false;
    mutable QList<qint64> m_touched; // pages data() asked for since the last flush
    mutable QTimer m_flushTimer;
    mutable QElapsedTimer m_firstChange;
    int m_debounceMs = kDefaultDebounceMs;
    bool m_loading = false;
};

} // namespace steward::models

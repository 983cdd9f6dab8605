#pragma once

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QSet>

namespace steward::models {

// The pages of a remote list a model holds, least recently used first out. Its bound is in pages,
// so the memory a model needs does not grow with the number of rows on the server.
class PageCache
{
public:
    explicit PageCache(int maxPages = 10) : m_maxPages(qMax(1, maxPages)) {}

    int maxPages() const { return m_maxPages; }
    // Returns the pages evicted to fit the new bound.
    QList<qint64> setMaxPages(int maxPages, const QSet<qint64>& keep = {});

    bool contains(qint64 page) const { return m_pages.contains(page); }
    // nullptr when not cached; does not count as a use.
    const QJsonArray* find(qint64 page) const;
    void touch(qint64 page);
    // Stores a page as the most recently used and evicts the least recently used pages not in
    // `keep` beyond the bound; returns the evicted pages.
    QList<qint64> insert(qint64 page, const QJsonArray& items, const QSet<qint64>& keep = {});
    // Evicts least recently used pages (not in `keep`) until at most `pages` remain.
    QList<qint64> shrinkTo(int pages, const QSet<qint64>& keep = {});
    bool replaceItem(qint64 page, int index, const QJsonValue& item);
    void remove(qint64 page);
    void clear();

    int pageCount() const { return int(m_pages.size()); }
    int rowCount() const { return m_rows; }
    QList<qint64> pages() const { return m_pages.keys(); }

private:
    struct Entry
    {
        QJsonArray items;
        quint64 lastUse = 0;
    };
    QHash<qint64, Entry> m_pages;
    int m_maxPages;
    int m_rows = 0;
    quint64 m_clock = 0;
};

} // namespace steward::models

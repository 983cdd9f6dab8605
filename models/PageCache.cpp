#include "PageCache.h"

namespace steward::models {

QList<qint64> PageCache::setMaxPages(int maxPages, const QSet<qint64>& keep)
{
    m_maxPages = qMax(1, maxPages);
    return shrinkTo(m_maxPages, keep);
}

const QJsonArray* PageCache::find(qint64 page) const
{
    const auto it = m_pages.constFind(page);
    return it == m_pages.cend() ? nullptr : &it->items;
}

void PageCache::touch(qint64 page)
{
    const auto it = m_pages.find(page);
    if (it != m_pages.end())
        it->lastUse = ++m_clock;
}

QList<qint64> PageCache::insert(qint64 page, const QJsonArray& items, const QSet<qint64>& keep)
{
    remove(page);
    m_pages.insert(page, Entry{items, ++m_clock});
    m_rows += int(items.size());
    QSet<qint64> keepWithNew = keep;
    keepWithNew.insert(page);
    return shrinkTo(m_maxPages, keepWithNew);
}

QList<qint64> PageCache::shrinkTo(int pages, const QSet<qint64>& keep)
{
    QList<qint64> evicted;
    while (m_pages.size() > qMax(0, pages)) {
        // A handful of pages: a scan is cheaper than keeping an ordered index.
        qint64 oldest = -1;
        quint64 oldestUse = 0;
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
            if (keep.contains(it.key()))
                continue;
            if (oldest < 0 || it->lastUse < oldestUse) {
                oldest = it.key();
                oldestUse = it->lastUse;
            }
        }
        if (oldest < 0)
            break; // everything left is wanted
        remove(oldest);
        evicted.append(oldest);
    }
    return evicted;
}

bool PageCache::replaceItem(qint64 page, int index, const QJsonValue& item)
{
    const auto it = m_pages.find(page);
    if (it == m_pages.end() || index < 0 || index >= it->items.size())
        return false;
    it->items.replace(index, item);
    return true;
}

void PageCache::remove(qint64 page)
{
    const auto it = m_pages.find(page);
    if (it == m_pages.end())
        return;
    m_rows -= int(it->items.size());
    m_pages.erase(it);
}

void PageCache::clear()
{
    m_pages.clear();
    m_rows = 0;
}

} // namespace steward::models

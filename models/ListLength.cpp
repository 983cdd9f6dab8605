#include "ListLength.h"

namespace steward::models {

ListLength ListLength::exactly(qint64 rows)
{
    ListLength length;
    length.setExact(qMax<qint64>(0, rows));
    return length;
}

void ListLength::setExact(qint64 rows)
{
    m_rows = rows;
    m_exact = true;
    m_end = -1;
}

void ListLength::add(qint64 offset, qint64 items, qint64 total, bool exact)
{
    if (exact) {
        setExact(qMax(total, items > 0 ? offset + items : 0));
        return;
    }
    if (items <= 0) {
        // Past the last row: the list ends at `offset` at the latest, and exactly there when the
        // rows before it are known to exist.
        if (offset <= 0 || (m_rows >= 0 && offset <= m_rows))
            setExact(qMax<qint64>(0, offset));
        else
            m_end = m_end < 0 ? offset : qMin(m_end, offset);
        return;
    }
    const qint64 atLeast = qMax(total, offset + items);
    if (m_exact) {
        if (atLeast <= m_rows)
            return; // what the exact count said already
        m_exact = false;
        m_rows = atLeast;
    } else {
        m_rows = qMax(m_rows, atLeast);
    }
    if (m_end >= 0 && m_end <= m_rows) {
        // An empty page right at the bound ends the list there; one before it is outdated.
        if (m_end == m_rows)
            m_exact = true;
        m_end = -1;
    }
}

} // namespace steward::models

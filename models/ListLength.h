#pragma once

#include <QtGlobal>

namespace steward::models {

// How many rows a list has, as far as the answers for its pages tell. Most lists count exactly;
// the user list stops counting a search or unit filter at a limit and answers a lower bound
// instead (`totalExact: false`, docs/api.md, GET /api/v1/users). That bound grows as pages past
// it come back full, and becomes exact where a page comes back short or empty.
class ListLength
{
public:
    // Nothing answered yet: not known.
    ListLength() = default;
    static ListLength exactly(qint64 rows);

    // Takes in the answer for the page at `offset`: `items` rows, the answer's total and whether
    // the server counted it exactly. An answer that contradicts earlier ones (the list changed
    // meanwhile) wins over them.
    void add(qint64 offset, qint64 items, qint64 total, bool exact);

    // False until an answer told how many rows there are at least: empty pages past the end
    // of an inexactly counted list tell only where it ends at the latest.
    bool isKnown() const { return m_rows >= 0; }
    qint64 rows() const { return qMax<qint64>(0, m_rows); }
    // False while rows() is a lower bound: there may be more.
    bool isExact() const { return m_exact; }
    // Where an inexactly counted list ends at the latest; -1 when no empty page said so.
    qint64 end() const { return m_end; }

    friend bool operator==(const ListLength& a, const ListLength& b)
    {
        return a.m_rows == b.m_rows && a.m_exact == b.m_exact && a.m_end == b.m_end;
    }
    friend bool operator!=(const ListLength& a, const ListLength& b) { return !(a == b); }

private:
    void setExact(qint64 rows);

    qint64 m_rows = -1;
    bool m_exact = false;
    qint64 m_end = -1;
};

} // namespace steward::models

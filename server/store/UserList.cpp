// UserStore::list: the users page at a million rows. Every step is an index walk bounded by the page
// or by kCountLimit, never a pass over all users: totals come from user_counts and role_counts,
// substring search from the trigram index, and deep pages of an exactly counted list are read from
// the nearer end.
#include "ListQuery.h"
#include "UserIndexes.h"
#include "UserRowReader.h"
#include "UserStore.h"

#include <algorithm>
#include <optional>

namespace steward::server {
namespace {

using namespace userrows;

struct Filter
{
    QString from = QStringLiteral(" FROM users u");
    SqlFilter sql;
    // Only company, staff, state and role: user_counts or role_counts hold the exact total.
    bool counted = true;
    // Searched through the trigram index (SQLite): the FTS5 phrase; when nothing else filters,
    // the index counts the matches by itself.
    QString phrase;
    bool phraseAlone = false;
};

Filter buildFilter(const QSqlDatabase& db, const UserListQuery& query)
{
    Filter f;
    if (!query.companyId.isNull())
        f.sql.add(QStringLiteral("u.company_id = ?"), idText(query.companyId));
    else if (query.staffOnly)
        f.sql.add(QStringLiteral("u.company_id IS NULL"));
    const bool scoped = !query.companyId.isNull() || query.staffOnly;
    if (!query.search.isEmpty()) {
        f.counted = false;
        const QString lowered = query.search.toLower();
        // SQLite: the FTS5 phrase finds exactly the rows the LIKE would (UserIndexes.h); CROSS JOIN
        // keeps the index first, or SQLite may walk a large company's users and probe each one.
        // PostgreSQL's planner takes the LIKE (and the company) to its trigram index by itself.
        if (db.driverName() == QLatin1String("QSQLITE") && userindexes::trigramSearchable(lowered)) {
            f.from = QStringLiteral(" FROM users_fts f CROSS JOIN users u ON u.rowid = f.rowid");
            f.phrase = userindexes::phraseQuery(lowered);
            f.sql.add(QStringLiteral("f.users_fts MATCH ?"), f.phrase);
        } else {
            f.sql.add(QStringLiteral("u.search_text LIKE ? ESCAPE '!'"), containsPattern(query.search));
        }
    }
    if (query.state)
        f.sql.add(QStringLiteral("u.state = ?"), toString(*query.state));
    if (!query.roleId.isNull()) {
        f.sql.add(QStringLiteral("EXISTS (SELECT 1 FROM role_assignments a WHERE a.user_id = u.id AND a.role_id = ?)"),
                  idText(query.roleId));
    }
    if (!query.orgUnitId.isNull()) {
        f.counted = false;
        f.sql.add(QStringLiteral("EXISTS (SELECT 1 FROM user_org_units m WHERE m.user_id = u.id AND m.unit_id = ?)"),
                  idText(query.orgUnitId));
    }
    if (!query.visibleUnits.isEmpty()) {
        f.counted = false;
        QVariantList units;
        for (const QUuid& unit : query.visibleUnits)
            units.append(idText(unit));
        f.sql.add(QStringLiteral("EXISTS (SELECT 1 FROM user_org_units v WHERE v.user_id = u.id AND v.unit_id IN (") +
                      placeholders(units.size()) + QStringLiteral("))"),
                  units);
    }
    f.phraseAlone = !f.phrase.isEmpty() && !scoped && !query.state && query.roleId.isNull() &&
                    query.orgUnitId.isNull() && query.visibleUnits.isEmpty();
    return f;
}

qint64 countedTotal(const QSqlDatabase& db, const UserListQuery& query)
{
    SqlFilter counts;
    if (!query.companyId.isNull())
        counts.add(QStringLiteral("company_key = ?"), idText(query.companyId));
    else if (query.staffOnly)
        counts.add(QStringLiteral("company_key = ''"));
    if (query.state)
        counts.add(QStringLiteral("state = ?"), toString(*query.state));
    if (!query.roleId.isNull())
        counts.add(QStringLiteral("role_id = ?"), idText(query.roleId));
    Sql q(db, QStringLiteral("SELECT COALESCE(SUM(n), 0) FROM ") +
                  (query.roleId.isNull() ? QStringLiteral("user_counts") : QStringLiteral("role_counts")) +
                  counts.sql());
    counts.bindTo(q);
    q.exec();
    return q.next() ? q.integer(0) : 0;
}

// Matches up to kCountLimit + 1: enough to tell "exactly N" from "more than the limit". A search
// alone is counted in the trigram index without the limit: it reads no rows.
qint64 limitedCount(const QSqlDatabase& db, const Filter& filter)
{
    if (filter.phraseAlone) {
        Sql q(db, QStringLiteral("SELECT COUNT(*) FROM users_fts WHERE users_fts MATCH ?"));
        q.bind(filter.phrase).exec();
        return q.next() ? q.integer(0) : 0;
    }
    Sql q(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT 1") + filter.from + filter.sql.sql() +
                  QStringLiteral(" LIMIT ?) matches"));
    filter.sql.bindTo(q);
    q.bind(UserStore::kCountLimit + 1).exec();
    return q.next() ? q.integer(0) : 0;
}

QString order(const QStringList& sort, bool reversed)
{
    if (!reversed)
        return orderBy(sort, sortColumns(), QStringLiteral("u.last_key ASC, u.first_key ASC"),
                       QStringLiteral("u.id ASC"));
    // DESC is the exact mirror of ASC on both back ends, NULLs included.
    QStringList flipped;
    for (const QString& key : sort)
        flipped.append(key.startsWith(QLatin1Char('-')) ? key.mid(1) : QLatin1Char('-') + key);
    return orderBy(flipped, sortColumns(), QStringLiteral("u.last_key DESC, u.first_key DESC"),
                   QStringLiteral("u.id DESC"));
}

QList<User> readPage(const QSqlDatabase& db, const Filter& filter, const QStringList& sort, bool reversed, qint64 limit,
                     qint64 offset)
{
    // A search sorts every match to find its page: the sorter then carries the sort keys and the
    // rowid of each, not every column, and only the page's rows are read in full.
    const QString ordered =
        filter.from + filter.sql.sql() + order(sort, reversed) + QStringLiteral(" LIMIT ? OFFSET ?");
    const QString sql = filter.phrase.isEmpty()
                            ? QString(QStringLiteral("SELECT ") + kColumns + ordered)
                            : QString(QStringLiteral("SELECT ") + kColumns +
                                      QStringLiteral(" FROM users u WHERE u.rowid IN (SELECT u.rowid") + ordered +
                                      QLatin1Char(')') + order(sort, reversed));
    Sql q(db, sql);
    filter.sql.bindTo(q);
    q.bind(limit).bind(offset).exec();
    QList<User> users;
    while (q.next())
        users.append(readUser(q));
    if (reversed)
        std::reverse(users.begin(), users.end());
    return users;
}

// PostgreSQL, for lists without a stored total: the matches (up to kCountLimit + 1, their ids and
// sort keys only) gathered once, and both the count and the page taken from them. A trigram search
// rechecks every match in the table, and that pass is most of its cost: done once instead of once
// for the page and once for the count. Empty when it cannot tell the page: more matches than the
// limit (the page must then come from all of them) or none on this page.
std::optional<UserPage> pageFromMatches(const QSqlDatabase& db, const Filter& filter, const UserListQuery& query)
{
    QStringList keys{QStringLiteral("u.id")};
    for (const QString& column : sortColumns())
        keys.append(column);
    keys.removeDuplicates();
    const QString ordered = order(query.sort, false);
    Sql q(db, QStringLiteral("WITH matches AS MATERIALIZED (SELECT ") + keys.join(u", ") + filter.from +
                  filter.sql.sql() + QStringLiteral(" LIMIT ?), page AS (SELECT u.id FROM matches u") + ordered +
                  QStringLiteral(" LIMIT ? OFFSET ?) SELECT ") + kColumns +
                  QStringLiteral(", (SELECT COUNT(*) FROM matches) FROM users u WHERE u.id IN (SELECT id FROM page)") +
                  ordered);
    filter.sql.bindTo(q);
    q.bind(UserStore::kCountLimit + 1).bind(qint64(query.limit)).bind(qint64(query.offset)).exec();
    UserPage page;
    qint64 counted = -1;
    while (q.next()) {
        counted = q.integer(kColumnCount);
        if (counted > UserStore::kCountLimit)
            break;
        page.items.append(readUser(q));
    }
    q.finish();
    if (counted < 0)
        return std::nullopt;
    if (counted <= UserStore::kCountLimit) {
        page.total = counted;
        return page;
    }
    // More than the limit: the page comes from all matches, and the total is a lower bound unless
    // this is the last page.
    page.items = readPage(db, filter, query.sort, false, query.limit, query.offset);
    const qint64 reached = qint64(query.offset) + page.items.size();
    page.totalExact = !page.items.isEmpty() && page.items.size() < query.limit;
    page.total = page.totalExact ? reached : std::max(UserStore::kCountLimit, reached);
    return page;
}

} // namespace

UserPage UserStore::list(const QSqlDatabase& db, const UserListQuery& query)
{
    const Filter filter = buildFilter(db, query);
    UserPage page;
    if (filter.counted) {
        page.total = countedTotal(db, query);
        const qint64 end = std::min<qint64>(qint64(query.offset) + query.limit, page.total);
        const qint64 fromEnd = page.total - end;
        if (fromEnd < query.offset && end > query.offset) // the end is nearer: walk fewer index entries
            page.items = readPage(db, filter, query.sort, true, end - query.offset, fromEnd);
        else if (end > query.offset)
            page.items = readPage(db, filter, query.sort, false, query.limit, query.offset);
    } else if (std::optional<UserPage> fromMatches =
                   db.driverName() == QLatin1String("QPSQL") ? pageFromMatches(db, filter, query) : std::nullopt) {
        page = std::move(*fromMatches);
    } else {
        page.items = readPage(db, filter, query.sort, false, query.limit, query.offset);
        if (!page.items.isEmpty() && page.items.size() < query.limit) {
            page.total = query.offset + page.items.size(); // the last page tells the total itself
        } else {
            const qint64 counted = limitedCount(db, filter);
            page.totalExact = filter.phraseAlone || counted <= kCountLimit;
            page.total = page.totalExact ? counted : std::max(kCountLimit, qint64(query.offset + page.items.size()));
        }
    }
    loadRelations(db, page.items);
    return page;
}

} // namespace steward::server

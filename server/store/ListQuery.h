#pragma once

#include "Sql.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace steward::server {

// The WHERE clause of a list query, built from optional filters, with its bound values in order.
class SqlFilter
{
public:
    void add(const QString& clause) { m_clauses.append(clause); }
    void add(const QString& clause, const QVariant& value)
    {
        m_clauses.append(clause);
        m_values.append(value);
    }
    void add(const QString& clause, const QVariantList& values)
    {
        m_clauses.append(clause);
        m_values.append(values);
    }
    // " WHERE a AND b", or "" without filters.
    QString sql() const;
    void bindTo(Sql& statement) const;

private:
    QStringList m_clauses;
    QVariantList m_values;
};

// "%text%" for `column LIKE ? ESCAPE '!'`, lower-cased, with the wildcards % and _ and the escape
// character itself matched literally.
QString containsPattern(const QString& text);
QString likeLiteral(const QString& text); // the escaping alone (for prefix patterns)

// " ORDER BY …" from API sort keys ("lastName", "-createdAt") mapped through `columns`; unknown keys
// are skipped (the API layer has already refused them). `fallback` applies when nothing is left,
// and `tieBreak` always ends the order so that pages never overlap.
QString orderBy(const QStringList& sort, const QHash<QString, QString>& columns, const QString& fallback,
                const QString& tieBreak);
QStringList sortKeys(const QHash<QString, QString>& columns); // sorted API names

// SELECT COUNT(*) FROM `from` with the filter.
qint64 countRows(const QSqlDatabase& db, const QString& from, const SqlFilter& filter);

} // namespace steward::server

#include "ListQuery.h"

namespace steward::server {

QString SqlFilter::sql() const
{
    return m_clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + m_clauses.join(u" AND ");
}

void SqlFilter::bindTo(Sql& statement) const
{
    for (const QVariant& value : m_values)
        statement.bind(value);
}

QString likeLiteral(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('!'), QStringLiteral("!!"))
        .replace(QLatin1Char('%'), QStringLiteral("!%"))
        .replace(QLatin1Char('_'), QStringLiteral("!_"));
    return escaped;
}

QString containsPattern(const QString& text)
{
    return QLatin1Char('%') + likeLiteral(text.toLower()) + QLatin1Char('%');
}

QString orderBy(const QStringList& sort, const QHash<QString, QString>& columns, const QString& fallback,
                const QString& tieBreak)
{
    QStringList order;
    for (const QString& key : sort) {
        const bool descending = key.startsWith(QLatin1Char('-'));
        const QString column = columns.value(descending ? key.mid(1) : key);
        if (!column.isEmpty())
            order.append(column + (descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC")));
    }
    if (order.isEmpty() && !fallback.isEmpty())
        order.append(fallback);
    order.append(tieBreak);
    return QStringLiteral(" ORDER BY ") + order.join(u", ");
}

QStringList sortKeys(const QHash<QString, QString>& columns)
{
    QStringList keys = columns.keys();
    keys.sort();
    return keys;
}

qint64 countRows(const QSqlDatabase& db, const QString& from, const SqlFilter& filter)
{
    Sql count(db, QStringLiteral("SELECT COUNT(*) FROM ") + from + filter.sql());
    filter.bindTo(count);
    count.exec();
    return count.next() ? count.integer(0) : 0;
}

} // namespace steward::server

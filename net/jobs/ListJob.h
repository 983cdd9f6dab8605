#pragma once

#include <QJsonArray>
#include <net/ApiJob.h>

namespace steward::net {

// GET of any list route ({items, total}) with search, sort and paging: what the remote table
// models page through. Items stay JSON; each model decodes them with its domain codec.
// The user list may answer `totalExact: false`: its count stopped at a limit and `total` is a
// lower bound (docs/api.md); lists without the field count exactly.
class ListJob : public ApiJob
{
    Q_OBJECT

public:
    ListJob(ServerConnection* connection, const QString& path, QObject* parent = nullptr);

    void setSearch(const QString& text) { setParameter(QStringLiteral("q"), text); }
    // Comma-separated keys, "-" for descending: "lastName,-createdAt".
    void setSort(const QString& keys) { setParameter(QStringLiteral("sort"), keys); }
    void setLimit(int limit) { setParameter(QStringLiteral("limit"), QString::number(limit)); }
    void setOffset(qint64 offset) { setParameter(QStringLiteral("offset"), QString::number(offset)); }
    // A route's own filter ("state", "company", "unit"…); an empty value removes it.
    void setParameter(const QString& name, const QString& value);

    const QJsonArray& items() const { return m_items; }
    qint64 total() const { return m_total; } // every match, not just this page
    // False when total() is only a lower bound: there may be more matches.
    bool totalExact() const { return m_totalExact; }

protected:
    bool decode(const ApiResult& result) override;

private:
    QJsonArray m_items;
    qint64 m_total = 0;
    bool m_totalExact = true;
};

} // namespace steward::net

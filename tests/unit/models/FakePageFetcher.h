#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QTimer>
#include <algorithm>
#include <models/PageFetcher.h>

namespace steward::test {

// A user as the server sends it, numbered so that names sort in number order.
inline QJsonObject fakeUser(int n)
{
    const QString number = QStringLiteral("%1").arg(n, 7, 10, QLatin1Char('0'));
    return QJsonObject{
        {QStringLiteral("id"),
         QString(QStringLiteral("00000000-0000-4000-8000-") + QStringLiteral("%1").arg(n, 12, 10, QLatin1Char('0')))},
        {QStringLiteral("companyId"), QStringLiteral("c1f0a2b3-4d5e-4f60-8a71-92b3c4d5e6f7")},
        {QStringLiteral("email"), QString(QStringLiteral("user") + number + QStringLiteral("@example.com"))},
        {QStringLiteral("firstName"), QStringLiteral("Ana")},
        {QStringLiteral("lastName"), QString(QStringLiteral("Last") + number)},
        {QStringLiteral("state"), n % 3 == 0 ? QStringLiteral("deactivated") : QStringLiteral("enabled")},
        {QStringLiteral("lastSignInAt"), n % 2 ? QJsonValue(QStringLiteral("2026-03-14T09:26:53.589Z")) : QJsonValue()},
        {QStringLiteral("createdAt"), QStringLiteral("2026-03-01T08:00:00.000Z")},
        {QStringLiteral("roles"), QJsonArray{QJsonObject{{QStringLiteral("roleId"), QStringLiteral("r1")},
                                                         {QStringLiteral("name"), QStringLiteral("Admin")},
                                                         {QStringLiteral("enabled"), n % 2 == 0}}}},
    };
}

// Answers pages from an in-memory list, at once (from the event loop) or only when told, and
// records every request and cancellation. Search matches a substring of any string field; sort
// takes the first key ("-" for descending) and compares that field's string.
class FakePageFetcher : public models::PageFetcher
{
public:
    QJsonArray rows;
    // When set, the list is this many generated users (fakeUser(n)) instead of `rows`, without
    // search or sort: a million rows without holding them.
    qint64 virtualRows = -1;
    bool holdAnswers = false; // answer only on release()
    QString failWith;         // non-empty: every answer fails with this message
    // When set, counted like the server's user list (docs/api.md): past this many matches a full
    // or empty page answers `total` max(countLimit, offset + items) with totalExact false.
    qint64 countLimit = -1;
    QList<models::PageRequest> requests;
    QList<quint64> cancelled;

    quint64 fetch(const models::PageRequest& request, Done done) override
    {
        const quint64 ticket = m_next++;
        requests.append(request);
        m_open.insert(ticket, Open{request, std::move(done)});
        if (!holdAnswers)
            QTimer::singleShot(0, this, [this, ticket] { answer(ticket); });
        return ticket;
    }

    void cancel(quint64 ticket) override
    {
        if (m_open.remove(ticket))
            cancelled.append(ticket);
    }

    int openCount() const { return int(m_open.size()); }
    QList<qint64> openOffsets() const
    {
        QList<qint64> offsets;
        for (const Open& open : m_open)
            offsets.append(open.request.offset);
        std::sort(offsets.begin(), offsets.end());
        return offsets;
    }
    // Answers every open request, oldest first.
    void release()
    {
        const QList<quint64> tickets = m_open.keys();
        for (quint64 ticket : tickets)
            answer(ticket);
    }
    void answer(quint64 ticket)
    {
        const auto it = m_open.constFind(ticket);
        if (it == m_open.cend())
            return;
        const Open open = *it;
        m_open.erase(it);
        open.done(resultFor(open.request));
    }

    models::PageResult resultFor(const models::PageRequest& request) const
    {
        models::PageResult result = exactResultFor(request);
        if (result.ok && countLimit >= 0 && result.total > countLimit &&
            (result.items.isEmpty() || result.items.size() == request.limit)) {
            result.total = qMax(countLimit, request.offset + result.items.size());
            result.totalExact = false;
        }
        return result;
    }

private:
    models::PageResult exactResultFor(const models::PageRequest& request) const
    {
        models::PageResult result;
        if (!failWith.isEmpty()) {
            result.message = failWith;
            return result;
        }
        if (virtualRows >= 0) {
            result.ok = true;
            result.total = virtualRows;
            for (qint64 i = request.offset; i < qMin(virtualRows, request.offset + request.limit); ++i)
                result.items.append(fakeUser(int(i)));
            return result;
        }
        QList<QJsonObject> matches;
        for (const QJsonValue& value : rows) {
            const QJsonObject row = value.toObject();
            if (matchesSearch(row, request.search) && matchesFilters(row, request.parameters))
                matches.append(row);
        }
        if (!request.sort.isEmpty()) {
            QString key = request.sort.section(QLatin1Char(','), 0, 0);
            const bool descending = key.startsWith(QLatin1Char('-'));
            if (descending)
                key.remove(0, 1);
            std::stable_sort(matches.begin(), matches.end(), [&](const QJsonObject& a, const QJsonObject& b) {
                const int c = a.value(key).toString().compare(b.value(key).toString());
                return descending ? c > 0 : c < 0;
            });
        }
        result.ok = true;
        result.total = matches.size();
        for (qint64 i = request.offset; i < qMin<qint64>(matches.size(), request.offset + request.limit); ++i)
            result.items.append(matches.at(i));
        return result;
    }

    static bool matchesSearch(const QJsonObject& row, const QString& search)
    {
        if (search.isEmpty())
            return true;
        for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
            if (it.value().isString() && it.value().toString().contains(search, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
    static bool matchesFilters(const QJsonObject& row, const QMap<QString, QString>& filters)
    {
        for (auto it = filters.cbegin(); it != filters.cend(); ++it) {
            if (row.contains(it.key()) && row.value(it.key()).toString() != it.value())
                return false;
        }
        return true;
    }

    struct Open
    {
        models::PageRequest request;
        Done done;
    };
    QMap<quint64, Open> m_open;
    quint64 m_next = 1;
};

inline QJsonArray fakeUsers(int count)
{
    QJsonArray users;
    for (int n = 0; n < count; ++n)
        users.append(fakeUser(n));
    return users;
}

} // namespace steward::test

#pragma once

#include <QJsonArray>
#include <QMap>
#include <QObject>
#include <QString>
#include <functional>

namespace steward::models {

// One page of a list route: GET `path` with q, sort, limit, offset and the route's own filters.
struct PageRequest
{
    QString path;
    QString search;
    QString sort; // comma-separated keys, "-" for descending; empty: the route's default order
    QMap<QString, QString> parameters;
    qint64 offset = 0;
    int limit = 100;
};

struct PageResult
{
    bool ok = false;
    QJsonArray items;
    qint64 total = 0; // every match, not just this page
    // False when the server stopped counting: `total` is then a lower bound (see ListLength).
    bool totalExact = true;
    QString message; // why it failed, for people
};

// Where remote models get their pages from. The seam lets unit tests answer at once and count
// requests; NetworkPageFetcher sends ListJobs.
//
// fetch() returns a ticket and calls `done` exactly once later (never from within fetch), unless
// the ticket is cancelled first: then `done` is never called.
class PageFetcher : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const PageResult&)>;

    explicit PageFetcher(QObject* parent = nullptr) : QObject(parent) {}

    virtual quint64 fetch(const PageRequest& request, Done done) = 0;
    virtual void cancel(quint64 ticket) = 0;
};

} // namespace steward::models

#include "ListJob.h"

#include <QJsonObject>

namespace steward::net {

ListJob::ListJob(ServerConnection* connection, const QString& path, QObject* parent)
    : ApiJob(connection, "GET", path, parent)
{}

void ListJob::setParameter(const QString& name, const QString& value)
{
    QUrlQuery q = query();
    q.removeAllQueryItems(name);
    // Encoded here because QUrlQuery leaves '+' alone, which the server would read as a space
    // ("ana+test@example.org" would find nothing).
    if (!value.isEmpty())
        q.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    setQuery(q);
}

bool ListJob::decode(const ApiResult& result)
{
    const QJsonObject object = result.body.object();
    const QJsonValue items = object.value(QStringLiteral("items"));
    const QJsonValue total = object.value(QStringLiteral("total"));
    const QJsonValue exact = object.value(QStringLiteral("totalExact"));
    if (!items.isArray() || !total.isDouble() || !(exact.isUndefined() || exact.isNull() || exact.isBool()))
        return false;
    m_items = items.toArray();
    m_total = qint64(total.toDouble());
    m_totalExact = exact.toBool(true);
    return true;
}

} // namespace steward::net

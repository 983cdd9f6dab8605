#include "Response.h"

#include <QJsonDocument>

namespace steward::server {

Response Response::json(const QJsonObject& object, int status)
{
    Response r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

Response Response::json(const QJsonArray& array, int status)
{
    Response r;
    r.status = status;
    r.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return r;
}

Response Response::json(QByteArray body, int status)
{
    Response r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

Response Response::noContent()
{
    Response r;
    r.status = 204;
    r.contentType.clear();
    return r;
}

Response Response::list(const QJsonArray& items, qint64 total)
{
    return json(QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("total"), total}});
}

Response Response::versioned(const QJsonObject& object, qint64 version, int status)
{
    Response r = json(object, status);
    r.header("ETag", etagFor(version));
    return r;
}

Response& Response::header(const QByteArray& name, const QByteArray& value)
{
    headers.append({name, value});
    return *this;
}

QByteArray etagFor(qint64 version)
{
    return "\"v" + QByteArray::number(version) + '"';
}

} // namespace steward::server

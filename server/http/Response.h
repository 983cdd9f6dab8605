#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace steward::server {

struct Response
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static Response json(const QJsonObject& object, int status = 200);
    static Response json(const QJsonArray& array, int status = 200);
    static Response json(QByteArray body, int status = 200); // already JSON (json::JsonWriter)
    static Response noContent();
    // {items, total} — the shape of every list.
    static Response list(const QJsonArray& items, qint64 total);
    // An object that carries a version: the body plus its ETag.
    static Response versioned(const QJsonObject& object, qint64 version, int status = 200);

    Response& header(const QByteArray& name, const QByteArray& value);
};

QByteArray etagFor(qint64 version); // "\"v3\""

} // namespace steward::server

#include "Problem.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace steward {
namespace {

QString typeUri(const QString& slug)
{
    return QStringLiteral("urn:steward:problem:") + slug;
}

Problem make(int status, const QString& slug, const QString& title, const QString& detail, const QString& code)
{
    Problem p;
    p.type = typeUri(slug);
    p.status = status;
    p.title = title;
    p.detail = detail;
    p.code = code;
    return p;
}

} // namespace

Problem Problem::validation(const FieldErrors& errors)
{
    Problem p =
        make(422, QStringLiteral("validation"), QStringLiteral("Invalid input"),
             QStringLiteral("One or more fields are invalid; see errors."), QStringLiteral("validation_failed"));
    p.errors = errors;
    return p;
}

Problem Problem::badRequest(const QString& detail, const QString& code)
{
    return make(400, QStringLiteral("bad-request"), QStringLiteral("Bad request"), detail, code);
}

Problem Problem::unauthorized(const QString& detail)
{
    return make(401, QStringLiteral("unauthorized"), QStringLiteral("Not signed in"), detail,
                QStringLiteral("unauthorized"));
}

Problem Problem::forbidden(const QString& detail)
{
    return make(403, QStringLiteral("forbidden"), QStringLiteral("Not allowed"), detail, QStringLiteral("forbidden"));
}

Problem Problem::notFound(const QString& detail)
{
    return make(404, QStringLiteral("not-found"), QStringLiteral("Not found"),
                detail.isEmpty() ? QStringLiteral("The requested resource does not exist.") : detail,
                QStringLiteral("not_found"));
}

Problem Problem::conflict(const QString& code, const QString& detail)
{
    return make(409, QStringLiteral("conflict"), QStringLiteral("Conflict"), detail, code);
}

Problem Problem::preconditionFailed(const QString& detail)
{
    return make(412, QStringLiteral("stale"), QStringLiteral("Changed by someone else"), detail,
                QStringLiteral("precondition_failed"));
}

Problem Problem::preconditionRequired(const QString& detail)
{
    return make(428, QStringLiteral("if-match-required"), QStringLiteral("If-Match required"), detail,
                QStringLiteral("precondition_required"));
}

Problem Problem::payloadTooLarge(const QString& detail)
{
    return make(413, QStringLiteral("too-large"), QStringLiteral("Request too large"), detail,
                QStringLiteral("payload_too_large"));
}

Problem Problem::tooManyRequests(const QString& detail)
{
    return make(429, QStringLiteral("rate-limited"), QStringLiteral("Too many attempts"), detail,
                QStringLiteral("too_many_requests"));
}

Problem Problem::internal()
{
    return make(500, QStringLiteral("internal"), QStringLiteral("Internal error"),
                QStringLiteral("The server could not complete the request; it has been logged."),
                QStringLiteral("internal_error"));
}

QJsonObject Problem::toJson() const
{
    QJsonObject object{
        {QStringLiteral("type"), type}, {QStringLiteral("title"), title}, {QStringLiteral("status"), status}};
    if (!detail.isEmpty())
        object.insert(QStringLiteral("detail"), detail);
    if (!instance.isEmpty())
        object.insert(QStringLiteral("instance"), instance);
    if (!code.isEmpty())
        object.insert(QStringLiteral("code"), code);
    if (!errors.isEmpty()) {
        QJsonArray array;
        for (const FieldError& error : errors) {
            array.append(QJsonObject{{QStringLiteral("field"), error.field},
                                     {QStringLiteral("code"), error.code},
                                     {QStringLiteral("message"), error.message}});
        }
        object.insert(QStringLiteral("errors"), array);
    }
    return object;
}

QByteArray Problem::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

std::optional<Problem> Problem::fromJson(const QJsonObject& object)
{
    const QJsonValue status = object.value(QStringLiteral("status"));
    const QJsonValue title = object.value(QStringLiteral("title"));
    if (!status.isDouble() || !title.isString())
        return std::nullopt;
    Problem p;
    p.type = object.value(QStringLiteral("type")).toString(QStringLiteral("about:blank"));
    p.title = title.toString();
    p.status = status.toInt();
    p.detail = object.value(QStringLiteral("detail")).toString();
    p.instance = object.value(QStringLiteral("instance")).toString();
    p.code = object.value(QStringLiteral("code")).toString();
    const QJsonArray errors = object.value(QStringLiteral("errors")).toArray();
    for (const QJsonValue& value : errors) {
        const QJsonObject e = value.toObject();
        p.errors.append({e.value(QStringLiteral("field")).toString(), e.value(QStringLiteral("code")).toString(),
                         e.value(QStringLiteral("message")).toString()});
    }
    return p;
}

} // namespace steward

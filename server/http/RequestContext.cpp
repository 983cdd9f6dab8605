#include "RequestContext.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <domain/JsonReader.h>
#include <httplib.h>

namespace steward::server {

RequestContext::RequestContext(ServerContext& server, const httplib::Request& raw, QString requestId,
                               QString clientAddress)
    : m_server(server), m_raw(raw), m_requestId(std::move(requestId)), m_clientAddress(std::move(clientAddress))
{}

QString RequestContext::method() const
{
    return QString::fromStdString(m_raw.method);
}

QString RequestContext::path() const
{
    return QString::fromStdString(m_raw.path);
}

QByteArray RequestContext::header(const char* name) const
{
    return QByteArray::fromStdString(m_raw.get_header_value(name));
}

QString RequestContext::userAgent() const
{
    return QString::fromUtf8(header("User-Agent")).left(200);
}

QString RequestContext::query(const char* name) const
{
    return QString::fromStdString(m_raw.get_param_value(name));
}

bool RequestContext::hasQuery(const char* name) const
{
    return m_raw.has_param(name);
}

QUuid RequestContext::pathId(const QString& name) const
{
    const QUuid id = parseUuid(m_pathParams.value(name));
    if (id.isNull())
        throw ApiError(Problem::notFound());
    return id;
}

QJsonDocument RequestContext::parseBody() const
{
    const std::string type = m_raw.get_header_value("Content-Type");
    if (!m_raw.body.empty() && type.rfind("application/json", 0) != 0)
        throw ApiError(Problem{QStringLiteral("urn:steward:problem:unsupported-media-type"),
                               QStringLiteral("Unsupported media type"),
                               415,
                               QStringLiteral("Send the body as application/json."),
                               QString(),
                               QStringLiteral("unsupported_media_type"),
                               {}});
    if (m_raw.body.empty())
        throw ApiError(
            Problem::badRequest(QStringLiteral("The request needs a JSON body."), QStringLiteral("body_required")));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(m_raw.body), &error);
    if (error.error != QJsonParseError::NoError)
        throw ApiError(Problem::badRequest(
            QStringLiteral("The body is not valid JSON: %1 at offset %2.").arg(error.errorString()).arg(error.offset),
            QStringLiteral("malformed_json")));
    return doc;
}

QJsonObject RequestContext::jsonBody() const
{
    const QJsonDocument doc = parseBody();
    if (!doc.isObject())
        throw ApiError(
            Problem::badRequest(QStringLiteral("The body must be a JSON object."), QStringLiteral("not_an_object")));
    return doc.object();
}

QJsonArray RequestContext::jsonArrayBody() const
{
    const QJsonDocument doc = parseBody();
    if (!doc.isArray())
        throw ApiError(
            Problem::badRequest(QStringLiteral("The body must be a JSON array."), QStringLiteral("not_an_array")));
    return doc.array();
}

void RequestContext::requireIfMatch(qint64 currentVersion) const
{
    const QByteArray ifMatch = header("If-Match").trimmed();
    if (ifMatch.isEmpty())
        throw ApiError(Problem::preconditionRequired(
            QStringLiteral("Send If-Match with the ETag you read, so that nobody's change is overwritten.")));
    const QByteArray expected = "\"v" + QByteArray::number(currentVersion) + '"';
    for (QByteArray candidate : ifMatch.split(',')) {
        candidate = candidate.trimmed();
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2);
        if (candidate == expected || candidate == "*")
            return;
    }
    throw ApiError(Problem::preconditionFailed(
        QStringLiteral("Someone else changed this since you read it. Reload it and apply your change again.")));
}

const Principal& RequestContext::principal() const
{
    if (!m_principal)
        throw ApiError(Problem::unauthorized(QStringLiteral("Sign in first.")));
    return *m_principal;
}

void RequestContext::setPrincipal(Principal principal, QUuid sessionId)
{
    m_principal = std::move(principal);
    m_sessionId = sessionId;
}

bool RequestContext::can(const QString& permission, const AccessTarget& target) const
{
    return m_principal && checkAccess(*m_principal, permission, target) == AccessDecision::Allowed;
}

void RequestContext::authorize(const AccessTarget& target) const
{
    authorize(m_permission, target);
}

void RequestContext::authorize(const QString& permission, const AccessTarget& target) const
{
    switch (checkAccess(principal(), permission, target)) {
    case AccessDecision::Allowed:
        m_authorized = true;
        return;
    case AccessDecision::NotFound:
        throw ApiError(Problem::notFound());
    case AccessDecision::Forbidden:
        throw ApiError(Problem::forbidden(QStringLiteral("Your roles do not allow this (%1).").arg(permission)));
    }
}

} // namespace steward::server

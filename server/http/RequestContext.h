#pragma once

#include "ApiError.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QUuid>
#include <domain/Authorization.h>
#include <optional>

namespace httplib {
struct Request;
}

namespace steward::server {

struct ServerContext;

// One request as a handler sees it: path parameters, the parsed body, the caller, and the
// permission its route declared.
class RequestContext
{
public:
    RequestContext(ServerContext& server, const httplib::Request& raw, QString requestId, QString clientAddress);

    ServerContext& server() const { return m_server; }
    const QString& requestId() const { return m_requestId; }
    const QString& clientAddress() const { return m_clientAddress; }
    QString method() const;
    QString path() const;
    QByteArray header(const char* name) const;
    QString userAgent() const;

    // Query-string parameter ("" when absent).
    QString query(const char* name) const;
    bool hasQuery(const char* name) const;

    // A path parameter declared as {name} in the route; `pathId` answers 404 for a malformed id.
    QString pathParam(const QString& name) const { return m_pathParams.value(name); }
    QUuid pathId(const QString& name = QStringLiteral("id")) const;
    void setPathParams(QHash<QString, QString> params) { m_pathParams = std::move(params); }

    // The body as a JSON object: 400 for malformed JSON or a non-object, 415 for another type.
    QJsonObject jsonBody() const;
    // The same for a body that must be a JSON array (PUT of a whole list).
    QJsonArray jsonArrayBody() const;
    // The version the client says it edits (If-Match): 428 when absent, 412 when not `current`.
    void requireIfMatch(qint64 currentVersion) const;

    // The caller. Set by the router before the handler runs for every non-public route.
    const Principal& principal() const;
    bool isSignedIn() const { return m_principal.has_value(); }
    void setPrincipal(Principal principal, QUuid sessionId = {});
    QUuid sessionId() const { return m_sessionId; } // the session the call came with (null for API tokens)

    // The permission the route declared; `authorize` checks it against one target and throws
    // 404 (invisible) or 403 (visible, not permitted).
    void setPermission(QString permission) { m_permission = std::move(permission); }
    const QString& permission() const { return m_permission; }
    void authorize(const AccessTarget& target) const;
    void authorize(const QString& permission, const AccessTarget& target) const;
    bool can(const QString& permission, const AccessTarget& target) const;
    bool authorized() const { return m_authorized; }

private:
    QJsonDocument parseBody() const;

    ServerContext& m_server;
    const httplib::Request& m_raw;
    QString m_requestId;
    QString m_clientAddress;
    QHash<QString, QString> m_pathParams;
    std::optional<Principal> m_principal;
    QUuid m_sessionId;
    QString m_permission;
    mutable bool m_authorized = false;
};

} // namespace steward::server

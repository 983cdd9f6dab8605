#include "HttpServer.h"

#include "ServerContext.h"
#include "auth/Authenticator.h"
#include "store/StoreError.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <cstdio>
#include <httplib.h>
#include <openssl/ssl.h>
#include <sodium.h>

namespace steward::server {
namespace {

QString newRequestId()
{
    unsigned char bytes[8];
    randombytes_buf(bytes, sizeof bytes);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(bytes), sizeof bytes).toHex());
}

void writeProblem(const Problem& problem, const QString& instance, Response& out)
{
    Problem p = problem;
    if (p.instance.isEmpty())
        p.instance = instance;
    out.status = p.status;
    out.contentType = kProblemContentType;
    out.body = p.toJsonBytes();
}

void accessLog(const RequestContext& ctx, int status, qint64 elapsedUs)
{
    // Never the query string (searches may hold personal data) nor any header or body.
    std::fprintf(stderr, "access %s %s %s %s %d %lldus\n", qPrintable(ctx.requestId()), qPrintable(ctx.clientAddress()),
                 qPrintable(ctx.method()), qPrintable(ctx.path()), status, static_cast<long long>(elapsedUs));
}

} // namespace

HttpServer::HttpServer(ServerContext& context, Router router) : m_context(context), m_router(std::move(router)) {}

HttpServer::~HttpServer() = default;

int HttpServer::bind(QString* error)
{
    const ServerConfig& config = m_context.config;
    const int colon = config.listen.lastIndexOf(QLatin1Char(':'));
    QString host = config.listen.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool portOk = false;
    const int port = config.listen.mid(colon + 1).toInt(&portOk);
    if (colon <= 0 || !portOk || port < 0 || port > 65535) {
        *error = QStringLiteral("--listen must be HOST:PORT, got \"%1\"").arg(config.listen);
        return -1;
    }
    if (config.insecureHttp) {
        const QHostAddress address(host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : host);
        if (!address.isLoopback()) {
            *error = QStringLiteral("--insecure-http is only allowed on a loopback address, not %1").arg(host);
            return -1;
        }
        m_server = std::make_unique<httplib::Server>();
    } else {
        if (config.tlsCert.isEmpty() || config.tlsKey.isEmpty()) {
            *error = QStringLiteral("HTTPS needs --tls-cert and --tls-key (or --insecure-http on loopback)");
            return -1;
        }
        auto tls = std::make_unique<httplib::SSLServer>(config.tlsCert.toLocal8Bit().constData(),
                                                        config.tlsKey.toLocal8Bit().constData());
        if (!tls->is_valid()) {
            *error = QStringLiteral("cannot load the TLS certificate %1 or key %2").arg(config.tlsCert, config.tlsKey);
            return -1;
        }
        SSL_CTX_set_min_proto_version(tls->ssl_context(), TLS1_2_VERSION);
        m_server = std::move(tls);
    }
    const int threads = qMax(4, config.threads);
    m_server->new_task_queue = [threads] { return new httplib::ThreadPool(size_t(threads)); };
    m_server->set_tcp_nodelay(true);
    m_server->set_keep_alive_max_count(100000);
    // Idle keep-alive connections hold a worker and delay a graceful stop by up to this long.
    m_server->set_keep_alive_timeout(5);
    m_server->set_read_timeout(30, 0);
    m_server->set_write_timeout(30, 0);
    m_server->set_payload_max_length(size_t(config.maxBodyBytes));
    auto handler = [this](const httplib::Request& req, httplib::Response& res) { dispatch(req, res); };
    for (const char* pattern : {"/.*"}) {
        m_server->Get(pattern, handler);
        m_server->Post(pattern, handler);
        m_server->Put(pattern, handler);
        m_server->Patch(pattern, handler);
        m_server->Delete(pattern, handler);
        m_server->Options(pattern, handler);
    }
    // Errors httplib produces itself (oversized body, bad request line) still get problem+json.
    m_server->set_error_handler([](const httplib::Request& req, httplib::Response& res) {
        if (!res.body.empty())
            return;
        Problem p = res.status == 413 ? Problem::payloadTooLarge(QStringLiteral("The request body is too large."))
                                      : Problem::badRequest(QStringLiteral("The request could not be read."));
        p.status = res.status;
        p.instance = QString::fromStdString(req.path);
        res.set_content(p.toJsonBytes().toStdString(), kProblemContentType);
    });
    const int bound = port == 0 ? m_server->bind_to_any_port(host.toStdString())
                                : (m_server->bind_to_port(host.toStdString(), port) ? port : -1);
    if (bound < 0)
        *error = QStringLiteral("cannot listen on %1 (in use or not permitted)").arg(config.listen);
    return bound;
}

bool HttpServer::run()
{
    return m_server->listen_after_bind();
}

void HttpServer::stop()
{
    if (m_server)
        m_server->stop();
}

void HttpServer::dispatch(const httplib::Request& req, httplib::Response& res)
{
    QElapsedTimer timer;
    timer.start();
    RequestContext ctx(m_context, req, newRequestId(), QString::fromStdString(req.remote_addr));
    Response out;
    const Router::Match match = m_router.match(ctx.method(), ctx.path());
    try {
        handle(ctx, match, out);
    } catch (const ApiError& e) {
        writeProblem(e.problem(), ctx.path(), out);
        out.headers.append(e.headers());
    } catch (const UniqueViolation&) {
        writeProblem(Problem::conflict(QStringLiteral("duplicate"), QStringLiteral("That value is already taken.")),
                     ctx.path(), out);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "error %s %s: %s\n", qPrintable(ctx.requestId()), qPrintable(ctx.path()), e.what());
        writeProblem(Problem::internal(), ctx.path(), out);
    }
    res.status = out.status;
    for (const auto& [name, value] : out.headers)
        res.set_header(name.toStdString(), value.toStdString());
    res.set_header("X-Request-Id", ctx.requestId().toStdString());
    res.set_header("Cache-Control", "no-store");
    res.set_header("X-Content-Type-Options", "nosniff");
    if (!m_context.config.insecureHttp)
        res.set_header("Strict-Transport-Security", "max-age=31536000");
    if (!out.body.isEmpty() || !out.contentType.isEmpty())
        res.set_content(out.body.toStdString(), out.contentType.toStdString());
    accessLog(ctx, out.status, timer.nsecsElapsed() / 1000);
}

void HttpServer::handle(RequestContext& ctx, const Router::Match& match, Response& out)
{
    if (!match.route) {
        if (match.pathExists) {
            Problem p = Problem::badRequest(QStringLiteral("Use one of: %1.").arg(match.allowedMethods.join(u", ")),
                                            QStringLiteral("method_not_allowed"));
            p.status = 405;
            p.title = QStringLiteral("Method not allowed");
            throw ApiError(p, {{"Allow", match.allowedMethods.join(u", ").toLatin1()}});
        }
        throw ApiError(Problem::notFound(QStringLiteral("No such endpoint.")));
    }
    const Route& route = *match.route;
    ctx.setPathParams(match.params);
    ctx.setPermission(route.permission);

    const QByteArray authorization = ctx.header("Authorization");
    if (route.access != Access::Public || !authorization.isEmpty()) {
        const Authentication auth = authenticate(m_context, authorization, ctx.clientAddress());
        if (auth.principal) {
            if (auth.mustChangePassword && !route.duringPasswordChange)
                throw ApiError(Problem{QStringLiteral("urn:steward:problem:password-change-required"),
                                       QStringLiteral("Password change required"),
                                       403,
                                       QStringLiteral("Change your temporary password before doing anything else."),
                                       QString(),
                                       QStringLiteral("password_change_required"),
                                       {}});
            ctx.setPrincipal(*auth.principal, auth.sessionId);
        } else if (route.access != Access::Public) {
            throw ApiError(Problem::unauthorized(QStringLiteral("Sign in first, or your session has ended.")),
                           {{"WWW-Authenticate", "Bearer"}});
        }
    }
    if (route.access == Access::Permission && !mayHoldPermission(ctx.principal(), route.permission))
        throw ApiError(Problem::forbidden(QStringLiteral("Your roles do not allow this (%1).").arg(route.permission)));

    out = route.handler(ctx);

    if (route.access == Access::Permission && !ctx.authorized()) {
        // A handler that never named its target would skip the company and unit checks: refuse.
        std::fprintf(stderr, "error %s: route %s %s did not authorize its target\n", qPrintable(ctx.requestId()),
                     qPrintable(route.method), qPrintable(route.pattern));
        throw ApiError(Problem::internal());
    }
}

} // namespace steward::server

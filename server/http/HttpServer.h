#pragma once

#include "Router.h"

#include <QString>
#include <memory>

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace steward::server {

struct ServerContext;

// The HTTP(S) front: cpp-httplib tuned for throughput (TCP_NODELAY, long keep-alive, a worker pool
// sized for the connections), TLS 1.2 or newer, one dispatcher that authenticates, checks the
// route's declared access, runs the handler and renders every failure as problem+json.
class HttpServer
{
public:
    HttpServer(ServerContext& context, Router router);
    ~HttpServer();

    // Binds; returns the bound port (useful with port 0) or -1 with *error set.
    int bind(QString* error);
    // Serves until stop() (blocking). In-flight requests finish before it returns.
    bool run();
    void stop();

private:
    void dispatch(const httplib::Request& req, httplib::Response& res);
    void handle(RequestContext& ctx, const Router::Match& match, Response& out);

    ServerContext& m_context;
    Router m_router;
    std::unique_ptr<httplib::Server> m_server;
};

} // namespace steward::server

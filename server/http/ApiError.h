#pragma once

#include <QList>
#include <QPair>
#include <domain/Problem.h>
#include <exception>

namespace steward::server {

// Thrown by handlers to answer with a problem; the router renders it as application/problem+json.
class ApiError : public std::exception
{
public:
    explicit ApiError(Problem problem, QList<QPair<QByteArray, QByteArray>> headers = {})
        : m_problem(std::move(problem)), m_headers(std::move(headers))
    {}
    const Problem& problem() const { return m_problem; }
    const QList<QPair<QByteArray, QByteArray>>& headers() const { return m_headers; }
    const char* what() const noexcept override { return "api error"; }

private:
    Problem m_problem;
    QList<QPair<QByteArray, QByteArray>> m_headers;
};

} // namespace steward::server

#pragma once

#include "FieldError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace steward {

// An RFC 9457 problem detail. The server answers every error with one (content type
// application/problem+json); the client parses it back to show the message and the field errors.
struct Problem
{
    QString type = QStringLiteral("about:blank");
    QString title;
    int status = 500;
    QString detail;
    QString instance;
    // Stable machine-readable reason, e.g. "owner_protected", "email_not_verified".
    QString code;
    FieldErrors errors;

    static Problem validation(const FieldErrors& errors);
    static Problem badRequest(const QString& detail, const QString& code = QStringLiteral("bad_request"));
    static Problem unauthorized(const QString& detail);
    static Problem forbidden(const QString& detail);
    static Problem notFound(const QString& detail = QString());
    static Problem conflict(const QString& code, const QString& detail);
    static Problem preconditionFailed(const QString& detail);
    static Problem preconditionRequired(const QString& detail);
    static Problem payloadTooLarge(const QString& detail);
    static Problem tooManyRequests(const QString& detail);
    static Problem internal();

    QJsonObject toJson() const;
    QByteArray toJsonBytes() const;
    static std::optional<Problem> fromJson(const QJsonObject& object);

    friend bool operator==(const Problem&, const Problem&) = default;
};

inline constexpr char kProblemContentType[] = "application/problem+json";

} // namespace steward

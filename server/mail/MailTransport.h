#pragma once

#include "MimeMessage.h"

#include <QString>
#include <memory>

namespace steward::server {

// Where delivered mail goes: an SMTP server, or a folder of .eml files for local use.
class MailTransport
{
public:
    virtual ~MailTransport() = default;
    // Sends one message; false with a reason (never containing credentials) on failure.
    virtual bool send(const MailEnvelope& envelope, QString* error) = 0;
    virtual QString describe() const = 0; // for logs, without credentials
};

// `smtp://[user:pass@]host:port[?tls=starttls|implicit|none]` (starttls is the default) or
// `dir:PATH`. Returns null with *error set for a malformed spec.
std::unique_ptr<MailTransport> makeMailTransport(const QString& spec, QString* error);

} // namespace steward::server

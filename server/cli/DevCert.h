#pragma once

#include <QString>

namespace steward::server {

// `steward-server dev-cert DIR`: a throwaway local CA and a localhost server certificate signed by it,
// for the demo and the tests. Not for production: the CA key is discarded, so nothing else can ever be
// signed by it, and trusting ca.pem only vouches for this one server certificate.
//
// Writes DIR/ca.pem (CA certificate), DIR/server.pem (server certificate followed by the CA
// certificate, i.e. the chain), DIR/server.key (PKCS#8 PEM private key, file mode 0600).
// Creates DIR if needed. Returns false with a readable message in *error on failure.
bool writeDevCertificates(const QString& dir, QString* error);

} // namespace steward::server

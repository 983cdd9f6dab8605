#pragma once

#include <QByteArray>
#include <QString>

namespace steward::server {

// Argon2id through libsodium. The cost is part of each stored hash, so lowering it for tests or
// raising it later never breaks existing hashes.
class Passwords
{
public:
    Passwords(qint64 opsLimit, qint64 memLimitBytes);

    QString hash(const QString& password) const;
    bool verify(const QString& password, const QString& storedHash) const;
    // Spends the same work as a real verification, for sign-ins of unknown accounts, so that the
    // answer's timing does not tell whether an email exists.
    void verifyDummy(const QString& password) const;

    // A password for an admin-issued temporary password: 16 characters from an alphabet without
    // look-alikes, about 90 bits.
    static QString generateTemporary();

private:
    qint64 m_ops;
    qint64 m_mem;
    QString m_dummyHash;
};

// Opaque bearer secrets: "<prefix>_" + 43 base64url characters (256 random bits). Only their
// SHA-256 is stored, so a stolen database holds nothing that signs in.
QString generateToken(const char* prefix);
QString tokenHash(const QString& token);

// Initializes libsodium once; returns false when it cannot be used.
bool initializeCrypto();

} // namespace steward::server

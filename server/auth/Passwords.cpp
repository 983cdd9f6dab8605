#include "Passwords.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMutex>
#include <QPair>
#include <sodium.h>
#include <stdexcept>

namespace steward::server {

bool initializeCrypto()
{
    return sodium_init() >= 0;
}

Passwords::Passwords(qint64 opsLimit, qint64 memLimitBytes)
    : m_ops(qMax<qint64>(opsLimit, crypto_pwhash_argon2id_OPSLIMIT_MIN)),
      m_mem(qMax<qint64>(memLimitBytes, crypto_pwhash_argon2id_MEMLIMIT_MIN))
{
    // One dummy hash per cost setting for the whole process: hashing it per request would double
    // the work of every sign-in.
    static QMutex mutex;
    static QHash<QPair<qint64, qint64>, QString> dummies;
    QMutexLocker lock(&mutex);
    const QPair<qint64, qint64> key{m_ops, m_mem};
    if (!dummies.contains(key))
        dummies.insert(key, hash(QStringLiteral("steward-dummy-password-for-timing")));
    m_dummyHash = dummies.value(key);
}

QString Passwords::hash(const QString& password) const
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), quint64(m_ops), size_t(m_mem),
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("out of memory while hashing a password");
    return QString::fromLatin1(out);
}

bool Passwords::verify(const QString& password, const QString& storedHash) const
{
    if (storedHash.isEmpty()) {
        verifyDummy(password);
        return false;
    }
    const QByteArray utf8 = password.toUtf8();
    const QByteArray stored = storedHash.toLatin1();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

void Passwords::verifyDummy(const QString& password) const
{
    const QByteArray utf8 = password.toUtf8();
    const QByteArray stored = m_dummyHash.toLatin1();
    const int discarded = crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size()));
    Q_UNUSED(discarded);
}

QString Passwords::generateTemporary()
{
    static const char alphabet[] = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    const quint32 n = sizeof(alphabet) - 1;
    QString result;
    for (int i = 0; i < 16; ++i) {
        if (i > 0 && i % 4 == 0)
            result.append(QLatin1Char('-'));
        result.append(QLatin1Char(alphabet[randombytes_uniform(n)]));
    }
    return result;
}

QString generateToken(const char* prefix)
{
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    const QByteArray encoded = QByteArray(reinterpret_cast<const char*>(bytes), sizeof bytes)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    sodium_memzero(bytes, sizeof bytes);
    return QString::fromLatin1(prefix) + QLatin1Char('_') + QString::fromLatin1(encoded);
}

QString tokenHash(const QString& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace steward::server

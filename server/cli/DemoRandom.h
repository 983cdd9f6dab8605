#pragma once

#include <QList>
#include <QString>
#include <cmath>
#include <cstdint>

namespace steward::server::demo {

// A small seeded generator (xoshiro256**, seeded through splitmix64) so that the same options
// always produce the same demo data; std:: distributions differ between standard libraries.
class Random
{
public:
    explicit Random(std::uint64_t seed)
    {
        for (std::uint64_t& word : m_state) {
            seed += 0x9e3779b97f4a7c15ULL;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            word = z ^ (z >> 31);
        }
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, n); n > 0. The modulo bias (n / 2^64) is far below anything a demo shows.
    qint64 below(qint64 n) { return qint64(next() % std::uint64_t(n)); }
    qint64 between(qint64 low, qint64 high) { return high <= low ? low : low + below(high - low + 1); }
    double unit() { return double(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return unit() < p; }
    // Standard normal (Box–Muller).
    double normal()
    {
        const double u = 1.0 - unit();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(6.283185307179586 * unit());
    }

    template <typename T> const T& pick(const QList<T>& list) { return list.at(below(list.size())); }

    // Index into `weights` with probability proportional to its weight.
    int weighted(const QList<int>& weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        qint64 r = below(total);
        for (int i = 0; i < weights.size(); ++i) {
            r -= weights.at(i);
            if (r < 0)
                return i;
        }
        return int(weights.size()) - 1;
    }

    // A version 4 UUID as the store writes ids: lower case, no braces.
    QString uuid()
    {
        const std::uint64_t hi = (next() & 0xffffffffffff0fffULL) | 0x0000000000004000ULL;
        const std::uint64_t lo = (next() & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
        return format(hi, lo);
    }

    static QString format(std::uint64_t hi, std::uint64_t lo)
    {
        static const char16_t digits[] = u"0123456789abcdef";
        QString text(36, Qt::Uninitialized);
        QChar* out = text.data();
        int pos = 0;
        for (int i = 0; i < 32; ++i) {
            if (i == 8 || i == 12 || i == 16 || i == 20)
                out[pos++] = QLatin1Char('-');
            const std::uint64_t word = i < 16 ? hi : lo;
            out[pos++] = QChar(digits[(word >> (60 - 4 * (i % 16))) & 0xf]);
        }
        return text;
    }

    // A version 7 UUID (RFC 9562): `ms` in its first 48 bits, then `sequence` above random bits, so
    // ids made in sequence also sort in sequence (cheap appends to the primary-key index).
    QString orderedUuid(qint64 ms, qint64 sequence)
    {
        const std::uint64_t seq = std::uint64_t(sequence);
        const std::uint64_t hi = (std::uint64_t(ms) << 16) | 0x7000 | ((seq >> 30) & 0xfff);
        const std::uint64_t lo = 0x8000000000000000ULL | ((seq & 0x3fffffff) << 32) | (next() & 0xffffffffULL);
        return format(hi, lo);
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

    std::uint64_t m_state[4];
};

} // namespace steward::server::demo

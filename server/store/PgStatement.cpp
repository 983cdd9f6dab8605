// PreparedStatement on PostgreSQL through libpq itself (PreparedStatement.h says why), on the
// connection of the thread's Qt Sql database, so transactions begun through Qt Sql include it.
#include "PgPlaceholders.h"
#include "PreparedStatement.h"
#include "StoreError.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <libpq-fe.h>
#include <vector>

namespace steward::server {
namespace {

// Type OIDs of the results read specially (PostgreSQL's pg_type.dat).
constexpr Oid kBool = 16;
constexpr Oid kBytea = 17;
constexpr Oid kInt8 = 20;
constexpr Oid kInt2 = 21;
constexpr Oid kInt4 = 23;
constexpr Oid kFloat4 = 700;
constexpr Oid kFloat8 = 701;
constexpr Oid kNumeric = 1700;

// Qt's libpq connection under `db`, or null when it has none (closed, or not PostgreSQL).
PGconn* handleOf(const QSqlDatabase& db) noexcept
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // Qt declares it as PGconn*, which its type registry names after the struct behind the typedef
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(handle.constData());
}

// Throws the StoreError (or UniqueViolation) of a failed `result` (freed here) on `conn`: the
// server's message and SQLSTATE, or libpq's own message when there is no result at all.
[[noreturn]] void failResult(PGresult* result, PGconn* conn, const QString& statement)
{
    const QString message = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(conn)).trimmed();
    const QString code = result ? QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : QString();
    PQclear(result);
    failStatement(message, code, statement);
}

class PgStatement final : public PreparedStatement
{
public:
    PgStatement(QSqlDatabase db, PGconn* conn, QByteArray name, QString text)
        : m_db(std::move(db)), m_conn(conn), m_name(std::move(name)), m_text(std::move(text))
    {}

    ~PgStatement() override
    {
        PQclear(m_result);
        // The server keeps a prepared statement until its session ends; one dropped from the cache
        // (or prepared for a nested use) while the connection stays open is released there too.
        if (handleOf(m_db) == m_conn)
            PQclear(PQexec(m_conn, QByteArray("DEALLOCATE " + m_name).constData()));
    }

    void bind(int position, const QVariant& value) override
    {
        if (m_bindings.size() <= position)
            m_bindings.resize(position + 1);
        m_bindings[position] = value;
    }

    void exec() override
    {
        finish();
        const qsizetype count = m_bindings.size();
        std::vector<QByteArray> texts;
        texts.resize(size_t(count));
        std::vector<const char*> values(size_t(count), nullptr);
        std::vector<int> lengths(size_t(count), 0);
        std::vector<int> formats(size_t(count), 0);
        for (qsizetype i = 0; i < count; ++i) {
            const QVariant& value = m_bindings.at(i);
            if (isNullBinding(value))
                continue;
            QByteArray& text = texts[size_t(i)];
            text = encode(value);
            values[size_t(i)] = text.constData();
            lengths[size_t(i)] = int(text.size());
            // bytea goes as its bytes; a text parameter accepts them the same way
            formats[size_t(i)] = value.typeId() == QMetaType::QByteArray ? 1 : 0;
        }
        m_bindings.clear();
        m_result =
            PQexecPrepared(m_conn, m_name.constData(), int(count), values.data(), lengths.data(), formats.data(), 0);
        const ExecStatusType status = PQresultStatus(m_result);
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
            PGresult* failed = m_result;
            m_result = nullptr;
            failResult(failed, m_conn, m_text);
        }
        m_rows = PQntuples(m_result);
        m_row = -1;
    }

    bool next() override
    {
        if (!m_result || m_row + 1 >= m_rows)
            return false;
        ++m_row;
        return true;
    }

    QVariant value(int column) const override
    {
        if (isNull(column))
            return QVariant();
        const char* bytes = PQgetvalue(m_result, m_row, column);
        const int length = PQgetlength(m_result, m_row, column);
        switch (PQftype(m_result, column)) {
        case kBool:
            return QVariant(bytes[0] == 't');
        case kInt2:
        case kInt4:
        case kInt8:
            return QVariant(integer(column));
        case kFloat4:
        case kFloat8:
        case kNumeric:
            return QVariant(QByteArrayView(bytes, length).toDouble());
        case kBytea: {
            size_t size = 0;
            unsigned char* raw = PQunescapeBytea(reinterpret_cast<const unsigned char*>(bytes), &size);
            QByteArray data(reinterpret_cast<const char*>(raw), qsizetype(size));
            PQfreemem(raw);
            return QVariant(data);
        }
        default:
            return QVariant(QString::fromUtf8(bytes, length));
        }
    }

    QString text(int column) const override
    {
        if (isNull(column))
            return QString();
        return QString::fromUtf8(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
    }

    QUuid uuid(int column) const override
    {
        if (isNull(column))
            return QUuid();
        return QUuid::fromString(
            QLatin1StringView(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column)));
    }

    qint64 integer(int column) const override
    {
        if (isNull(column))
            return 0;
        const QByteArrayView bytes(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
        if (PQftype(m_result, column) == kBool)
            return bytes == "t" ? 1 : 0;
        bool ok = false;
        const qint64 whole = bytes.toLongLong(&ok);
        return ok ? whole : qint64(bytes.toDouble()); // a numeric such as SUM(bigint)
    }

    bool isNull(int column) const override
    {
        return !m_result || m_row < 0 || m_row >= m_rows || PQgetisnull(m_result, m_row, column);
    }

    int rowsAffected() const override
    {
        const char* tuples = m_result ? PQcmdTuples(m_result) : "";
        return QByteArrayView(tuples).toInt();
    }

    void finish() override
    {
        PQclear(m_result);
        m_result = nullptr;
        m_rows = 0;
        m_row = -1;
    }

private:
    static QByteArray encode(const QVariant& value)
    {
        switch (value.typeId()) {
        case QMetaType::Bool:
            return value.toBool() ? QByteArrayLiteral("1") : QByteArrayLiteral("0");
        case QMetaType::LongLong:
        case QMetaType::Int:
        case QMetaType::Long:
        case QMetaType::Short:
            return QByteArray::number(value.toLongLong());
        case QMetaType::UInt:
        case QMetaType::ULongLong:
        case QMetaType::ULong:
        case QMetaType::UShort:
            return QByteArray::number(value.toULongLong());
        case QMetaType::Double:
        case QMetaType::Float:
            return QByteArray::number(value.toDouble(), 'g', 17);
        case QMetaType::QByteArray:
            return value.toByteArray();
        default:
            return value.toString().toUtf8();
        }
    }

    QSqlDatabase m_db;
    PGconn* m_conn;
    QByteArray m_name;
    QString m_text;
    QVariantList m_bindings;
    PGresult* m_result = nullptr;
    int m_rows = 0;
    int m_row = -1;
};

} // namespace

std::unique_ptr<PreparedStatement> preparePgStatement(const QSqlDatabase& db, const QString& statement)
{
    PGconn* conn = handleOf(db);
    if (!conn)
        throw StoreError("the PostgreSQL connection is closed or has no libpq handle");
    // Names unique in the process are unique on each connection.
    static QAtomicInteger<quint64> counter;
    const QByteArray name = "steward_" + QByteArray::number(counter.fetchAndAddRelaxed(1) + 1);
    const QByteArray text = numberedPlaceholders(statement).toUtf8();
    PGresult* prepared = PQprepare(conn, name.constData(), text.constData(), 0, nullptr);
    if (PQresultStatus(prepared) != PGRES_COMMAND_OK)
        failResult(prepared, conn, statement);
    PQclear(prepared);
    return std::make_unique<PgStatement>(db, conn, name, statement);
}

} // namespace steward::server

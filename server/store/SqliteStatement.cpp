// PreparedStatement on SQLite through the library itself (PreparedStatement.h says why), on the
// handle of the thread's Qt Sql connection, so transactions begun through Qt Sql include it.
#include "PreparedStatement.h"
#include "StoreError.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <sqlite3.h>

namespace steward::server {
namespace {

class SqliteStatement final : public PreparedStatement
{
public:
    SqliteStatement(sqlite3* db, sqlite3_stmt* statement, QString text)
        : m_db(db), m_statement(statement), m_text(std::move(text))
    {}
    ~SqliteStatement() override { sqlite3_finalize(m_statement); }

    void bind(int position, const QVariant& value) override
    {
        if (m_bindings.size() <= position)
            m_bindings.resize(position + 1);
        m_bindings[position] = value;
    }

    void exec() override
    {
        sqlite3_reset(m_statement);
        m_pending = m_row = false;
        m_done = true;
        m_changes = 0;
        const int expected = sqlite3_bind_parameter_count(m_statement);
        if (m_bindings.size() != expected) {
            const qsizetype bound = m_bindings.size();
            m_bindings.clear();
            failStatement(QStringLiteral("%1 values bound for %2 parameters").arg(bound).arg(expected), QString(),
                          m_text);
        }
        for (int i = 0; i < expected; ++i)
            check(bindOne(i + 1, m_bindings.at(i)));
        m_bindings.clear();
        m_row = false;
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW) {
            m_pending = true;
        } else {
            m_pending = false;
            m_done = true;
            if (rc != SQLITE_DONE)
                failCurrent(rc);
            m_changes = sqlite3_changes(m_db);
        }
        if (m_pending)
            m_done = false;
    }

    bool next() override
    {
        if (m_pending) {
            m_pending = false;
            m_row = true;
            return true;
        }
        if (m_done || !m_row) {
            m_row = false;
            return false;
        }
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW)
            return true;
        m_row = false;
        m_done = true;
        if (rc != SQLITE_DONE)
            failCurrent(rc);
        m_changes = sqlite3_changes(m_db); // a statement with RETURNING has written by now
        return false;
    }

    QVariant value(int column) const override
    {
        switch (sqlite3_column_type(m_statement, column)) {
        case SQLITE_INTEGER:
            return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
        case SQLITE_FLOAT:
            return QVariant(sqlite3_column_double(m_statement, column));
        case SQLITE_BLOB:
            return QVariant(QByteArray(static_cast<const char*>(sqlite3_column_blob(m_statement, column)),
                                       sqlite3_column_bytes(m_statement, column)));
        case SQLITE_NULL:
            return QVariant();
        default:
            return QVariant(text(column));
        }
    }

    QString text(int column) const override
    {
        const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        if (!bytes)
            return QString();
        return QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, column));
    }

    QUuid uuid(int column) const override
    {
        const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        if (!bytes)
            return QUuid();
        return QUuid::fromString(QLatin1StringView(bytes, sqlite3_column_bytes(m_statement, column)));
    }

    qint64 integer(int column) const override { return sqlite3_column_int64(m_statement, column); }
    bool isNull(int column) const override { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    int rowsAffected() const override { return m_changes; }

    void finish() override
    {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        m_bindings.clear();
        m_pending = m_row = false;
        m_done = true;
    }

private:
    int bindOne(int index, const QVariant& value)
    {
        if (isNullBinding(value))
            return sqlite3_bind_null(m_statement, index);
        switch (value.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
        case QMetaType::Long:
        case QMetaType::ULong:
        case QMetaType::Bool:
            return sqlite3_bind_int64(m_statement, index, value.toLongLong());
        case QMetaType::Double:
        case QMetaType::Float:
            return sqlite3_bind_double(m_statement, index, value.toDouble());
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            return sqlite3_bind_blob64(m_statement, index, bytes.constData(), sqlite3_uint64(bytes.size()),
                                       SQLITE_TRANSIENT);
        }
        default: {
            const QByteArray utf8 = value.toString().toUtf8();
            return sqlite3_bind_text64(m_statement, index, utf8.constData(), sqlite3_uint64(utf8.size()),
                                       SQLITE_TRANSIENT, SQLITE_UTF8);
        }
        }
    }

    void check(int rc)
    {
        if (rc != SQLITE_OK)
            failCurrent(rc);
    }

    [[noreturn]] void failCurrent(int rc)
    {
        const int extended = sqlite3_extended_errcode(m_db);
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(m_statement); // no half-run statement stays open
        m_pending = m_row = false;
        m_done = true;
        failStatement(message, QString::number(extended ? extended : rc), m_text);
    }

    sqlite3* m_db;
    sqlite3_stmt* m_statement;
    QString m_text;
    QVariantList m_bindings;
    bool m_pending = false; // exec() stepped onto the first row; next() hands it out
    bool m_row = false;     // positioned on a row
    bool m_done = true;
    int m_changes = 0;
};

} // namespace

// Whether Qt's SQLite driver runs on the library this program links: Debian's plugin uses the
// system libsqlite3, but a Qt built with its own copy would hand out a handle the linked library
// must not touch (PreparedStatement then falls back to QSqlQuery). Asked once per process.
bool sharesSqliteLibrary(const QSqlDatabase& db)
{
    static const bool same = [&db] {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("SELECT sqlite_source_id()")) && q.next() &&
               q.value(0).toString() == QString::fromUtf8(sqlite3_sourceid());
    }();
    return same;
}

std::unique_ptr<PreparedStatement> prepareSqliteStatement(const QSqlDatabase& db, const QString& statement)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw StoreError("the SQLite connection has no handle");
    sqlite3* sqlite = *static_cast<sqlite3* const*>(handle.constData());
    if (!sqlite)
        throw StoreError("the SQLite connection is closed");
    const QByteArray utf8 = statement.toUtf8();
    sqlite3_stmt* prepared = nullptr;
    const char* tail = nullptr;
    const int rc =
        sqlite3_prepare_v3(sqlite, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &prepared, &tail);
    if (rc != SQLITE_OK || !prepared) {
        sqlite3_finalize(prepared);
        failStatement(QString::fromUtf8(sqlite3_errmsg(sqlite)), QString::number(sqlite3_extended_errcode(sqlite)),
                      statement);
    }
    // One statement per text, as Qt Sql required: what follows the first would be dropped unseen.
    if (tail && !QByteArrayView(tail, utf8.constData() + utf8.size() - tail).trimmed().isEmpty()) {
        sqlite3_finalize(prepared);
        failStatement(QStringLiteral("more than one statement in one text"), QString(), statement);
    }
    return std::make_unique<SqliteStatement>(sqlite, prepared, statement);
}

} // namespace steward::server

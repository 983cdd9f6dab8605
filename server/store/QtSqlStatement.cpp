// PreparedStatement through QSqlQuery (PostgreSQL), and the choice between the two kinds.
#include "PreparedStatement.h"
#include "StoreError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace steward::server {

std::unique_ptr<PreparedStatement> prepareSqliteStatement(const QSqlDatabase& db, const QString& statement);
bool sharesSqliteLibrary(const QSqlDatabase& db);
std::unique_ptr<PreparedStatement> preparePgStatement(const QSqlDatabase& db, const QString& statement);

namespace {

bool isUniqueViolation(const QString& code, const QString& message)
{
    // PostgreSQL's SQLSTATE, SQLite's extended codes for UNIQUE and PRIMARY KEY.
    return code == QLatin1String("23505") || code == QLatin1String("2067") || code == QLatin1String("1555") ||
           message.contains(QLatin1String("UNIQUE constraint failed"));
}

class QtSqlStatement final : public PreparedStatement
{
public:
    QtSqlStatement(const QSqlDatabase& db, const QString& statement) : m_query(db), m_text(statement)
    {
        m_query.setForwardOnly(true);
        if (!m_query.prepare(statement))
            fail();
    }

    void bind(int position, const QVariant& value) override { m_query.bindValue(position, value); }

    void exec() override
    {
        if (!m_query.exec())
            fail();
    }

    bool next() override
    {
        if (m_query.next())
            return true;
        if (m_query.lastError().isValid()) // a failed read is not the end of the rows
            fail();
        return false;
    }
    QVariant value(int column) const override { return m_query.value(column); }
    QString text(int column) const override { return m_query.value(column).toString(); }
    QUuid uuid(int column) const override { return QUuid::fromString(m_query.value(column).toString()); }
    qint64 integer(int column) const override { return m_query.value(column).toLongLong(); }
    bool isNull(int column) const override { return m_query.isNull(column); }
    int rowsAffected() const override { return m_query.numRowsAffected(); }
    void finish() override { m_query.finish(); }

private:
    [[noreturn]] void fail()
    {
        const QSqlError error = m_query.lastError();
        failStatement(error.text(), error.nativeErrorCode(), m_text);
    }

    QSqlQuery m_query;
    QString m_text;
};

} // namespace

bool isNullBinding(const QVariant& value)
{
    if (value.isNull())
        return true;
    if (value.typeId() == QMetaType::QString)
        return value.toString().isNull();
    if (value.typeId() == QMetaType::QByteArray)
        return value.toByteArray().isNull();
    return false;
}

void failStatement(const QString& message, const QString& nativeCode, const QString& statement)
{
    const std::string text = message.toStdString() + " [" + nativeCode.toStdString() +
                             "] in: " + statement.left(200).simplified().toStdString();
    if (isUniqueViolation(nativeCode, message))
        throw UniqueViolation(text);
    throw StoreError(text);
}

std::unique_ptr<PreparedStatement> prepareStatement(const QSqlDatabase& db, const QString& statement)
{
    if (db.driverName() == QLatin1String("QSQLITE") && sharesSqliteLibrary(db))
        return prepareSqliteStatement(db, statement);
    if (db.driverName() == QLatin1String("QPSQL"))
        return preparePgStatement(db, statement);
    return std::make_unique<QtSqlStatement>(db, statement);
}

} // namespace steward::server

#include "Database.h"

#include "StatementCache.h"
#include "StoreError.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QUuid>

namespace steward::server {

std::optional<DatabaseUrl> DatabaseUrl::parse(const QString& text, QString* error)
{
    DatabaseUrl url;
    if (text.startsWith(QLatin1String("sqlite:"))) {
        url.backend = Backend::Sqlite;
        url.path = text.mid(7);
        if (url.path.startsWith(QLatin1String("//")))
            url.path = url.path.mid(2);
        if (url.path.isEmpty()) {
            *error = QStringLiteral("sqlite: URL needs a file path, e.g. sqlite:/var/lib/steward/steward.db");
            return std::nullopt;
        }
        return url;
    }
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        const QUrl parsed(text, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty()) {
            *error = QStringLiteral("invalid PostgreSQL URL; expected postgresql://user[:password]@host:port/db");
            return std::nullopt;
        }
        url.backend = Backend::Postgres;
        url.host = parsed.host();
        url.port = parsed.port(5432);
        url.user = parsed.userName();
        url.password = parsed.password();
        url.database = parsed.path().mid(1);
        if (url.database.isEmpty()) {
            *error = QStringLiteral("the PostgreSQL URL names no database (…/dbname)");
            return std::nullopt;
        }
        return url;
    }
    *error = QStringLiteral("unsupported database URL \"%1\"; use sqlite:PATH or postgresql://…").arg(text);
    return std::nullopt;
}

QString DatabaseUrl::defaultUrl()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QStringLiteral("sqlite:") + dir + QStringLiteral("/steward/steward.db");
}

QString DatabaseUrl::redacted() const
{
    if (backend == Backend::Sqlite)
        return QStringLiteral("sqlite:") + path;
    return QStringLiteral("postgresql://%1%2@%3:%4/%5")
        .arg(user, password.isEmpty() ? QString() : QStringLiteral(":***"), host, QString::number(port), database);
}

Database::Database(DatabaseUrl url) : m_url(std::move(url)), m_id(QUuid::createUuid().toString(QUuid::Id128))
{
    if (m_url.backend == Backend::Sqlite) {
        const QFileInfo info(m_url.path);
        QDir().mkpath(info.absolutePath());
    }
}

Database::~Database() = default;

QString Database::connectionName() const
{
    return QStringLiteral("steward-%1-%2").arg(m_id).arg(quintptr(QThread::currentThreadId()));
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    }
    StatementCache::clear(name); // prepared on a connection that has closed
    QSqlDatabase db =
        QSqlDatabase::contains(name)
            ? QSqlDatabase::database(name, false)
            : QSqlDatabase::addDatabase(
                  m_url.backend == Backend::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
    if (m_url.backend == Backend::Sqlite) {
        db.setDatabaseName(m_url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db.setHostName(m_url.host);
        db.setPort(m_url.port);
        db.setUserName(m_url.user);
        db.setPassword(m_url.password);
        db.setDatabaseName(m_url.database);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    }
    if (!db.open())
        throw StoreError("cannot open database " + m_url.redacted().toStdString() + ": " +
                         db.lastError().text().toStdString());
    configure(db);
    return db;
}

void Database::configure(QSqlDatabase& db) const
{
    QSqlQuery q(db);
    if (m_url.backend == Backend::Sqlite) {
        // mmap: reads through the OS page cache without a copy per page, since a list or search at a
        // million users touches pages all over a ~2 GB file (SQLite caps the map at 2 GB).
        for (const char* pragma :
             {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON",
              "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-65536", "PRAGMA mmap_size=2147418112"}) {
            if (!q.exec(QString::fromLatin1(pragma)))
                throw StoreError(std::string("cannot configure SQLite: ") + q.lastError().text().toStdString());
        }
    } else {
        q.exec(QStringLiteral("SET TIME ZONE 'UTC'"));
    }
}

void Database::closeThreadConnection() const
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        return;
    StatementCache::clear(name);
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace steward::server

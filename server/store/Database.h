#pragma once

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace steward::server {

enum class Backend
{
    Sqlite,
    Postgres
};

// A parsed database URL: `sqlite:PATH` or `postgresql://user[:password]@host[:port]/db`.
struct DatabaseUrl
{
    Backend backend = Backend::Sqlite;
    QString path; // SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;

    static std::optional<DatabaseUrl> parse(const QString& url, QString* error);
    // The default store: sqlite:$XDG_DATA_HOME/steward/steward.db.
    static QString defaultUrl();
    // For logs: the URL with any password replaced by "***".
    QString redacted() const;
};

// Hands every thread its own Qt Sql connection to one database (Qt Sql connections must stay in
// the thread that opened them). SQLite runs in WAL mode with a busy timeout so readers never wait
// for the writer and concurrent writers queue instead of failing.
class Database
{
public:
    explicit Database(DatabaseUrl url);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const DatabaseUrl& url() const { return m_url; }
    Backend backend() const { return m_url.backend; }

    // This thread's open connection; throws StoreError when it cannot be opened.
    QSqlDatabase connection() const;
    // Closes this thread's connection (worker threads call it before they end).
    void closeThreadConnection() const;

private:
    QString connectionName() const;
    void configure(QSqlDatabase& db) const;

    DatabaseUrl m_url;
    QString m_id;
};

} // namespace steward::server

#pragma once

#include <QFile>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>

namespace steward::net {
class ServerConnection;
class ListJob;
} // namespace steward::net

namespace steward::ui {

// Writes the users of the current search, filters and sort to a CSV file (RFC 4180, UTF-8 with a
// byte-order mark so spreadsheet programs read the accents), fetching the list page by page. A
// cell starting with = + - @ (or a tab or carriage return) is prefixed with an apostrophe, so a
// spreadsheet never runs what a user typed into their name as a formula.
class UserCsvExport : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 500;

    UserCsvExport(net::ServerConnection* connection, const QString& path, QObject* parent = nullptr);

    void setSearch(const QString& text) { m_search = text; }
    void setSort(const QString& keys) { m_sort = keys; }
    void setFilters(const QMap<QString, QString>& filters) { m_filters = filters; }
    void start();
    void cancel();
    qint64 written() const { return m_written; }

    // One CSV field, quoted when needed and neutralized against formula injection.
    static QString csvField(const QString& value);

Q_SIGNALS:
    void progress(qint64 written, qint64 total);
    void finished(bool ok, const QString& message);

private:
    void fetch();

    net::ServerConnection* m_connection;
    QString m_path;
    QString m_search;
    QString m_sort;
    QMap<QString, QString> m_filters;
    QFile m_file;
    QPointer<net::ListJob> m_job;
    qint64 m_written = 0;
    qint64 m_total = 0;
    bool m_cancelled = false;
};

} // namespace steward::ui

#include "UserCsvExport.h"

#include "../UserFacingText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <net/jobs/ListJob.h>

namespace steward::ui {

UserCsvExport::UserCsvExport(net::ServerConnection* connection, const QString& path, QObject* parent)
    : QObject(parent), m_connection(connection), m_path(path)
{}

QString UserCsvExport::csvField(const QString& value)
{
    QString text = value;
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char('"')) || text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('\n')) ||
        text.contains(QLatin1Char('\r'))) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

void UserCsvExport::start()
{
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        Q_EMIT finished(false, tr("Cannot write %1: %2").arg(m_path, m_file.errorString()));
        return;
    }
    // Column names are data, not interface text: they stay the API's names in every language.
    const QStringList header{QStringLiteral("id"),           QStringLiteral("email"),    QStringLiteral("username"),
                             QStringLiteral("firstName"),    QStringLiteral("lastName"), QStringLiteral("state"),
                             QStringLiteral("language"),     QStringLiteral("roles"),    QStringLiteral("companyId"),
                             QStringLiteral("lastSignInAt"), QStringLiteral("createdAt")};
    m_file.write("\xEF\xBB\xBF");
    m_file.write(header.join(QLatin1Char(',')).toUtf8() + "\r\n");
    fetch();
}

void UserCsvExport::cancel()
{
    m_cancelled = true;
    if (m_job)
        m_job->cancel();
}

void UserCsvExport::fetch()
{
    m_job = new net::ListJob(m_connection, QStringLiteral("/api/v1/users"));
    m_job->setSearch(m_search);
    if (!m_sort.isEmpty())
        m_job->setSort(m_sort);
    for (auto it = m_filters.cbegin(); it != m_filters.cend(); ++it)
        m_job->setParameter(it.key(), it.value());
    m_job->setLimit(kPageSize);
    m_job->setOffset(m_written);
    connect(m_job, &net::ApiJob::finished, this, [this, job = m_job](const net::ApiResult& result) {
        if (m_cancelled || !result.ok()) {
            m_file.close();
            m_file.remove();
            Q_EMIT finished(false, m_cancelled ? tr("The export was cancelled.") : failureText(result));
            return;
        }
        const QJsonArray items = job->items();
        m_total = qMax(job->total(), m_written + items.size());
        for (const QJsonValue& value : items) {
            const QJsonObject user = value.toObject();
            QStringList roles;
            for (const QJsonValue& role : user.value(QStringLiteral("roles")).toArray())
                if (role[QStringLiteral("enabled")].toBool(true))
                    roles.append(role[QStringLiteral("name")].toString());
            QStringList cells;
            for (const char* key : {"id", "email", "username", "firstName", "lastName", "state", "language"})
                cells.append(csvField(user.value(QLatin1String(key)).toString()));
            cells.append(csvField(roles.join(QStringLiteral("; "))));
            for (const char* key : {"companyId", "lastSignInAt", "createdAt"})
                cells.append(csvField(user.value(QLatin1String(key)).toString()));
            m_file.write(cells.join(QLatin1Char(',')).toUtf8() + "\r\n");
        }
        m_written += items.size();
        Q_EMIT progress(m_written, m_total);
        if (items.size() < kPageSize || items.isEmpty()) {
            m_file.close();
            Q_EMIT finished(true, tr("Exported %n user(s) to %1.", nullptr, int(m_written)).arg(m_path));
            return;
        }
        fetch();
    });
    m_job->start();
}

} // namespace steward::ui

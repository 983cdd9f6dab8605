#include "CompanyLookups.h"

#include "../UserFacingText.h"

#include <QHash>
#include <QJsonArray>
#include <QUrlQuery>
#include <domain/Json.h>
#include <net/ApiJob.h>

namespace steward::ui {

CompanyLookups::CompanyLookups(net::ServerConnection* connection, const QString& companyId, QObject* parent)
    : QObject(parent), m_connection(connection), m_companyId(companyId)
{}

void CompanyLookups::load()
{
    m_waiting = 3;
    m_ready = false;
    m_failed = false;
    auto start = [this](const QString& path, const QUrlQuery& query, std::function<void(const QJsonDocument&)> read) {
        auto* job = new net::ApiJob(m_connection, "GET", path);
        job->setQuery(query);
        connect(job, &net::ApiJob::finished, this, [this, read](const net::ApiResult& result) {
            if (m_failed)
                return;
            if (!result.ok()) {
                m_failed = true;
                Q_EMIT failed(failureText(result));
                return;
            }
            read(result.body);
            partDone();
        });
        job->start();
    };
    start(QStringLiteral("/api/v1/companies/") + m_companyId, {}, [this](const QJsonDocument& body) {
        if (const auto company = json::companyFromJson(body.object()))
            m_company = *company;
    });
    QUrlQuery roles;
    roles.addQueryItem(QStringLiteral("company"), m_companyId);
    roles.addQueryItem(QStringLiteral("scope"), QStringLiteral("company"));
    roles.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
    start(QStringLiteral("/api/v1/roles"), roles, [this](const QJsonDocument& body) {
        m_roles.clear();
        for (const QJsonValue& item : body.object().value(QStringLiteral("items")).toArray())
            if (const auto role = json::roleFromJson(item.toObject()))
                m_roles.append(*role);
    });
    QUrlQuery units;
    units.addQueryItem(QStringLiteral("company"), m_companyId);
    units.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
    start(QStringLiteral("/api/v1/org-units"), units, [this](const QJsonDocument& body) {
        m_units.clear();
        for (const QJsonValue& item : body.object().value(QStringLiteral("items")).toArray())
            if (const auto unit = json::orgUnitFromJson(item.toObject()))
                m_units.append(*unit);
    });
}

int CompanyLookups::depthOf(const OrgUnit& unit) const
{
    QHash<QUuid, QUuid> parents;
    for (const OrgUnit& each : m_units)
        parents.insert(each.id, each.parentId);
    int depth = 0;
    QUuid parent = unit.parentId;
    while (!parent.isNull() && depth < 64) {
        ++depth;
        parent = parents.value(parent);
    }
    return depth;
}

void CompanyLookups::partDone()
{
    if (--m_waiting > 0)
        return;
    m_ready = true;
    Q_EMIT ready();
}

} // namespace steward::ui

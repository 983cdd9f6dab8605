#include "IdNameResolver.h"

#include "SessionController.h"

#include <QJsonObject>
#include <models/ModelFormat.h>
#include <models/NameDirectory.h>
#include <net/ApiJob.h>

namespace steward::ui {
namespace {

QString routeFor(const QString& type)
{
    static const QHash<QString, QString> routes{
        {QStringLiteral("user"), QStringLiteral("/api/v1/users/")},
        {QStringLiteral("role"), QStringLiteral("/api/v1/roles/")},
        {QStringLiteral("org_unit"), QStringLiteral("/api/v1/org-units/")},
        {QStringLiteral("invitation"), QStringLiteral("/api/v1/invitations/")},
        {QStringLiteral("company"), QStringLiteral("/api/v1/companies/")},
    };
    return routes.value(type);
}

QString nameOf(const QString& type, const QJsonObject& object)
{
    if (type == QLatin1String("user")) {
        const QString name = models::format::personName(object);
        return name.isEmpty() ? object.value(QLatin1String("email")).toString() : name;
    }
    if (type == QLatin1String("invitation"))
        return object.value(QLatin1String("email")).toString();
    return object.value(QLatin1String("name")).toString();
}

} // namespace

IdNameResolver::IdNameResolver(SessionController* session, models::NameDirectory* names, QObject* parent)
    : QObject(parent), m_session(session), m_names(names)
{}

void IdNameResolver::resolve(const QString& type, const QString& id)
{
    if (id.isEmpty() || !m_names || m_names->contains(id) || m_asked.contains(id) || routeFor(type).isEmpty())
        return;
    m_asked.insert(id);
    m_queue.append({type, id});
    startNext();
}

void IdNameResolver::startNext()
{
    while (m_inFlight < kMaxInFlight && !m_queue.isEmpty() && m_session->connection()) {
        const auto [type, id] = m_queue.takeFirst();
        auto* job = new net::ApiJob(m_session->connection(), "GET", routeFor(type) + id);
        ++m_inFlight;
        connect(job, &net::ApiJob::finished, this, [this, type, id](const net::ApiResult& result) {
            --m_inFlight;
            if (result.ok() && m_names) {
                const QString name = nameOf(type, result.body.object());
                if (!name.isEmpty())
                    m_names->setName(id, name);
            } else if (result.status == 404 && type == QLatin1String("user") && m_names) {
                // Platform staff, a deleted account, or someone outside the caller's units: say
                // so, with the start of the id to match it against the server's records.
                //: An audit actor or inviter the signed-in person may not see; %1 starts their id.
                m_names->setName(id, tr("Someone not visible to you (%1…)").arg(id.left(8)));
            }
            startNext();
        });
        job->start();
    }
}

} // namespace steward::ui

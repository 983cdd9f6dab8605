// OrgUnitsView's Delete: the confirmation that says whose access changes, and the deletion.
#include "ConfirmBox.h"
#include "OrgUnitsView.h"
#include "SessionController.h"
#include "UserFacingText.h"

#include <QJsonObject>
#include <QUrlQuery>
#include <models/OrgUnitTreeModel.h>
#include <net/ApiJob.h>

namespace steward::ui {

void OrgUnitsView::deleteCurrent()
{
    const QString id = currentUnitId();
    if (id.isEmpty())
        return;
    if (m_units->rowCount(m_units->indexForId(id)) > 0) {
        showMessage(tr("“%1” has units below it. Move or delete them first.").arg(unitName(id)));
        return;
    }
    // Only the unit's own members: a unit with units below it cannot be deleted, so there are no others.
    auto* job = new net::ApiJob(m_session->connection(), "GET", QStringLiteral("/api/v1/users"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("orgUnit"), id);
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    if (!m_companyId.isEmpty())
        query.addQueryItem(QStringLiteral("company"), m_companyId);
    job->setQuery(query);
    connect(job, &net::ApiJob::finished, this, [this, id](const net::ApiResult& result) {
        confirmDelete(id, result.ok() ? qint64(result.body.object().value(QLatin1String("total")).toDouble()) : -1);
    });
    job->start();
}

void OrgUnitsView::confirmDelete(const QString& id, qint64 members)
{
    const QJsonObject unit = m_units->unitAt(m_units->indexForId(id));
    if (unit.isEmpty())
        return;
    const QString name = unit.value(QLatin1String("name")).toString();
    const QString parentId = unit.value(QLatin1String("parentId")).toString();
    const QString parent = unitName(parentId);
    const int count = int(qMin<qint64>(members, 1000000000));
    QString effect;
    if (members == 0)
        effect = tr("No user belongs to this unit, so nobody's access changes.");
    else if (members < 0 && !parentId.isEmpty())
        effect = tr("Its members (you may not see how many) will belong to “%1” instead, and will see everything in "
                    "“%1”.")
                     .arg(parent);
    else if (members < 0)
        effect = tr("Its members (you may not see how many) lose this unit. If one of them belongs to no other unit, "
                    "the unit cannot be deleted.");
    else if (!parentId.isEmpty())
        effect = tr("%n user(s) belong to this unit. They will belong to “%1” instead; since units limit what a person "
                    "sees, they will see everything in “%1”.",
                    nullptr, count)
                     .arg(parent);
    else
        effect = tr("%n user(s) belong to this unit. They lose it and keep their other units; if one of them belongs "
                    "to no other unit, the unit cannot be deleted.",
                    nullptr, count);
    askToConfirm(
        this, tr("Delete unit"), tr("Delete the unit “%1”?").arg(name), tr("Delete"), [this, id] { deleteUnit(id); },
        effect);
}

void OrgUnitsView::deleteUnit(const QString& id)
{
    const QString name = unitName(id);
    const QString parent =
        unitName(m_units->unitAt(m_units->indexForId(id)).value(QLatin1String("parentId")).toString());
    auto* job = new net::ApiJob(m_session->connection(), "DELETE", QString(QStringLiteral("/api/v1/org-units/") + id));
    job->setIfMatch(etagOf(id));
    connect(job, &net::ApiJob::finished, this, [this, name, parent](const net::ApiResult& result) {
        if (!result.ok()) {
            if (result.status == 412)
                showConflict();
            else if (result.code() == QLatin1String("unit_has_members"))
                showMessage(tr("“%1” cannot be deleted: some of its members belong to no other unit. Place them in "
                               "another unit first.")
                                .arg(name));
            else if (result.code() == QLatin1String("has_children"))
                showMessage(tr("“%1” has units below it. Move or delete them first.").arg(name));
            else
                showMessage(failureText(result));
            return;
        }
        const int moved = result.body.object().value(QLatin1String("membersMovedToParent")).toInt();
        showMessage(moved > 0 ? tr("Deleted “%1”; %n user(s) now belong to “%2”.", nullptr, moved).arg(name, parent)
                              : tr("Deleted “%1”.").arg(name),
                    false);
        m_units->refresh();
    });
    job->start();
}

} // namespace steward::ui

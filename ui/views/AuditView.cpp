#include "AuditView.h"

#include "AuditActionGroups.h"
#include "AuditDetailsPane.h"
#include "IdNameResolver.h"
#include "RemoteTableView.h"
#include "SessionController.h"
#include "UserFacingText.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolBar>
#include <QUrlQuery>
#include <QUuid>
#include <limits>
#include <models/AuditModel.h>
#include <models/ModelFormat.h>
#include <models/NameDirectory.h>
#include <net/ApiJob.h>

namespace steward::ui {
namespace {

QString prefixOf(const QStringList& actions)
{
    const QString first = actions.first();
    const QString prefix = first.left(first.indexOf(u'.') + 1);
    for (const QString& action : actions)
        if (!action.startsWith(prefix))
            return {};
    return prefix;
}

} // namespace

AuditView::AuditView(SessionController* session, QWidget* parent) : AuditView(session, QString(), parent) {}

AuditView::AuditView(SessionController* session, const QString& userId, QWidget* parent)
    : SectionView(session, parent), m_userId(userId)
{
    setObjectName(QStringLiteral("auditView"));
    m_model = new models::AuditModel(session->connection(), this);
    m_names = new models::NameDirectory(this);
    m_model->setNameDirectory(m_names);
    m_resolver = new IdNameResolver(session, m_names, this);
    if (!session->user().id.isNull())
        m_names->setName(session->user().id.toString(QUuid::WithoutBraces), session->user().fullName());
    if (!userId.isEmpty())
        m_model->setUserHistory(userId);

    m_refresh = toolBar()->addAction(QString(), m_model, &models::RemoteTableModel::refresh);
    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_refresh); // the shortcut works wherever the focus is inside the view
    buildFilters();

    m_details = new AuditDetailsPane(detailsPane());
    m_details->setNameDirectory(m_names);
    detailsLayout()->addWidget(m_details);
    detailsPane()->setMinimumWidth(360);

    setModel(m_model);
    table()->horizontalHeader()->resizeSection(models::AuditModel::Time, 160);
    table()->horizontalHeader()->resizeSection(models::AuditModel::Actor, 170);
    table()->horizontalHeader()->resizeSection(models::AuditModel::Action, 170);
    table()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_byActor = new QAction(table());
    m_byActor->setObjectName(QStringLiteral("filterByActor"));
    connect(m_byActor, &QAction::triggered, this, [this] {
        const QJsonObject event = currentEvent();
        const QString id = event.value(QLatin1String("actorId")).toString();
        if (!id.isEmpty())
            setActorFilter(id, m_names->name(id));
    });
    m_aboutTarget = new QAction(table());
    m_aboutTarget->setObjectName(QStringLiteral("filterByTarget"));
    connect(m_aboutTarget, &QAction::triggered, this,
            [this] { setTargetFilter(currentEvent().value(QLatin1String("targetId")).toString()); });
    table()->addAction(m_byActor);
    table()->addAction(m_aboutTarget);

    connect(table()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AuditView::showSelected);
    connect(m_model, &models::RemoteTableModel::refreshed, this, [this] {
        showSelected();
        resolveVisibleNames();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AuditView::resolveVisibleNames);

    retranslate();
    setUserHistory(userId);
    showSelected();
}

void AuditView::buildFilters()
{
    m_actorLabel = new QLabel(this);
    m_actor = new QLineEdit(this);
    m_actor->setObjectName(QStringLiteral("actorFilter"));
    m_actor->setClearButtonEnabled(true);
    m_actorLabel->setBuddy(m_actor);
    m_actionLabel = new QLabel(this);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("actionFilter"));
    m_actionLabel->setBuddy(m_action);
    m_targetLabel = new QLabel(this);
    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("targetFilter"));
    m_target->setClearButtonEnabled(true);
    m_targetLabel->setBuddy(m_target);
    const QDateTime now = QDateTime::currentDateTime();
    m_fromEnabled = new QCheckBox(this);
    m_fromEnabled->setObjectName(QStringLiteral("fromEnabled"));
    m_from = new QDateTimeEdit(now.addDays(-7), this);
    m_from->setObjectName(QStringLiteral("from"));
    m_toEnabled = new QCheckBox(this);
    m_toEnabled->setObjectName(QStringLiteral("toEnabled"));
    m_to = new QDateTimeEdit(now.addSecs(3600), this);
    m_to->setObjectName(QStringLiteral("to"));
    for (QDateTimeEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    }
    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));

    auto* grid = new QGridLayout;
    grid->setContentsMargins(4, 2, 4, 2);
    grid->addWidget(m_actorLabel, 0, 0);
    grid->addWidget(m_actor, 0, 1);
    grid->addWidget(m_actionLabel, 0, 2);
    grid->addWidget(m_action, 0, 3);
    grid->addWidget(m_targetLabel, 0, 4);
    grid->addWidget(m_target, 0, 5);
    grid->addWidget(m_fromEnabled, 1, 0);
    grid->addWidget(m_from, 1, 1);
    grid->addWidget(m_toEnabled, 1, 2);
    grid->addWidget(m_to, 1, 3);
    grid->addWidget(m_clear, 1, 5, Qt::AlignLeft);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(5, 1);
    filterBar()->addLayout(grid, 1);

    fillActions();
    connect(m_actor, &QLineEdit::editingFinished, this, [this] { applyPersonField(m_actor, true); });
    connect(m_target, &QLineEdit::editingFinished, this, [this] { applyPersonField(m_target, false); });
    connect(m_action, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setActionFilter(m_action->currentData().toString()); });
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox* box : {m_fromEnabled, m_toEnabled})
        connect(box, &QCheckBox::toggled, this, &AuditView::applyTimeRange);
    for (QDateTimeEdit* edit : {m_from, m_to})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &AuditView::applyTimeRange);
    connect(m_clear, &QPushButton::clicked, this, &AuditView::clearFilters);
}

void AuditView::fillActions()
{
    const QString current = m_action->currentData().toString();
    const QSignalBlocker blocker(m_action);
    m_action->clear();
    m_action->addItem(tr("Any action"), QString());
    for (const auto& [group, actions] : auditActionGroups()) {
        m_action->insertSeparator(m_action->count());
        const QString prefix = prefixOf(actions);
        if (!prefix.isEmpty())
            m_action->addItem(tr(group), prefix);
        for (const QString& action : actions)
            m_action->addItem(QStringLiteral("    ") + models::format::auditAction(action), action);
    }
    m_action->setCurrentIndex(qMax(0, m_action->findData(current)));
}

void AuditView::retranslate()
{
    m_refresh->setText(tr("Refresh"));
    //: Audit filter: who made the change.
    m_actorLabel->setText(tr("&By:"));
    m_actor->setPlaceholderText(tr("Name, email or id"));
    m_actionLabel->setText(tr("&Action:"));
    //: Audit filter: what the change was made to.
    m_targetLabel->setText(tr("&Object:"));
    m_target->setPlaceholderText(tr("A user's name or email, or any object's id"));
    m_fromEnabled->setText(tr("&From:"));
    m_toEnabled->setText(tr("&Until:"));
    m_clear->setText(tr("Clear filters"));
    m_byActor->setText(tr("Show only events by this person"));
    m_aboutTarget->setText(tr("Show only events about this object"));
    fillActions();
}

QString AuditView::countFor(qint64 total) const
{
    return tr("%n event(s)", nullptr, int(qMin<qint64>(total, std::numeric_limits<int>::max())));
}

void AuditView::setUserHistory(const QString& userId)
{
    m_userId = userId;
    m_targetLabel->setVisible(userId.isEmpty());
    m_target->setVisible(userId.isEmpty());
    if (!userId.isEmpty())
        m_model->setTargetFilter(QString()); // the route fixes the target
    m_model->setUserHistory(userId);
    m_resolver->resolve(QStringLiteral("user"), userId);
}

void AuditView::setCompany(const QString& companyId)
{
    m_model->setCompanyFilter(companyId);
}

void AuditView::setActorFilter(const QString& userId, const QString& actorName)
{
    ++m_lookups;
    m_actor->setText(actorName.isEmpty() ? userId : actorName);
    m_actor->setToolTip(userId);
    m_model->setActorFilter(userId);
}

void AuditView::setTargetFilter(const QString& id)
{
    if (!m_userId.isEmpty())
        return;
    ++m_lookups;
    m_target->setText(id);
    m_target->setToolTip(id);
    m_model->setTargetFilter(id);
}

void AuditView::setActionFilter(const QString& action)
{
    const int index = m_action->findData(action);
    m_action->setCurrentIndex(qMax(0, index));
    if (index < 0 && !action.isEmpty())
        m_model->setActionFilter(action); // an action this client does not know yet
}

void AuditView::setTimeRange(const QDateTime& from, const QDateTime& to)
{
    const QSignalBlocker blockFrom(m_fromEnabled);
    const QSignalBlocker blockTo(m_toEnabled);
    m_fromEnabled->setChecked(from.isValid());
    m_toEnabled->setChecked(to.isValid());
    m_from->setEnabled(from.isValid());
    m_to->setEnabled(to.isValid());
    {
        const QSignalBlocker blockFromEdit(m_from);
        const QSignalBlocker blockToEdit(m_to);
        if (from.isValid())
            m_from->setDateTime(from.toLocalTime());
        if (to.isValid())
            m_to->setDateTime(to.toLocalTime());
    }
    applyTimeRange();
}

void AuditView::clearFilters()
{
    setActorFilter(QString());
    m_actor->clear();
    setTargetFilter(QString());
    m_target->clear();
    m_action->setCurrentIndex(0);
    setTimeRange({}, {});
}

void AuditView::applyTimeRange()
{
    const QDateTime from = m_fromEnabled->isChecked() ? m_from->dateTime() : QDateTime();
    const QDateTime to = m_toEnabled->isChecked() ? m_to->dateTime() : QDateTime();
    if (from.isValid() && to.isValid() && to <= from) {
        showMessage(tr("The end of the time range must be after its start."));
        return;
    }
    if (message() == tr("The end of the time range must be after its start."))
        showMessage(QString());
    m_model->setTimeRange(from, to);
}

void AuditView::applyPersonField(QLineEdit* field, bool actor)
{
    const QString text = field->text().trimmed();
    const auto apply = [this, actor](const QString& id) {
        if (actor)
            m_model->setActorFilter(id);
        else
            m_model->setTargetFilter(id);
    };
    const int lookup = ++m_lookups;
    if (text.isEmpty() || text == field->toolTip() ||
        (!field->toolTip().isEmpty() && text == m_names->name(field->toolTip()))) {
        if (text.isEmpty())
            field->setToolTip(QString());
        apply(text.isEmpty() ? QString() : field->toolTip());
        return;
    }
    if (const QUuid id = QUuid::fromString(text); !id.isNull()) {
        field->setToolTip(id.toString(QUuid::WithoutBraces));
        apply(id.toString(QUuid::WithoutBraces));
        return;
    }
    auto* job = new net::ApiJob(m_session->connection(), "GET", QStringLiteral("/api/v1/users"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), text);
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("2"));
    job->setQuery(query);
    connect(job, &net::ApiJob::finished, this, [this, field, text, lookup, apply](const net::ApiResult& result) {
        if (lookup != m_lookups)
            return;
        if (!result.ok()) {
            showMessage(failureText(result));
            return;
        }
        const QJsonArray users = result.body.object().value(QLatin1String("items")).toArray();
        if (users.size() != 1) {
            showMessage(users.isEmpty()
                            ? tr("No one matches “%1”.").arg(text)
                            : tr("Several people match “%1”: type more of the name or the email.").arg(text));
            return;
        }
        const QJsonObject user = users.first().toObject();
        const QString id = user.value(QLatin1String("id")).toString();
        const QString name = models::format::personName(user);
        m_names->setName(id, name.isEmpty() ? user.value(QLatin1String("email")).toString() : name);
        field->setToolTip(id);
        field->setText(m_names->name(id));
        if (!message().isEmpty())
            showMessage(QString());
        apply(id);
    });
    job->start();
}

QJsonObject AuditView::currentEvent() const
{
    const QModelIndex current = table()->currentIndex();
    return current.isValid() ? m_model->itemAt(current.row()) : QJsonObject();
}

void AuditView::showSelected()
{
    const QList<int> rows = table()->selectedRowNumbers();
    const QJsonObject event = rows.size() == 1 ? m_model->itemAt(rows.first()) : QJsonObject();
    m_details->setEvent(event);
    m_byActor->setEnabled(!event.value(QLatin1String("actorId")).toString().isEmpty());
    m_aboutTarget->setEnabled(m_userId.isEmpty() && !event.value(QLatin1String("targetId")).toString().isEmpty());
    if (event.isEmpty())
        return;
    // Ids inside the changes (units, roles) get names too where the caller may read them.
    for (const QJsonValue& value : event.value(QLatin1String("changes")).toArray()) {
        const QJsonObject change = value.toObject();
        const QString field = change.value(QLatin1String("field")).toString();
        const QString type =
            field == QLatin1String("orgUnitIds") || field == QLatin1String("parentId") ? QStringLiteral("org_unit")
            : field == QLatin1String("roleIds") || field == QLatin1String("roles")     ? QStringLiteral("role")
                                                                                       : QString();
        if (type.isEmpty())
            continue;
        for (const QJsonValue& side : {change.value(QLatin1String("before")), change.value(QLatin1String("after"))}) {
            if (side.isString())
                m_resolver->resolve(type, side.toString());
            for (const QJsonValue& element : side.toArray())
                if (element.isString())
                    m_resolver->resolve(type, element.toString());
        }
    }
}

void AuditView::resolveVisibleNames()
{
    // The view reports its visible rows a moment after a refresh, so look a screenful past them.
    const int last = qMin(qMax(m_model->lastVisibleRow(), m_model->firstVisibleRow()) + 100, m_model->rowCount() - 1);
    for (int row = qMax(0, m_model->firstVisibleRow()); row <= last; ++row) {
        if (!m_model->isRowLoaded(row))
            continue;
        const QJsonObject event = m_model->itemAt(row);
        m_resolver->resolve(QStringLiteral("user"), event.value(QLatin1String("actorId")).toString());
        m_resolver->resolve(event.value(QLatin1String("targetType")).toString(),
                            event.value(QLatin1String("targetId")).toString());
    }
}

} // namespace steward::ui

#include "OrgUnitsView.h"

#include "MoveUnitDialog.h"
#include "OrgUnitProxyModel.h"
#include "SessionController.h"
#include "UnitNameDialog.h"
#include "UserFacingText.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>
#include <models/OrgUnitTreeModel.h>
#include <net/ApiJob.h>

namespace steward::ui {

OrgUnitsView::OrgUnitsView(SessionController* session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("orgUnitsView"));
    m_units = new models::OrgUnitTreeModel(session->connection(), this);
    m_proxy = new OrgUnitProxyModel(this);
    m_proxy->setSourceModel(m_units);

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("sectionToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_add = m_toolBar->addAction(QString(), this, [this] { addUnit(false); });
    m_add->setObjectName(QStringLiteral("addUnit"));
    m_add->setShortcut(QKeySequence::New);
    m_addTop = m_toolBar->addAction(QString(), this, [this] { addUnit(true); });
    m_addTop->setObjectName(QStringLiteral("addTopLevelUnit"));
    m_rename = m_toolBar->addAction(QString(), this, [this] { renameCurrent(); });
    m_rename->setObjectName(QStringLiteral("rename"));
    m_rename->setShortcut(Qt::Key_F2);
    m_move = m_toolBar->addAction(QString(), this, [this] { moveCurrent(); });
    m_move->setObjectName(QStringLiteral("move"));
    m_delete = m_toolBar->addAction(QString(), this, &OrgUnitsView::deleteCurrent);
    m_delete->setObjectName(QStringLiteral("delete"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_toolBar->addSeparator();
    m_refresh = m_toolBar->addAction(QString(), m_units, &models::OrgUnitTreeModel::refresh);
    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    // Also the view's own actions, so their shortcuts work wherever the focus is inside the view
    // (with the tool bar alone they would need the focus on the tool bar).
    for (QAction* action : {m_add, m_addTop, m_rename, m_move, m_delete, m_refresh}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(280);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("sectionMessage"));
    m_message->setWordWrap(true);
    m_reload = new QPushButton(this);
    m_reload->setObjectName(QStringLiteral("reload"));
    m_reload->setVisible(false);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("tree"));
    m_tree->setModel(m_proxy);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDropIndicatorShown(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(models::OrgUnitTreeModel::Name, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(models::OrgUnitTreeModel::Created, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    auto* top = new QHBoxLayout;
    top->addWidget(m_toolBar, 1);
    top->addWidget(m_filter);
    auto* messageRow = new QHBoxLayout;
    messageRow->addWidget(m_message, 1);
    messageRow->addWidget(m_reload);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(messageRow);
    layout->addWidget(m_tree, 1);
    showMessage(QString());

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        if (!text.trimmed().isEmpty())
            m_tree->expandAll();
    });
    connect(m_proxy, &OrgUnitProxyModel::moveRequested, this, &OrgUnitsView::moveUnit);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &OrgUnitsView::updateActions);
    connect(m_reload, &QPushButton::clicked, this, [this] {
        m_units->refresh();
        showMessage(QString());
    });
    connect(m_units, &models::OrgUnitTreeModel::loadFailed, this, [this](const QString& text) { showMessage(text); });
    connect(m_units, &models::OrgUnitTreeModel::refreshed, this, [this] {
        if (!m_loadedOnce) {
            m_loadedOnce = true;
            m_tree->expandToDepth(0);
        }
        if (!m_selectAfterRefresh.isEmpty())
            selectUnit(std::exchange(m_selectAfterRefresh, QString()));
        updateCount();
        updateActions();
    });

    retranslate();
    updateActions();
    if (!session->isPlatformScope())
        m_units->refresh();
}

void OrgUnitsView::retranslate()
{
    m_add->setText(tr("&Add unit…"));
    m_add->setToolTip(
        tr("Add a unit below the selected one (%1)").arg(m_add->shortcut().toString(QKeySequence::NativeText)));
    m_addTop->setText(tr("Add &top-level unit…"));
    m_rename->setText(tr("&Rename…"));
    m_move->setText(tr("&Move to…"));
    m_move->setToolTip(tr("Move the selected unit, with everything below it; you can also drag it"));
    m_delete->setText(tr("&Delete"));
    m_refresh->setText(tr("Refresh"));
    m_filter->setPlaceholderText(tr("Filter units"));
    m_reload->setText(tr("Reload"));
    updateCount();
}

void OrgUnitsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OrgUnitsView::setCompany(const QString& companyId)
{
    m_companyId = companyId;
    m_units->setCompany(companyId);
    m_loadedOnce = false;
    m_units->refresh();
}

void OrgUnitsView::setSearch(const QString& text)
{
    m_filter->setText(text);
}

QString OrgUnitsView::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void OrgUnitsView::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QStringLiteral("color: #1b5e20;"));
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_reload->setVisible(false);
}

void OrgUnitsView::showConflict()
{
    showMessage(tr("Someone else changed this unit meanwhile. Reload to see their changes, then try again."));
    m_reload->setVisible(true);
}

void OrgUnitsView::updateCount()
{
    m_countText = tr("%n unit(s)", nullptr, m_units->unitCount());
    Q_EMIT countChanged(m_countText);
}

void OrgUnitsView::updateActions()
{
    const bool selected = !currentUnitId().isEmpty();
    const bool ready = !m_session->isPlatformScope() || !m_companyId.isEmpty();
    m_add->setEnabled(ready);
    m_addTop->setEnabled(ready);
    m_rename->setEnabled(selected);
    m_move->setEnabled(selected);
    m_delete->setEnabled(selected);
}

QString OrgUnitsView::currentUnitId() const
{
    return m_tree->currentIndex().data(models::OrgUnitTreeModel::IdRole).toString();
}

void OrgUnitsView::selectUnit(const QString& id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_units->indexForId(id));
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

QString OrgUnitsView::unitName(const QString& id) const
{
    return m_units->unitAt(m_units->indexForId(id)).value(QLatin1String("name")).toString();
}

QByteArray OrgUnitsView::etagOf(const QString& id) const
{
    const qint64 version = m_units->unitAt(m_units->indexForId(id)).value(QLatin1String("version")).toInteger();
    return "\"v" + QByteArray::number(version) + '"';
}

UnitNameDialog* OrgUnitsView::addUnit(bool topLevel)
{
    const QString parentId = topLevel ? QString() : currentUnitId();
    const QString prompt =
        parentId.isEmpty()
            ? tr("Name of the new top-level unit:")
            : tr("Name of the new unit below “%1”:").arg(m_units->pathOf(parentId).join(QLatin1String(" / ")));
    auto* dialog = new UnitNameDialog(tr("Add unit"), prompt, QString(), tr("&Add"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UnitNameDialog::submitted, this, [this, dialog, parentId](const QString& name) {
        QJsonObject body{{QStringLiteral("name"), name}};
        if (!parentId.isEmpty())
            body.insert(QStringLiteral("parentId"), parentId);
        if (m_session->isPlatformScope())
            body.insert(QStringLiteral("companyId"), m_companyId);
        auto* job = new net::ApiJob(m_session->connection(), "POST", QStringLiteral("/api/v1/org-units"));
        job->setBody(body);
        connect(job, &net::ApiJob::finished, dialog, [this, dialog, name](const net::ApiResult& result) {
            if (!result.ok()) {
                dialog->showFailure(result);
                return;
            }
            m_selectAfterRefresh = result.body.object().value(QLatin1String("id")).toString();
            showMessage(tr("Added “%1”.").arg(name), false);
            m_units->refresh();
            dialog->accept();
        });
        job->start();
    });
    dialog->open();
    return dialog;
}

UnitNameDialog* OrgUnitsView::renameCurrent()
{
    const QString id = currentUnitId();
    if (id.isEmpty())
        return nullptr;
    const QString old = unitName(id);
    auto* dialog = new UnitNameDialog(tr("Rename unit"), tr("New name of “%1”:").arg(old), old, tr("&Rename"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UnitNameDialog::submitted, this, [this, dialog, id, old](const QString& name) {
        if (name == old) {
            dialog->accept();
            return;
        }
        patchUnit(
            id, {{QStringLiteral("name"), name}},
            [this, dialog](const net::ApiResult& result) {
                if (result.status == 412) {
                    dialog->reject();
                    showConflict();
                } else {
                    dialog->showFailure(result);
                }
            },
            tr("Renamed “%1” to “%2”.").arg(old, name),
            [dialog = QPointer<UnitNameDialog>(dialog)] {
                if (dialog)
                    dialog->accept();
            });
    });
    dialog->open();
    return dialog;
}

MoveUnitDialog* OrgUnitsView::moveCurrent()
{
    const QString id = currentUnitId();
    if (id.isEmpty())
        return nullptr;
    auto* dialog = new MoveUnitDialog(m_units, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MoveUnitDialog::chosen, this, &OrgUnitsView::moveUnit);
    dialog->open();
    return dialog;
}

void OrgUnitsView::moveUnit(const QString& unitId, const QString& newParentId)
{
    const QJsonObject unit = m_units->unitAt(m_units->indexForId(unitId));
    if (unit.isEmpty() || unit.value(QLatin1String("parentId")).toString() == newParentId)
        return;
    const QString name = unit.value(QLatin1String("name")).toString();
    const QString where = newParentId.isEmpty()
                              ? tr("the top level")
                              : QString(QStringLiteral("“") + unitName(newParentId) + QStringLiteral("”"));
    m_selectAfterRefresh = unitId;
    patchUnit(
        unitId, {{QStringLiteral("parentId"), newParentId.isEmpty() ? QJsonValue() : QJsonValue(newParentId)}},
        [this, unitId](const net::ApiResult& result) {
            if (result.status == 412)
                showConflict();
            else
                showMessage(moveFailureText(unitId, result));
        },
        //: %1 a unit's name, %2 where it went: "“Inbound”" or "the top level".
        tr("Moved “%1” to %2.").arg(name, where));
}

QString OrgUnitsView::moveFailureText(const QString& id, const net::ApiResult& result) const
{
    const QString name = unitName(id);
    const QStringList codes = result.fieldErrorCodes(QStringLiteral("parentId"));
    if (codes.contains(QStringLiteral("cycle")))
        return tr("“%1” cannot be moved there: a unit cannot be placed below itself or one of its own units.")
            .arg(name);
    if (codes.contains(QStringLiteral("too_deep")))
        return tr("“%1” cannot be moved there: the tree would be deeper than 30 levels.").arg(name);
    if (codes.contains(QStringLiteral("outside_limits")))
        return tr("“%1” cannot be moved there: it would leave the units you are limited to.").arg(name);
    if (result.fieldErrorCodes(QStringLiteral("name")).contains(QStringLiteral("taken")))
        return tr("“%1” cannot be moved there: a unit with the same name is already there.").arg(name);
    QStringList messages;
    for (const QStringList& list : result.fieldErrors)
        messages.append(list);
    return messages.isEmpty() ? failureText(result) : messages.join(u'\n');
}

void OrgUnitsView::patchUnit(const QString& id, const QJsonObject& body,
                             std::function<void(const net::ApiResult&)> failed, const QString& doneText,
                             std::function<void()> succeeded)
{
    auto* job = new net::ApiJob(m_session->connection(), "PATCH", QString(QStringLiteral("/api/v1/org-units/") + id));
    job->setBody(body);
    job->setIfMatch(etagOf(id));
    connect(job, &net::ApiJob::finished, this, [this, failed, doneText, succeeded](const net::ApiResult& result) {
        if (!result.ok()) {
            m_selectAfterRefresh.clear();
            failed(result);
            return;
        }
        showMessage(doneText, false);
        if (succeeded)
            succeeded();
        m_units->refresh();
    });
    job->start();
}

} // namespace steward::ui

#include "RolesView.h"

#include "../SessionController.h"
#include "../UserFacingText.h"
#include "BuiltInLockIcon.h"
#include "PermissionText.h"
#include "RemoteTableView.h"
#include "RoleEditor.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QMap>
#include <QMessageBox>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QToolBar>
#include <QVBoxLayout>
#include <limits>
#include <models/ModelFormat.h>
#include <models/RolesModel.h>
#include <net/ApiJob.h>
#include <net/jobs/ListJob.h>

namespace steward::ui {
namespace {

// Marks built-in roles in the name column with the padlock.
class BuiltInMarker : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QModelIndex kind = index.siblingAtColumn(models::RolesModel::Kind);
        if (kind.data(models::RemoteTableModel::RawValueRole).toBool()) {
            option->icon = builtInLockIcon();
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->decorationSize = QSize(14, 14);
        }
    }
};

} // namespace

RolesView::RolesView(SessionController* session, QWidget* parent) : SectionView(session, parent)
{
    setObjectName(QStringLiteral("rolesView"));
    auto action = [this](const char* name) {
        auto* created = new QAction(this);
        created->setObjectName(QLatin1String(name));
        addAction(created);
        return created;
    };
    m_new = action("newRole");
    m_new->setShortcut(QKeySequence::New);
    m_new->setShortcutContext(Qt::WindowShortcut);
    m_edit = action("editRole");
    m_edit->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_edit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_duplicate = action("duplicateRole");
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_duplicate->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete = action("deleteRole");
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_refresh = action("refreshRoles");
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (QAction* each : {m_new, m_edit, m_duplicate, m_delete})
        toolBar()->addAction(each);
    toolBar()->addSeparator();
    toolBar()->addAction(m_refresh);

    m_companyFilterLabel = new QLabel(this);
    m_companyFilter = new QComboBox(this);
    m_companyFilter->setObjectName(QStringLiteral("companyFilter"));
    m_companyFilter->setMinimumContentsLength(20);
    m_companyFilter->addItem(QString(), QString());
    m_companyFilterLabel->setBuddy(m_companyFilter);
    m_scopeFilterLabel = new QLabel(this);
    m_scopeFilter = new QComboBox(this);
    m_scopeFilter->setObjectName(QStringLiteral("scopeFilter"));
    m_scopeFilter->addItem(QString(), QString());
    m_scopeFilter->addItem(QString(), QStringLiteral("company"));
    m_scopeFilter->addItem(QString(), QStringLiteral("platform"));
    m_scopeFilterLabel->setBuddy(m_scopeFilter);
    filterBar()->setContentsMargins(6, 4, 6, 4);
    filterBar()->addWidget(m_companyFilterLabel);
    filterBar()->addWidget(m_companyFilter);
    filterBar()->addSpacing(12);
    filterBar()->addWidget(m_scopeFilterLabel);
    filterBar()->addWidget(m_scopeFilter);
    filterBar()->addStretch(1);
    const bool platform = session->isPlatformScope();
    for (QWidget* widget : {static_cast<QWidget*>(m_companyFilterLabel), static_cast<QWidget*>(m_companyFilter),
                            static_cast<QWidget*>(m_scopeFilterLabel), static_cast<QWidget*>(m_scopeFilter)})
        widget->setVisible(platform);

    m_lock = new QLabel(detailsPane());
    m_lock->setPixmap(builtInLockIcon().pixmap(16, 16));
    m_title = new QLabel(detailsPane());
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_summary = new QLabel(detailsPane());
    m_summary->setObjectName(QStringLiteral("detail_summary"));
    m_summary->setWordWrap(true);
    m_description = new QLabel(detailsPane());
    m_description->setObjectName(QStringLiteral("detail_description"));
    m_description->setWordWrap(true);
    m_permissionList = new QLabel(detailsPane());
    m_permissionList->setObjectName(QStringLiteral("detail_permissions"));
    m_permissionList->setWordWrap(true);
    m_permissionList->setTextFormat(Qt::RichText);
    m_placeholder = new QLabel(detailsPane());
    m_placeholder->setWordWrap(true);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_lock);
    titleRow->addWidget(m_title, 1);
    detailsLayout()->addLayout(titleRow);
    detailsLayout()->addWidget(m_summary);
    detailsLayout()->addWidget(m_description);
    detailsLayout()->addWidget(m_permissionList);
    detailsLayout()->addWidget(m_placeholder);
    detailsLayout()->addStretch(1);
    detailsPane()->setMinimumWidth(280);

    m_roles = new models::RolesModel(session->connection(), this);
    setModel(m_roles);
    table()->setSelectionMode(QAbstractItemView::SingleSelection);
    table()->setItemDelegateForColumn(models::RolesModel::Name, new BuiltInMarker(table()));
    table()->horizontalHeader()->resizeSection(models::RolesModel::Name, 220);

    connect(m_new, &QAction::triggered, this, &RolesView::newRole);
    connect(m_edit, &QAction::triggered, this, &RolesView::editCurrent);
    connect(m_duplicate, &QAction::triggered, this, &RolesView::duplicateCurrent);
    connect(m_delete, &QAction::triggered, this, &RolesView::deleteCurrent);
    connect(m_refresh, &QAction::triggered, m_roles, &models::RemoteTableModel::refresh);
    connect(table(), &QAbstractItemView::doubleClicked, this, &RolesView::editCurrent);
    connect(m_companyFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_roles->setCompanyFilter(m_companyFilter->currentData().toString()); });
    connect(m_scopeFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_roles->setScopeFilter(m_scopeFilter->currentData().toString()); });
    connect(table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        showDetails();
    });
    connect(m_roles, &models::RemoteTableModel::refreshed, this, [this] {
        // What was just created is selected once it is among the loaded rows.
        const int created = m_selectAfterRefresh.isEmpty() ? -1 : m_roles->rowForId(m_selectAfterRefresh);
        m_selectAfterRefresh.clear();
        if (created >= 0) {
            table()->setCurrentIndex(m_roles->index(created, 0));
            table()->scrollTo(table()->currentIndex());
        }
        updateActions();
        showDetails();
    });
    connect(m_roles, &QAbstractItemModel::dataChanged, this, [this] { showDetails(); });
    retranslate();
    if (platform)
        loadCompanies();
}

QString RolesView::countFor(qint64 total) const
{
    return tr("%Ln role(s)", nullptr, int(qMin<qint64>(total, std::numeric_limits<int>::max())));
}

void RolesView::retranslate()
{
    m_new->setText(tr("&New role…"));
    m_new->setToolTip(tr("Create a custom role (Ctrl+N)"));
    m_duplicate->setText(tr("D&uplicate…"));
    m_duplicate->setToolTip(tr("A new custom role with the same permissions (Ctrl+D)"));
    m_delete->setText(tr("&Delete…"));
    m_delete->setToolTip(tr("Delete the custom role (Del)"));
    m_refresh->setText(tr("Re&fresh"));
    m_companyFilterLabel->setText(tr("&Company:"));
    m_companyFilter->setItemText(0, tr("All companies"));
    //: Filter: company roles or platform staff roles.
    m_scopeFilterLabel->setText(tr("S&cope:"));
    m_scopeFilter->setItemText(0, tr("All"));
    m_scopeFilter->setItemText(1, tr("Company roles"));
    m_scopeFilter->setItemText(2, tr("Platform roles"));
    m_placeholder->setText(tr("Select a role to see its permissions."));
    updateActions();
    showDetails();
}

void RolesView::loadCompanies()
{
    auto* job = new net::ListJob(m_session->connection(), QStringLiteral("/api/v1/companies"));
    job->setSort(QStringLiteral("name"));
    job->setLimit(500);
    connect(job, &net::ApiJob::finished, this, [this, job](const net::ApiResult& result) {
        if (!result.ok())
            return; // the filter stays at "All companies"; the list itself reports failures
        for (const QJsonValue& value : job->items()) {
            const QJsonObject company = value.toObject();
            const QString id = company.value(QLatin1String("id")).toString();
            m_companyNames.insert(id, company.value(QLatin1String("name")).toString());
            if (m_companyFilter->findData(id) < 0)
                m_companyFilter->addItem(m_companyNames.value(id), id);
        }
        showDetails();
    });
    job->start();
}

QString RolesView::currentId() const
{
    const QModelIndex current = table()->currentIndex();
    if (!current.isValid() || !m_roles->isRowLoaded(current.row()))
        return {};
    return m_roles->idAt(current.row());
}

QJsonObject RolesView::currentRole() const
{
    const QString id = currentId();
    return id.isEmpty() ? QJsonObject() : m_roles->itemAt(m_roles->rowForId(id));
}

QString RolesView::detailText(const QString& field) const
{
    if (field == QLatin1String("title"))
        return m_title->text();
    if (field == QLatin1String("summary"))
        return m_summary->text();
    if (field == QLatin1String("description"))
        return m_description->text();
    if (field == QLatin1String("permissions"))
        return m_permissionList->text();
    return {};
}

void RolesView::updateActions()
{
    const QJsonObject role = currentRole();
    const bool builtIn = role.value(QLatin1String("builtIn")).toBool();
    m_edit->setEnabled(!role.isEmpty());
    m_edit->setText(builtIn ? tr("&View…") : tr("&Edit…"));
    m_edit->setToolTip(builtIn ? tr("Show the built-in role's permissions (Enter)")
                               : tr("Edit the selected role (Enter or double-click)"));
    m_duplicate->setEnabled(role.value(QLatin1String("scope")).toString() == QLatin1String("company"));
    m_delete->setEnabled(!role.isEmpty() && !builtIn);
}

void RolesView::showDetails()
{
    const QJsonObject role = currentRole();
    const bool shown = !role.isEmpty();
    for (QLabel* label : {m_title, m_summary, m_description, m_permissionList})
        label->setVisible(shown);
    m_placeholder->setVisible(!shown);
    const bool builtIn = role.value(QLatin1String("builtIn")).toBool();
    m_lock->setVisible(shown && builtIn);
    if (!shown)
        return;
    m_title->setText(role.value(QLatin1String("name")).toString());
    QStringList summary{builtIn ? tr("Built-in role, read-only") : tr("Custom role"),
                        models::format::roleScope(role.value(QLatin1String("scope")).toString())};
    const QString companyId = role.value(QLatin1String("companyId")).toString();
    if (!companyId.isEmpty())
        summary.append(
            m_companyNames.value(companyId, m_session->isPlatformScope() ? companyId : m_session->companyName()));
    m_summary->setText(summary.join(QStringLiteral(" · ")));
    const QString description = role.value(QLatin1String("description")).toString();
    m_description->setText(description);
    m_description->setVisible(!description.isEmpty());
    QMap<int, QPair<QString, QStringList>> areas;
    for (const QJsonValue& value : role.value(QLatin1String("permissions")).toArray()) {
        const QString key = value.toString();
        const QString group = permissionAreaOf(key);
        auto& entry = areas[permissionAreaOrder(group)];
        entry.first = group;
        entry.second.append(permissionText(key));
    }
    QString html;
    if (areas.isEmpty())
        html = tr("No permissions.").toHtmlEscaped();
    for (const auto& [area, texts] : std::as_const(areas)) {
        QStringList lines{QStringLiteral("<b>%1</b>").arg(permissionAreaText(area).toHtmlEscaped())};
        for (const QString& text : texts)
            lines.append(QStringLiteral("• ") + text.toHtmlEscaped());
        html += QStringLiteral("<p>") + lines.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
    }
    m_permissionList->setText(html);
}

void RolesView::openEditor(RoleEditor* editor)
{
    editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editor = editor;
    connect(editor, &RoleEditor::saved, this, [this](const QJsonObject& role) {
        if (!m_roles->updateItem(role)) {
            m_selectAfterRefresh = role.value(QLatin1String("id")).toString();
            m_roles->refresh();
        }
        showMessage(tr("Saved the role %1.").arg(role.value(QLatin1String("name")).toString()), false);
        showDetails();
    });
    editor->open();
}

void RolesView::newRole()
{
    openEditor(RoleEditor::forNewRole(m_session, m_companyFilter->currentData().toString(), {}, this));
}

void RolesView::editCurrent()
{
    const QString id = currentId();
    if (!id.isEmpty())
        openEditor(RoleEditor::forRole(m_session, id, this));
}

void RolesView::duplicateCurrent()
{
    const QJsonObject role = currentRole();
    if (role.value(QLatin1String("scope")).toString() != QLatin1String("company"))
        return;
    QString companyId = role.value(QLatin1String("companyId")).toString();
    if (companyId.isEmpty())
        companyId = m_companyFilter->currentData().toString();
    openEditor(RoleEditor::forNewRole(m_session, companyId, role, this));
}

void RolesView::deleteCurrent()
{
    const QJsonObject role = currentRole();
    if (role.isEmpty() || role.value(QLatin1String("builtIn")).toBool())
        return;
    const QString id = role.value(QLatin1String("id")).toString();
    const QString name = role.value(QLatin1String("name")).toString();
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Delete role"), tr("Delete the role “%1”?").arg(name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDeleteRole"));
    box->setInformativeText(tr("This cannot be undone."));
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, id, name] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            deleteRole(id, name, false);
    });
    box->open();
}

void RolesView::deleteRole(const QString& id, const QString& name, bool force)
{
    auto* job = new net::ApiJob(m_session->connection(), "DELETE", QStringLiteral("/api/v1/roles/") + id);
    if (force)
        job->setQuery(QUrlQuery{{QStringLiteral("force"), QStringLiteral("true")}});
    connect(job, &net::ApiJob::finished, this, [this, id, name, force](const net::ApiResult& result) {
        if (result.ok()) {
            showMessage(tr("Deleted the role %1.").arg(name), false);
            m_roles->refresh();
            return;
        }
        if (!force && result.status == 409 && result.code() == QLatin1String("role_in_use")) {
            // The server says how many hold it; removing it from them is a second, explicit choice.
            const QString reason = result.problem ? result.problem->detail : result.message;
            showMessage(tr("The role %1 was not deleted: %2").arg(name, reason));
            auto* box = new QMessageBox(QMessageBox::Warning, tr("Role in use"),
                                        tr("Users still hold the role “%1”.").arg(name),
                                        QMessageBox::Yes | QMessageBox::Cancel, this);
            box->setObjectName(QStringLiteral("confirmForceDeleteRole"));
            box->setInformativeText(reason + QLatin1Char('\n') + tr("Remove it from them and delete it anyway?"));
            box->button(QMessageBox::Yes)->setText(tr("Remove and delete"));
            box->setDefaultButton(QMessageBox::Cancel);
            box->setAttribute(Qt::WA_DeleteOnClose);
            connect(box, &QMessageBox::finished, this, [this, box, id, name] {
                if (box->clickedButton() == box->button(QMessageBox::Yes))
                    deleteRole(id, name, true);
            });
            box->open();
            return;
        }
        showMessage(tr("The role %1 was not deleted: %2").arg(name, failureText(result)));
    });
    job->start();
}

} // namespace steward::ui

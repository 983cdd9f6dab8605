#include "UsersView.h"

#include "../SessionController.h"
#include "../UserFacingText.h"
#include "CompanyLookups.h"
#include "IdNameResolver.h"
#include "ReferencedNames.h"
#include "RemoteTableView.h"
#include "TemporaryPasswordDialog.h"
#include "UserCsvExport.h"
#include "UserEditor.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <models/NameDirectory.h>
#include <models/UsersModel.h>
#include <net/ApiJob.h>

namespace steward::ui {

UsersView::UsersView(SessionController* session, QWidget* parent) : SectionView(session, parent)
{
    setObjectName(QStringLiteral("usersView"));
    m_users = new models::UsersModel(session->connection(), this);
    createActions();
    buildFilters();
    buildDetails();
    setModel(m_users);
    table()->setColumnHidden(models::UsersModel::Company, !session->isPlatformScope());
    if (session->isPlatformScope()) {
        // Platform staff see every company's users: the company column names each company.
        auto* names = new models::NameDirectory(this);
        m_users->setNameDirectory(names);
        new ReferencedNames(m_users, QStringLiteral("companyId"), QStringLiteral("company"),
                            new IdNameResolver(session, names, this), this);
        table()->horizontalHeader()->resizeSection(models::UsersModel::Company, 170);
    }
    table()->horizontalHeader()->resizeSection(models::UsersModel::Name, 200);
    table()->horizontalHeader()->resizeSection(models::UsersModel::Email, 260);
    connect(table()->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_users, &models::RemoteTableModel::refreshed, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_users, &QAbstractItemModel::dataChanged, this, &UsersView::updateDetails);
    connect(table(), &QAbstractItemView::doubleClicked, this, [this] { run(Action::Edit); });
    loadFilterLookups();
    retranslate();
    updateActions();
}

QAction* UsersView::action(Action action) const
{
    return m_actions.value(static_cast<int>(action));
}

void UsersView::createActions()
{
    auto add = [this](Action kind, const char* name, const QKeySequence& shortcut = {}) {
        auto* action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        connect(action, &QAction::triggered, this, [this, kind] { run(kind); });
        m_actions.insert(static_cast<int>(kind), action);
        addAction(action);
        return action;
    };
    toolBar()->addAction(add(Action::New, "newUser", QKeySequence::New));
    toolBar()->addAction(add(Action::Edit, "editUser", QKeySequence(Qt::Key_Return)));
    toolBar()->addAction(add(Action::Delete, "deleteUser", QKeySequence::Delete));
    toolBar()->addSeparator();
    toolBar()->addAction(add(Action::Enable, "enableUser"));
    toolBar()->addAction(add(Action::Deactivate, "deactivateUser"));
    toolBar()->addAction(add(Action::Reactivate, "reactivateUser"));
    toolBar()->addSeparator();
    toolBar()->addAction(add(Action::SendPasswordReset, "sendPasswordReset"));
    toolBar()->addAction(add(Action::TemporaryPassword, "temporaryPassword"));
    toolBar()->addAction(add(Action::RevokeSessions, "revokeSessions"));
    toolBar()->addAction(add(Action::Unlock, "unlockUser"));
    toolBar()->addSeparator();
    toolBar()->addAction(add(Action::Export, "exportUsers"));
    add(Action::History, "userHistory");
    // An Enter on the table edits; the extra shortcut keeps keypad Enter working too.
    auto* enter = new QAction(this);
    enter->setShortcut(QKeySequence(Qt::Key_Enter));
    enter->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(enter, &QAction::triggered, this, [this] { run(Action::Edit); });
    addAction(enter);
    table()->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (Action kind : {Action::Edit, Action::Delete, Action::Enable, Action::Deactivate, Action::Reactivate,
                        Action::SendPasswordReset, Action::TemporaryPassword, Action::RevokeSessions, Action::Unlock,
                        Action::History})
        table()->addAction(action(kind));
}

void UsersView::buildFilters()
{
    m_stateLabel = new QLabel(this);
    m_stateFilter = new QComboBox(this);
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    for (const char* state : {"", "created", "valid", "enabled", "deactivated"})
        m_stateFilter->addItem(QString(), QLatin1String(state));
    m_roleLabel = new QLabel(this);
    m_roleFilter = new QComboBox(this);
    m_roleFilter->setObjectName(QStringLiteral("roleFilter"));
    m_roleFilter->addItem(QString(), QString());
    m_unitLabel = new QLabel(this);
    m_unitFilter = new QComboBox(this);
    m_unitFilter->setObjectName(QStringLiteral("unitFilter"));
    m_unitFilter->addItem(QString(), QString());
    for (QComboBox* combo : {m_stateFilter, m_roleFilter, m_unitFilter})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_clearFilters = new QPushButton(this);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setVisible(false);
    m_progress->setMaximumWidth(220);
    m_cancelRun = new QPushButton(this);
    m_cancelRun->setVisible(false);
    for (QWidget* widget : std::initializer_list<QWidget*>{m_stateLabel, m_stateFilter, m_roleLabel, m_roleFilter,
                                                           m_unitLabel, m_unitFilter, m_clearFilters})
        filterBar()->addWidget(widget);
    filterBar()->addStretch();
    filterBar()->addWidget(m_progress);
    filterBar()->addWidget(m_cancelRun);
    m_stateLabel->setBuddy(m_stateFilter);
    m_roleLabel->setBuddy(m_roleFilter);
    m_unitLabel->setBuddy(m_unitFilter);

    connect(m_stateFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_users->setStateFilter(m_stateFilter->currentData().toString()); });
    connect(m_roleFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_users->setRoleFilter(m_roleFilter->currentData().toString()); });
    connect(m_unitFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_users->setUnitFilter(m_unitFilter->currentData().toString()); });
    connect(m_clearFilters, &QPushButton::clicked, this, [this] {
        for (QComboBox* combo : {m_stateFilter, m_roleFilter, m_unitFilter})
            combo->setCurrentIndex(0);
    });
    connect(m_cancelRun, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->cancel();
        if (m_export)
            m_export->cancel();
    });
}

void UsersView::buildDetails()
{
    m_detailsTitle = new QLabel(detailsPane());
    m_detailsTitle->setObjectName(QStringLiteral("detailsTitle"));
    m_detailsTitle->setWordWrap(true);
    QFont font = m_detailsTitle->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_detailsTitle->setFont(font);
    m_detailsForm = new QFormLayout;
    for (int i = 0; i < 8; ++i) {
        auto* caption = new QLabel(detailsPane());
        auto* value = new QLabel(detailsPane());
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setObjectName(QStringLiteral("detail%1").arg(i));
        m_detailsForm->addRow(caption, value);
        m_detailRows.append(qMakePair(caption, value));
    }
    auto* history = new QPushButton(detailsPane());
    history->setObjectName(QStringLiteral("historyButton"));
    connect(history, &QPushButton::clicked, this, [this] { run(Action::History); });
    connect(action(Action::History), &QAction::changed, history, [this, history] {
        history->setText(action(Action::History)->text().remove(QLatin1Char('&')));
        history->setEnabled(action(Action::History)->isEnabled());
    });
    detailsLayout()->addWidget(m_detailsTitle);
    detailsLayout()->addLayout(m_detailsForm);
    detailsLayout()->addWidget(history, 0, Qt::AlignLeft);
    detailsLayout()->addStretch();
    detailsPane()->setMinimumWidth(260);
}

void UsersView::loadFilterLookups()
{
    if (m_session->isPlatformScope()) {
        m_unitLabel->setVisible(false);
        m_unitFilter->setVisible(false);
        m_roleLabel->setVisible(false);
        m_roleFilter->setVisible(false);
        return;
    }
    m_lookups =
        new CompanyLookups(m_session->connection(), m_session->user().companyId.toString(QUuid::WithoutBraces), this);
    connect(m_lookups, &CompanyLookups::ready, this, [this] {
        for (const Role& role : m_lookups->roles())
            m_roleFilter->addItem(role.name, role.id.toString(QUuid::WithoutBraces));
        for (const OrgUnit& unit : m_lookups->units())
            m_unitFilter->addItem(QString(m_lookups->depthOf(unit) * 2, QLatin1Char(' ')) + unit.name,
                                  unit.id.toString(QUuid::WithoutBraces));
        m_unitFilter->setEnabled(!m_lookups->units().isEmpty());
    });
    m_lookups->load();
}

QString UsersView::countFor(qint64 total) const
{
    return tr("%Ln user(s)", nullptr, int(qMin<qint64>(total, std::numeric_limits<int>::max())));
}

QString UsersView::countAtLeastFor(qint64 total) const
{
    //: The status bar's count when the server stopped counting: at least this many users match.
    return tr("%Ln+ user(s)", nullptr, int(qMin<qint64>(total, std::numeric_limits<int>::max())));
}

void UsersView::retranslate()
{
    const QList<QPair<Action, QString>> texts{
        {Action::New, tr("&New user…")},
        {Action::Edit, tr("&Edit…")},
        {Action::Delete, tr("&Delete…")},
        {Action::Enable, tr("E&nable")},
        {Action::Deactivate, tr("De&activate")},
        {Action::Reactivate, tr("&Reactivate")},
        {Action::SendPasswordReset, tr("Send password &reset")},
        {Action::TemporaryPassword, tr("&Temporary password…")},
        {Action::RevokeSessions, tr("Revoke &sessions")},
        {Action::Unlock, tr("&Unlock")},
        {Action::Export, tr("E&xport CSV…")},
        {Action::History, tr("&History")},
    };
    for (const auto& [kind, text] : texts)
        action(kind)->setText(text);
    action(Action::Unlock)->setToolTip(tr("Lift a sign-in lockout after too many failed attempts"));
    action(Action::RevokeSessions)->setToolTip(tr("Sign the user out everywhere"));
    m_stateLabel->setText(tr("S&tate:"));
    m_roleLabel->setText(tr("R&ole:"));
    m_unitLabel->setText(tr("U&nit:"));
    m_clearFilters->setText(tr("Clear filters"));
    m_cancelRun->setText(tr("Cancel"));
    const QStringList states{tr("All states"), tr("Created"), tr("Valid (waiting to be enabled)"), tr("Enabled"),
                             tr("Deactivated")};
    for (int i = 0; i < states.size(); ++i)
        m_stateFilter->setItemText(i, states.at(i));
    m_roleFilter->setItemText(0, tr("All roles"));
    m_unitFilter->setItemText(0, tr("All units"));
    const QStringList captions{tr("Email:"),        tr("Username:"), tr("State:"),    tr("Roles:"),
                               tr("Last sign-in:"), tr("Created:"),  tr("Language:"), tr("Identifier:")};
    for (int i = 0; i < m_detailRows.size(); ++i)
        m_detailRows.at(i).first->setText(captions.at(i));
    updateDetails();
}

void UsersView::updateActions()
{
    const QList<int> rows = table()->selectedRowNumbers();
    const bool one = rows.size() == 1;
    const bool any = !rows.isEmpty();
    QString state;
    if (one)
        state = m_users->itemAt(rows.first()).value(QStringLiteral("state")).toString();
    const bool busy = m_runner || m_export;
    action(Action::New)->setEnabled(!busy);
    action(Action::Edit)->setEnabled(one && !busy);
    action(Action::Delete)->setEnabled(any && !busy);
    action(Action::Enable)->setEnabled(any && !busy && (!one || state == QLatin1String("valid")));
    action(Action::Deactivate)->setEnabled(any && !busy && (!one || state != QLatin1String("deactivated")));
    action(Action::Reactivate)->setEnabled(any && !busy && (!one || state == QLatin1String("deactivated")));
    action(Action::SendPasswordReset)->setEnabled(any && !busy && (!one || state != QLatin1String("deactivated")));
    action(Action::TemporaryPassword)->setEnabled(one && !busy && state != QLatin1String("deactivated"));
    action(Action::RevokeSessions)->setEnabled(any && !busy);
    action(Action::Unlock)->setEnabled(any && !busy);
    action(Action::Export)->setEnabled(!busy);
    action(Action::History)->setEnabled(one);
}

void UsersView::updateDetails()
{
    const QList<int> rows = table()->selectedRowNumbers();
    const bool one = rows.size() == 1;
    detailsPane()->setEnabled(one);
    if (!one) {
        m_detailsTitle->setText(rows.isEmpty() ? tr("Select a user to see the details.")
                                               : tr("%n users selected", nullptr, int(rows.size())));
        for (const auto& row : std::as_const(m_detailRows))
            row.second->clear();
        return;
    }
    const int row = rows.first();
    const QJsonObject user = m_users->itemAt(row);
    m_detailsTitle->setText(m_users->index(row, models::UsersModel::Name).data().toString());
    const QStringList values{
        user.value(QStringLiteral("email")).toString(),
        user.value(QStringLiteral("username")).toString(),
        m_users->index(row, models::UsersModel::State).data().toString(),
        m_users->index(row, models::UsersModel::Roles).data().toString(),
        m_users->index(row, models::UsersModel::LastSignIn).data().toString(),
        m_users->index(row, models::UsersModel::Created).data().toString(),
        user.value(QStringLiteral("language")).toString(),
        user.value(QStringLiteral("id")).toString(),
    };
    for (int i = 0; i < m_detailRows.size(); ++i)
        m_detailRows.at(i).second->setText(values.at(i));
}

QList<UserActionRunner::Target> UsersView::selectedTargets() const
{
    QList<UserActionRunner::Target> targets;
    for (int row : table()->selectedRowNumbers()) {
        const QJsonObject user = m_users->itemAt(row);
        const QString name = m_users->index(row, models::UsersModel::Name).data().toString();
        targets.append({user.value(QStringLiteral("id")).toString(),
                        tr("%1 <%2>").arg(name, user.value(QStringLiteral("email")).toString())});
    }
    return targets;
}

bool UsersView::confirm(const QString& title, const QString& text, const QString& button)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirm"));
    box.button(QMessageBox::Yes)->setText(button);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

void UsersView::run(Action kind)
{
    if (!action(kind)->isEnabled())
        return;
    const QList<UserActionRunner::Target> targets = selectedTargets();
    const bool one = targets.size() == 1;
    const QString who = one ? targets.first().label : QString();
    const int count = int(targets.size());
    switch (kind) {
    case Action::New:
        openEditor({}, {});
        return;
    case Action::Edit:
        if (!targets.isEmpty())
            editUser(targets.first().id);
        return;
    case Action::Delete:
        if (confirm(tr("Delete users"),
                    one ? tr("Delete %1? Their sessions end and their data is removed; the audit log keeps a "
                             "record. This cannot be undone.")
                              .arg(who)
                        : tr("Delete %n users? Their sessions end and their data is removed; the audit log keeps a "
                             "record. This cannot be undone.",
                             nullptr, count),
                    tr("&Delete")))
            runOnSelection("DELETE", QString(), tr("Delete"));
        return;
    case Action::Enable:
        runOnSelection("POST", QStringLiteral("enable"), tr("Enable"));
        return;
    case Action::Deactivate:
        if (confirm(tr("Deactivate users"),
                    one ? tr("Deactivate %1? They can no longer sign in, and their sessions and API tokens end. "
                             "You can reactivate them later.")
                              .arg(who)
                        : tr("Deactivate %n users? They can no longer sign in, and their sessions and API tokens "
                             "end. You can reactivate them later.",
                             nullptr, count),
                    tr("De&activate")))
            runOnSelection("POST", QStringLiteral("deactivate"), tr("Deactivate"));
        return;
    case Action::Reactivate:
        runOnSelection("POST", QStringLiteral("reactivate"), tr("Reactivate"));
        return;
    case Action::SendPasswordReset:
        runOnSelection("POST", QStringLiteral("send-password-reset"), tr("Send password reset"));
        return;
    case Action::TemporaryPassword:
        issueTemporaryPassword();
        return;
    case Action::RevokeSessions:
        if (confirm(tr("Revoke sessions"),
                    one ? tr("Sign %1 out on every device?").arg(who)
                        : tr("Sign %n users out on every device?", nullptr, count),
                    tr("&Revoke")))
            runOnSelection("POST", QStringLiteral("revoke-sessions"), tr("Revoke sessions"));
        return;
    case Action::Unlock:
        runOnSelection("POST", QStringLiteral("unlock"), tr("Unlock"));
        return;
    case Action::Export: {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export users"), tr("users.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
        return;
    }
    case Action::History:
        if (!targets.isEmpty())
            Q_EMIT historyRequested(targets.first().id, targets.first().label);
        return;
    }
}

void UsersView::runOnSelection(const QByteArray& method, const QString& path, const QString& title)
{
    const QList<UserActionRunner::Target> targets = selectedTargets();
    if (targets.isEmpty())
        return;
    m_runner = new UserActionRunner(m_session->connection(), method, path, targets, this);
    m_progress->setRange(0, int(targets.size()));
    m_progress->setValue(0);
    m_progress->setVisible(targets.size() > 1);
    m_cancelRun->setVisible(targets.size() > 1);
    updateActions();
    connect(m_runner, &UserActionRunner::progress, m_progress, &QProgressBar::setValue);
    connect(m_runner, &UserActionRunner::finished, this, [this, title] {
        m_lastOutcomes = m_runner->outcomes();
        m_runner->deleteLater();
        m_runner = nullptr;
        m_progress->setVisible(false);
        m_cancelRun->setVisible(false);
        showOutcomes(title);
        m_users->refresh();
        updateActions();
        Q_EMIT actionFinished();
    });
    m_runner->start();
}

void UsersView::showOutcomes(const QString& title)
{
    const int failures =
        int(std::count_if(m_lastOutcomes.cbegin(), m_lastOutcomes.cend(), [](const auto& o) { return !o.ok; }));
    if (m_lastOutcomes.size() == 1) {
        const UserActionRunner::Outcome& only = m_lastOutcomes.first();
        //: %1 is the action ("Deactivate"), %2 the user.
        showMessage(only.ok
                        ? (only.message.isEmpty() ? tr("%1: done for %2.").arg(title, only.target.label) : only.message)
                        : tr("%1 failed for %2: %3").arg(title, only.target.label, only.message),
                    !only.ok);
        return;
    }
    showMessage(tr("%1: %2 done, %3 failed.")
                    .arg(title, QLocale().toString(m_lastOutcomes.size() - failures), QLocale().toString(failures)),
                failures > 0);
    if (failures == 0)
        return;
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("outcomes"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("%1 — results").arg(title));
    auto* list = new QTreeWidget(dialog);
    list->setObjectName(QStringLiteral("outcomeList"));
    list->setRootIsDecorated(false);
    list->setHeaderLabels({tr("User"), tr("Result")});
    for (const auto& outcome : std::as_const(m_lastOutcomes))
        new QTreeWidgetItem(list, {outcome.target.label, outcome.ok ? tr("Done") : outcome.message});
    list->resizeColumnToContents(0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(list);
    layout->addWidget(buttons);
    dialog->resize(640, 360);
    dialog->show();
}

void UsersView::issueTemporaryPassword()
{
    const QList<UserActionRunner::Target> targets = selectedTargets();
    if (targets.size() != 1)
        return;
    const UserActionRunner::Target target = targets.first();
    if (!confirm(tr("Temporary password"),
                 tr("Replace the password of %1 with a temporary one? Their sessions end, and they must choose a "
                    "new password when they next sign in.")
                     .arg(target.label),
                 tr("&Create temporary password")))
        return;
    auto* job = new net::ApiJob(m_session->connection(), "POST",
                                QStringLiteral("/api/v1/users/") + target.id + QStringLiteral("/temporary-password"));
    connect(job, &net::ApiJob::finished, this, [this, target](const net::ApiResult& result) {
        if (!result.ok()) {
            showMessage(tr("No temporary password for %1: %2").arg(target.label, failureText(result)));
            return;
        }
        auto* dialog = new TemporaryPasswordDialog(
            target.label, result.body.object().value(QStringLiteral("temporaryPassword")).toString(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        m_users->refresh();
    });
    job->start();
}

void UsersView::editUser(const QString& id)
{
    auto* job = new net::ApiJob(m_session->connection(), "GET", QStringLiteral("/api/v1/users/") + id);
    connect(job, &net::ApiJob::finished, this, [this](const net::ApiResult& result) {
        if (!result.ok()) {
            showMessage(failureText(result));
            return;
        }
        openEditor(result.body.object(), result.etag);
    });
    job->start();
}

void UsersView::openEditor(const QJsonObject& user, const QByteArray& etag)
{
    UserEditor* editor =
        user.isEmpty()
            ? new UserEditor(m_session,
                             m_session->isPlatformScope() ? m_users->filter(QStringLiteral("company"))
                                                          : m_session->user().companyId.toString(QUuid::WithoutBraces),
                             this)
            : new UserEditor(m_session, user, etag, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    const bool creating = user.isEmpty();
    connect(editor, &UserEditor::saved, this,
            [this, creating](const QJsonObject& saved, const QString& temporaryPassword) {
                const QString label = saved.value(QStringLiteral("email")).toString();
                if (creating) {
                    showMessage(tr("%1 was created.").arg(label), false);
                    m_users->refresh();
                } else {
                    m_users->updateItem(saved);
                    showMessage(tr("%1 was saved.").arg(label), false);
                }
                if (!temporaryPassword.isEmpty()) {
                    auto* dialog = new TemporaryPasswordDialog(label, temporaryPassword, this);
                    dialog->setAttribute(Qt::WA_DeleteOnClose);
                    dialog->open();
                }
            });
    editor->open();
}

void UsersView::exportTo(const QString& path)
{
    m_export = new UserCsvExport(m_session->connection(), path, this);
    m_export->setSearch(m_users->search());
    m_export->setSort(m_users->sortKeys());
    m_export->setFilters(m_users->filters());
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cancelRun->setVisible(true);
    updateActions();
    connect(m_export, &UserCsvExport::progress, this, [this](qint64 written, qint64 total) {
        m_progress->setRange(0, int(qMin<qint64>(total, std::numeric_limits<int>::max())));
        m_progress->setValue(int(qMin<qint64>(written, std::numeric_limits<int>::max())));
    });
    connect(m_export, &UserCsvExport::finished, this, [this](bool ok, const QString& text) {
        m_export->deleteLater();
        m_export = nullptr;
        m_progress->setVisible(false);
        m_cancelRun->setVisible(false);
        showMessage(text, !ok);
        updateActions();
        Q_EMIT actionFinished();
    });
    m_export->start();
}

} // namespace steward::ui

#include "UserEditor.h"

#include "../SessionController.h"
#include "../UserFacingText.h"
#include "CompanyLookups.h"
#include "CustomFieldsForm.h"
#include "UserEditorOnboarding.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <domain/Language.h>
#include <domain/Validation.h>
#include <net/ApiJob.h>

namespace steward::ui {
namespace {

QStringList idsOf(const QJsonArray& array)
{
    QStringList ids;
    for (const QJsonValue& value : array)
        ids.append(value.toString());
    return ids;
}

} // namespace

UserEditor::UserEditor(SessionController* session, const QString& companyId, QWidget* parent)
    : QDialog(parent), m_session(session), m_companyId(companyId)
{
    build();
    if (!companyId.isEmpty())
        loadCompany(companyId);
}

UserEditor::UserEditor(SessionController* session, const QJsonObject& user, const QByteArray& etag, QWidget* parent)
    : QDialog(parent), m_session(session), m_user(user), m_etag(etag),
      m_companyId(user.value(QStringLiteral("companyId")).toString())
{
    build();
    fillFromUser(user, {});
    if (!m_companyId.isEmpty())
        loadCompany(m_companyId);
}

void UserEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void UserEditor::retranslate()
{
    if (isNew())
        setWindowTitle(tr("New user"));
    else
        setWindowTitle(tr("Edit %1").arg(m_user.value(QStringLiteral("email")).toString()));
    for (const auto& [widget, apply] : std::as_const(m_texts))
        apply(widget);
}

QString UserEditor::message() const
{
    return m_message->text();
}

void UserEditor::loadCompany(const QString& companyId)
{
    delete m_lookups;
    m_lookups = new CompanyLookups(m_session->connection(), companyId, this);
    connect(m_lookups, &CompanyLookups::ready, this, &UserEditor::fillLookups);
    connect(m_lookups, &CompanyLookups::failed, this, [this](const QString& text) { m_message->setText(text); });
    m_lookups->load();
}

void UserEditor::fillLookups()
{
    QHash<QString, bool> held; // roleId → enabled
    for (const QJsonValue& value : m_user.value(QStringLiteral("roles")).toArray())
        held.insert(value[QStringLiteral("roleId")].toString(), value[QStringLiteral("enabled")].toBool(true));
    m_roles->clear();
    for (const Role& role : m_lookups->roles()) {
        const QString id = role.id.toString(QUuid::WithoutBraces);
        auto* item = new QTreeWidgetItem(m_roles);
        item->setText(0, role.builtIn ? tr("%1 (built-in)").arg(role.name) : role.name);
        item->setToolTip(0, role.description);
        item->setData(0, Qt::UserRole, id);
        item->setCheckState(0, held.contains(id) ? Qt::Checked : Qt::Unchecked);
        item->setCheckState(1, held.value(id, true) ? Qt::Checked : Qt::Unchecked);
    }

    const QStringList memberOf = idsOf(m_user.value(QStringLiteral("orgUnitIds")).toArray());
    m_units->clear();
    QHash<QUuid, QTreeWidgetItem*> items;
    for (const OrgUnit& unit : m_lookups->units()) {
        QTreeWidgetItem* parent = items.value(unit.parentId);
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_units);
        const QString id = unit.id.toString(QUuid::WithoutBraces);
        item->setText(0, unit.name);
        item->setData(0, Qt::UserRole, id);
        item->setCheckState(0, memberOf.contains(id) ? Qt::Checked : Qt::Unchecked);
        items.insert(unit.id, item);
    }
    m_units->expandAll();

    m_custom->setDefinitions(m_lookups->company().customFields);
    m_custom->setValues(m_user.value(QStringLiteral("customFields")).toObject());
    m_tabs->setTabEnabled(3, !m_custom->isEmpty());
    if (isNew() && m_language->currentIndex() == 0)
        m_language->setItemText(
            0, tr("Company default (%1)").arg(languageNativeName(m_lookups->company().defaultLanguage)));
}

// Puts `user` into the form. With `previous` (the values before a conflict), a field the person
// changed keeps their value; the others take the new one.
void UserEditor::fillFromUser(const QJsonObject& user, const QJsonObject& previous)
{
    auto set = [&](QLineEdit* edit, const char* key) {
        const QString name = QLatin1String(key);
        if (previous.isEmpty() || edit->text() == previous.value(name).toString())
            edit->setText(user.value(name).toString());
    };
    set(m_email, "email");
    set(m_firstName, "firstName");
    set(m_lastName, "lastName");
    set(m_username, "username");
    const QString language = user.value(QStringLiteral("language")).toString();
    if (previous.isEmpty() ||
        m_language->currentData().toString() == previous.value(QStringLiteral("language")).toString())
        m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
}

QJsonArray UserEditor::roleAssignments() const
{
    QJsonArray roles;
    for (int i = 0; i < m_roles->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_roles->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            roles.append(QJsonObject{{QStringLiteral("roleId"), item->data(0, Qt::UserRole).toString()},
                                     {QStringLiteral("enabled"), item->checkState(1) == Qt::Checked}});
    }
    return roles;
}

QJsonArray UserEditor::unitIds() const
{
    QJsonArray ids;
    QList<QTreeWidgetItem*> stack;
    for (int i = 0; i < m_units->topLevelItemCount(); ++i)
        stack.append(m_units->topLevelItem(i));
    while (!stack.isEmpty()) {
        QTreeWidgetItem* item = stack.takeFirst();
        if (item->checkState(0) == Qt::Checked)
            ids.append(item->data(0, Qt::UserRole).toString());
        for (int i = 0; i < item->childCount(); ++i)
            stack.append(item->child(i));
    }
    return ids;
}

QJsonObject UserEditor::changedFields() const
{
    QJsonObject changes;
    auto compare = [&](QLineEdit* edit, const char* key) {
        const QString name = QLatin1String(key);
        if (edit->text().trimmed() != m_user.value(name).toString())
            changes.insert(name, edit->text().trimmed());
    };
    compare(m_email, "email");
    compare(m_firstName, "firstName");
    compare(m_lastName, "lastName");
    compare(m_username, "username");
    const QString language = m_language->currentData().toString();
    if (!language.isEmpty() && language != m_user.value(QStringLiteral("language")).toString())
        changes.insert(QStringLiteral("language"), language);
    if (m_lookups && m_lookups->isReady()) {
        QStringList before = idsOf(m_user.value(QStringLiteral("orgUnitIds")).toArray());
        QStringList after = idsOf(unitIds());
        before.sort();
        after.sort();
        if (before != after)
            changes.insert(QStringLiteral("orgUnitIds"), QJsonArray::fromStringList(after));
        const QJsonObject custom = m_custom->values();
        const QJsonObject stored = m_user.value(QStringLiteral("customFields")).toObject();
        QJsonObject customChanges;
        for (auto it = custom.begin(); it != custom.end(); ++it)
            if (stored.value(it.key()) != it.value())
                customChanges.insert(it.key(), it.value());
        if (!customChanges.isEmpty())
            changes.insert(QStringLiteral("customFields"), customChanges);
    }
    return changes;
}

void UserEditor::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
    m_tabs->setEnabled(!busy);
}

void UserEditor::save()
{
    m_errors.clear();
    m_message->clear();
    FieldErrors local = validateEmail(m_email->text().trimmed());
    local += validatePersonName(m_firstName->text(), QStringLiteral("firstName"));
    local += validatePersonName(m_lastName->text(), QStringLiteral("lastName"));
    if (!m_username->text().trimmed().isEmpty())
        local += validateUsername(m_username->text().trimmed());
    local += m_custom->validate();
    if (isNew() && m_companyId.isEmpty())
        local.append({QStringLiteral("companyId"), QStringLiteral("required"), tr("Choose the person's company.")});
    if (!local.isEmpty()) {
        for (const FieldError& error : local) {
            m_errors.show(error.field, error.message);
            m_custom->errors().show(error.field, error.message);
        }
        m_message->setText(tr("Check the highlighted fields."));
        return;
    }
    setBusy(true);
    if (isNew())
        create();
    else
        update();
}

void UserEditor::create()
{
    QJsonObject body{{QStringLiteral("email"), m_email->text().trimmed()},
                     {QStringLiteral("firstName"), m_firstName->text().trimmed()},
                     {QStringLiteral("lastName"), m_lastName->text().trimmed()},
                     {QStringLiteral("onboarding"), onboarding::value(m_onboarding->checkedId())}};
    if (m_session->isPlatformScope())
        body.insert(QStringLiteral("companyId"), m_companyId);
    if (!m_username->text().trimmed().isEmpty())
        body.insert(QStringLiteral("username"), m_username->text().trimmed());
    if (!m_language->currentData().toString().isEmpty())
        body.insert(QStringLiteral("language"), m_language->currentData().toString());
    QJsonArray roleIds;
    bool anyDisabled = false;
    for (const QJsonValue& role : roleAssignments()) {
        roleIds.append(role[QStringLiteral("roleId")]);
        anyDisabled = anyDisabled || !role[QStringLiteral("enabled")].toBool();
    }
    if (!roleIds.isEmpty())
        body.insert(QStringLiteral("roleIds"), roleIds);
    if (!unitIds().isEmpty())
        body.insert(QStringLiteral("orgUnitIds"), unitIds());
    QJsonObject custom = m_custom->values();
    for (auto it = custom.begin(); it != custom.end();)
        it = it.value().isNull() ? custom.erase(it) : std::next(it);
    if (!custom.isEmpty())
        body.insert(QStringLiteral("customFields"), custom);

    auto* job = new net::ApiJob(m_session->connection(), "POST", QStringLiteral("/api/v1/users"));
    job->setBody(body);
    connect(job, &net::ApiJob::finished, this, [this, anyDisabled](const net::ApiResult& result) {
        if (!result.ok()) {
            fail(result);
            return;
        }
        QJsonObject user = result.body.object();
        const QString temporary = user.take(QStringLiteral("temporaryPassword")).toString();
        if (anyDisabled)
            putRoles(user, result.etag, temporary);
        else
            finish(user, temporary);
    });
    job->start();
}

void UserEditor::update()
{
    const QJsonObject changes = changedFields();
    QJsonArray before;
    for (const QJsonValue& role : m_user.value(QStringLiteral("roles")).toArray())
        before.append(QJsonObject{{QStringLiteral("roleId"), role[QStringLiteral("roleId")]},
                                  {QStringLiteral("enabled"), role[QStringLiteral("enabled")]}});
    const bool rolesChanged = m_lookups && m_lookups->isReady() && roleAssignments() != before;
    if (changes.isEmpty() && !rolesChanged) {
        setBusy(false);
        accept();
        return;
    }
    if (changes.isEmpty()) {
        putRoles(m_user, m_etag, QString());
        return;
    }
    const QString id = m_user.value(QStringLiteral("id")).toString();
    auto* job = new net::ApiJob(m_session->connection(), "PATCH", QStringLiteral("/api/v1/users/") + id);
    job->setBody(changes);
    job->setIfMatch(m_etag);
    connect(job, &net::ApiJob::finished, this, [this, rolesChanged](const net::ApiResult& result) {
        if (!result.ok()) {
            fail(result);
            return;
        }
        if (rolesChanged)
            putRoles(result.body.object(), result.etag, QString());
        else
            finish(result.body.object(), QString());
    });
    job->start();
}

void UserEditor::putRoles(const QJsonObject& user, const QByteArray& etag, const QString& temporaryPassword)
{
    const QString id = user.value(QStringLiteral("id")).toString();
    auto* job = new net::ApiJob(m_session->connection(), "PUT",
                                QStringLiteral("/api/v1/users/") + id + QStringLiteral("/roles"));
    job->setBody(roleAssignments());
    job->setIfMatch(etag);
    connect(job, &net::ApiJob::finished, this, [this, user, temporaryPassword](const net::ApiResult& result) {
        if (!result.ok()) {
            // The user exists (and may already hold a temporary password to show): say what failed.
            m_user = user;
            fail(result);
            if (!temporaryPassword.isEmpty())
                Q_EMIT saved(user, temporaryPassword);
            return;
        }
        finish(result.body.object(), temporaryPassword);
    });
    job->start();
}

void UserEditor::finish(const QJsonObject& user, const QString& temporaryPassword)
{
    setBusy(false);
    Q_EMIT saved(user, temporaryPassword);
    accept();
}

void UserEditor::fail(const net::ApiResult& result)
{
    setBusy(false);
    if (result.status == 412) {
        reloadAfterConflict();
        return;
    }
    QStringList unplaced = m_errors.show(result);
    for (auto it = result.fieldErrors.cbegin(); it != result.fieldErrors.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("customFields."))) {
            m_custom->errors().show(it.key(), it.value().join(QLatin1Char('\n')));
            unplaced.removeAll(it.value().join(QLatin1Char('\n')));
        } else if (it.key().startsWith(QLatin1String("roleIds"))) {
            m_errors.show(QStringLiteral("roleIds"), it.value().join(QLatin1Char('\n')));
            unplaced.removeAll(it.value().join(QLatin1Char('\n')));
        } else if (it.key().startsWith(QLatin1String("orgUnitIds"))) {
            m_errors.show(QStringLiteral("orgUnitIds"), it.value().join(QLatin1Char('\n')));
            unplaced.removeAll(it.value().join(QLatin1Char('\n')));
        }
    }
    if (result.fieldErrors.isEmpty())
        m_message->setText(failureText(result));
    else
        m_message->setText(unplaced.isEmpty() ? tr("Check the highlighted fields.") : unplaced.join(QLatin1Char('\n')));
}

void UserEditor::reloadAfterConflict()
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Changed meanwhile"),
                                tr("Someone else changed %1 while you were editing. Load their version and "
                                   "keep the changes you made here on top of it?")
                                    .arg(m_user.value(QStringLiteral("email")).toString()),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("conflict"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("&Reload and keep my changes"));
    connect(box, &QMessageBox::finished, this, [this](int answer) {
        if (answer != QMessageBox::Yes) {
            m_message->setText(tr("Not saved: someone else changed this user meanwhile."));
            return;
        }
        const QString id = m_user.value(QStringLiteral("id")).toString();
        auto* job = new net::ApiJob(m_session->connection(), "GET", QStringLiteral("/api/v1/users/") + id);
        connect(job, &net::ApiJob::finished, this, [this](const net::ApiResult& result) {
            if (!result.ok()) {
                m_message->setText(failureText(result));
                return;
            }
            const QJsonObject previous = m_user;
            m_user = result.body.object();
            m_etag = result.etag;
            fillFromUser(m_user, previous);
            m_message->setText(tr("Reloaded. Your changes are kept; review them and save again."));
        });
        job->start();
    });
    box->open();
}

} // namespace steward::ui

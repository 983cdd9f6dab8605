#include "UserEditor.h"

#include "../SessionController.h"
#include "../UserFacingText.h"
#include "CompanyLookups.h"
#include "CustomFieldsForm.h"

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

enum Onboarding
{
    Invite,
    TemporaryPassword,
    NoEmail
};

QString onboardingValue(int id)
{
    switch (id) {
    case TemporaryPassword:
        return QStringLiteral("temporary-password");
    case NoEmail:
        return QStringLiteral("none");
    default:
        return QStringLiteral("invite");
    }
}

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

void UserEditor::build()
{
    setObjectName(QStringLiteral("userEditor"));
    auto text = [this](QWidget* widget, std::function<void(QWidget*)> apply) { m_texts.append({widget, apply}); };
    auto line = [this](const char* name) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        return edit;
    };
    m_email = line("email");
    m_firstName = line("firstName");
    m_lastName = line("lastName");
    m_username = line("username");
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QString(), QString());
    for (Language language : allLanguages())
        m_language->addItem(languageNativeName(language), languageCode(language));
    text(m_language, [](QWidget* w) { static_cast<QComboBox*>(w)->setItemText(0, tr("Company default")); });

    m_company = new QComboBox(this);
    m_company->setObjectName(QStringLiteral("company"));
    m_companyLabel = new QLabel(this);
    const bool askCompany = isNew() && m_companyId.isEmpty();
    m_company->setVisible(askCompany);
    m_companyLabel->setVisible(askCompany);

    auto* details = new QWidget(this);
    auto* form = new QFormLayout(details);
    auto row = [&](QWidget* field, const QString& errorField, std::function<QString()> label) {
        auto* caption = new QLabel(details);
        caption->setBuddy(field);
        text(caption, [label](QWidget* w) { static_cast<QLabel*>(w)->setText(label()); });
        form->addRow(caption, field);
        if (!errorField.isEmpty())
            form->addRow(QString(), m_errors.add(errorField, details));
        return caption;
    };
    if (askCompany) {
        form->addRow(m_companyLabel, m_company);
        form->addRow(QString(), m_errors.add(QStringLiteral("companyId"), details));
        text(m_companyLabel, [](QWidget* w) { static_cast<QLabel*>(w)->setText(tr("Com&pany:")); });
    }
    row(m_email, QStringLiteral("email"), [] { return tr("&Email:"); });
    row(m_firstName, QStringLiteral("firstName"), [] { return tr("&First name:"); });
    row(m_lastName, QStringLiteral("lastName"), [] { return tr("&Last name:"); });
    row(m_username, QStringLiteral("username"), [] { return tr("&Username:"); });
    row(m_language, QStringLiteral("language"), [] { return tr("Lan&guage:"); });
    text(m_username, [this](QWidget* w) {
        static_cast<QLineEdit*>(w)->setPlaceholderText(isNew() ? tr("made from the email address") : QString());
    });

    m_onboardingBox = new QGroupBox(details);
    m_onboarding = new QButtonGroup(this);
    auto* onboardingLayout = new QVBoxLayout(m_onboardingBox);
    for (int id : {Invite, TemporaryPassword, NoEmail}) {
        auto* radio = new QRadioButton(m_onboardingBox);
        radio->setObjectName(QStringLiteral("onboarding_") + onboardingValue(id));
        m_onboarding->addButton(radio, id);
        onboardingLayout->addWidget(radio);
    }
    m_onboarding->button(Invite)->setChecked(true);
    text(m_onboardingBox, [this](QWidget* w) {
        static_cast<QGroupBox*>(w)->setTitle(tr("How the person gets in"));
        m_onboarding->button(Invite)->setText(tr("Send an invitation email with a link to set a password"));
        m_onboarding->button(TemporaryPassword)
            ->setText(tr("Create a temporary password to hand over (shown once; changed at first sign-in)"));
        m_onboarding->button(NoEmail)->setText(tr("Send nothing (the person uses \"I forgot my credentials\")"));
    });
    m_onboardingBox->setVisible(isNew());
    form->addRow(m_onboardingBox);

    m_roles = new QTreeWidget(this);
    m_roles->setObjectName(QStringLiteral("roles"));
    m_roles->setRootIsDecorated(false);
    m_roles->setColumnCount(2);
    m_roles->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    text(m_roles, [](QWidget* w) { static_cast<QTreeWidget*>(w)->setHeaderLabels({tr("Role"), tr("Enabled")}); });
    auto* rolesPage = new QWidget(this);
    auto* rolesLayout = new QVBoxLayout(rolesPage);
    auto* rolesHint = new QLabel(rolesPage);
    rolesHint->setWordWrap(true);
    text(rolesHint, [](QWidget* w) {
        static_cast<QLabel*>(w)->setText(tr("Tick the roles the person holds. Untick \"Enabled\" to switch an "
                                            "assignment off for a while without removing it."));
    });
    rolesLayout->addWidget(rolesHint);
    rolesLayout->addWidget(m_roles);
    rolesLayout->addWidget(m_errors.add(QStringLiteral("roleIds"), rolesPage));

    m_units = new QTreeWidget(this);
    m_units->setObjectName(QStringLiteral("units"));
    m_units->setHeaderHidden(true);
    auto* unitsPage = new QWidget(this);
    auto* unitsLayout = new QVBoxLayout(unitsPage);
    unitsLayout->addWidget(m_units);
    unitsLayout->addWidget(m_errors.add(QStringLiteral("orgUnitIds"), unitsPage));

    m_custom = new CustomFieldsForm(this);
    auto* customScroll = new QScrollArea(this);
    customScroll->setWidgetResizable(true);
    customScroll->setWidget(m_custom);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(details, QString());
    m_tabs->addTab(rolesPage, QString());
    m_tabs->addTab(unitsPage, QString());
    m_tabs->addTab(customScroll, QString());
    text(m_tabs, [](QWidget* w) {
        auto* tabs = static_cast<QTabWidget*>(w);
        tabs->setTabText(0, tr("&Details"));
        tabs->setTabText(1, tr("&Roles"));
        tabs->setTabText(2, tr("Organizational &units"));
        tabs->setTabText(3, tr("&More fields"));
    });

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    text(m_save, [this](QWidget* w) { static_cast<QPushButton*>(w)->setText(isNew() ? tr("&Create") : tr("&Save")); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(620, 560);

    if (askCompany) {
        m_company->setEditable(true);
        m_company->setInsertPolicy(QComboBox::NoInsert);
        auto* search = new QTimer(this);
        search->setSingleShot(true);
        search->setInterval(300);
        auto query = [this](const QString& text) {
            auto* job = new net::ApiJob(m_session->connection(), "GET", QStringLiteral("/api/v1/companies"));
            QUrlQuery parameters;
            parameters.addQueryItem(QStringLiteral("q"), text);
            parameters.addQueryItem(QStringLiteral("sort"), QStringLiteral("name"));
            parameters.addQueryItem(QStringLiteral("limit"), QStringLiteral("50"));
            job->setQuery(parameters);
            connect(job, &net::ApiJob::finished, this, [this, text](const net::ApiResult& result) {
                if (!result.ok() || m_company->currentText() != text)
                    return;
                const QSignalBlocker blocker(m_company);
                while (m_company->count() > 0)
                    m_company->removeItem(0);
                for (const QJsonValue& item : result.body.object().value(QStringLiteral("items")).toArray())
                    m_company->addItem(item[QStringLiteral("name")].toString(), item[QStringLiteral("id")].toString());
                m_company->setEditText(text);
            });
            job->start();
        };
        connect(m_company, &QComboBox::editTextChanged, search, qOverload<>(&QTimer::start));
        connect(search, &QTimer::timeout, this, [this, query] { query(m_company->currentText()); });
        connect(m_company, &QComboBox::activated, this, [this](int index) {
            m_companyId = m_company->itemData(index).toString();
            loadCompany(m_companyId);
        });
        query(QString());
    }
    retranslate();
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
                     {QStringLiteral("onboarding"), onboardingValue(m_onboarding->checkedId())}};
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

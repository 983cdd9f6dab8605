#include "RoleEditor.h"

#include "../SessionController.h"
#include "../UserFacingText.h"
#include "BuiltInLockIcon.h"
#include "FieldRuleText.h"
#include "PermissionMatrix.h"
#include "PermissionText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <domain/Validation.h>
#include <net/ApiJob.h>
#include <net/jobs/ListJob.h>

namespace steward::ui {
namespace {

template <typename T> T* named(T* widget, const char* name)
{
    widget->setObjectName(QLatin1String(name));
    return widget;
}

QStringList stringsOf(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list.append(item.toString());
    return list;
}

// What the form shows of a role, in the form's own shape, to compare with what was typed.
QJsonObject formValuesOf(const QJsonObject& role)
{
    QStringList permissions = stringsOf(role.value(QLatin1String("permissions")));
    permissions.sort();
    return {{QStringLiteral("name"), role.value(QLatin1String("name")).toString()},
            {QStringLiteral("description"), role.value(QLatin1String("description")).toString()},
            {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)}};
}

} // namespace

RoleEditor* RoleEditor::forRole(SessionController* session, const QString& roleId, QWidget* parent)
{
    auto* editor = new RoleEditor(session, roleId, QString(), parent);
    editor->load(false);
    return editor;
}

RoleEditor* RoleEditor::forNewRole(SessionController* session, const QString& companyId, const QJsonObject& source,
                                   QWidget* parent)
{
    auto* editor = new RoleEditor(session, QString(), companyId, parent);
    if (!source.isEmpty()) {
        editor->fill(QJsonObject{
            {QStringLiteral("name"), tr("Copy of %1").arg(source.value(QLatin1String("name")).toString())},
            {QStringLiteral("description"), source.value(QLatin1String("description"))},
            {QStringLiteral("permissions"), source.value(QLatin1String("permissions"))},
        });
    }
    editor->m_loaded = true;
    return editor;
}

RoleEditor::RoleEditor(SessionController* session, const QString& roleId, const QString& companyId, QWidget* parent)
    : QDialog(parent), m_session(session), m_roleId(roleId), m_companyId(companyId)
{
    setObjectName(QStringLiteral("roleEditor"));
    m_builtInBanner = named(new QFrame(this), "builtInBanner");
    m_builtInBanner->setStyleSheet(QStringLiteral("#builtInBanner { background: #fff4ce; border-radius: 3px; }"));
    m_builtInBanner->setVisible(false);
    auto* lock = new QLabel(m_builtInBanner);
    lock->setPixmap(builtInLockIcon().pixmap(16, 16));
    m_builtInNote = named(new QLabel(m_builtInBanner), "builtInNote");
    m_builtInNote->setWordWrap(true);
    auto* bannerLayout = new QHBoxLayout(m_builtInBanner);
    bannerLayout->setContentsMargins(8, 6, 8, 6);
    bannerLayout->addWidget(lock, 0, Qt::AlignTop);
    bannerLayout->addWidget(m_builtInNote, 1);
    m_companyLabel = new QLabel(this);
    m_company = named(new QComboBox(this), "company");
    m_companyLabel->setBuddy(m_company);
    m_nameLabel = new QLabel(this);
    m_name = named(new QLineEdit(this), "name");
    m_name->setMaxLength(100);
    m_nameLabel->setBuddy(m_name);
    m_descriptionLabel = new QLabel(this);
    m_description = named(new QLineEdit(this), "description");
    m_description->setMaxLength(500);
    m_descriptionLabel->setBuddy(m_description);
    m_permissionsLabel = new QLabel(this);
    m_permissions = new PermissionMatrix(this);
    m_permissionsLabel->setBuddy(m_permissions);

    auto* form = new QFormLayout;
    const bool pickCompany = isNew() && m_session->isPlatformScope();
    if (pickCompany) {
        form->addRow(m_companyLabel, m_company);
        form->addRow(static_cast<QWidget*>(nullptr), m_errors.add(QStringLiteral("companyId"), this));
    } else {
        m_companyLabel->setVisible(false);
        m_company->setVisible(false);
    }
    form->addRow(m_nameLabel, m_name);
    form->addRow(static_cast<QWidget*>(nullptr), m_errors.add(QStringLiteral("name"), this));
    form->addRow(m_descriptionLabel, m_description);
    form->addRow(static_cast<QWidget*>(nullptr), m_errors.add(QStringLiteral("description"), this));

    m_message = named(new QLabel(this), "message");
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_reload = named(new QPushButton(this), "reload");
    m_reload->setVisible(false);
    auto* messageRow = new QHBoxLayout;
    messageRow->addWidget(m_message, 1);
    messageRow->addWidget(m_reload);
    auto* buttons = new QDialogButtonBox(this);
    m_save = named(buttons->addButton(QString(), QDialogButtonBox::AcceptRole), "save");
    m_save->setDefault(true);
    m_close = named(buttons->addButton(QDialogButtonBox::Cancel), "cancel");

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_builtInBanner);
    layout->addLayout(form);
    layout->addWidget(m_permissionsLabel);
    layout->addWidget(m_permissions, 1);
    layout->addWidget(m_errors.add(QStringLiteral("permissions"), this));
    layout->addLayout(messageRow);
    layout->addWidget(buttons);
    resize(640, 620);

    connect(m_save, &QPushButton::clicked, this, &RoleEditor::save);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_reload, &QPushButton::clicked, this, [this] { load(true); });
    retranslate();
    loadCatalogue();
    if (pickCompany)
        loadCompanies();
}

void RoleEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RoleEditor::retranslate()
{
    if (isNew())
        setWindowTitle(tr("New role"));
    else if (m_readOnly)
        setWindowTitle(tr("Built-in role %1").arg(m_original.value(QLatin1String("name")).toString()));
    else
        setWindowTitle(tr("Edit role"));
    m_builtInNote->setText(tr("Built-in roles are the same in every company and cannot be changed. Use Duplicate "
                              "in the roles list to make an editable copy."));
    m_companyLabel->setText(tr("&Company:"));
    if (m_company->count() > 0)
        m_company->setItemText(0, tr("Choose a company…"));
    m_nameLabel->setText(tr("&Name:"));
    m_descriptionLabel->setText(tr("&Description:"));
    m_description->setPlaceholderText(tr("Optional: what people with this role do"));
    m_permissionsLabel->setText(tr("&Permissions:"));
    m_reload->setText(tr("&Reload"));
    m_save->setText(isNew() ? tr("&Create") : tr("&Save"));
    m_close->setText(m_readOnly ? tr("Close") : tr("Cancel"));
}

bool RoleEditor::isReady() const
{
    return m_loaded && m_permissions->hasCatalogue() && !m_busy;
}

QString RoleEditor::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void RoleEditor::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QStringLiteral("color: #1b5e20;"));
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    if (text.isEmpty())
        m_reload->setVisible(false);
}

void RoleEditor::setBusy(bool busy)
{
    m_busy = busy;
    m_save->setEnabled(!busy && !m_readOnly);
    m_reload->setEnabled(!busy);
}

void RoleEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_name->setReadOnly(readOnly);
    m_description->setReadOnly(readOnly);
    m_permissions->setReadOnly(readOnly);
    m_builtInBanner->setVisible(readOnly);
    m_save->setVisible(!readOnly);
    retranslate();
}

void RoleEditor::loadCatalogue()
{
    auto* job = new net::ApiJob(m_session->connection(), "GET", QStringLiteral("/api/v1/permissions"));
    connect(job, &net::ApiJob::finished, this, [this](const net::ApiResult& result) {
        if (!result.ok()) {
            showMessage(failureText(result), true);
            return;
        }
        const QString scope = m_original.value(QLatin1String("scope")).toString(QStringLiteral("company"));
        m_permissions->setCatalogue(result.body.object().value(QLatin1String("items")).toArray(), scope);
        m_permissions->setReadOnly(m_readOnly);
    });
    job->start();
}

void RoleEditor::loadCompanies()
{
    m_company->addItem(tr("Choose a company…"), QString());
    auto* job = new net::ListJob(m_session->connection(), QStringLiteral("/api/v1/companies"));
    job->setSort(QStringLiteral("name"));
    job->setLimit(500);
    connect(job, &net::ApiJob::finished, this, [this, job](const net::ApiResult& result) {
        if (!result.ok()) {
            showMessage(failureText(result), true);
            return;
        }
        for (const QJsonValue& value : job->items()) {
            const QJsonObject company = value.toObject();
            m_company->addItem(company.value(QLatin1String("name")).toString(),
                               company.value(QLatin1String("id")).toString());
        }
        m_company->setCurrentIndex(qMax(0, m_company->findData(m_companyId)));
    });
    job->start();
}

void RoleEditor::load(bool keepTyped)
{
    const QJsonObject typed = formValues();
    const QJsonObject base = m_original;
    setBusy(true);
    showMessage(tr("Loading…"), false);
    auto* job = new net::ApiJob(m_session->connection(), "GET", QStringLiteral("/api/v1/roles/") + m_roleId);
    connect(job, &net::ApiJob::finished, this, [this, keepTyped, typed, base](const net::ApiResult& result) {
        setBusy(false);
        if (!result.ok()) {
            showMessage(failureText(result), true);
            return;
        }
        const QJsonObject fresh = result.body.object();
        QJsonObject shown = fresh;
        if (keepTyped) {
            // Their version underneath, this person's own changes on top.
            const QJsonObject before = formValuesOf(base);
            for (auto it = typed.constBegin(); it != typed.constEnd(); ++it)
                if (it.value() != before.value(it.key()))
                    shown.insert(it.key(), it.value());
        }
        const bool scopeChanged = fresh.value(QLatin1String("scope")) != m_original.value(QLatin1String("scope"));
        m_original = fresh;
        m_etag = result.etag;
        m_loaded = true;
        setReadOnly(fresh.value(QLatin1String("builtIn")).toBool());
        fill(shown);
        if (scopeChanged && fresh.value(QLatin1String("scope")).toString() == QLatin1String("platform"))
            loadCatalogue(); // shown with the platform's permissions
        m_reload->setVisible(false);
        showMessage(keepTyped ? tr("Reloaded the current version; your changes are kept. Review them and save again.")
                              : QString(),
                    false);
    });
    job->start();
}

void RoleEditor::fill(const QJsonObject& role)
{
    m_name->setText(role.value(QLatin1String("name")).toString());
    m_description->setText(role.value(QLatin1String("description")).toString());
    m_permissions->setGranted(stringsOf(role.value(QLatin1String("permissions"))));
}

QJsonObject RoleEditor::formValues() const
{
    return {{QStringLiteral("name"), m_name->text().trimmed()},
            {QStringLiteral("description"), m_description->text().trimmed()},
            {QStringLiteral("permissions"), QJsonArray::fromStringList(m_permissions->granted())}};
}

void RoleEditor::save()
{
    if (m_busy || m_readOnly || !isReady())
        return;
    m_errors.clear();
    m_permissions->markErrors({});
    showMessage(QString(), false);
    FieldErrors problems;
    problems << validateText(m_name->text().trimmed(), QStringLiteral("name"), 100)
             << validateText(m_description->text().trimmed(), QStringLiteral("description"), 500, false);
    QString companyId = m_companyId;
    if (isNew() && m_session->isPlatformScope()) {
        companyId = m_company->currentData().toString();
        if (companyId.isEmpty())
            problems.append({QStringLiteral("companyId"), QStringLiteral("required"), QString()});
    }
    if (!problems.isEmpty()) {
        for (const FieldError& error : problems)
            m_errors.show(error.field, fieldRuleText(error));
        showMessage(tr("Some fields need attention."), true);
        return;
    }
    const QJsonObject values = formValues();
    const QStringList sent = m_permissions->granted();
    net::ApiJob* job = nullptr;
    if (isNew()) {
        QJsonObject body = values;
        if (!companyId.isEmpty())
            body.insert(QStringLiteral("companyId"), companyId);
        if (m_description->text().trimmed().isEmpty())
            body.remove(QStringLiteral("description"));
        job = new net::ApiJob(m_session->connection(), "POST", QStringLiteral("/api/v1/roles"));
        job->setBody(body);
    } else {
        QJsonObject changes;
        const QJsonObject before = formValuesOf(m_original);
        for (auto it = values.constBegin(); it != values.constEnd(); ++it)
            if (it.value() != before.value(it.key()))
                changes.insert(it.key(), it.value());
        if (changes.isEmpty()) {
            accept();
            return;
        }
        job = new net::ApiJob(m_session->connection(), "PATCH", QStringLiteral("/api/v1/roles/") + m_roleId);
        job->setBody(changes);
        job->setIfMatch(m_etag);
    }
    setBusy(true);
    showMessage(tr("Saving…"), false);
    connect(job, &net::ApiJob::finished, this,
            [this, sent](const net::ApiResult& result) { finishSave(result, sent); });
    job->start();
}

void RoleEditor::finishSave(const net::ApiResult& result, const QStringList& sentPermissions)
{
    setBusy(false);
    if (result.ok()) {
        m_original = result.body.object();
        m_etag = result.etag;
        m_roleId = m_original.value(QLatin1String("id")).toString();
        showMessage(QString(), false);
        Q_EMIT saved(m_original);
        accept();
        return;
    }
    if (result.status == 412) {
        showMessage(tr("Someone else changed this role after you opened it. Reload to get their version; what you "
                       "typed here is kept."),
                    true);
        m_reload->setVisible(true);
        return;
    }
    if (result.fieldErrors.isEmpty()) {
        showMessage(failureText(result), true);
        return;
    }
    // permissions[i] names the i-th key of what was sent.
    static const QRegularExpression indexed(QStringLiteral("^permissions\\[(\\d+)\\]$"));
    net::ApiResult others;
    QHash<QString, QString> permissionErrors;
    QStringList lines;
    for (auto it = result.fieldErrors.cbegin(); it != result.fieldErrors.cend(); ++it) {
        const QRegularExpressionMatch match = indexed.match(it.key());
        const int index = match.hasMatch() ? match.captured(1).toInt() : -1;
        if (index >= 0 && index < sentPermissions.size()) {
            const QString key = sentPermissions.at(index);
            permissionErrors.insert(key, it.value().join(QLatin1Char(' ')));
            lines.append(tr("%1: %2").arg(permissionText(key), it.value().join(QLatin1Char(' '))));
        } else {
            others.fieldErrors.insert(it.key(), it.value());
        }
    }
    m_permissions->markErrors(permissionErrors);
    lines << m_errors.show(others);
    showMessage(lines.isEmpty() ? tr("Some fields need attention.") : lines.join(QLatin1Char('\n')), true);
}

} // namespace steward::ui

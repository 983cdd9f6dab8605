#include "CompanyEditor.h"

#include "../SessionController.h"
#include "../UserFacingText.h"
#include "CountryComboBox.h"
#include "CustomFieldDefinitionsEditor.h"
#include "FieldRuleText.h"
#include "OwnershipTransferPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <domain/Language.h>
#include <domain/Validation.h>
#include <net/ApiJob.h>

namespace steward::ui {
namespace {

template <typename T> T* named(T* widget, const char* name)
{
    widget->setObjectName(QLatin1String(name));
    return widget;
}

// Which tab holds the field a path names.
CompanyEditor::Tab tabOf(const QString& field)
{
    if (field.startsWith(QLatin1String("address")))
        return CompanyEditor::AddressTab;
    if (field.startsWith(QLatin1String("customFields")))
        return CompanyEditor::CustomFieldsTab;
    if (field.startsWith(QLatin1String("owner")))
        return CompanyEditor::OwnerTab;
    return CompanyEditor::DetailsTab;
}

} // namespace

CompanyEditor::CompanyEditor(SessionController* session, const QString& companyId, QWidget* parent)
    : QDialog(parent), m_session(session), m_companyId(companyId)
{
    setObjectName(QStringLiteral("companyEditor"));
    m_tabs = named(new QTabWidget(this), "tabs");
    m_tabs->addTab(buildDetailsTab(), QString());
    m_tabs->addTab(buildAddressTab(), QString());
    auto* fieldsPage = new QWidget(m_tabs);
    m_customFieldsNote = new QLabel(fieldsPage);
    m_customFieldsNote->setWordWrap(true);
    m_customFields = new CustomFieldDefinitionsEditor(fieldsPage);
    auto* fieldsLayout = new QVBoxLayout(fieldsPage);
    fieldsLayout->addWidget(m_customFieldsNote);
    fieldsLayout->addWidget(m_customFields, 1);
    m_tabs->addTab(fieldsPage, QString());
    m_tabs->addTab(buildOwnerTab(), QString());

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
    m_cancel = named(buttons->addButton(QDialogButtonBox::Cancel), "cancel");

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(messageRow);
    layout->addWidget(buttons);
    resize(920, 580);

    connect(m_save, &QPushButton::clicked, this, &CompanyEditor::save);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_reload, &QPushButton::clicked, this, [this] { load(true); });
    if (m_ownership) {
        connect(m_ownership, &OwnershipTransferPanel::transferred, this,
                [this](const QJsonObject& company, const QByteArray& etag) {
                    // What was typed stays in the form; later changes are compared with this version.
                    m_original = company;
                    m_etag = etag;
                    Q_EMIT saved(company);
                });
    }
    retranslate();
    if (isNew()) {
        m_language->setCurrentIndex(qMax(0, m_language->findData(QStringLiteral("en"))));
        m_country->setCode(QString());
    } else {
        load(false);
    }
}

void CompanyEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CompanyEditor::retranslate()
{
    setWindowTitle(isNew() ? tr("New company") : tr("Edit company"));
    m_tabs->setTabText(DetailsTab, tr("Details"));
    m_tabs->setTabText(AddressTab, tr("Address"));
    m_tabs->setTabText(CustomFieldsTab, tr("Custom user fields"));
    m_tabs->setTabText(OwnerTab, tr("Owner"));
    for (const auto& [label, text] : std::as_const(m_rowLabels))
        label->setText(text());
    m_state->setItemText(0, tr("Active"));
    m_state->setItemText(1, tr("Suspended"));
    m_stateNote->setText(m_session->isPlatformScope()
                             ? tr("Suspending a company does not stop its users from signing in.")
                             : tr("Only platform staff can suspend or resume a company."));
    m_usersMayEditName->setText(tr("Users may edit their own first and last name"));
    m_usersMayEditName->setToolTip(
        tr("When unchecked, only the company's administrators can change a user's name; users see it read-only in "
           "My Account."));
    m_taxId->setPlaceholderText(tr("Optional"));
    m_region->setPlaceholderText(tr("Optional"));
    m_customFieldsNote->setText(tr("Extra fields every user of this company has. Removing a field drops its values "
                                   "the next time each user is saved."));
    if (m_ownerNote) {
        m_ownerNote->setText(tr("The owner is the company's first user. They hold Admin and receive an email to set "
                                "their password (valid 72 hours)."));
        m_ownerUsername->setPlaceholderText(tr("Optional: taken from the email address"));
        m_ownerLanguage->setItemText(0, tr("The company's default language"));
    }
    m_reload->setText(tr("&Reload"));
    m_save->setText(isNew() ? tr("&Create") : tr("&Save"));
}

QString CompanyEditor::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void CompanyEditor::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QStringLiteral("color: #1b5e20;"));
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    if (text.isEmpty())
        m_reload->setVisible(false);
}

void CompanyEditor::setBusy(bool busy)
{
    m_busy = busy;
    m_save->setEnabled(!busy);
    m_reload->setEnabled(!busy);
}

void CompanyEditor::load(bool keepTyped)
{
    const QJsonObject typed = formValues();
    const QJsonObject base = m_original;
    setBusy(true);
    if (!keepTyped)
        m_tabs->setEnabled(false);
    showMessage(tr("Loading…"), false);
    auto* job = new net::ApiJob(m_session->connection(), "GET", QStringLiteral("/api/v1/companies/") + m_companyId);
    connect(job, &net::ApiJob::finished, this, [this, keepTyped, typed, base](const net::ApiResult& result) {
        setBusy(false);
        if (!result.ok()) {
            showMessage(failureText(result), true);
            return;
        }
        const QJsonObject fresh = result.body.object();
        QJsonObject shown = fresh;
        QStringList kept;
        if (keepTyped) {
            // Someone else's version underneath, this person's own changes on top.
            for (auto it = typed.constBegin(); it != typed.constEnd(); ++it) {
                if (it.value() != base.value(it.key())) {
                    shown.insert(it.key(), it.value());
                    kept.append(it.key());
                }
            }
        }
        m_original = fresh;
        m_etag = result.etag;
        fill(shown);
        m_tabs->setEnabled(true);
        m_reload->setVisible(false);
        if (m_ownership)
            m_ownership->setCompany(fresh);
        showMessage(keepTyped ? tr("Reloaded the current version; your changes are kept. Review them and save again.")
                              : QString(),
                    false);
    });
    job->start();
}

void CompanyEditor::fill(const QJsonObject& company)
{
    m_name->setText(company.value(QLatin1String("name")).toString());
    m_legalName->setText(company.value(QLatin1String("legalName")).toString());
    m_taxId->setText(company.value(QLatin1String("taxId")).toString());
    const QJsonObject address = company.value(QLatin1String("address")).toObject();
    m_street->setText(address.value(QLatin1String("street")).toString());
    m_postalCode->setText(address.value(QLatin1String("postalCode")).toString());
    m_city->setText(address.value(QLatin1String("city")).toString());
    m_region->setText(address.value(QLatin1String("region")).toString());
    m_country->setCode(address.value(QLatin1String("country")).toString());
    m_language->setCurrentIndex(
        qMax(0, m_language->findData(company.value(QLatin1String("defaultLanguage")).toString())));
    m_state->setCurrentIndex(qMax(0, m_state->findData(company.value(QLatin1String("state")).toString())));
    m_usersMayEditName->setChecked(company.value(QLatin1String("usersMayEditName")).toBool(true));
    m_customFields->setDefinitions(company.value(QLatin1String("customFields")).toArray());
}

QJsonObject CompanyEditor::formValues() const
{
    QJsonObject values{
        {QStringLiteral("name"), m_name->text().trimmed()},
        {QStringLiteral("legalName"), m_legalName->text().trimmed()},
        {QStringLiteral("taxId"), m_taxId->text().trimmed()},
        {QStringLiteral("address"), QJsonObject{{QStringLiteral("street"), m_street->text().trimmed()},
                                                {QStringLiteral("postalCode"), m_postalCode->text().trimmed()},
                                                {QStringLiteral("city"), m_city->text().trimmed()},
                                                {QStringLiteral("region"), m_region->text().trimmed()},
                                                {QStringLiteral("country"), m_country->code()}}},
        {QStringLiteral("defaultLanguage"), m_language->currentData().toString()},
        {QStringLiteral("usersMayEditName"), m_usersMayEditName->isChecked()},
        {QStringLiteral("customFields"), m_customFields->definitions()},
    };
    if (!isNew())
        values.insert(QStringLiteral("state"), m_state->currentData().toString());
    return values;
}

QJsonObject CompanyEditor::ownerValues() const
{
    QJsonObject owner{{QStringLiteral("email"), m_ownerEmail->text().trimmed()},
                      {QStringLiteral("firstName"), m_ownerFirstName->text().trimmed()},
                      {QStringLiteral("lastName"), m_ownerLastName->text().trimmed()}};
    if (!m_ownerUsername->text().trimmed().isEmpty())
        owner.insert(QStringLiteral("username"), m_ownerUsername->text().trimmed());
    if (!m_ownerLanguage->currentData().toString().isEmpty())
        owner.insert(QStringLiteral("language"), m_ownerLanguage->currentData().toString());
    return owner;
}

FieldErrors CompanyEditor::validate() const
{
    FieldErrors errors;
    errors << validateText(m_name->text().trimmed(), QStringLiteral("name"), 200)
           << validateText(m_legalName->text().trimmed(), QStringLiteral("legalName"), 200)
           << validateText(m_taxId->text().trimmed(), QStringLiteral("taxId"), 50, false)
           << validateText(m_street->text().trimmed(), QStringLiteral("address.street"), 200)
           << validateText(m_postalCode->text().trimmed(), QStringLiteral("address.postalCode"), 20)
           << validateText(m_city->text().trimmed(), QStringLiteral("address.city"), 100)
           << validateText(m_region->text().trimmed(), QStringLiteral("address.region"), 100, false);
    const QString country = m_country->code();
    if (country.isEmpty())
        errors.append({QStringLiteral("address.country"), QStringLiteral("required"), QString()});
    else
        errors << validateCountryCode(country, QStringLiteral("address.country"));
    if (isNew()) {
        errors << validateEmail(m_ownerEmail->text().trimmed(), QStringLiteral("owner.email"))
               << validatePersonName(m_ownerFirstName->text().trimmed(), QStringLiteral("owner.firstName"))
               << validatePersonName(m_ownerLastName->text().trimmed(), QStringLiteral("owner.lastName"));
        if (!m_ownerUsername->text().trimmed().isEmpty())
            errors << validateUsername(m_ownerUsername->text().trimmed(), QStringLiteral("owner.username"));
    }
    errors << m_customFields->validate();
    return errors;
}

void CompanyEditor::showErrors(const QHash<QString, QStringList>& errors, const QString& fallback)
{
    QHash<QString, QStringList> customFieldErrors;
    net::ApiResult others;
    int firstTab = -1;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("customFields")))
            customFieldErrors.insert(it.key(), it.value());
        else
            others.fieldErrors.insert(it.key(), it.value());
        const int tab = tabOf(it.key());
        firstTab = firstTab < 0 ? tab : qMin(firstTab, tab);
    }
    m_customFields->showErrors(customFieldErrors);
    const QStringList unplaced = m_errors.show(others);
    if (firstTab >= 0)
        m_tabs->setCurrentIndex(firstTab);
    showMessage(unplaced.isEmpty() ? fallback : unplaced.join(QLatin1Char('\n')), true);
}

void CompanyEditor::save()
{
    if (m_busy || !isLoaded())
        return;
    m_errors.clear();
    m_customFields->clearErrors();
    showMessage(QString(), false);
    const FieldErrors problems = validate();
    if (!problems.isEmpty()) {
        QHash<QString, QStringList> errors;
        for (const FieldError& error : problems)
            errors[error.field].append(fieldRuleText(error));
        showErrors(errors, tr("Some fields need attention."));
        return;
    }
    net::ApiJob* job = nullptr;
    if (isNew()) {
        QJsonObject body = formValues();
        body.insert(QStringLiteral("owner"), ownerValues());
        job = new net::ApiJob(m_session->connection(), "POST", QStringLiteral("/api/v1/companies"));
        job->setBody(body);
    } else {
        QJsonObject changes;
        const QJsonObject values = formValues();
        for (auto it = values.constBegin(); it != values.constEnd(); ++it)
            if (it.value() != m_original.value(it.key()))
                changes.insert(it.key(), it.value());
        if (changes.isEmpty()) {
            accept();
            return;
        }
        job = new net::ApiJob(m_session->connection(), "PATCH", QStringLiteral("/api/v1/companies/") + m_companyId);
        job->setBody(changes);
        job->setIfMatch(m_etag);
    }
    setBusy(true);
    showMessage(tr("Saving…"), false);
    connect(job, &net::ApiJob::finished, this, &CompanyEditor::finishSave);
    job->start();
}

void CompanyEditor::finishSave(const net::ApiResult& result)
{
    setBusy(false);
    if (result.ok()) {
        m_original = result.body.object();
        m_etag = result.etag;
        m_companyId = m_original.value(QLatin1String("id")).toString();
        showMessage(QString(), false);
        Q_EMIT saved(m_original);
        accept();
        return;
    }
    if (result.status == 412) {
        showMessage(tr("Someone else changed this company after you opened it. Reload to get their version; what "
                       "you typed here is kept."),
                    true);
        m_reload->setVisible(true);
        return;
    }
    if (!result.fieldErrors.isEmpty()) {
        showErrors(result.fieldErrors, tr("Some fields need attention."));
        return;
    }
    showMessage(failureText(result), true);
}

} // namespace steward::ui

// The editor's four pages: details, address, custom user fields (built in the constructor) and owner.
#include "../SessionController.h"
#include "CompanyEditor.h"
#include "CountryComboBox.h"
#include "OwnershipTransferPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <domain/Language.h>

namespace steward::ui {
namespace {

template <typename T> T* named(T* widget, const char* name)
{
    widget->setObjectName(QLatin1String(name));
    return widget;
}

void fillLanguages(QComboBox* combo)
{
    for (Language language : allLanguages())
        combo->addItem(languageNativeName(language), languageCode(language));
}

} // namespace

QWidget* CompanyEditor::buildDetailsTab()
{
    auto* page = new QWidget(m_tabs);
    m_name = named(new QLineEdit(page), "name");
    m_name->setMaxLength(200);
    m_legalName = named(new QLineEdit(page), "legalName");
    m_legalName->setMaxLength(200);
    m_taxId = named(new QLineEdit(page), "taxId");
    m_taxId->setMaxLength(50);
    m_language = named(new QComboBox(page), "defaultLanguage");
    fillLanguages(m_language);
    m_state = named(new QComboBox(page), "state");
    m_state->addItem(QString(), QStringLiteral("active"));
    m_state->addItem(QString(), QStringLiteral("suspended"));
    m_state->setEnabled(m_session->isPlatformScope());
    m_stateNote = new QLabel(page);
    m_stateNote->setWordWrap(true);
    m_usersMayEditName = named(new QCheckBox(page), "usersMayEditName");
    m_usersMayEditName->setChecked(true);

    auto* form = new QFormLayout(page);
    form->addRow(rowLabel(page, m_name, [] { return tr("&Name:"); }), m_name);
    form->addRow(static_cast<QWidget*>(nullptr), m_errors.add(QStringLiteral("name"), page));
    form->addRow(rowLabel(page, m_legalName, [] { return tr("&Legal name:"); }), m_legalName);
    form->addRow(static_cast<QWidget*>(nullptr), m_errors.add(QStringLiteral("legalName"), page));
    form->addRow(rowLabel(page, m_taxId, [] { return tr("&Tax ID:"); }), m_taxId);
    form->addRow(static_cast<QWidget*>(nullptr), m_errors.add(QStringLiteral("taxId"), page));
    form->addRow(rowLabel(page, m_language, [] { return tr("Default &language:"); }), m_language);
    form->addRow(static_cast<QWidget*>(nullptr), m_errors.add(QStringLiteral("defaultLanguage"), page));
    if (!isNew()) {
        //: Whether a company is active or suspended.
        form->addRow(rowLabel(page, m_state, [] { return tr("&State:"); }), m_state);
        form->addRow(QString(), m_stateNote);
        form->addRow(static_cast<QWidget*>(nullptr), m_errors.add(QStringLiteral("state"), page));
    } else {
        m_state->setVisible(false);
        m_stateNote->setVisible(false);
    }
    form->addRow(rowLabel(page, nullptr, [] { return tr("Users' names:"); }), m_usersMayEditName);
    form->addRow(static_cast<QWidget*>(nullptr), m_errors.add(QStringLiteral("usersMayEditName"), page));
    return page;
}

QWidget* CompanyEditor::buildAddressTab()
{
    auto* page = new QWidget(m_tabs);
    m_street = named(new QLineEdit(page), "street");
    m_street->setMaxLength(200);
    m_postalCode = named(new QLineEdit(page), "postalCode");
    m_postalCode->setMaxLength(20);
    m_city = named(new QLineEdit(page), "city");
    m_city->setMaxLength(100);
    m_region = named(new QLineEdit(page), "region");
    m_region->setMaxLength(100);
    m_country = named(new CountryComboBox(page), "country");
    auto* form = new QFormLayout(page);
    form->addRow(rowLabel(page, m_street, [] { return tr("&Street:"); }), m_street);
    form->addRow(static_cast<QWidget*>(nullptr), m_errors.add(QStringLiteral("address.street"), page));
    form->addRow(rowLabel(page, m_postalCode, [] { return tr("&Postal code:"); }), m_postalCode);
    form->addRow(static_cast<QWidget*>(nullptr), m_errors.add(QStringLiteral("address.postalCode"), page));
    form->addRow(rowLabel(page, m_city, [] { return tr("&City:"); }), m_city);
    form->addRow(static_cast<QWidget*>(nullptr), m_errors.add(QStringLiteral("address.city"), page));
    form->addRow(rowLabel(page, m_region, [] { return tr("&Region:"); }), m_region);
    form->addRow(static_cast<QWidget*>(nullptr), m_errors.add(QStringLiteral("address.region"), page));
    form->addRow(rowLabel(page, m_country, [] { return tr("C&ountry:"); }), m_country);
    form->addRow(static_cast<QWidget*>(nullptr), m_errors.add(QStringLiteral("address.country"), page));
    form->addRow(static_cast<QWidget*>(nullptr), m_errors.add(QStringLiteral("address"), page));
    return page;
}

QWidget* CompanyEditor::buildOwnerTab()
{
    if (!isNew()) {
        m_ownership = new OwnershipTransferPanel(m_session, m_tabs);
        m_ownership->setObjectName(QStringLiteral("ownership"));
        return m_ownership;
    }
    auto* page = new QWidget(m_tabs);
    m_ownerNote = new QLabel(page);
    m_ownerNote->setWordWrap(true);
    m_ownerEmail = named(new QLineEdit(page), "ownerEmail");
    m_ownerFirstName = named(new QLineEdit(page), "ownerFirstName");
    m_ownerLastName = named(new QLineEdit(page), "ownerLastName");
    m_ownerUsername = named(new QLineEdit(page), "ownerUsername");
    m_ownerLanguage = named(new QComboBox(page), "ownerLanguage");
    m_ownerLanguage->addItem(QString(), QString());
    fillLanguages(m_ownerLanguage);
    auto* form = new QFormLayout(page);
    form->addRow(m_ownerNote);
    form->addRow(static_cast<QWidget*>(nullptr), m_errors.add(QStringLiteral("owner"), page));
    form->addRow(rowLabel(page, m_ownerEmail, [] { return tr("&Email:"); }), m_ownerEmail);
    form->addRow(static_cast<QWidget*>(nullptr), m_errors.add(QStringLiteral("owner.email"), page));
    form->addRow(rowLabel(page, m_ownerFirstName, [] { return tr("&First name:"); }), m_ownerFirstName);
    form->addRow(static_cast<QWidget*>(nullptr), m_errors.add(QStringLiteral("owner.firstName"), page));
    form->addRow(rowLabel(page, m_ownerLastName, [] { return tr("Last na&me:"); }), m_ownerLastName);
    form->addRow(static_cast<QWidget*>(nullptr), m_errors.add(QStringLiteral("owner.lastName"), page));
    form->addRow(rowLabel(page, m_ownerUsername, [] { return tr("&Username:"); }), m_ownerUsername);
    form->addRow(static_cast<QWidget*>(nullptr), m_errors.add(QStringLiteral("owner.username"), page));
    form->addRow(rowLabel(page, m_ownerLanguage, [] { return tr("Lan&guage:"); }), m_ownerLanguage);
    form->addRow(static_cast<QWidget*>(nullptr), m_errors.add(QStringLiteral("owner.language"), page));
    return page;
}

QLabel* CompanyEditor::rowLabel(QWidget* parent, QWidget* buddy, std::function<QString()> text)
{
    auto* label = new QLabel(parent);
    label->setBuddy(buddy);
    m_rowLabels.append({label, std::move(text)});
    return label;
}

} // namespace steward::ui

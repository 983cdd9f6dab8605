// How the user editor is laid out: its tabs, fields and texts. What it does with them is in
// UserEditor.cpp.
#include "../SessionController.h"
#include "../UserFacingText.h"
#include "CompanyLookups.h"
#include "CustomFieldsForm.h"
#include "UserEditor.h"
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
    for (int id : {onboarding::Invite, onboarding::TemporaryPassword, onboarding::NoEmail}) {
        auto* radio = new QRadioButton(m_onboardingBox);
        radio->setObjectName(QStringLiteral("onboarding_") + onboarding::value(id));
        m_onboarding->addButton(radio, id);
        onboardingLayout->addWidget(radio);
    }
    m_onboarding->button(onboarding::Invite)->setChecked(true);
    text(m_onboardingBox, [this](QWidget* w) {
        static_cast<QGroupBox*>(w)->setTitle(tr("How the person gets in"));
        m_onboarding->button(onboarding::Invite)->setText(tr("Send an invitation email with a link to set a password"));
        m_onboarding->button(onboarding::TemporaryPassword)
            ->setText(tr("Create a temporary password to hand over (shown once; changed at first sign-in)"));
        m_onboarding->button(onboarding::NoEmail)
            ->setText(tr("Send nothing (the person uses \"I forgot my credentials\")"));
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

} // namespace steward::ui

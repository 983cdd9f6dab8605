#include "AccountDialog.h"

#include "ChangePasswordDialog.h"
#include "EmailChangeDialog.h"
#include "SessionController.h"
#include "UserFacingText.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <domain/Language.h>
#include <net/jobs/UpdateMeJob.h>

namespace steward::ui {
namespace {

template <typename T> T* named(T* widget, const char* name)
{
    widget->setObjectName(QLatin1String(name));
    return widget;
}

} // namespace

AccountDialog::AccountDialog(SessionController* session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("accountDialog"));
    m_profileBox = new QGroupBox(this);
    m_fullName = named(new QLabel(m_profileBox), "fullName");
    QFont nameFont = m_fullName->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.25);
    nameFont.setBold(true);
    m_fullName->setFont(nameFont);
    m_firstName = named(new QLineEdit(m_profileBox), "firstName");
    m_lastName = named(new QLineEdit(m_profileBox), "lastName");
    m_nameNote = new QLabel(m_profileBox);
    m_nameNote->setWordWrap(true);
    m_email = named(new QLineEdit(m_profileBox), "email");
    m_email->setReadOnly(true);
    m_changeEmail = named(new QPushButton(m_profileBox), "changeEmail");
    m_username = named(new QLineEdit(m_profileBox), "username");
    m_id = named(new QLineEdit(m_profileBox), "userId");
    m_id->setReadOnly(true);
    m_copyId = named(new QPushButton(m_profileBox), "copyId");
    m_company = named(new QLabel(m_profileBox), "company");
    m_roles = named(new QLabel(m_profileBox), "roles");
    m_roles->setWordWrap(true);

    auto* emailRow = new QHBoxLayout;
    emailRow->addWidget(m_email, 1);
    emailRow->addWidget(m_changeEmail);
    auto* idRow = new QHBoxLayout;
    idRow->addWidget(m_id, 1);
    idRow->addWidget(m_copyId);
    m_profileForm = new QFormLayout(m_profileBox);
    m_profileForm->addRow(m_fullName);
    m_profileForm->addRow(rowLabel(m_profileBox, m_firstName, [] { return tr("&First name:"); }), m_firstName);
    m_profileForm->addRow(QString(), m_errors.add(QStringLiteral("firstName"), m_profileBox));
    m_profileForm->addRow(rowLabel(m_profileBox, m_lastName, [] { return tr("&Last name:"); }), m_lastName);
    m_profileForm->addRow(QString(), m_errors.add(QStringLiteral("lastName"), m_profileBox));
    m_profileForm->addRow(QString(), m_nameNote);
    m_profileForm->addRow(rowLabel(m_profileBox, nullptr, [] { return tr("Email:"); }), emailRow);
    m_profileForm->addRow(rowLabel(m_profileBox, m_username, [] { return tr("&Username:"); }), m_username);
    m_profileForm->addRow(QString(), m_errors.add(QStringLiteral("username"), m_profileBox));
    m_profileForm->addRow(rowLabel(m_profileBox, nullptr, [] { return tr("Unique identifier:"); }), idRow);
    m_profileForm->addRow(rowLabel(m_profileBox, nullptr, [] { return tr("Company:"); }), m_company);
    m_profileForm->addRow(rowLabel(m_profileBox, nullptr, [] { return tr("Roles:"); }), m_roles);

    m_preferencesBox = new QGroupBox(this);
    m_language = named(new QComboBox(m_preferencesBox), "language");
    for (Language language : allLanguages())
        m_language->addItem(languageNativeName(language), languageCode(language));
    m_languageNote = new QLabel(m_preferencesBox);
    m_languageNote->setWordWrap(true);
    m_accountActivity = named(new QCheckBox(m_preferencesBox), "notifyAccountActivity");
    m_teamChanges = named(new QCheckBox(m_preferencesBox), "notifyTeamChanges");
    m_productNews = named(new QCheckBox(m_preferencesBox), "notifyProductNews");
    m_preferencesForm = new QFormLayout(m_preferencesBox);
    m_preferencesForm->addRow(rowLabel(m_preferencesBox, m_language, [] { return tr("&Language:"); }), m_language);
    m_preferencesForm->addRow(QString(), m_languageNote);
    m_preferencesForm->addRow(rowLabel(m_preferencesBox, nullptr, [] { return tr("Email me about:"); }),
                              m_accountActivity);
    m_preferencesForm->addRow(QString(), m_teamChanges);
    m_preferencesForm->addRow(QString(), m_productNews);

    m_securityBox = new QGroupBox(this);
    m_securityNote = new QLabel(m_securityBox);
    m_securityNote->setWordWrap(true);
    m_changePassword = named(new QPushButton(m_securityBox), "changePassword");
    auto* securityLayout = new QHBoxLayout(m_securityBox);
    securityLayout->addWidget(m_securityNote, 1);
    securityLayout->addWidget(m_changePassword);

    m_message = named(new QLabel(this), "message");
    m_message->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(this);
    m_save = named(buttons->addButton(QString(), QDialogButtonBox::ApplyRole), "save");
    m_save->setDefault(true);
    m_close = buttons->addButton(QDialogButtonBox::Close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_profileBox);
    layout->addWidget(m_preferencesBox);
    layout->addWidget(m_securityBox);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    connect(m_save, &QPushButton::clicked, this, &AccountDialog::save);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_copyId, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_id->text());
        showResult(tr("The identifier is on the clipboard."), false);
    });
    connect(m_changePassword, &QPushButton::clicked, this, [this] {
        auto* dialog = new ChangePasswordDialog(m_session, ChangePasswordDialog::Mode::Voluntary, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this,
                [this] { showResult(tr("Your password was changed. Your other sessions have ended."), false); });
        dialog->open();
    });
    connect(m_changeEmail, &QPushButton::clicked, this, [this] {
        auto* dialog = new EmailChangeDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &EmailChangeDialog::requested, this,
                [this](const QString& detail) { showResult(detail, false); });
        dialog->open();
    });
    connect(m_session, &SessionController::userChanged, this, &AccountDialog::load);
    retranslate();
    load();
}

QString AccountDialog::message() const
{
    return m_message->text();
}

void AccountDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AccountDialog::retranslate()
{
    setWindowTitle(tr("My Account"));
    m_profileBox->setTitle(tr("Profile"));
    m_preferencesBox->setTitle(tr("Language and notifications"));
    m_securityBox->setTitle(tr("Password"));
    for (const auto& [label, text] : std::as_const(m_rowLabels))
        label->setText(text());
    m_changeEmail->setText(tr("Change &email…"));
    m_copyId->setText(tr("&Copy"));
    m_copyId->setToolTip(tr("Copy the identifier to the clipboard"));
    m_nameNote->setText(m_session->mayEditOwnName() ? QString()
                                                    : tr("Your company's administrators manage your name."));
    m_nameNote->setVisible(!m_session->mayEditOwnName());
    m_languageNote->setText(tr("Every email Steward sends you arrives in this language."));
    m_accountActivity->setText(tr("Sign-ins and sessions ended by an administrator"));
    m_teamChanges->setText(tr("Changes to my team: accepted invitations, role changes"));
    m_productNews->setText(tr("News about the platform"));
    m_securityNote->setText(tr("Security notices (password or email changed) are always sent."));
    m_changePassword->setText(tr("Change &password…"));
    m_save->setText(tr("&Save"));
    load();
}

QLabel* AccountDialog::rowLabel(QWidget* parent, QWidget* buddy, std::function<QString()> text)
{
    auto* label = new QLabel(parent);
    label->setBuddy(buddy);
    m_rowLabels.append({label, std::move(text)});
    return label;
}

void AccountDialog::load()
{
    const User& user = m_session->user();
    m_fullName->setText(user.fullName());
    m_firstName->setText(user.firstName);
    m_lastName->setText(user.lastName);
    m_firstName->setReadOnly(!m_session->mayEditOwnName());
    m_lastName->setReadOnly(!m_session->mayEditOwnName());
    m_email->setText(user.email);
    m_username->setText(user.username);
    m_id->setText(user.id.toString(QUuid::WithoutBraces));
    //: Shown as the company of platform staff, who belong to no customer company.
    m_company->setText(m_session->isPlatformScope() ? tr("Platform operator") : m_session->companyName());
    QStringList roles;
    for (const RoleAssignment& role : user.roles) {
        roles.append(role.enabled ? role.name : tr("%1 (disabled)").arg(role.name));
    }
    if (m_session->isOwner())
        roles.prepend(tr("Owner"));
    m_roles->setText(roles.isEmpty() ? tr("None") : roles.join(QStringLiteral(", ")));
    m_language->setCurrentIndex(m_language->findData(languageCode(user.language)));
    m_accountActivity->setChecked(user.notifications.accountActivity);
    m_teamChanges->setChecked(user.notifications.teamChanges);
    m_productNews->setChecked(user.notifications.productNews);
}

bool AccountDialog::hasChanges() const
{
    const User& user = m_session->user();
    return m_firstName->text() != user.firstName || m_lastName->text() != user.lastName ||
           m_username->text() != user.username || m_language->currentData().toString() != languageCode(user.language) ||
           m_accountActivity->isChecked() != user.notifications.accountActivity ||
           m_teamChanges->isChecked() != user.notifications.teamChanges ||
           m_productNews->isChecked() != user.notifications.productNews;
}

void AccountDialog::save()
{
    m_errors.clear();
    if (!hasChanges()) {
        showResult(tr("Nothing to save."), false);
        return;
    }
    const User& user = m_session->user();
    auto* job = new net::UpdateMeJob(m_session->connection(), m_session->userEtag());
    if (m_firstName->text() != user.firstName)
        job->setFirstName(m_firstName->text());
    if (m_lastName->text() != user.lastName)
        job->setLastName(m_lastName->text());
    if (m_username->text() != user.username)
        job->setUsername(m_username->text());
    if (const auto language = languageFromCode(m_language->currentData().toString());
        language && *language != user.language)
        job->setLanguage(*language);
    NotificationPreferences notifications{m_accountActivity->isChecked(), m_teamChanges->isChecked(),
                                          m_productNews->isChecked()};
    if (!(notifications == user.notifications))
        job->setNotifications(notifications);
    m_save->setEnabled(false);
    connect(job, &net::ApiJob::finished, this, [this, job](const net::ApiResult& result) {
        m_save->setEnabled(true);
        if (!result.ok()) {
            const QStringList unplaced = m_errors.show(result);
            if (result.status == 412) {
                showResult(tr("Your account was changed elsewhere meanwhile. The current values are shown; make "
                              "your change again."),
                           true);
                m_session->refreshUser();
            } else {
                showResult(unplaced.isEmpty() && !result.fieldErrors.isEmpty() ? tr("Check the highlighted fields.")
                                                                               : failureText(result),
                           true);
            }
            return;
        }
        m_session->setUser(job->user(), job->etag());
        showResult(tr("Your changes were saved."), false);
    });
    job->start();
}

void AccountDialog::showResult(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
    m_message->setText(text);
}

} // namespace steward::ui

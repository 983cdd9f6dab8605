#include "InviteDialog.h"

#include "InviteAddresses.h"
#include "SessionController.h"
#include "UserFacingText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBlock>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <domain/Language.h>
#include <net/ApiJob.h>

namespace steward::ui {
namespace {

constexpr int kOkRole = Qt::UserRole + 1;

QLabel* errorLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->setVisible(false);
    return label;
}

} // namespace

InviteDialog::InviteDialog(SessionController* session, const QString& companyId, QWidget* parent)
    : QDialog(parent), m_session(session), m_companyId(companyId)
{
    setObjectName(QStringLiteral("inviteDialog"));
    if (m_companyId.isEmpty() && !session->user().companyId.isNull())
        m_companyId = session->user().companyId.toString(QUuid::WithoutBraces);

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_addressesLabel = new QLabel(this);
    m_addresses = new QPlainTextEdit(this);
    m_addresses->setObjectName(QStringLiteral("addresses"));
    m_addresses->setTabChangesFocus(true);
    m_addresses->setMinimumHeight(70);
    m_addresses->setMaximumHeight(120);
    m_addressesLabel->setBuddy(m_addresses);
    m_addressError = errorLabel(this, "addressError");
    m_rolesLabel = new QLabel(this);
    m_roles = new QListWidget(this);
    m_roles->setObjectName(QStringLiteral("roles"));
    m_roles->setMinimumHeight(60);
    m_roles->setMaximumHeight(130);
    m_rolesLabel->setBuddy(m_roles);
    m_rolesStatus = new QLabel(this);
    m_rolesStatus->setObjectName(QStringLiteral("rolesStatus"));
    m_rolesStatus->setWordWrap(true);
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QString(), QString());
    for (Language language : allLanguages())
        m_language->addItem(languageNativeName(language), languageCode(language));
    m_languageLabel->setBuddy(m_language);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setVisible(false);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("results"));
    m_results->setVisible(false);
    m_results->setMinimumHeight(80);
    m_results->setWordWrap(true);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("send"));
    m_send->setDefault(true);
    m_close = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_close->setObjectName(QStringLiteral("close"));
    connect(m_send, &QPushButton::clicked, this, &InviteDialog::send);
    connect(m_close, &QPushButton::clicked, this, &InviteDialog::reject);
    connect(m_addresses, &QPlainTextEdit::textChanged, this, &InviteDialog::checkAddresses);

    auto* form = new QFormLayout;
    form->addRow(m_addressesLabel, m_addresses);
    form->addRow(QString(), m_addressError);
    form->addRow(m_rolesLabel, m_roles);
    form->addRow(QString(), m_rolesStatus);
    form->addRow(m_languageLabel, m_language);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_results, 2);
    layout->addStretch(1); // takes the room while there are no results yet
    layout->addWidget(buttons);
    resize(520, 560);

    retranslate();
    updateButtons();
    loadRoles();
    loadCompanyLanguage();
}

void InviteDialog::retranslate()
{
    setWindowTitle(tr("Invite people"));
    m_intro->setText(tr("Each address gets its own invitation email with a link that is valid for 7 days. The "
                        "invitee chooses a name and a password and can then sign in with the roles chosen here."));
    m_addressesLabel->setText(tr("&Email addresses:"));
    m_addresses->setPlaceholderText(tr("One per line, or separated by commas"));
    m_rolesLabel->setText(tr("&Roles:"));
    //: Label of the language the invitation email is written in.
    m_languageLabel->setText(tr("Email &language:"));
    m_language->setItemText(
        0, m_companyLanguage.isEmpty()
               ? tr("The company's default")
               //: %1 is a language's name, e.g. "Deutsch".
               : tr("The company's default (%1)")
                     .arg(languageNativeName(languageFromCode(m_companyLanguage).value_or(Language::English))));
    m_send->setText(tr("&Send invitations"));
    m_close->setText(tr("Close"));
    checkAddresses();
}

void InviteDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void InviteDialog::reject()
{
    // Closing while sending would leave the outcome of the remaining addresses unknown.
    if (!m_sending)
        QDialog::reject();
}

void InviteDialog::loadRoles()
{
    m_rolesStatus->setText(tr("Loading roles…"));
    auto* job = new net::ApiJob(m_session->connection(), "GET", QStringLiteral("/api/v1/roles"));
    QUrlQuery query;
    if (!m_companyId.isEmpty())
        query.addQueryItem(QStringLiteral("company"), m_companyId);
    query.addQueryItem(QStringLiteral("scope"), QStringLiteral("company"));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
    job->setQuery(query);
    connect(job, &net::ApiJob::finished, this, [this](const net::ApiResult& result) {
        if (!result.ok()) {
            m_rolesStatus->setText(tr("The roles could not be loaded: %1").arg(failureText(result)));
            return;
        }
        m_rolesStatus->clear();
        m_rolesStatus->setVisible(false);
        const QJsonArray roles = result.body.object().value(QLatin1String("items")).toArray();
        for (const QJsonValue& value : roles) {
            const QJsonObject role = value.toObject();
            auto* item = new QListWidgetItem(role.value(QLatin1String("name")).toString(), m_roles);
            item->setData(Qt::UserRole, role.value(QLatin1String("id")).toString());
            item->setToolTip(role.value(QLatin1String("description")).toString());
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    });
    job->start();
}

void InviteDialog::loadCompanyLanguage()
{
    if (m_companyId.isEmpty())
        return;
    auto* job =
        new net::ApiJob(m_session->connection(), "GET", QString(QStringLiteral("/api/v1/companies/") + m_companyId));
    connect(job, &net::ApiJob::finished, this, [this](const net::ApiResult& result) {
        if (!result.ok())
            return; // the first entry then just says "the company's default"
        m_companyLanguage = result.body.object().value(QLatin1String("defaultLanguage")).toString();
        retranslate();
    });
    job->start();
}

void InviteDialog::checkAddresses()
{
    const InviteAddresses parsed = InviteAddresses::parse(m_addresses->toPlainText());
    QStringList lines;
    QList<QTextEdit::ExtraSelection> marks;
    for (const InviteAddresses::Bad& bad : parsed.bad) {
        //: One refused address in the invite dialog: %1 the address, %2 why.
        lines.append(tr("“%1”: %2").arg(bad.address, bad.reason));
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_addresses->document());
        mark.cursor.setPosition(int(bad.position));
        mark.cursor.setPosition(int(bad.position + bad.address.size()), QTextCursor::KeepAnchor);
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(QColor(0xb3, 0x26, 0x1e));
        marks.append(mark);
    }
    m_addresses->setExtraSelections(marks);
    m_addressError->setText(lines.isEmpty() ? QString()
                                            : tr("These addresses cannot be invited:\n%1").arg(lines.join(u'\n')));
    m_addressError->setVisible(!lines.isEmpty());
    updateButtons();
}

QString InviteDialog::addressError() const
{
    return m_addressError->isVisible() ? m_addressError->text() : QString();
}

void InviteDialog::updateButtons()
{
    const InviteAddresses parsed = InviteAddresses::parse(m_addresses->toPlainText());
    m_send->setEnabled(!m_sending && !parsed.good.isEmpty() && parsed.bad.isEmpty());
    m_close->setEnabled(!m_sending);
    m_addresses->setReadOnly(m_sending);
}

void InviteDialog::send()
{
    const InviteAddresses parsed = InviteAddresses::parse(m_addresses->toPlainText());
    if (m_sending || parsed.good.isEmpty() || !parsed.bad.isEmpty())
        return;
    m_sending = true;
    m_queue = parsed.good;
    m_failedAddresses.clear();
    m_sent = 0;
    m_results->clear();
    m_results->setVisible(true);
    m_progress->setRange(0, int(m_queue.size()));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    updateButtons();
    sendNext();
}

void InviteDialog::sendNext()
{
    if (m_queue.isEmpty()) {
        m_sending = false;
        // What is left to fix and send again: the addresses that failed.
        m_addresses->setPlainText(m_failedAddresses.join(u'\n'));
        updateButtons();
        Q_EMIT sendingFinished(m_sent, int(m_failedAddresses.size()));
        return;
    }
    const QString address = m_queue.takeFirst();
    QJsonObject body{{QStringLiteral("email"), address}};
    if (m_session->isPlatformScope() && !m_companyId.isEmpty())
        body.insert(QStringLiteral("companyId"), m_companyId);
    if (const QString language = m_language->currentData().toString(); !language.isEmpty())
        body.insert(QStringLiteral("language"), language);
    QJsonArray roleIds;
    for (int row = 0; row < m_roles->count(); ++row)
        if (m_roles->item(row)->checkState() == Qt::Checked)
            roleIds.append(m_roles->item(row)->data(Qt::UserRole).toString());
    if (!roleIds.isEmpty())
        body.insert(QStringLiteral("roleIds"), roleIds);

    auto* job = new net::ApiJob(m_session->connection(), "POST", QStringLiteral("/api/v1/invitations"));
    job->setBody(body);
    connect(job, &net::ApiJob::finished, this, [this, address](const net::ApiResult& result) {
        addResult(address, result);
        m_progress->setValue(m_progress->value() + 1);
        sendNext();
    });
    job->start();
}

QString InviteDialog::failureFor(const net::ApiResult& result) const
{
    if (result.code() == QLatin1String("already_invited"))
        return tr("already has a pending invitation; resend it from the list instead");
    if (result.fieldErrorCodes(QStringLiteral("email")).contains(QStringLiteral("already_member")))
        return tr("already a member of this company");
    if (result.status == 403)
        return tr("you may not give roles; invite without roles or ask an administrator");
    QStringList messages;
    for (auto it = result.fieldErrors.cbegin(); it != result.fieldErrors.cend(); ++it)
        messages.append(it.value());
    return messages.isEmpty() ? failureText(result) : messages.join(QLatin1String("; "));
}

void InviteDialog::addResult(const QString& address, const net::ApiResult& result)
{
    //: One line of the invite dialog's outcome list: %1 the address, %2 what happened.
    const QString line = tr("%1: %2").arg(address, result.ok() ? tr("Invitation sent") : failureFor(result));
    auto* item = new QListWidgetItem(line, m_results);
    item->setData(kOkRole, result.ok());
    item->setForeground(result.ok() ? QColor(0x1b, 0x5e, 0x20) : QColor(0xb3, 0x26, 0x1e));
    if (result.ok())
        ++m_sent;
    else
        m_failedAddresses.append(address);
}

QStringList InviteDialog::resultTexts() const
{
    QStringList texts;
    for (int row = 0; row < m_results->count(); ++row)
        texts.append(m_results->item(row)->text());
    return texts;
}

} // namespace steward::ui

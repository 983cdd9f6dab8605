#include "OwnershipTransferPanel.h"

#include "../SessionController.h"
#include "../UserFacingText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>
#include <net/ApiJob.h>
#include <net/jobs/ListJob.h>

namespace steward::ui {
namespace {

QString personText(const QJsonObject& user)
{
    const QString name = QStringLiteral("%1 %2").arg(user.value(QLatin1String("firstName")).toString(),
                                                     user.value(QLatin1String("lastName")).toString());
    return QStringLiteral("%1 <%2>").arg(name.trimmed(), user.value(QLatin1String("email")).toString());
}

} // namespace

OwnershipTransferPanel::OwnershipTransferPanel(SessionController* session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    m_ownerCaption = new QLabel(this);
    m_owner = new QLabel(this);
    m_owner->setObjectName(QStringLiteral("currentOwner"));
    m_owner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("ownerSearch"));
    m_search->setClearButtonEnabled(true);
    m_candidates = new QListWidget(this);
    m_candidates->setObjectName(QStringLiteral("ownerCandidates"));
    m_transfer = new QPushButton(this);
    m_transfer->setObjectName(QStringLiteral("transferOwnership"));
    m_transfer->setEnabled(false);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("transferMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    auto* ownerRow = new QHBoxLayout;
    ownerRow->addWidget(m_ownerCaption);
    ownerRow->addWidget(m_owner, 1);
    auto* transferRow = new QHBoxLayout;
    transferRow->addStretch(1);
    transferRow->addWidget(m_transfer);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(ownerRow);
    layout->addWidget(m_explanation);
    layout->addWidget(m_search);
    layout->addWidget(m_candidates, 1);
    layout->addLayout(transferRow);
    layout->addWidget(m_message);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &OwnershipTransferPanel::search);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_candidates, &QListWidget::currentRowChanged, this,
            [this](int row) { m_transfer->setEnabled(row >= 0 && !m_company.isEmpty()); });
    connect(m_candidates, &QListWidget::itemDoubleClicked, this, &OwnershipTransferPanel::confirmTransfer);
    connect(m_transfer, &QPushButton::clicked, this, &OwnershipTransferPanel::confirmTransfer);
    retranslate();
}

void OwnershipTransferPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OwnershipTransferPanel::retranslate()
{
    m_ownerCaption->setText(tr("Current owner:"));
    m_explanation->setText(
        tr("The owner holds Admin implicitly and cannot be deactivated or deleted. Ownership can "
           "go to an enabled user of this company; the previous owner keeps their roles. A transfer takes effect at "
           "once."));
    m_search->setPlaceholderText(tr("Search the company's enabled users"));
    m_transfer->setText(tr("&Make owner…"));
    if (m_ownerName.isEmpty() && !m_company.isEmpty())
        m_owner->setText(tr("Loading…"));
}

void OwnershipTransferPanel::setCompany(const QJsonObject& company)
{
    const bool otherOwner = company.value(QLatin1String("ownerId")) != m_company.value(QLatin1String("ownerId"));
    m_company = company;
    if (otherOwner || m_ownerName.isEmpty())
        loadOwner();
    search();
}

QString OwnershipTransferPanel::ownerText() const
{
    return m_owner->text();
}

QString OwnershipTransferPanel::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void OwnershipTransferPanel::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QStringLiteral("color: #1b5e20;"));
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void OwnershipTransferPanel::loadOwner()
{
    m_ownerName.clear();
    const QString ownerId = m_company.value(QLatin1String("ownerId")).toString();
    m_owner->setText(ownerId.isEmpty() ? tr("None") : tr("Loading…"));
    if (ownerId.isEmpty())
        return;
    auto* job = new net::ApiJob(m_session->connection(), "GET", QStringLiteral("/api/v1/users/") + ownerId);
    connect(job, &net::ApiJob::finished, this, [this, ownerId](const net::ApiResult& result) {
        if (ownerId != m_company.value(QLatin1String("ownerId")).toString())
            return; // ownership moved on while this was loading
        if (!result.ok()) {
            m_owner->setText(ownerId);
            return;
        }
        m_ownerName = personText(result.body.object());
        m_owner->setText(m_ownerName);
    });
    job->start();
}

void OwnershipTransferPanel::search()
{
    const QString companyId = m_company.value(QLatin1String("id")).toString();
    if (companyId.isEmpty())
        return;
    const int generation = ++m_searchGeneration;
    m_searching = true;
    auto* job = new net::ListJob(m_session->connection(), QStringLiteral("/api/v1/users"));
    job->setParameter(QStringLiteral("company"), companyId);
    job->setParameter(QStringLiteral("state"), QStringLiteral("enabled"));
    job->setSearch(m_search->text().trimmed());
    job->setLimit(50);
    connect(job, &net::ApiJob::finished, this, [this, job, generation](const net::ApiResult& result) {
        if (generation != m_searchGeneration)
            return; // a newer search is under way
        m_searching = false;
        m_candidates->clear();
        if (!result.ok()) {
            showMessage(failureText(result), true);
            return;
        }
        const QString ownerId = m_company.value(QLatin1String("ownerId")).toString();
        for (const QJsonValue& value : job->items()) {
            const QJsonObject user = value.toObject();
            const QString id = user.value(QLatin1String("id")).toString();
            if (id == ownerId)
                continue;
            auto* item = new QListWidgetItem(personText(user), m_candidates);
            item->setData(Qt::UserRole, id);
        }
        if (m_candidates->count() == 0)
            (new QListWidgetItem(tr("No other enabled user matches."), m_candidates))->setFlags(Qt::NoItemFlags);
        m_transfer->setEnabled(false);
    });
    job->start();
}

void OwnershipTransferPanel::confirmTransfer()
{
    QListWidgetItem* item = m_candidates->currentItem();
    if (!item || item->data(Qt::UserRole).isNull())
        return;
    const QString userId = item->data(Qt::UserRole).toString();
    const QString name = item->text();
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Transfer ownership"),
                        tr("Make %1 the owner of %2?").arg(name, m_company.value(QLatin1String("name")).toString()),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setInformativeText(tr("The current owner keeps their roles but loses the owner's protection and the "
                               "implicit Admin role."));
    box->setObjectName(QStringLiteral("confirmTransfer"));
    box->button(QMessageBox::Yes)->setText(tr("Make owner"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, userId, name] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            transfer(userId, name);
    });
    box->open();
}

void OwnershipTransferPanel::transfer(const QString& userId, const QString& name)
{
    const QString companyId = m_company.value(QLatin1String("id")).toString();
    m_transfer->setEnabled(false);
    showMessage(QString(), false);
    auto* job = new net::ApiJob(m_session->connection(), "POST",
                                QStringLiteral("/api/v1/companies/%1/transfer-ownership").arg(companyId));
    job->setBody(QJsonObject{{QStringLiteral("userId"), userId}});
    connect(job, &net::ApiJob::finished, this, [this, name](const net::ApiResult& result) {
        if (!result.ok()) {
            const QStringList fields = result.fieldErrors.value(QStringLiteral("userId"));
            showMessage(fields.isEmpty() ? failureText(result) : fields.join(QLatin1Char(' ')), true);
            m_transfer->setEnabled(m_candidates->currentRow() >= 0);
            return;
        }
        const QJsonObject company = result.body.object();
        setCompany(company);
        showMessage(tr("%1 is now the owner.").arg(name), false);
        Q_EMIT transferred(company, result.etag);
    });
    job->start();
}

} // namespace steward::ui

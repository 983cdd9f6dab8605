#include "InvitationsView.h"

#include "ConfirmBox.h"
#include "IdNameResolver.h"
#include "InvitationExpiryDelegate.h"
#include "InviteDialog.h"
#include "ReferencedNames.h"
#include "RemoteTableView.h"
#include "SessionController.h"
#include "UserFacingText.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QToolBar>
#include <QUrlQuery>
#include <domain/Language.h>
#include <limits>
#include <memory>
#include <models/InvitationsModel.h>
#include <models/ModelFormat.h>
#include <models/NameDirectory.h>
#include <net/ApiJob.h>

namespace steward::ui {
namespace {

enum Detail
{
    Email,
    State,
    Roles,
    LanguageRow,
    InvitedBy,
    Sent,
    Expires,
    Accepted,
    Revoked,
    DetailCount
};

bool canResend(const QString& state)
{
    return state == QLatin1String("pending") || state == QLatin1String("expired");
}

} // namespace

InvitationsView::InvitationsView(SessionController* session, QWidget* parent) : SectionView(session, parent)
{
    setObjectName(QStringLiteral("invitationsView"));
    m_model = new models::InvitationsModel(session->connection(), this);
    m_names = new models::NameDirectory(this);
    m_model->setNameDirectory(m_names);
    new ReferencedNames(m_model, QStringLiteral("inviterId"), QStringLiteral("user"),
                        new IdNameResolver(session, m_names, this), this);
    if (!session->user().id.isNull())
        m_names->setName(session->user().id.toString(QUuid::WithoutBraces), session->user().fullName());

    m_invite = toolBar()->addAction(QString(), this, [this] { openInviteDialog(); });
    m_invite->setObjectName(QStringLiteral("invite"));
    m_invite->setShortcut(QKeySequence::New);
    m_resend = toolBar()->addAction(QString(), this, &InvitationsView::resendSelected);
    m_resend->setObjectName(QStringLiteral("resend"));
    m_revoke = toolBar()->addAction(QString(), this, &InvitationsView::revokeSelected);
    m_revoke->setObjectName(QStringLiteral("revoke"));
    m_revoke->setShortcut(QKeySequence::Delete);
    toolBar()->addSeparator();
    m_refresh = toolBar()->addAction(QString(), m_model, &models::RemoteTableModel::refresh);
    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    // Also the view's own actions, so their shortcuts work wherever the focus is inside the view
    // (with the tool bar alone they would need the focus on the tool bar).
    for (QAction* action : {m_invite, m_resend, m_revoke, m_refresh}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }

    m_stateLabel = new QLabel(this);
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("stateFilter"));
    for (const char* state : {"", "pending", "accepted", "expired", "revoked"})
        m_state->addItem(QString(), QLatin1String(state));
    m_stateLabel->setBuddy(m_state);
    filterBar()->addWidget(m_stateLabel);
    filterBar()->addWidget(m_state);
    filterBar()->addStretch(1);
    connect(m_state, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setStateFilter(m_state->currentData().toString()); });

    m_detailsTitle = new QLabel(detailsPane());
    QFont bold = m_detailsTitle->font();
    bold.setBold(true);
    m_detailsTitle->setFont(bold);
    m_detailsForm = new QFormLayout;
    for (int row = 0; row < DetailCount; ++row) {
        auto* label = new QLabel(detailsPane());
        auto* value = new QLabel(detailsPane());
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_detailLabels.append(label);
        m_detailValues.append(value);
        m_detailsForm->addRow(label, value);
    }
    m_detailValues[Email]->setObjectName(QStringLiteral("detailEmail"));
    m_detailValues[Roles]->setObjectName(QStringLiteral("detailRoles"));
    m_detailValues[Expires]->setObjectName(QStringLiteral("detailExpires"));
    detailsLayout()->addWidget(m_detailsTitle);
    detailsLayout()->addLayout(m_detailsForm);
    detailsLayout()->addStretch(1);
    detailsPane()->setMinimumWidth(280);
    m_detailsTitle->setWordWrap(true);

    setModel(m_model);
    table()->setItemDelegateForColumn(models::InvitationsModel::Expires, new InvitationExpiryDelegate(table()));
    table()->horizontalHeader()->moveSection(models::InvitationsModel::State, 0);
    table()->horizontalHeader()->resizeSection(models::InvitationsModel::State, 90);
    table()->horizontalHeader()->resizeSection(models::InvitationsModel::Email, 220);
    table()->horizontalHeader()->resizeSection(models::InvitationsModel::Inviter, 150);
    table()->horizontalHeader()->resizeSection(models::InvitationsModel::Sent, 130);
    connect(table()->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_model, &models::RemoteTableModel::refreshed, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_names, &models::NameDirectory::namesChanged, this, &InvitationsView::updateDetails);

    // The countdown moves on its own; a repaint every half minute keeps it true.
    m_countdown.setInterval(30000);
    connect(&m_countdown, &QTimer::timeout, table()->viewport(), qOverload<>(&QWidget::update));
    m_countdown.start();

    retranslate();
    updateActions();
    updateDetails();
    loadRoleNames();
}

void InvitationsView::retranslate()
{
    m_invite->setText(tr("&Invite…"));
    m_invite->setToolTip(
        tr("Invite people by email (%1)").arg(m_invite->shortcut().toString(QKeySequence::NativeText)));
    //: Send an invitation again, with a new link.
    m_resend->setText(tr("Re&send"));
    m_resend->setToolTip(tr("Send the selected invitations again with a new link valid for 7 days"));
    m_revoke->setText(tr("Re&voke"));
    m_revoke->setToolTip(tr("End the links of the selected invitations"));
    m_refresh->setText(tr("Refresh"));
    m_stateLabel->setText(tr("&State:"));
    m_state->setItemText(0, tr("All"));
    for (int i = 1; i < m_state->count(); ++i)
        m_state->setItemText(i, models::format::invitationState(m_state->itemData(i).toString()));
    const char* labels[DetailCount] = {
        QT_TR_NOOP("Email:"),          QT_TR_NOOP("State:"),      QT_TR_NOOP("Roles:"),
        QT_TR_NOOP("Email language:"), QT_TR_NOOP("Invited by:"), QT_TR_NOOP("Sent:"),
        QT_TR_NOOP("Expires:"),        QT_TR_NOOP("Accepted:"),   QT_TR_NOOP("Revoked:")};
    for (int row = 0; row < DetailCount; ++row)
        m_detailLabels[row]->setText(tr(labels[row]));
    updateDetails();
}

QString InvitationsView::countFor(qint64 total) const
{
    return tr("%n invitation(s)", nullptr, int(qMin<qint64>(total, std::numeric_limits<int>::max())));
}

void InvitationsView::setCompany(const QString& companyId)
{
    m_companyId = companyId;
    m_model->setCompanyFilter(companyId);
    m_roleNames.clear();
    loadRoleNames();
    updateActions();
}

InviteDialog* InvitationsView::openInviteDialog()
{
    if (m_session->isPlatformScope() && m_companyId.isEmpty()) {
        showMessage(tr("Choose a company first: invitations are sent into one company."));
        return nullptr;
    }
    auto* dialog = new InviteDialog(m_session, m_companyId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InviteDialog::sendingFinished, this, [this](int sent, int failed) {
        if (sent > 0)
            m_model->refresh();
        if (failed == 0)
            showMessage(tr("%n invitation(s) sent.", nullptr, sent), false);
    });
    dialog->open();
    return dialog;
}

QList<InvitationsView::Selected> InvitationsView::selectedInvitations() const
{
    QList<Selected> selected;
    for (int row : table()->selectedRowNumbers()) {
        const QJsonObject item = m_model->itemAt(row);
        selected.append({item.value(QLatin1String("id")).toString(), item.value(QLatin1String("email")).toString(),
                         item.value(QLatin1String("state")).toString()});
    }
    return selected;
}

void InvitationsView::updateActions()
{
    bool resendable = false;
    bool revocable = false;
    for (const Selected& invitation : selectedInvitations()) {
        resendable = resendable || canResend(invitation.state);
        revocable = revocable || canResend(invitation.state);
    }
    m_resend->setEnabled(!m_busy && resendable);
    m_revoke->setEnabled(!m_busy && revocable);
    m_invite->setEnabled(!m_session->isPlatformScope() || !m_companyId.isEmpty());
}

void InvitationsView::updateDetails()
{
    const QList<int> rows = table()->selectedRowNumbers();
    const QJsonObject item = rows.size() == 1 ? m_model->itemAt(rows.first()) : QJsonObject();
    for (int row = 0; row < DetailCount; ++row)
        m_detailsForm->setRowVisible(row, !item.isEmpty());
    if (item.isEmpty()) {
        m_detailsTitle->setText(rows.size() > 1 ? tr("%n invitation(s) selected.", nullptr, int(rows.size()))
                                                : tr("Select an invitation to see its details."));
        return;
    }
    m_detailsTitle->setText(tr("Invitation"));
    const auto text = [&](const char* key) { return item.value(QLatin1String(key)).toString(); };
    const auto time = [&](const char* key) {
        const QString value = models::format::timeText(item.value(QLatin1String(key)));
        //: Shown for a time that is not set (not accepted, not revoked…).
        return value.isEmpty() ? tr("—") : value;
    };
    QStringList roles;
    for (const QJsonValue& id : item.value(QLatin1String("roleIds")).toArray())
        roles.append(m_roleNames.value(id.toString(), id.toString()));
    const auto language = languageFromCode(text("language"));
    m_detailValues[Email]->setText(text("email"));
    m_detailValues[State]->setText(models::format::invitationState(text("state")));
    //: No roles were chosen for the invitation.
    m_detailValues[Roles]->setText(roles.isEmpty() ? tr("None") : roles.join(QLatin1String(", ")));
    m_detailValues[LanguageRow]->setText(language ? languageNativeName(*language) : text("language"));
    const QString inviter = text("inviterId");
    m_detailValues[InvitedBy]->setText(m_names->contains(inviter) ? m_names->name(inviter) : inviter);
    m_detailValues[Sent]->setText(time("createdAt"));
    QString expires = time("expiresAt");
    if (text("state") == QLatin1String("pending"))
        expires =
            QString(expires + u'\n' +
                    InvitationExpiryDelegate::countdownText(
                        models::format::time(item.value(QLatin1String("expiresAt"))), QDateTime::currentDateTimeUtc()));
    m_detailValues[Expires]->setText(expires);
    m_detailValues[Accepted]->setText(time("acceptedAt"));
    m_detailValues[Revoked]->setText(time("revokedAt"));
}

void InvitationsView::resendSelected()
{
    QList<Selected> targets;
    for (const Selected& invitation : selectedInvitations())
        if (canResend(invitation.state))
            targets.append(invitation);
    if (!targets.isEmpty())
        runEach(targets, "POST", QStringLiteral("/resend"),
                tr("%n invitation(s) sent again with a new link.", nullptr, int(targets.size())));
}

void InvitationsView::revokeSelected()
{
    QList<Selected> targets;
    for (const Selected& invitation : selectedInvitations())
        if (canResend(invitation.state))
            targets.append(invitation);
    if (targets.isEmpty() || m_busy)
        return;
    const QString question = targets.size() == 1 ? tr("Revoke the invitation of “%1”?").arg(targets.first().email)
                                                 : tr("Revoke %n invitation(s)?", nullptr, int(targets.size()));
    askToConfirm(
        this, tr("Revoke invitations"), question, tr("Revoke"),
        [this, targets] {
            runEach(targets, "DELETE", QString(), tr("%n invitation(s) revoked.", nullptr, int(targets.size())));
        },
        tr("The link in the email stops working at once. The invitation stays in the list as revoked."));
}

void InvitationsView::runEach(const QList<Selected>& targets, const QByteArray& method, const QString& suffix,
                              const QString& doneText)
{
    m_busy = true;
    updateActions();
    auto remaining = std::make_shared<QList<Selected>>(targets);
    auto failures = std::make_shared<QStringList>();
    auto step = std::make_shared<std::function<void()>>();
    *step = [this, remaining, failures, step, method, suffix, doneText] {
        if (remaining->isEmpty()) {
            m_busy = false;
            if (failures->isEmpty())
                showMessage(doneText, false);
            else
                showMessage(failures->join(u'\n'));
            m_model->refresh();
            updateActions();
            *step = nullptr; // breaks the cycle of the lambda holding itself
            return;
        }
        const Selected target = remaining->takeFirst();
        auto* job = new net::ApiJob(m_session->connection(), method,
                                    QString(QStringLiteral("/api/v1/invitations/") + target.id + suffix));
        connect(job, &net::ApiJob::finished, this, [target, failures, step](const net::ApiResult& result) {
            if (!result.ok())
                //: A failed resend or revoke: %1 the address, %2 why.
                failures->append(tr("%1: %2").arg(target.email, failureText(result)));
            (*step)();
        });
        job->start();
    };
    (*step)();
}

void InvitationsView::loadRoleNames()
{
    auto* job = new net::ApiJob(m_session->connection(), "GET", QStringLiteral("/api/v1/roles"));
    QUrlQuery query;
    if (!m_companyId.isEmpty())
        query.addQueryItem(QStringLiteral("company"), m_companyId);
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
    job->setQuery(query);
    connect(job, &net::ApiJob::finished, this, [this](const net::ApiResult& result) {
        if (!result.ok())
            return; // the details then show role ids
        for (const QJsonValue& value : result.body.object().value(QLatin1String("items")).toArray()) {
            const QJsonObject role = value.toObject();
            m_roleNames.insert(role.value(QLatin1String("id")).toString(),
                               role.value(QLatin1String("name")).toString());
        }
        updateDetails();
    });
    job->start();
}

} // namespace steward::ui

// The Audit log section against a real server: the owner finds the invitation events by action,
// sees the before and after of each changed field with the actor, time, client address and
// request id in the details pane, narrows by actor (typed as an email) and time range, and a
// user's own history (what the users view shows from its details pane).
#include "GuiTestSupport.h"
#include "Scenario.h"
#include "TestServer.h"

#include <QDateTimeEdit>
#include <QLabel>
#include <QRegularExpression>
#include <models/AuditModel.h>
#include <ui/MainWindow.h>
#include <ui/SessionController.h>
#include <ui/views/AuditDetailsPane.h>
#include <ui/views/AuditView.h>
#include <ui/views/RemoteTableView.h>

using namespace steward;
using namespace steward::test;

namespace {

const QString kInvitee = QStringLiteral("audit.invitee@example.com");

} // namespace

class GuiAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findsTheInvitationEventsWithTheirChanges();
    void filtersByActorTypedAsAnEmail();
    void filtersByTimeRange();
    void showsOneUsersOwnHistory();
    void cleanupTestCase();

private:
    bool selectAction(ui::AuditView* view, const QString& action);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Scenario> m_scenario;
    Scenario::Account m_owner;
    Scenario::Account m_clerk;
    QString m_invitationId;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ui::ClientShell> m_shell;
    ui::AuditView* m_view = nullptr;
};

void GuiAudit::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral("gui_audit"));
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
    m_scenario = std::make_unique<Scenario>(*m_server);
    m_owner = m_scenario->createCompany(QStringLiteral("Audit"));
    m_clerk = m_scenario->createUser(m_owner.companyId, QStringLiteral("Clerk"));

    // What there is to find: an invitation sent and revoked, and a change to the clerk's name.
    std::unique_ptr<ApiClient> owner = m_scenario->signIn(m_owner);
    const ApiReply invited = owner->post(
        QStringLiteral("/api/v1/invitations"),
        QJsonObject{{QStringLiteral("email"), kInvitee}, {QStringLiteral("roleIds"), QJsonArray{operationsRoleId()}}});
    QCOMPARE(invited.status, 201);
    m_invitationId = invited.json().value(QStringLiteral("id")).toString();
    QCOMPARE(owner->del(QStringLiteral("/api/v1/invitations/") + m_invitationId).status, 204);
    const ApiReply clerk = owner->get(QStringLiteral("/api/v1/users/") + m_clerk.id);
    QCOMPARE(owner
                 ->patch(QStringLiteral("/api/v1/users/") + m_clerk.id,
                         QJsonObject{{QStringLiteral("lastName"), QStringLiteral("Renamed")}}, clerk.etag())
                 .status,
             200);

    m_settings = testSettings(QStringLiteral("audit"));
    m_shell = signedInShell(m_settings.get(), m_server->baseUrl(), m_server->caFile(), m_owner.email, m_owner.password);
    QVERIFY(m_shell);
    // The section's view as the client shell wired it.
    m_view = qobject_cast<ui::AuditView*>(m_shell->mainWindow()->sectionView(ui::MainWindow::Section::Audit));
    QVERIFY(m_view);
    m_shell->mainWindow()->showSection(ui::MainWindow::Section::Audit);
    m_shell->mainWindow()->resize(1300, 760);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->audit()->isLoading() && m_view->audit()->total() > 0, 10000);
}

void GuiAudit::cleanupTestCase()
{
    m_shell.reset();
}

bool GuiAudit::selectAction(ui::AuditView* view, const QString& action)
{
    models::AuditModel* model = view->audit();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->itemAt(row).value(QStringLiteral("action")).toString() == action) {
            view->table()->clearSelection();
            view->table()->selectRow(row);
            return true;
        }
    }
    return false;
}

void GuiAudit::findsTheInvitationEventsWithTheirChanges()
{
    auto* action = m_view->findChild<QComboBox*>(QStringLiteral("actionFilter"));
    const int group = action->findData(QStringLiteral("invitation."));
    QVERIFY(group > 0);
    QCOMPARE(action->itemText(group), QStringLiteral("All invitation actions"));
    action->setCurrentIndex(group);
    models::AuditModel* model = m_view->audit();
    QTRY_COMPARE_WITH_TIMEOUT(model->total(), qint64(2), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(0) && model->isRowLoaded(1), 10000);
    QCOMPARE(m_view->countText(), QStringLiteral("2 events"));
    // Newest first: the revocation, then the invitation.
    QCOMPARE(model->index(0, models::AuditModel::Action).data().toString(), QStringLiteral("Invitation revoked"));
    QCOMPARE(model->index(1, models::AuditModel::Action).data().toString(), QStringLiteral("Invitation sent"));
    QTRY_COMPARE_WITH_TIMEOUT(model->index(0, models::AuditModel::Target).data().toString(),
                              QString(QStringLiteral("Invitation: ") + kInvitee), 10000);

    QVERIFY(selectAction(m_view, QStringLiteral("invitation.revoke")));
    ui::AuditDetailsPane* details = m_view->details();
    QTRY_VERIFY(details->isVisible() && details->width() > 300); // really on screen, not squeezed away
    // States in words, times in the locale's format (the same text as the Time column).
    QTRY_VERIFY2(details->changeTexts().contains(QStringLiteral("state: Pending → Revoked")),
                 qPrintable(details->changeTexts().join(u'|')));
    const QStringList changes = details->changeTexts();
    const QString revokedAt =
        QString(QStringLiteral("revokedAt: — → ") + model->index(0, models::AuditModel::Time).data().toString());
    QVERIFY2(changes.contains(revokedAt), qPrintable(changes.join(u'|') + QStringLiteral(" / ") + revokedAt));
    QTRY_COMPARE_WITH_TIMEOUT(details->findChild<QLabel*>(QStringLiteral("detailActor"))->text(),
                              QStringLiteral("Olga Owner Audit"), 10000);
    QCOMPARE(details->findChild<QLabel*>(QStringLiteral("detailAction"))->text(), QStringLiteral("Invitation revoked"));
    QVERIFY(!details->findChild<QLabel*>(QStringLiteral("detailTime"))->text().isEmpty());
    QVERIFY(!details->findChild<QLabel*>(QStringLiteral("detailClientAddress"))->text().isEmpty());
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{16}$"))
                .match(details->findChild<QLabel*>(QStringLiteral("detailRequestId"))->text())
                .hasMatch());
    QVERIFY(saveScreenshot(m_shell->mainWindow(), QStringLiteral("gui-audit-invitation-revoke")));

    // The creation lists every field as new, the roles by name where they are known.
    QVERIFY(selectAction(m_view, QStringLiteral("invitation.create")));
    QVERIFY2(details->changeTexts().contains(QString(QStringLiteral("email: — → ") + kInvitee)),
             qPrintable(details->changeTexts().join(u'|')));
    QVERIFY(saveScreenshot(m_shell->mainWindow(), QStringLiteral("gui-audit-invitation-create")));
}

void GuiAudit::filtersByActorTypedAsAnEmail()
{
    m_view->clearFilters();
    auto* actor = m_view->findChild<QLineEdit*>(QStringLiteral("actorFilter"));
    actor->setFocus();
    QTest::keyClicks(actor, m_owner.email);
    QTest::keyClick(actor, Qt::Key_Return);
    models::AuditModel* model = m_view->audit();
    QTRY_COMPARE_WITH_TIMEOUT(model->filter(QStringLiteral("actor")), m_owner.id, 10000);
    QCOMPARE(actor->text(), QStringLiteral("Olga Owner Audit"));
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->isRowLoaded(0), 10000);
    // The owner's own changes (the invitation twice, the clerk's name, their first password);
    // the company and the clerk were made by the platform administrator.
    QVERIFY(model->total() >= 3);
    QVERIFY(model->total() < 10);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->itemAt(row).value(QStringLiteral("actorId")).toString(), m_owner.id);

    actor->clear();
    QTest::keyClicks(actor, QStringLiteral("nobody-like-this"));
    QTest::keyClick(actor, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->message(), QStringLiteral("No one matches “nobody-like-this”."), 10000);
    QCOMPARE(model->filter(QStringLiteral("actor")), m_owner.id); // the last good filter stays
    m_view->clearFilters();
    QCOMPARE(model->filter(QStringLiteral("actor")), QString());
}

void GuiAudit::filtersByTimeRange()
{
    models::AuditModel* model = m_view->audit();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 10000);
    const qint64 all = model->total();
    QVERIFY(all >= 5);
    const QDateTime now = QDateTime::currentDateTime();
    m_view->setTimeRange(now.addSecs(3600), QDateTime());
    QTRY_COMPARE_WITH_TIMEOUT(model->total(), qint64(0), 10000);
    QVERIFY(!model->filter(QStringLiteral("from")).isEmpty());
    QVERIFY(m_view->findChild<QDateTimeEdit*>(QStringLiteral("from"))->isEnabled());
    m_view->setTimeRange(now.addSecs(-3600), now.addSecs(3600));
    QTRY_COMPARE_WITH_TIMEOUT(model->total(), all, 10000);
    // An end before the start is refused here, before the server would.
    m_view->setTimeRange(now, now.addSecs(-60));
    QCOMPARE(m_view->message(), QStringLiteral("The end of the time range must be after its start."));
    m_view->setTimeRange({}, {});
    QCOMPARE(m_view->message(), QString());
    QCOMPARE(model->filter(QStringLiteral("from")), QString());
    QCOMPARE(model->filter(QStringLiteral("to")), QString());
}

void GuiAudit::showsOneUsersOwnHistory()
{
    auto* history = new ui::AuditView(m_shell->session(), m_clerk.id);
    history->setAttribute(Qt::WA_DeleteOnClose);
    history->resize(1000, 500);
    history->show();
    models::AuditModel* model = history->audit();
    QCOMPARE(model->path(), QString(QStringLiteral("/api/v1/users/") + m_clerk.id + QStringLiteral("/audit")));
    QVERIFY(!history->findChild<QLineEdit*>(QStringLiteral("targetFilter"))->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->total() > 0 && model->isRowLoaded(0), 10000);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->itemAt(row).value(QStringLiteral("targetId")).toString(), m_clerk.id);
    QVERIFY(selectAction(history, QStringLiteral("user.update")));
    const QStringList changes = history->details()->changeTexts();
    QVERIFY2(changes.contains(QStringLiteral("lastName: User Clerk → Renamed")), qPrintable(changes.join(u'|')));
    // The clerk was created by the platform administrator, whom a company owner may not read.
    int created = -1;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->itemAt(row).value(QStringLiteral("action")).toString() == QLatin1String("user.create"))
            created = row;
    QVERIFY(created >= 0);
    QTRY_VERIFY_WITH_TIMEOUT(model->index(created, models::AuditModel::Actor)
                                 .data()
                                 .toString()
                                 .startsWith(QStringLiteral("Someone not visible to you (")),
                             10000);
    QVERIFY(saveScreenshot(history, QStringLiteral("gui-audit-user-history")));

    // Back to the whole trail with the setter.
    history->setUserHistory(QString());
    QCOMPARE(model->path(), QStringLiteral("/api/v1/audit"));
    QVERIFY(history->findChild<QLineEdit*>(QStringLiteral("targetFilter"))->isVisible());
    history->close();
}

QTEST_MAIN(GuiAudit)
#include "tst_gui_audit.moc"

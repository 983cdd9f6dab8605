// The Invitations section against a real server: a company owner invites two addresses at once
// with a role and an email language (a bad address is named before anything is sent), finds them
// pending with a countdown to their expiry, resends one and revokes the other after confirming.
#include "GuiTestSupport.h"
#include "Scenario.h"
#include "TestServer.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <models/InvitationsModel.h>
#include <ui/MainWindow.h>
#include <ui/SessionController.h>
#include <ui/views/InvitationExpiryDelegate.h>
#include <ui/views/InvitationsView.h>
#include <ui/views/InviteDialog.h>
#include <ui/views/RemoteTableView.h>

using namespace steward;
using namespace steward::test;

namespace {

const QString kLina = QStringLiteral("lina.invitee@example.com");
const QString kOmar = QStringLiteral("omar.invitee@example.com");

} // namespace

class GuiInvitations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void countdownWordsThePlurals();
    void badAddressesAreNamedBeforeSending();
    void invitesTwoAddressesWithARole();
    void aSecondInvitationOfTheSameAddressIsRefusedInItsLine();
    void resendsAnInvitation();
    void revokesAnInvitationAfterConfirming();
    void cleanupTestCase();

private:
    ui::InviteDialog* openDialog();
    bool selectEmail(const QString& email);
    QJsonArray invitations(const QString& query);

    std::unique_ptr<TestServer> m_server;
    Scenario::Account m_owner;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ui::ClientShell> m_shell;
    ui::InvitationsView* m_view = nullptr;
};

void GuiInvitations::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral("gui_invitations"));
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
    Scenario scenario(*m_server);
    m_owner = scenario.createCompany(QStringLiteral("Invites"));
    m_settings = testSettings(QStringLiteral("invitations"));
    m_shell = signedInShell(m_settings.get(), m_server->baseUrl(), m_server->caFile(), m_owner.email, m_owner.password);
    QVERIFY(m_shell);
    // The section's view as the client shell wired it.
    m_view =
        qobject_cast<ui::InvitationsView*>(m_shell->mainWindow()->sectionView(ui::MainWindow::Section::Invitations));
    QVERIFY(m_view);
    m_shell->mainWindow()->showSection(ui::MainWindow::Section::Invitations);
    m_shell->mainWindow()->resize(1200, 700);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->invitations()->isLoading(), 10000);
    QCOMPARE(m_view->invitations()->total(), qint64(0));
}

void GuiInvitations::cleanupTestCase()
{
    m_shell.reset();
}

QJsonArray GuiInvitations::invitations(const QString& query)
{
    ApiClient client(*m_server);
    if (client.login(m_owner.email, m_owner.password).status != 200)
        return {};
    return client.get(QStringLiteral("/api/v1/invitations?") + query).json().value(QStringLiteral("items")).toArray();
}

ui::InviteDialog* GuiInvitations::openDialog()
{
    m_view->findChild<QAction*>(QStringLiteral("invite"))->trigger();
    ui::InviteDialog* dialog = nullptr;
    [&] { QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleWindow<ui::InviteDialog>()), 10000); }();
    return dialog;
}

bool GuiInvitations::selectEmail(const QString& email)
{
    models::InvitationsModel* model = m_view->invitations();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->itemAt(row).value(QStringLiteral("email")).toString() == email) {
            m_view->table()->clearSelection();
            m_view->table()->selectRow(row);
            return true;
        }
    }
    return false;
}

void GuiInvitations::countdownWordsThePlurals()
{
    using ui::InvitationExpiryDelegate;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Rounded to the nearest unit; the plural ending comes from the English catalogue (translations/steward_en.ts).
    QCOMPARE(InvitationExpiryDelegate::countdownText(now.addDays(7).addMSecs(-300), now),
             QStringLiteral("expires in 7 days"));
    QCOMPARE(InvitationExpiryDelegate::countdownText(now.addSecs(26 * 3600), now), QStringLiteral("expires in 1 day"));
    QCOMPARE(InvitationExpiryDelegate::countdownText(now.addSecs(3 * 3600), now), QStringLiteral("expires in 3 hours"));
    QCOMPARE(InvitationExpiryDelegate::countdownText(now.addSecs(61), now), QStringLiteral("expires in 2 minutes"));
    QCOMPARE(InvitationExpiryDelegate::countdownText(now.addSecs(-5), now), QStringLiteral("expired"));
}

void GuiInvitations::badAddressesAreNamedBeforeSending()
{
    ui::InviteDialog* dialog = openDialog();
    QVERIFY(dialog);
    auto* addresses = child<QPlainTextEdit>(dialog, "addresses");
    QTest::keyClicks(addresses, QStringLiteral("good.one@example.com, broken@, also bad@example.com"));
    const QString error = dialog->addressError();
    QVERIFY2(error.contains(QStringLiteral("“broken@”")), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("good.one")), qPrintable(error));
    QVERIFY(!child<QPushButton>(dialog, "send")->isEnabled());
    QVERIFY(saveScreenshot(dialog, QStringLiteral("gui-invite-dialog-bad-address")));
    child<QPushButton>(dialog, "close")->click();
    QTRY_VERIFY(!visibleWindow<ui::InviteDialog>());
    QVERIFY(invitations(QString()).isEmpty());
}

void GuiInvitations::invitesTwoAddressesWithARole()
{
    ui::InviteDialog* dialog = openDialog();
    QVERIFY(dialog);
    auto* addresses = child<QPlainTextEdit>(dialog, "addresses");
    QTest::keyClicks(addresses, kLina);
    QTest::keyClick(addresses, Qt::Key_Return); // one per line
    QTest::keyClicks(addresses, kOmar);
    QCOMPARE(dialog->addressError(), QString());
    auto* roles = child<QListWidget>(dialog, "roles");
    QTRY_VERIFY_WITH_TIMEOUT(roles->count() >= 4, 10000);
    const QList<QListWidgetItem*> finance = roles->findItems(QStringLiteral("Finance"), Qt::MatchExactly);
    QCOMPARE(finance.size(), 1);
    finance.first()->setCheckState(Qt::Checked);
    auto* language = child<QComboBox>(dialog, "language");
    QTRY_VERIFY_WITH_TIMEOUT(language->itemText(0).contains(QStringLiteral("English")), 10000);
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    auto* send = child<QPushButton>(dialog, "send");
    QVERIFY(send->isEnabled());
    send->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSending(), 20000);
    QCOMPARE(dialog->resultTexts(),
             QStringList({kLina + QStringLiteral(": Invitation sent"), kOmar + QStringLiteral(": Invitation sent")}));
    QCOMPARE(child<QPlainTextEdit>(dialog, "addresses")->toPlainText(), QString()); // nothing left to retry
    QVERIFY(saveScreenshot(dialog, QStringLiteral("gui-invite-dialog-sent")));
    child<QPushButton>(dialog, "close")->click();

    const QJsonArray pending = invitations(QStringLiteral("state=pending&sort=email"));
    QCOMPARE(pending.size(), 2);
    for (const QJsonValue& value : pending) {
        const QJsonObject invitation = value.toObject();
        QCOMPARE(invitation.value(QStringLiteral("roleIds")).toArray(), QJsonArray({financeRoleId()}));
        QCOMPARE(invitation.value(QStringLiteral("language")).toString(), QStringLiteral("de"));
        QCOMPARE(invitation.value(QStringLiteral("inviterId")).toString(), m_owner.id);
    }

    // The list, filtered to pending ones, shows both with their countdown and the inviter's name.
    auto* state = m_view->findChild<QComboBox*>(QStringLiteral("stateFilter"));
    state->setCurrentIndex(state->findData(QStringLiteral("pending")));
    models::InvitationsModel* model = m_view->invitations();
    QTRY_COMPARE_WITH_TIMEOUT(model->total(), qint64(2), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(0) && model->isRowLoaded(1), 10000);
    QCOMPARE(m_view->countText(), QStringLiteral("2 invitations"));
    QCOMPARE(model->filter(QStringLiteral("state")), QStringLiteral("pending"));
    QCOMPARE(model->index(0, models::InvitationsModel::State).data().toString(), QStringLiteral("Pending"));
    QTRY_COMPARE_WITH_TIMEOUT(model->index(0, models::InvitationsModel::Inviter).data().toString(),
                              QStringLiteral("Olga Owner Invites"), 10000);
    const QDateTime expires =
        model->index(0, models::InvitationsModel::Expires).data(models::RemoteTableModel::RawValueRole).toDateTime();
    QCOMPARE(ui::InvitationExpiryDelegate::countdownText(expires, QDateTime::currentDateTimeUtc()),
             QStringLiteral("expires in 7 days"));
    QVERIFY(selectEmail(kLina));
    auto* detailRoles = m_view->findChild<QLabel*>(QStringLiteral("detailRoles"));
    QTRY_COMPARE_WITH_TIMEOUT(detailRoles->text(), QStringLiteral("Finance"), 10000);
    QTRY_VERIFY(detailRoles->isVisible() && detailRoles->width() > 100);
    QVERIFY(m_view->findChild<QLabel*>(QStringLiteral("detailExpires"))
                ->text()
                .contains(QStringLiteral("expires in 7 days")));
    QVERIFY(saveScreenshot(m_shell->mainWindow(), QStringLiteral("gui-invitations-view")));
}

void GuiInvitations::aSecondInvitationOfTheSameAddressIsRefusedInItsLine()
{
    ui::InviteDialog* dialog = openDialog();
    QVERIFY(dialog);
    const QString fresh = QStringLiteral("nadia.invitee@example.com");
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "addresses"), kLina + QStringLiteral(", ") + fresh);
    child<QPushButton>(dialog, "send")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSending(), 20000);
    const QStringList results = dialog->resultTexts();
    QCOMPARE(results.size(), 2);
    QVERIFY2(results.at(0).startsWith(kLina) &&
                 results.at(0).contains(QStringLiteral("already has a pending invitation")),
             qPrintable(results.at(0)));
    QCOMPARE(results.at(1), fresh + QStringLiteral(": Invitation sent"));
    // Only the refused address stays in the field, to fix or drop.
    QCOMPARE(child<QPlainTextEdit>(dialog, "addresses")->toPlainText(), kLina);
    QVERIFY(saveScreenshot(dialog, QStringLiteral("gui-invite-dialog-partly-refused")));
    child<QPushButton>(dialog, "close")->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_view->invitations()->total(), qint64(3), 10000);
}

void GuiInvitations::resendsAnInvitation()
{
    models::InvitationsModel* model = m_view->invitations();
    QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(0) && model->isRowLoaded(model->rowCount() - 1), 10000);
    QVERIFY(selectEmail(kLina));
    auto* resend = m_view->findChild<QAction*>(QStringLiteral("resend"));
    QVERIFY(resend->isEnabled());
    resend->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_view->message(), QStringLiteral("1 invitation sent again with a new link."), 20000);

    ApiClient client(*m_server);
    QCOMPARE(client.login(m_owner.email, m_owner.password).status, 200);
    const QJsonArray events = client.get(QStringLiteral("/api/v1/audit?action=invitation.resend"))
                                  .json()
                                  .value(QStringLiteral("items"))
                                  .toArray();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().toObject().value(QStringLiteral("actorId")).toString(), m_owner.id);
}

void GuiInvitations::revokesAnInvitationAfterConfirming()
{
    models::InvitationsModel* model = m_view->invitations();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->isRowLoaded(0), 10000);
    QVERIFY(selectEmail(kOmar));
    m_view->findChild<QAction*>(QStringLiteral("revoke"))->trigger();
    QMessageBox* box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = visibleWindow<QMessageBox>()), 10000);
    QVERIFY2(box->text().contains(kOmar), qPrintable(box->text()));
    QVERIFY(saveScreenshot(box, QStringLiteral("gui-invitations-revoke-confirm")));
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_view->message(), QStringLiteral("1 invitation revoked."), 20000);

    const QJsonArray revoked = invitations(QStringLiteral("state=revoked"));
    QCOMPARE(revoked.size(), 1);
    QCOMPARE(revoked.first().toObject().value(QStringLiteral("email")).toString(), kOmar);
    // The pending filter no longer lists it.
    QTRY_COMPARE_WITH_TIMEOUT(model->total(), qint64(2), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(0), 10000);
    QVERIFY(!selectEmail(kOmar));
    QVERIFY(saveScreenshot(m_shell->mainWindow(), QStringLiteral("gui-invitations-after-revoke")));
}

QTEST_MAIN(GuiInvitations)
#include "tst_gui_invitations.moc"

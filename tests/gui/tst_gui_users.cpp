// The users view against a real server, as an owner would use it: create a user with an
// invitation, edit them by double-click (a role assigned and another switched off), deactivate and
// reactivate, try to delete the owner (refused, with the reason), delete the new user after
// confirming, export the list — and find every change in the audit log.
#include "GuiTestSupport.h"
#include "Scenario.h"
#include "TestServer.h"

#include <QAction>
#include <QDirIterator>
#include <QMessageBox>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTimer>
#include <QTreeWidget>
#include <models/UsersModel.h>
#include <ui/MainWindow.h>
#include <ui/SessionController.h>
#include <ui/views/RemoteTableView.h>
#include <ui/views/UserCsvExport.h>
#include <ui/views/UserEditor.h>
#include <ui/views/UsersView.h>

using namespace steward;
using namespace steward::test;
using Action = ui::UsersView::Action;

namespace {

// Answers the next modal message box (they block in exec()) with `button`, from the event loop.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto* timer = new QTimer;
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, [timer, button] {
        if (auto* box = visibleWindow<QMessageBox>()) {
            timer->stop();
            timer->deleteLater();
            box->button(button)->click();
        }
    });
    timer->start();
}

} // namespace

class GuiUsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createsAUserWithAnInvitation();
    void editsByDoubleClick();
    void deactivatesAndReactivates();
    void refusesToDeleteTheOwner();
    void deletesAfterConfirming();
    void exportsTheFilteredList();
    void everyChangeIsInTheAuditLog();
    void cleanupTestCase();

private:
    void select(const QString& id);
    void trigger(Action action);
    QJsonObject fetchUser(const QString& id);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Scenario> m_scenario;
    Scenario::Account m_owner;
    Scenario::Account m_admin;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ui::ClientShell> m_shell;
    ui::UsersView* m_view = nullptr;
    QString m_newId;
    const QString m_newEmail = QStringLiteral("nora.neumann@example.org");
};

void GuiUsers::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral("gui_users"));
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
    m_scenario = std::make_unique<Scenario>(*m_server);
    m_owner = m_scenario->createCompany(QStringLiteral("Users"));
    // An admin who is not the owner works the view, so the owner's protection is what refuses.
    m_admin = m_scenario->createUser(m_owner.companyId, QStringLiteral("Admin"), {adminRoleId()});
    m_settings = testSettings(QStringLiteral("users"));
    m_shell = signedInShell(m_settings.get(), m_server->baseUrl(), m_server->caFile(), m_admin.email, m_admin.password);
    QVERIFY(m_shell);
    m_view = qobject_cast<ui::UsersView*>(m_shell->mainWindow()->sectionView(ui::MainWindow::Section::Users));
    QVERIFY(m_view);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->usersModel()->total(), qint64(2), 20000);
    QTRY_VERIFY(m_view->usersModel()->isRowLoaded(0));
}

void GuiUsers::cleanupTestCase()
{
    m_shell.reset();
}

QJsonObject GuiUsers::fetchUser(const QString& id)
{
    return m_scenario->admin().get(QStringLiteral("/api/v1/users/") + id).json();
}

void GuiUsers::select(const QString& id)
{
    models::UsersModel* model = m_view->usersModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowForId(id) >= 0, 20000);
    m_view->table()->clearSelection();
    m_view->table()->selectRow(model->rowForId(id));
}

void GuiUsers::trigger(Action action)
{
    QAction* a = m_view->action(action);
    QVERIFY2(a->isEnabled(), qPrintable(a->objectName()));
    a->trigger();
}

void GuiUsers::createsAUserWithAnInvitation()
{
    trigger(Action::New);
    ui::UserEditor* editor = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((editor = visibleWindow<ui::UserEditor>()), 10000);
    QTest::keyClicks(child<QLineEdit>(editor, "email"), m_newEmail);
    QTest::keyClicks(child<QLineEdit>(editor, "firstName"), QStringLiteral("Nora"));
    QTest::keyClicks(child<QLineEdit>(editor, "lastName"), QStringLiteral("Neumann"));
    QVERIFY(child<QRadioButton>(editor, "onboarding_invite")->isChecked()); // the default
    auto* roles = child<QTreeWidget>(editor, "roles");
    QTRY_VERIFY_WITH_TIMEOUT(roles->topLevelItemCount() >= 4, 20000);
    const QList<QTreeWidgetItem*> finance = roles->findItems(QStringLiteral("Finance"), Qt::MatchStartsWith);
    QCOMPARE(finance.size(), 1);
    finance.first()->setCheckState(0, Qt::Checked);
    QVERIFY(saveScreenshot(editor, QStringLiteral("gui-user-editor-new")));
    child<QPushButton>(editor, "save")->click();

    QTRY_VERIFY_WITH_TIMEOUT(!visibleWindow<ui::UserEditor>(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->usersModel()->total(), qint64(3), 20000);
    const QJsonArray found = m_scenario->admin()
                                 .get(QStringLiteral("/api/v1/users?q=nora.neumann"))
                                 .json()[QStringLiteral("items")]
                                 .toArray();
    QCOMPARE(found.size(), 1);
    m_newId = found.first()[QStringLiteral("id")].toString();
    QCOMPARE(found.first()[QStringLiteral("state")].toString(), QStringLiteral("created"));
    QCOMPARE(found.first()[QStringLiteral("roles")].toArray().first()[QStringLiteral("name")].toString(),
             QStringLiteral("Finance"));
    // The invitation went out: a set-password email to the new address.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QDirIterator it(m_server->mailFolder(), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.open(QIODevice::ReadOnly) && file.readAll().contains(m_newEmail.toUtf8()))
                    return true;
            }
            return false;
        }(),
        20000);
}

void GuiUsers::editsByDoubleClick()
{
    select(m_newId);
    const QModelIndex index = m_view->usersModel()->index(m_view->usersModel()->rowForId(m_newId), 0);
    const QRect rect = m_view->table()->visualRect(index);
    // Qt 6's mouseDClick sends only the double-click event; a person's first click comes before it.
    QTest::mouseClick(m_view->table()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(m_view->table()->viewport(), Qt::LeftButton, {}, rect.center());
    ui::UserEditor* editor = nullptr;
    QTRY_VERIFY2_WITH_TIMEOUT((editor = visibleWindow<ui::UserEditor>()), qPrintable(m_view->message()), 10000);
    QCOMPARE(child<QLineEdit>(editor, "email")->text(), m_newEmail);
    auto* roles = child<QTreeWidget>(editor, "roles");
    QTRY_VERIFY_WITH_TIMEOUT(roles->topLevelItemCount() >= 4, 20000);
    QTreeWidgetItem* finance = roles->findItems(QStringLiteral("Finance"), Qt::MatchStartsWith).first();
    QCOMPARE(finance->checkState(0), Qt::Checked);
    finance->setCheckState(1, Qt::Unchecked); // switched off, kept
    roles->findItems(QStringLiteral("Operations"), Qt::MatchStartsWith).first()->setCheckState(0, Qt::Checked);
    auto* first = child<QLineEdit>(editor, "firstName");
    first->clear();
    QTest::keyClicks(first, QStringLiteral("Noor"));
    QVERIFY(saveScreenshot(editor, QStringLiteral("gui-user-editor-edit")));
    child<QPushButton>(editor, "save")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!visibleWindow<ui::UserEditor>(), 20000);

    const QJsonObject user = fetchUser(m_newId);
    QCOMPARE(user[QStringLiteral("firstName")].toString(), QStringLiteral("Noor"));
    QHash<QString, bool> held;
    for (const QJsonValue& role : user[QStringLiteral("roles")].toArray())
        held.insert(role[QStringLiteral("name")].toString(), role[QStringLiteral("enabled")].toBool());
    QCOMPARE(held.value(QStringLiteral("Finance"), true), false);
    QCOMPARE(held.value(QStringLiteral("Operations"), false), true);
    QTRY_VERIFY(m_view->usersModel()->itemAt(m_view->usersModel()->rowForId(m_newId))[QStringLiteral("firstName")] ==
                QStringLiteral("Noor"));
}

void GuiUsers::deactivatesAndReactivates()
{
    QSignalSpy done(m_view, &ui::UsersView::actionFinished);
    select(m_newId);
    answerNextMessageBox(QMessageBox::Yes);
    trigger(Action::Deactivate);
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 20000);
    QCOMPARE(fetchUser(m_newId)[QStringLiteral("state")].toString(), QStringLiteral("deactivated"));

    select(m_newId);
    QTRY_VERIFY(m_view->action(Action::Reactivate)->isEnabled());
    trigger(Action::Reactivate);
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 20000);
    // Never set a password of their own, so back to "created".
    QCOMPARE(fetchUser(m_newId)[QStringLiteral("state")].toString(), QStringLiteral("created"));
}

void GuiUsers::refusesToDeleteTheOwner()
{
    QSignalSpy done(m_view, &ui::UsersView::actionFinished);
    select(m_owner.id);
    answerNextMessageBox(QMessageBox::Yes);
    trigger(Action::Delete);
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 20000);
    QCOMPARE(m_view->lastOutcomes().size(), 1);
    QVERIFY(!m_view->lastOutcomes().first().ok);
    QCOMPARE(m_view->lastOutcomes().first().status, 409);
    QVERIFY2(m_view->message().contains(QStringLiteral("transfer ownership")), qPrintable(m_view->message()));
    QVERIFY(saveScreenshot(m_shell->mainWindow(), QStringLiteral("gui-users-owner-refused")));
    QCOMPARE(m_scenario->admin().get(QStringLiteral("/api/v1/users/") + m_owner.id).status, 200);
}

void GuiUsers::deletesAfterConfirming()
{
    QSignalSpy done(m_view, &ui::UsersView::actionFinished);
    select(m_newId);
    answerNextMessageBox(QMessageBox::Cancel); // thinking better of it changes nothing
    trigger(Action::Delete);
    QTest::qWait(300);
    QCOMPARE(done.count(), 0);
    QCOMPARE(m_scenario->admin().get(QStringLiteral("/api/v1/users/") + m_newId).status, 200);

    answerNextMessageBox(QMessageBox::Yes);
    trigger(Action::Delete);
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 20000);
    QVERIFY(m_view->lastOutcomes().first().ok);
    QCOMPARE(m_scenario->admin().get(QStringLiteral("/api/v1/users/") + m_newId).status, 404);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->usersModel()->total(), qint64(2), 20000);
}

void GuiUsers::exportsTheFilteredList()
{
    QCOMPARE(ui::UserCsvExport::csvField(QStringLiteral("=HYPERLINK(\"x\")")),
             QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
    QCOMPARE(ui::UserCsvExport::csvField(QStringLiteral("+1")), QStringLiteral("'+1"));
    QCOMPARE(ui::UserCsvExport::csvField(QStringLiteral("-2")), QStringLiteral("'-2"));
    QCOMPARE(ui::UserCsvExport::csvField(QStringLiteral("@sum")), QStringLiteral("'@sum"));
    QCOMPARE(ui::UserCsvExport::csvField(QStringLiteral("García, Ana")), QStringLiteral("\"García, Ana\""));

    for (const char* suffix : {"ExportA", "ExportB", "ExportC"})
        m_scenario->createUser(m_owner.companyId, QLatin1String(suffix));
    m_view->usersModel()->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(m_view->usersModel()->total(), qint64(5), 20000);
    m_shell->mainWindow()->searchField()->setText(QStringLiteral("export"));
    QTRY_COMPARE_WITH_TIMEOUT(m_view->usersModel()->total(), qint64(3), 20000);

    QSignalSpy done(m_view, &ui::UsersView::actionFinished);
    const QString path = QDir::home().filePath(QStringLiteral("users.csv"));
    m_view->exportTo(path);
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 20000);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // header + the three matches, not the others
    QVERIFY(lines.first().endsWith(QStringLiteral("id,email,username,firstName,lastName,state,language,roles,"
                                                  "companyId,lastSignInAt,createdAt")));
    QVERIFY(lines.at(1).contains(QStringLiteral("user.export")));
    m_shell->mainWindow()->searchField()->clear();
}

void GuiUsers::everyChangeIsInTheAuditLog()
{
    const QJsonArray events = m_scenario->admin()
                                  .get(QStringLiteral("/api/v1/audit?target=") + m_newId + QStringLiteral("&limit=50"))
                                  .json()[QStringLiteral("items")]
                                  .toArray();
    QStringList actions;
    for (const QJsonValue& event : events) {
        actions.append(event[QStringLiteral("action")].toString());
        QCOMPARE(event[QStringLiteral("actorId")].toString(), m_admin.id);
    }
    for (const char* expected :
         {"user.create", "user.update", "user.roles", "user.deactivate", "user.reactivate", "user.delete"})
        QVERIFY2(actions.contains(QLatin1String(expected)), qPrintable(actions.join(QLatin1Char(' '))));
}

QTEST_MAIN(GuiUsers)
#include "tst_gui_users.moc"

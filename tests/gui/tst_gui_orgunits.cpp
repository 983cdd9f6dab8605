// The Organizational units section against a real server: the owner builds a three-level tree,
// is told when a name is taken among the siblings, renames with F2, moves a unit with the "Move
// to…" picker and by dropping it on another, is refused a move below the unit itself with the
// reason shown, filters a large tree, and deletes a leaf after a confirmation that says whose
// access changes (its member goes to the parent unit).
#include "GuiTestSupport.h"
#include "Scenario.h"
#include "TestServer.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QRegularExpression>
#include <QTreeView>
#include <models/OrgUnitTreeModel.h>
#include <ui/MainWindow.h>
#include <ui/SessionController.h>
#include <ui/views/MoveUnitDialog.h>
#include <ui/views/OrgUnitProxyModel.h>
#include <ui/views/OrgUnitsView.h>
#include <ui/views/UnitNameDialog.h>

using namespace steward;
using namespace steward::test;

namespace {} // namespace

class GuiOrgUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void buildsAThreeLevelTree();
    void aTakenNameIsShownAtTheField();
    void renamesWithF2();
    void movesWithThePicker();
    void refusesAMoveBelowItselfWithTheReason();
    void movesByDragAndDrop();
    void filtersTheTree();
    void deleteOfAUnitWithUnitsBelowIsRefused();
    void deletesALeafAfterConfirming();
    void cleanupTestCase();

private:
    // Adds `name` below the current unit (or at the top level) through the dialog; its id.
    QString addThroughDialog(const QString& name, bool topLevel);
    QString idOf(const QStringList& path) const;
    QJsonObject unitFromServer(const QString& id);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Scenario> m_scenario;
    Scenario::Account m_owner;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ui::ClientShell> m_shell;
    ui::OrgUnitsView* m_view = nullptr;
    QString m_hamburg, m_inbound, m_dock, m_berlin;
};

void GuiOrgUnits::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral("gui_orgunits"));
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
    m_scenario = std::make_unique<Scenario>(*m_server);
    m_owner = m_scenario->createCompany(QStringLiteral("Units"));
    m_settings = testSettings(QStringLiteral("orgunits"));
    m_shell = signedInShell(m_settings.get(), m_server->baseUrl(), m_server->caFile(), m_owner.email, m_owner.password);
    QVERIFY(m_shell);
    // The section's view as the client shell wired it.
    m_view = qobject_cast<ui::OrgUnitsView*>(m_shell->mainWindow()->sectionView(ui::MainWindow::Section::OrgUnits));
    QVERIFY(m_view);
    m_shell->mainWindow()->showSection(ui::MainWindow::Section::OrgUnits);
    m_shell->mainWindow()->resize(1000, 640);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->units()->isLoading(), 10000);
    QCOMPARE(m_view->units()->unitCount(), 0);
}

void GuiOrgUnits::cleanupTestCase()
{
    m_shell.reset();
}

QString GuiOrgUnits::idOf(const QStringList& path) const
{
    models::OrgUnitTreeModel* units = m_view->units();
    QModelIndex parent;
    for (const QString& name : path) {
        QModelIndex found;
        for (int row = 0; row < units->rowCount(parent); ++row)
            if (units->index(row, 0, parent).data().toString() == name)
                found = units->index(row, 0, parent);
        if (!found.isValid())
            return {};
        parent = found;
    }
    return units->idAt(parent);
}

QJsonObject GuiOrgUnits::unitFromServer(const QString& id)
{
    ApiClient client(*m_server);
    if (client.login(m_owner.email, m_owner.password).status != 200)
        return {};
    return client.get(QStringLiteral("/api/v1/org-units/") + id).json();
}

QString GuiOrgUnits::addThroughDialog(const QString& name, bool topLevel)
{
    m_view->findChild<QAction*>(topLevel ? QStringLiteral("addTopLevelUnit") : QStringLiteral("addUnit"))->trigger();
    ui::UnitNameDialog* dialog = nullptr;
    [&] { QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleWindow<ui::UnitNameDialog>()), 10000); }();
    if (!dialog)
        return {};
    QTest::keyClicks(child<QLineEdit>(dialog, "name"), name);
    child<QPushButton>(dialog, "ok")->click();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(!visibleWindow<ui::UnitNameDialog>(), 10000); }();
    // The new unit is selected once the tree is reloaded.
    [&] { QTRY_VERIFY_WITH_TIMEOUT(m_view->tree()->currentIndex().data().toString() == name, 10000); }();
    return m_view->currentUnitId();
}

void GuiOrgUnits::buildsAThreeLevelTree()
{
    m_hamburg = addThroughDialog(QStringLiteral("Hamburg"), true);
    QVERIFY(!m_hamburg.isEmpty());
    m_inbound = addThroughDialog(QStringLiteral("Inbound"), false);
    QVERIFY(!m_inbound.isEmpty());
    m_dock = addThroughDialog(QStringLiteral("Dock 1"), false);
    QVERIFY(!m_dock.isEmpty());
    m_berlin = addThroughDialog(QStringLiteral("Berlin"), true);
    QVERIFY(!m_berlin.isEmpty());

    QCOMPARE(m_view->units()->pathOf(m_dock), QStringList({"Hamburg", "Inbound", "Dock 1"}));
    QCOMPARE(unitFromServer(m_dock).value(QStringLiteral("parentId")).toString(), m_inbound);
    QCOMPARE(unitFromServer(m_inbound).value(QStringLiteral("parentId")).toString(), m_hamburg);
    QCOMPARE(m_view->countText(), QStringLiteral("4 units"));
    QCOMPARE(m_view->message(), QStringLiteral("Added “Berlin”."));
    m_view->tree()->expandAll();
    QVERIFY(saveScreenshot(m_shell->mainWindow(), QStringLiteral("gui-orgunits-tree")));
}

void GuiOrgUnits::aTakenNameIsShownAtTheField()
{
    m_view->selectUnit(m_hamburg);
    m_view->findChild<QAction*>(QStringLiteral("addUnit"))->trigger();
    ui::UnitNameDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleWindow<ui::UnitNameDialog>()), 10000);
    QTest::keyClicks(child<QLineEdit>(dialog, "name"),
                     QStringLiteral("inbound")); // siblings compare case-insensitively
    child<QPushButton>(dialog, "ok")->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->errorText(), QStringLiteral("Another unit at this place already has this name."),
                              10000);
    QVERIFY(dialog->isVisible());
    QCOMPARE(child<QLineEdit>(dialog, "name")->text(), QStringLiteral("inbound"));
    QVERIFY(saveScreenshot(dialog, QStringLiteral("gui-orgunits-name-taken")));
    dialog->reject();
    QCOMPARE(m_view->units()->unitCount(), 4);
}

void GuiOrgUnits::renamesWithF2()
{
    m_view->selectUnit(m_dock);
    // Shortcuts reach only the active window; the dialogs before may have left none active.
    m_shell->mainWindow()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_shell->mainWindow()));
    m_view->tree()->setFocus();
    QTest::keyClick(m_view->tree(), Qt::Key_F2);
    ui::UnitNameDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleWindow<ui::UnitNameDialog>()), 10000);
    auto* name = child<QLineEdit>(dialog, "name");
    QCOMPARE(name->text(), QStringLiteral("Dock 1"));
    QVERIFY(saveScreenshot(dialog, QStringLiteral("gui-orgunits-rename")));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Dock A"));
    child<QPushButton>(dialog, "ok")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!visibleWindow<ui::UnitNameDialog>(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->units()->pathOf(m_dock), QStringList({"Hamburg", "Inbound", "Dock A"}), 10000);
    QCOMPARE(unitFromServer(m_dock).value(QStringLiteral("name")).toString(), QStringLiteral("Dock A"));
    QCOMPARE(m_view->message(), QStringLiteral("Renamed “Dock 1” to “Dock A”."));
}

void GuiOrgUnits::movesWithThePicker()
{
    m_view->selectUnit(m_inbound);
    m_view->findChild<QAction*>(QStringLiteral("move"))->trigger();
    ui::MoveUnitDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleWindow<ui::MoveUnitDialog>()), 10000);
    auto* move = child<QPushButton>(dialog, "move");
    dialog->selectTarget(m_hamburg);
    QVERIFY(!move->isEnabled()); // it is already there
    dialog->selectTarget(m_berlin);
    QVERIFY(move->isEnabled());
    QVERIFY(saveScreenshot(dialog, QStringLiteral("gui-orgunits-move-picker")));
    move->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_view->units()->pathOf(m_dock), QStringList({"Berlin", "Inbound", "Dock A"}), 10000);
    QCOMPARE(unitFromServer(m_inbound).value(QStringLiteral("parentId")).toString(), m_berlin);
    QCOMPARE(m_view->message(), QStringLiteral("Moved “Inbound” to “Berlin”."));
}

void GuiOrgUnits::refusesAMoveBelowItselfWithTheReason()
{
    m_view->selectUnit(m_berlin);
    m_view->findChild<QAction*>(QStringLiteral("move"))->trigger();
    ui::MoveUnitDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleWindow<ui::MoveUnitDialog>()), 10000);
    dialog->selectTarget(m_dock); // Berlin / Inbound / Dock A
    child<QPushButton>(dialog, "move")->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_view->message(),
                              QStringLiteral("“Berlin” cannot be moved there: a unit cannot be placed below itself or "
                                             "one of its own units."),
                              10000);
    QCOMPARE(unitFromServer(m_berlin).value(QStringLiteral("parentId")), QJsonValue(QJsonValue::Null));
    QCOMPARE(m_view->units()->pathOf(m_berlin), QStringList({"Berlin"}));
    m_view->tree()->expandAll();
    QVERIFY(saveScreenshot(m_shell->mainWindow(), QStringLiteral("gui-orgunits-cycle-refused")));
}

void GuiOrgUnits::movesByDragAndDrop()
{
    // What the tree view does on a drop: the proxy's dropMimeData with the dragged unit's data.
    ui::OrgUnitProxyModel* proxy = m_view->proxy();
    const QModelIndex inbound = proxy->mapFromSource(m_view->units()->indexForId(m_inbound));
    const QModelIndex hamburg = proxy->mapFromSource(m_view->units()->indexForId(m_hamburg));
    QVERIFY(proxy->flags(inbound).testFlag(Qt::ItemIsDragEnabled));
    std::unique_ptr<QMimeData> data(proxy->mimeData({inbound}));
    QVERIFY(proxy->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, hamburg));
    QVERIFY(!proxy->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, inbound)); // onto itself
    proxy->dropMimeData(data.get(), Qt::MoveAction, -1, -1, hamburg);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->units()->pathOf(m_dock), QStringList({"Hamburg", "Inbound", "Dock A"}), 10000);
    QCOMPARE(unitFromServer(m_inbound).value(QStringLiteral("parentId")).toString(), m_hamburg);
}

void GuiOrgUnits::filtersTheTree()
{
    auto* filter = m_view->findChild<QLineEdit*>(QStringLiteral("filter"));
    QTest::keyClicks(filter, QStringLiteral("dock"));
    ui::OrgUnitProxyModel* proxy = m_view->proxy();
    // Only the match and the path to it remain.
    QCOMPARE(proxy->rowCount(), 1);
    const QModelIndex hamburg = proxy->index(0, 0);
    QCOMPARE(hamburg.data().toString(), QStringLiteral("Hamburg"));
    QCOMPARE(proxy->rowCount(hamburg), 1);
    QCOMPARE(proxy->index(0, 0, proxy->index(0, 0, hamburg)).data().toString(), QStringLiteral("Dock A"));
    QVERIFY(m_view->tree()->isExpanded(hamburg));
    QVERIFY(saveScreenshot(m_shell->mainWindow(), QStringLiteral("gui-orgunits-filtered")));
    filter->clear();
    QCOMPARE(proxy->rowCount(), 2);

    // The main window's search field (Ctrl+F) filters the tree too when this section is open.
    m_shell->mainWindow()->showSection(ui::MainWindow::Section::OrgUnits);
    m_shell->mainWindow()->searchField()->setText(QStringLiteral("dock"));
    QTRY_COMPARE(proxy->rowCount(), 1);
    QCOMPARE(filter->text(), QStringLiteral("dock"));
    m_shell->mainWindow()->searchField()->clear();
    QTRY_COMPARE(proxy->rowCount(), 2);
}

void GuiOrgUnits::deleteOfAUnitWithUnitsBelowIsRefused()
{
    m_view->selectUnit(m_inbound);
    m_view->findChild<QAction*>(QStringLiteral("delete"))->trigger();
    QCOMPARE(m_view->message(), QStringLiteral("“Inbound” has units below it. Move or delete them first."));
    QVERIFY(!visibleWindow<QMessageBox>());
    QCOMPARE(m_view->units()->unitCount(), 4);
}

void GuiOrgUnits::deletesALeafAfterConfirming()
{
    // A member of Dock A, whose access the deletion changes.
    const Scenario::Account clerk = m_scenario->createUser(m_owner.companyId, QStringLiteral("Docker"));
    std::unique_ptr<ApiClient> owner = m_scenario->signIn(m_owner);
    const ApiReply user = owner->get(QStringLiteral("/api/v1/users/") + clerk.id);
    QCOMPARE(owner
                 ->patch(QStringLiteral("/api/v1/users/") + clerk.id,
                         QJsonObject{{QStringLiteral("orgUnitIds"), QJsonArray{m_dock}}}, user.etag())
                 .status,
             200);

    m_view->selectUnit(m_dock);
    m_view->findChild<QAction*>(QStringLiteral("delete"))->trigger();
    QMessageBox* box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = visibleWindow<QMessageBox>()), 10000);
    QCOMPARE(box->text(), QStringLiteral("Delete the unit “Dock A”?"));
    const QString effect = box->informativeText();
    QVERIFY2(effect.startsWith(QStringLiteral("1 user belong")), qPrintable(effect));
    QVERIFY2(effect.contains(QStringLiteral("They will belong to “Inbound” instead")), qPrintable(effect));
    QVERIFY(saveScreenshot(box, QStringLiteral("gui-orgunits-delete-confirm")));
    box->button(QMessageBox::Yes)->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_view->message().startsWith(QStringLiteral("Deleted “Dock A”; 1 user now belong")),
                             10000);
    QVERIFY(m_view->message().endsWith(QStringLiteral("to “Inbound”.")));
    QTRY_COMPARE_WITH_TIMEOUT(m_view->units()->unitCount(), 3, 10000);
    QVERIFY(!m_view->units()->indexForId(m_dock).isValid());
    QCOMPARE(owner->get(QStringLiteral("/api/v1/org-units/") + m_dock).status, 404);
    QCOMPARE(
        owner->get(QStringLiteral("/api/v1/users/") + clerk.id).json().value(QStringLiteral("orgUnitIds")).toArray(),
        QJsonArray({m_inbound}));
    QVERIFY(saveScreenshot(m_shell->mainWindow(), QStringLiteral("gui-orgunits-after-delete")));
}

QTEST_MAIN(GuiOrgUnits)
#include "tst_gui_orgunits.moc"

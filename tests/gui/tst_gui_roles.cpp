// The Roles section against a real server, as the platform administrator: a custom role with two
// permissions made in the matrix, Finance duplicated into a custom role, a built-in role that
// opens read-only, a role in use whose deletion the server refuses (the reason shown), and a
// custom role deleted after confirming.
#include "GuiTestSupport.h"
#include "Scenario.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTreeWidgetItem>
#include <models/RolesModel.h>
#include <ui/views/PermissionMatrix.h>
#include <ui/views/RemoteTableView.h>
#include <ui/views/RoleEditor.h>
#include <ui/views/RolesView.h>

using namespace steward;
using namespace steward::test;

class GuiRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createsACustomRoleWithTwoPermissions();
    void duplicatesFinanceIntoACustomRole();
    void builtInRoleOpensReadOnly();
    void editsACustomRolesPermissions();
    void showsWhyARoleInUseIsNotDeleted();
    void deletesACustomRoleAfterConfirming();
    void cleanupTestCase();

private:
    // Searches for `name` and makes its row current; false when it is not listed.
    bool selectRole(const QString& name);
    ui::RoleEditor* waitForEditor();
    QJsonObject roleOnServer(const QString& id);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Scenario> m_scenario;
    Scenario::Account m_owner;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ui::ClientShell> m_shell;
    std::unique_ptr<ui::RolesView> m_view;
    QString m_customId;
    QString m_copyId;
};

void GuiRoles::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral("gui_roles"));
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
    m_scenario = std::make_unique<Scenario>(*m_server);
    m_owner = m_scenario->createCompany(QStringLiteral("Roles"));
    m_scenario->createCompany(QStringLiteral("Other"));

    m_settings = testSettings(QStringLiteral("roles"));
    m_shell =
        signedInShell(m_settings.get(), m_server->baseUrl(), m_server->caFile(),
                      QString::fromLatin1(TestServer::kAdminEmail), QString::fromLatin1(TestServer::kAdminPassword));
    QVERIFY(m_shell);
    m_view = std::make_unique<ui::RolesView>(m_shell->session());
    m_view->resize(1200, 600);
    m_view->show();
    // Staff see every role until they pick a company: the built-in company and platform ones.
    QTRY_COMPARE_WITH_TIMEOUT(m_view->rolesModel()->total(), qint64(7), 10000);
    QComboBox* companies = m_view->companyFilter();
    QTRY_VERIFY_WITH_TIMEOUT(companies->findData(m_owner.companyId) > 0, 10000);
    companies->setCurrentIndex(companies->findData(m_owner.companyId));
    QTRY_COMPARE_WITH_TIMEOUT(m_view->rolesModel()->total(), qint64(4), 10000); // Admin, Operations, Finance, Temporary
}

void GuiRoles::cleanupTestCase()
{
    m_view.reset();
    m_shell.reset();
}

bool GuiRoles::selectRole(const QString& name)
{
    models::RolesModel* model = m_view->rolesModel();
    m_view->setSearch(name);
    const bool found = QTest::qWaitFor(
        [&] {
            if (model->isLoading() || model->search() != name)
                return false;
            for (int row = 0; row < model->rowCount(); ++row)
                if (model->isRowLoaded(row) && model->index(row, 0).data().toString() == name) {
                    m_view->table()->setCurrentIndex(model->index(row, 0));
                    return true;
                }
            return false;
        },
        10000);
    return found && m_view->detailText(QStringLiteral("title")).endsWith(name);
}

ui::RoleEditor* GuiRoles::waitForEditor()
{
    ui::RoleEditor* editor = nullptr;
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT((editor = visibleWindow<ui::RoleEditor>()), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(editor->isReady(), 10000);
    }();
    return editor;
}

QJsonObject GuiRoles::roleOnServer(const QString& id)
{
    return m_scenario->admin().get(QStringLiteral("/api/v1/roles/") + id).json();
}

void GuiRoles::createsACustomRoleWithTwoPermissions()
{
    m_view->newAction()->trigger();
    ui::RoleEditor* editor = waitForEditor();
    QVERIFY(editor);
    QVERIFY(editor->isNew() && !editor->isReadOnly());
    QTRY_COMPARE_WITH_TIMEOUT(editor->companyPicker()->currentData().toString(), m_owner.companyId, 10000);
    QTest::keyClicks(child<QLineEdit>(editor, "name"), QStringLiteral("Warehouse lead"));
    QTest::keyClicks(child<QLineEdit>(editor, "description"), QStringLiteral("Orders, and sees the products."));
    ui::PermissionMatrix* matrix = editor->permissions();
    // Only company permissions are offered, grouped by area.
    QVERIFY(matrix->findItems(QStringLiteral("Platform"), Qt::MatchExactly).isEmpty());
    QVERIFY(!matrix->findItems(QStringLiteral("Orders and products"), Qt::MatchExactly).isEmpty());
    const QList<QTreeWidgetItem*> orders =
        matrix->findItems(QStringLiteral("orders.manage"), Qt::MatchExactly | Qt::MatchRecursive, 1);
    QCOMPARE(orders.size(), 1);
    QCOMPARE(orders.at(0)->text(0), QStringLiteral("Manage orders"));
    QCOMPARE(orders.at(0)->parent()->text(0), QStringLiteral("Orders and products"));
    orders.at(0)->setCheckState(0, Qt::Checked);
    matrix->setPermission(QStringLiteral("products.read"), true);
    QCOMPARE(orders.at(0)->parent()->checkState(0), Qt::PartiallyChecked);
    QCOMPARE(matrix->granted(), QStringList({QStringLiteral("orders.manage"), QStringLiteral("products.read")}));
    QVERIFY(saveScreenshot(editor, QStringLiteral("role-editor-new")));

    QSignalSpy saved(editor, &ui::RoleEditor::saved);
    child<QPushButton>(editor, "save")->click();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    QTRY_VERIFY(!visibleWindow<ui::RoleEditor>());
    m_customId = saved.at(0).at(0).toJsonObject().value(QStringLiteral("id")).toString();
    const QJsonObject role = roleOnServer(m_customId);
    QCOMPARE(role.value(QStringLiteral("companyId")).toString(), m_owner.companyId);
    QCOMPARE(role.value(QStringLiteral("description")).toString(), QStringLiteral("Orders, and sees the products."));
    QCOMPARE(role.value(QStringLiteral("permissions")).toArray(),
             QJsonArray({QStringLiteral("orders.manage"), QStringLiteral("products.read")}));

    QVERIFY(selectRole(QStringLiteral("Warehouse lead")));
    QVERIFY(m_view->detailText(QStringLiteral("summary")).startsWith(QStringLiteral("Custom role")));
    QVERIFY(m_view->detailText(QStringLiteral("summary")).contains(QStringLiteral("Company Roles")));
    QVERIFY(m_view->detailText(QStringLiteral("permissions")).contains(QStringLiteral("Manage orders")));
    QVERIFY(m_view->deleteAction()->isEnabled());
}

void GuiRoles::duplicatesFinanceIntoACustomRole()
{
    QVERIFY(selectRole(QStringLiteral("Finance")));
    QVERIFY(m_view->detailText(QStringLiteral("summary")).startsWith(QStringLiteral("Built-in role")));
    QVERIFY(m_view->duplicateAction()->isEnabled());
    QVERIFY(!m_view->deleteAction()->isEnabled());
    m_view->duplicateAction()->trigger();
    ui::RoleEditor* editor = waitForEditor();
    QVERIFY(editor);
    QVERIFY(editor->isNew() && !editor->isReadOnly());
    QCOMPARE(child<QLineEdit>(editor, "name")->text(), QStringLiteral("Copy of Finance"));
    const QStringList finance{QStringLiteral("company.kyc.read"), QStringLiteral("company.read"),
                              QStringLiteral("invoices.read"), QStringLiteral("orders.read"),
                              QStringLiteral("products.read")};
    QCOMPARE(editor->permissions()->granted(), finance);
    QTRY_COMPARE_WITH_TIMEOUT(editor->companyPicker()->currentData().toString(), m_owner.companyId, 10000);
    QSignalSpy saved(editor, &ui::RoleEditor::saved);
    child<QPushButton>(editor, "save")->click();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    m_copyId = saved.at(0).at(0).toJsonObject().value(QStringLiteral("id")).toString();
    const QJsonObject copy = roleOnServer(m_copyId);
    QCOMPARE(copy.value(QStringLiteral("builtIn")), QJsonValue(false));
    QCOMPARE(copy.value(QStringLiteral("name")).toString(), QStringLiteral("Copy of Finance"));
    QCOMPARE(copy.value(QStringLiteral("companyId")).toString(), m_owner.companyId);
    QCOMPARE(copy.value(QStringLiteral("permissions")).toArray(), QJsonArray::fromStringList(finance));
    QVERIFY(selectRole(QStringLiteral("Copy of Finance")));
}

void GuiRoles::builtInRoleOpensReadOnly()
{
    QVERIFY(selectRole(QStringLiteral("Admin")));
    QCOMPARE(m_view->editAction()->text(), QStringLiteral("&View…"));
    QVERIFY(!m_view->deleteAction()->isEnabled());
    // The name column carries the padlock for built-in rows only.
    const QModelIndex current = m_view->table()->currentIndex();
    QStyleOptionViewItem option;
    option.initFrom(m_view->table());
    QVERIFY(m_view->table()->itemDelegateForColumn(models::RolesModel::Name)->sizeHint(option, current).isValid());
    const QRect cell = m_view->table()->visualRect(current.siblingAtColumn(models::RolesModel::Name));
    QTest::mouseClick(m_view->table()->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(m_view->table()->viewport(), Qt::LeftButton, {}, cell.center());
    ui::RoleEditor* editor = waitForEditor();
    QVERIFY(editor);
    QVERIFY(editor->isReadOnly());
    QVERIFY(child<QLabel>(editor, "builtInNote")->isVisible());
    QVERIFY(!child<QPushButton>(editor, "save")->isVisible());
    QVERIFY(child<QLineEdit>(editor, "name")->isReadOnly());
    QCOMPARE(child<QLineEdit>(editor, "name")->text(), QStringLiteral("Admin"));
    ui::PermissionMatrix* matrix = editor->permissions();
    const QList<QTreeWidgetItem*> settings =
        matrix->findItems(QStringLiteral("company.settings"), Qt::MatchExactly | Qt::MatchRecursive, 1);
    QCOMPARE(settings.size(), 1);
    QCOMPARE(settings.at(0)->checkState(0), Qt::Checked);
    QVERIFY(!(settings.at(0)->flags() & Qt::ItemIsUserCheckable));
    // A click on the box changes nothing.
    matrix->scrollToItem(settings.at(0));
    const QRect box = matrix->visualItemRect(settings.at(0));
    QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {}, QPoint(box.left() + 30, box.center().y()));
    QCOMPARE(settings.at(0)->checkState(0), Qt::Checked);
    QVERIFY(matrix->granted().contains(QStringLiteral("company.settings")));
    QVERIFY(saveScreenshot(editor, QStringLiteral("role-editor-builtin")));
    child<QPushButton>(editor, "cancel")->click();
    QTRY_VERIFY(!visibleWindow<ui::RoleEditor>());
}

void GuiRoles::editsACustomRolesPermissions()
{
    QVERIFY(selectRole(QStringLiteral("Warehouse lead")));
    m_view->editAction()->trigger();
    ui::RoleEditor* editor = waitForEditor();
    QVERIFY(editor);
    QVERIFY(!editor->isReadOnly() && !editor->isNew());
    QVERIFY(editor->permissions()->isGranted(QStringLiteral("orders.manage")));
    editor->permissions()->setPermission(QStringLiteral("users.read"), true);
    // Someone else renames the role meanwhile: the save meets a 412 and keeps what was ticked.
    const ApiReply current = m_scenario->admin().get(QStringLiteral("/api/v1/roles/") + m_customId);
    QCOMPARE(m_scenario->admin()
                 .patch(QStringLiteral("/api/v1/roles/") + m_customId,
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("Warehouse leads")}}, current.etag())
                 .status,
             200);
    child<QPushButton>(editor, "save")->click();
    QTRY_VERIFY_WITH_TIMEOUT(editor->reloadButton()->isVisible(), 10000);
    editor->reloadButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!editor->reloadButton()->isVisible() && editor->isReady(), 10000);
    QCOMPARE(child<QLineEdit>(editor, "name")->text(), QStringLiteral("Warehouse leads"));
    QVERIFY(editor->permissions()->isGranted(QStringLiteral("users.read")));
    child<QPushButton>(editor, "save")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!visibleWindow<ui::RoleEditor>(), 10000);
    QCOMPARE(
        roleOnServer(m_customId).value(QStringLiteral("permissions")).toArray(),
        QJsonArray({QStringLiteral("orders.manage"), QStringLiteral("products.read"), QStringLiteral("users.read")}));
    QCOMPARE(roleOnServer(m_customId).value(QStringLiteral("name")).toString(), QStringLiteral("Warehouse leads"));
}

void GuiRoles::showsWhyARoleInUseIsNotDeleted()
{
    m_scenario->createUser(m_owner.companyId, QStringLiteral("Holder"), {m_customId});
    QVERIFY(selectRole(QStringLiteral("Warehouse leads")));
    m_view->deleteAction()->trigger();
    QMessageBox* confirm = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((confirm = visibleWindow<QMessageBox>(QStringLiteral("confirmDeleteRole"))), 5000);
    QVERIFY(confirm->text().contains(QStringLiteral("Warehouse leads")));
    confirm->button(QMessageBox::Yes)->click();
    // The server refuses (role_in_use); the view says why and offers to remove it from its holders.
    QMessageBox* force = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((force = visibleWindow<QMessageBox>(QStringLiteral("confirmForceDeleteRole"))), 10000);
    QVERIFY(m_view->message().startsWith(QStringLiteral("The role Warehouse leads was not deleted:")));
    QVERIFY2(m_view->message().contains(QStringLiteral("1")), qPrintable(m_view->message()));
    force->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!visibleWindow<QMessageBox>());
    QCOMPARE(m_scenario->admin().get(QStringLiteral("/api/v1/roles/") + m_customId).status, 200);
}

void GuiRoles::deletesACustomRoleAfterConfirming()
{
    QVERIFY(selectRole(QStringLiteral("Copy of Finance")));
    m_view->table()->setFocus();
    m_view->deleteAction()->trigger();
    QMessageBox* confirm = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((confirm = visibleWindow<QMessageBox>()), 5000);
    QCOMPARE(confirm->text(), QStringLiteral("Delete the role “Copy of Finance”?"));
    confirm->button(QMessageBox::Yes)->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_view->message(), QStringLiteral("Deleted the role Copy of Finance."), 10000);
    QCOMPARE(m_scenario->admin().get(QStringLiteral("/api/v1/roles/") + m_copyId).status, 404);
    m_view->setSearch(QString());
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->rolesModel()->isLoading() && m_view->rolesModel()->total() == 5, 10000);
    // Built-in first (with the padlock), then the company's own.
    QTRY_VERIFY_WITH_TIMEOUT(m_view->rolesModel()->rowForId(m_customId) == 4, 10000);
    QCOMPARE(m_view->rolesModel()->index(1, 0).data().toString(), QStringLiteral("Finance"));
    m_view->table()->setCurrentIndex(m_view->rolesModel()->index(1, 0));
    QCOMPARE(m_view->detailText(QStringLiteral("title")), QStringLiteral("Finance"));
    QVERIFY(m_view->detailText(QStringLiteral("permissions")).contains(QStringLiteral("Invoices and payments")));
    QVERIFY(saveScreenshot(m_view.get(), QStringLiteral("roles-view")));
    // One role.delete event: the refused attempt changed nothing and left none.
    const QJsonArray events = m_scenario->admin()
                                  .get(QStringLiteral("/api/v1/audit?action=role.delete"))
                                  .json()
                                  .value(QStringLiteral("items"))
                                  .toArray();
    QCOMPARE(events.size(), 1);
}

QTEST_MAIN(GuiRoles)
#include "tst_gui_roles.moc"

// The Companies section against a real server, as the platform administrator: creating a company
// with its owner through the editor, editing it by double-click (name, the name-edit policy of
// seed 004, a custom field), the client's own checks and the server's field errors at their
// fields, a conflicting edit that keeps what was typed, and ownership transfer to an enabled user.
#include "GuiTestSupport.h"
#include "Scenario.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <models/CompaniesModel.h>
#include <models/UsersModel.h>
#include <ui/MainWindow.h>
#include <ui/SessionController.h>
#include <ui/views/CompaniesView.h>
#include <ui/views/CompanyEditor.h>
#include <ui/views/CountryComboBox.h>
#include <ui/views/CustomFieldDefinitionsEditor.h>
#include <ui/views/OwnershipTransferPanel.h>
#include <ui/views/RemoteTableView.h>
#include <ui/views/UsersView.h>

using namespace steward;
using namespace steward::test;

class GuiCompanies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createsACompanyWithItsOwner();
    void showsTheServersFieldErrorsAtTheirFields();
    void checksCustomFieldsLikeTheServer();
    void editsByDoubleClick();
    void changesTheNamePolicyAndAddsACustomField();
    void conflictingEditReloadsAndKeepsWhatWasTyped();
    void suspendsACompanyAndFiltersByState();
    void transfersOwnershipToAnEnabledUser();
    void platformUsersShowTheirCompanysName();
    void cleanupTestCase();

private:
    // Shows the company named `name` alone in the table and selects it.
    void selectCompany(const QString& name);
    ui::CompanyEditor* openEditorOnSelection();
    static void type(QWidget* editor, const char* name, const QString& text);
    QJsonObject companyOnServer(const QString& id);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Scenario> m_scenario;
    Scenario::Account m_owner;
    Scenario::Account m_colleague;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ui::ClientShell> m_shell;
    std::unique_ptr<ui::CompaniesView> m_view;
    QString m_createdId;
};

void GuiCompanies::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral("gui_companies"));
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
    m_scenario = std::make_unique<Scenario>(*m_server);
    m_owner = m_scenario->createCompany(QStringLiteral("Transfer"));
    m_colleague = m_scenario->createUser(m_owner.companyId, QStringLiteral("Colleague"), {adminRoleId()});
    QCOMPARE(m_scenario->admin()
                 .get(QStringLiteral("/api/v1/users/") + m_colleague.id)
                 .json()
                 .value(QStringLiteral("state")),
             QJsonValue(QStringLiteral("enabled")));

    m_settings = testSettings(QStringLiteral("companies"));
    m_shell =
        signedInShell(m_settings.get(), m_server->baseUrl(), m_server->caFile(),
                      QString::fromLatin1(TestServer::kAdminEmail), QString::fromLatin1(TestServer::kAdminPassword));
    QVERIFY(m_shell);
    QVERIFY(m_shell->session()->isPlatformScope());
    m_view = std::make_unique<ui::CompaniesView>(m_shell->session());
    m_view->resize(1200, 560);
    m_view->show();
    QTRY_VERIFY_WITH_TIMEOUT(m_view->companiesModel()->total() >= 1, 10000);
}

void GuiCompanies::cleanupTestCase()
{
    m_view.reset();
    m_shell.reset();
}

void GuiCompanies::type(QWidget* editor, const char* name, const QString& text)
{
    auto* field = child<QLineEdit>(editor, name);
    QVERIFY2(field, name);
    field->clear();
    // QTest types ASCII only; other letters arrive as an input method would put them.
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 128; });
    if (ascii)
        QTest::keyClicks(field, text);
    else
        field->insert(text);
}

QJsonObject GuiCompanies::companyOnServer(const QString& id)
{
    return m_scenario->admin().get(QStringLiteral("/api/v1/companies/") + id).json();
}

void GuiCompanies::selectCompany(const QString& name)
{
    models::CompaniesModel* model = m_view->companiesModel();
    m_view->setSearch(name);
    QTRY_VERIFY_WITH_TIMEOUT(model->total() == 1 && model->isRowLoaded(0) &&
                                 model->index(0, models::CompaniesModel::Name).data().toString() == name,
                             10000);
    m_view->table()->setCurrentIndex(model->index(0, 0));
    QCOMPARE(m_view->detailText(QStringLiteral("title")), name);
}

ui::CompanyEditor* GuiCompanies::openEditorOnSelection()
{
    ui::RemoteTableView* table = m_view->table();
    m_view->activateWindow();
    [&] { QVERIFY(QTest::qWaitForWindowActive(m_view.get())); }();
    const QRect cell = table->visualRect(m_view->companiesModel()->index(0, models::CompaniesModel::Name));
    // A person's double-click follows a click that selects the row; QTest's double-click alone
    // is sometimes read as a single press.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    ui::CompanyEditor* editor = nullptr;
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT((editor = visibleWindow<ui::CompanyEditor>()), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(editor->isLoaded() && !editor->isBusy(), 10000);
    }();
    return editor;
}

void GuiCompanies::createsACompanyWithItsOwner()
{
    m_view->newAction()->trigger();
    ui::CompanyEditor* editor = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((editor = visibleWindow<ui::CompanyEditor>()), 5000);
    QVERIFY(editor->isNew());
    QCOMPARE(child<QCheckBox>(editor, "usersMayEditName")->text(),
             QStringLiteral("Users may edit their own first and last name"));
    QVERIFY(child<QCheckBox>(editor, "usersMayEditName")->isChecked()); // the default of seed 004
    type(editor, "name", QStringLiteral("Globex Gui"));
    type(editor, "legalName", QStringLiteral("Globex Gui S.L."));
    type(editor, "taxId", QStringLiteral("ESB12345678"));
    editor->tabs()->setCurrentIndex(ui::CompanyEditor::AddressTab);
    type(editor, "street", QStringLiteral("Calle Mayor 1"));
    type(editor, "postalCode", QStringLiteral("28013"));
    type(editor, "city", QStringLiteral("Madrid"));
    child<ui::CountryComboBox>(editor, "country")->setCode(QStringLiteral("ES"));
    QCOMPARE(child<ui::CountryComboBox>(editor, "country")->currentText(), QStringLiteral("Spain (ES)"));
    editor->tabs()->setCurrentIndex(ui::CompanyEditor::OwnerTab);
    type(editor, "ownerEmail", QStringLiteral("ana.globex@example.com"));
    type(editor, "ownerFirstName", QStringLiteral("Ana"));
    type(editor, "ownerLastName", QStringLiteral("García"));
    auto* language = child<QComboBox>(editor, "ownerLanguage");
    language->setCurrentIndex(language->findData(QStringLiteral("es")));
    editor->tabs()->setCurrentIndex(ui::CompanyEditor::DetailsTab);
    QVERIFY(saveScreenshot(editor, QStringLiteral("company-editor-new")));

    QSignalSpy saved(editor, &ui::CompanyEditor::saved);
    child<QPushButton>(editor, "save")->click();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    QTRY_VERIFY(!visibleWindow<ui::CompanyEditor>());
    m_createdId = saved.at(0).at(0).toJsonObject().value(QStringLiteral("id")).toString();
    QTRY_COMPARE_WITH_TIMEOUT(m_view->currentId(), m_createdId, 10000); // the new row is selected

    selectCompany(QStringLiteral("Globex Gui"));
    QCOMPARE(m_view->companiesModel()->idAt(0), m_createdId);
    const QJsonObject company = companyOnServer(m_createdId);
    QCOMPARE(company.value(QStringLiteral("taxId")).toString(), QStringLiteral("ESB12345678"));
    QCOMPARE(company.value(QStringLiteral("address")).toObject().value(QStringLiteral("country")).toString(),
             QStringLiteral("ES"));
    const QJsonObject owner =
        m_scenario->admin()
            .get(QStringLiteral("/api/v1/users/") + company.value(QStringLiteral("ownerId")).toString())
            .json();
    QCOMPARE(owner.value(QStringLiteral("email")).toString(), QStringLiteral("ana.globex@example.com"));
    QCOMPARE(owner.value(QStringLiteral("state")).toString(), QStringLiteral("created")); // waits for the email link
    QCOMPARE(owner.value(QStringLiteral("language")).toString(), QStringLiteral("es"));
    // The details pane names the owner and counts the company's users (the owner alone).
    QTRY_COMPARE_WITH_TIMEOUT(m_view->detailText(QStringLiteral("owner")),
                              QStringLiteral("Ana García\nana.globex@example.com"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->detailText(QStringLiteral("users")), QStringLiteral("1"), 10000);
    QVERIFY(m_view->detailText(QStringLiteral("address")).contains(QStringLiteral("28013 Madrid")));
    QVERIFY(m_view->message().contains(QStringLiteral("Created Globex Gui")));
}

void GuiCompanies::showsTheServersFieldErrorsAtTheirFields()
{
    m_view->newAction()->trigger();
    ui::CompanyEditor* editor = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((editor = visibleWindow<ui::CompanyEditor>()), 5000);
    // Everything passes the client's checks; the name and the owner's address are taken.
    type(editor, "name", QStringLiteral("globex gui"));
    type(editor, "legalName", QStringLiteral("Another Globex"));
    type(editor, "street", QStringLiteral("Main Street 2"));
    type(editor, "postalCode", QStringLiteral("10115"));
    type(editor, "city", QStringLiteral("Berlin"));
    child<ui::CountryComboBox>(editor, "country")->setCode(QStringLiteral("DE"));
    type(editor, "ownerEmail", QStringLiteral("ana.globex@example.com"));
    type(editor, "ownerFirstName", QStringLiteral("Ana"));
    type(editor, "ownerLastName", QStringLiteral("Other"));
    editor->tabs()->setCurrentIndex(ui::CompanyEditor::AddressTab);
    child<QPushButton>(editor, "save")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!editor->fieldError(QStringLiteral("name")).isEmpty(), 10000);
    QVERIFY(!editor->fieldError(QStringLiteral("owner.email")).isEmpty());
    QVERIFY(child<QLabel>(editor, "error_name")->isVisibleTo(editor));
    QCOMPARE(editor->tabs()->currentIndex(), int(ui::CompanyEditor::DetailsTab)); // the first error's tab
    QVERIFY(editor->isVisible());

    // The client's own check: a country code that is not assigned never reaches the server.
    editor->tabs()->setCurrentIndex(ui::CompanyEditor::AddressTab);
    child<ui::CountryComboBox>(editor, "country")->setCurrentText(QStringLiteral("XX"));
    type(editor, "name", QStringLiteral("Globex Two"));
    child<QPushButton>(editor, "save")->click();
    QCOMPARE(editor->fieldError(QStringLiteral("address.country")),
             QStringLiteral("Not an assigned ISO 3166-1 country code."));
    QCOMPARE(editor->tabs()->currentIndex(), int(ui::CompanyEditor::AddressTab));
    QVERIFY(editor->fieldError(QStringLiteral("name")).isEmpty());
    child<QPushButton>(editor, "cancel")->click();
    QTRY_VERIFY(!visibleWindow<ui::CompanyEditor>());
}

void GuiCompanies::checksCustomFieldsLikeTheServer()
{
    selectCompany(QStringLiteral("Globex Gui"));
    ui::CompanyEditor* editor = openEditorOnSelection();
    QVERIFY(editor);
    editor->tabs()->setCurrentIndex(ui::CompanyEditor::CustomFieldsTab);
    ui::CustomFieldDefinitionsEditor* fields = editor->customFields();
    QTableWidget* table = fields->table();
    for (int i = 0; i < 3; ++i)
        fields->addField();
    table->item(0, ui::CustomFieldDefinitionsEditor::Key)->setText(QStringLiteral("badge"));
    table->item(0, ui::CustomFieldDefinitionsEditor::Label)->setText(QStringLiteral("Badge"));
    table->item(1, ui::CustomFieldDefinitionsEditor::Key)->setText(QStringLiteral("badge"));
    table->item(1, ui::CustomFieldDefinitionsEditor::Label)->setText(QStringLiteral("Badge again"));
    table->item(2, ui::CustomFieldDefinitionsEditor::Key)->setText(QStringLiteral("Shift"));
    table->item(2, ui::CustomFieldDefinitionsEditor::Label)->setText(QStringLiteral("Shift"));
    fields->setFieldType(2, QStringLiteral("choice")); // without options
    child<QPushButton>(editor, "save")->click();
    const QString errors = fields->errorText();
    QVERIFY2(errors.contains(QStringLiteral("Field 2 (badge), Key: Another field already uses this key.")),
             qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("Field 3 (Shift), Key: Must start with a letter")), qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("Field 3 (Shift), Options: Required.")), qPrintable(errors));
    QVERIFY(!table->item(1, ui::CustomFieldDefinitionsEditor::Key)->toolTip().isEmpty());
    QVERIFY(table->item(0, ui::CustomFieldDefinitionsEditor::Key)->toolTip().isEmpty());
    QCOMPARE(editor->tabs()->currentIndex(), int(ui::CompanyEditor::CustomFieldsTab));
    QVERIFY(saveScreenshot(editor, QStringLiteral("company-editor-custom-field-errors")));
    child<QPushButton>(editor, "cancel")->click();
    QTRY_VERIFY(!visibleWindow<ui::CompanyEditor>());
    QCOMPARE(companyOnServer(m_createdId).value(QStringLiteral("customFields")).toArray().size(), 0);
}

void GuiCompanies::editsByDoubleClick()
{
    selectCompany(QStringLiteral("Globex Gui"));
    ui::CompanyEditor* editor = openEditorOnSelection();
    QVERIFY(editor);
    QCOMPARE(child<QLineEdit>(editor, "name")->text(), QStringLiteral("Globex Gui"));
    QCOMPARE(child<ui::CountryComboBox>(editor, "country")->code(), QStringLiteral("ES"));
    type(editor, "name", QStringLiteral("Globex Iberia"));
    child<QPushButton>(editor, "save")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!visibleWindow<ui::CompanyEditor>(), 10000);
    QCOMPARE(companyOnServer(m_createdId).value(QStringLiteral("name")).toString(), QStringLiteral("Globex Iberia"));
    QCOMPARE(companyOnServer(m_createdId).value(QStringLiteral("version")).toInt(), 2);
    // The row shows the answer at once, without a reload.
    QCOMPARE(m_view->companiesModel()->index(0, models::CompaniesModel::Name).data().toString(),
             QStringLiteral("Globex Iberia"));
    QCOMPARE(m_view->detailText(QStringLiteral("title")), QStringLiteral("Globex Iberia"));
}

void GuiCompanies::changesTheNamePolicyAndAddsACustomField()
{
    selectCompany(QStringLiteral("Globex Iberia"));
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_view->table()->setFocus();
    QTest::keyClick(m_view->table(), Qt::Key_Return); // Enter edits, like a double-click
    ui::CompanyEditor* editor = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((editor = visibleWindow<ui::CompanyEditor>()), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(editor->isLoaded() && !editor->isBusy(), 10000);
    auto* policy = child<QCheckBox>(editor, "usersMayEditName");
    QVERIFY(policy->isChecked());
    policy->click();
    editor->tabs()->setCurrentIndex(ui::CompanyEditor::CustomFieldsTab);
    ui::CustomFieldDefinitionsEditor* fields = editor->customFields();
    const int row = fields->addField();
    // Adding a field starts editing its key, so typing goes straight into it.
    auto* keyEditor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY(keyEditor);
    QTest::keyClicks(keyEditor, QStringLiteral("employee_no"));
    QTest::keyClick(keyEditor, Qt::Key_Tab);
    QCOMPARE(fields->table()->item(row, ui::CustomFieldDefinitionsEditor::Key)->text(), QStringLiteral("employee_no"));
    fields->table()->item(row, ui::CustomFieldDefinitionsEditor::Label)->setText(QStringLiteral("Employee number"));
    fields->table()->item(row, ui::CustomFieldDefinitionsEditor::Required)->setCheckState(Qt::Checked);
    fields->table()->item(row, ui::CustomFieldDefinitionsEditor::MaxLength)->setData(Qt::EditRole, 20);
    const int choice = fields->addField();
    fields->table()->item(choice, ui::CustomFieldDefinitionsEditor::Key)->setText(QStringLiteral("shift"));
    fields->table()->item(choice, ui::CustomFieldDefinitionsEditor::Label)->setText(QStringLiteral("Shift"));
    fields->setFieldType(choice, QStringLiteral("choice"));
    fields->table()->setCurrentCell(choice, ui::CustomFieldDefinitionsEditor::Options);
    auto* options = child<QPlainTextEdit>(fields, "customFieldOptions");
    QVERIFY(options->isEnabled());
    QTest::keyClicks(options, QStringLiteral("Early"));
    QTest::keyClick(options, Qt::Key_Return);
    QTest::keyClicks(options, QStringLiteral("Late"));
    QTest::keyClick(options, Qt::Key_Return);
    QCOMPARE(fields->table()->item(choice, ui::CustomFieldDefinitionsEditor::Options)->text(),
             QStringLiteral("Early, Late"));
    QVERIFY(saveScreenshot(editor, QStringLiteral("company-editor-custom-fields")));
    child<QPushButton>(editor, "save")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!visibleWindow<ui::CompanyEditor>(), 10000);

    const QJsonObject company = companyOnServer(m_createdId);
    QCOMPARE(company.value(QStringLiteral("usersMayEditName")), QJsonValue(false));
    const QJsonArray definitions = company.value(QStringLiteral("customFields")).toArray();
    QCOMPARE(definitions.size(), 2);
    const QJsonObject first = definitions.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("key")).toString(), QStringLiteral("employee_no"));
    QCOMPARE(first.value(QStringLiteral("label")).toString(), QStringLiteral("Employee number"));
    QCOMPARE(first.value(QStringLiteral("required")), QJsonValue(true));
    QCOMPARE(first.value(QStringLiteral("maxLength")).toInt(), 20);
    QCOMPARE(definitions.at(1).toObject().value(QStringLiteral("options")).toArray(),
             QJsonArray({QStringLiteral("Early"), QStringLiteral("Late")}));
    // The details follow the list's refresh after the save, which may come a moment later.
    QTRY_COMPARE_WITH_TIMEOUT(m_view->detailText(QStringLiteral("namePolicy")),
                              QStringLiteral("Only administrators change names"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->detailText(QStringLiteral("customFields")),
                              QStringLiteral("Employee number, Shift"), 10000);
}

void GuiCompanies::conflictingEditReloadsAndKeepsWhatWasTyped()
{
    selectCompany(QStringLiteral("Globex Iberia"));
    ui::CompanyEditor* editor = openEditorOnSelection();
    QVERIFY(editor);
    // Someone else changes the legal name meanwhile.
    const ApiReply current = m_scenario->admin().get(QStringLiteral("/api/v1/companies/") + m_createdId);
    QCOMPARE(m_scenario->admin()
                 .patch(QStringLiteral("/api/v1/companies/") + m_createdId,
                        QJsonObject{{QStringLiteral("legalName"), QStringLiteral("Globex Iberia S.A.")}},
                        current.etag())
                 .status,
             200);
    type(editor, "city", QStringLiteral("Barcelona"));
    child<QPushButton>(editor, "save")->click();
    QTRY_VERIFY_WITH_TIMEOUT(editor->reloadButton()->isVisible(), 10000);
    QVERIFY(editor->message().contains(QStringLiteral("Someone else changed this company")));
    QVERIFY(editor->isVisible());
    QCOMPARE(companyOnServer(m_createdId).value(QStringLiteral("address")).toObject().value(QStringLiteral("city")),
             QJsonValue(QStringLiteral("Madrid"))); // nothing overwritten
    QVERIFY(saveScreenshot(editor, QStringLiteral("company-editor-conflict")));

    editor->reloadButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!editor->reloadButton()->isVisible() && !editor->isBusy(), 10000);
    QCOMPARE(child<QLineEdit>(editor, "legalName")->text(), QStringLiteral("Globex Iberia S.A.")); // theirs
    QCOMPARE(child<QLineEdit>(editor, "city")->text(), QStringLiteral("Barcelona"));               // ours, kept
    child<QPushButton>(editor, "save")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!visibleWindow<ui::CompanyEditor>(), 10000);
    const QJsonObject company = companyOnServer(m_createdId);
    QCOMPARE(company.value(QStringLiteral("legalName")).toString(), QStringLiteral("Globex Iberia S.A."));
    QCOMPARE(company.value(QStringLiteral("address")).toObject().value(QStringLiteral("city")).toString(),
             QStringLiteral("Barcelona"));
}

void GuiCompanies::suspendsACompanyAndFiltersByState()
{
    selectCompany(QStringLiteral("Globex Iberia"));
    ui::CompanyEditor* editor = openEditorOnSelection();
    QVERIFY(editor);
    auto* state = child<QComboBox>(editor, "state");
    QVERIFY(state->isEnabled()); // platform staff may suspend
    state->setCurrentIndex(state->findData(QStringLiteral("suspended")));
    child<QPushButton>(editor, "save")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!visibleWindow<ui::CompanyEditor>(), 10000);
    QCOMPARE(companyOnServer(m_createdId).value(QStringLiteral("state")).toString(), QStringLiteral("suspended"));
    QCOMPARE(m_view->detailText(QStringLiteral("state")), QStringLiteral("Suspended"));

    m_view->setSearch(QString());
    auto* filter = child<QComboBox>(m_view.get(), "stateFilter");
    filter->setCurrentIndex(filter->findData(QStringLiteral("suspended")));
    models::CompaniesModel* model = m_view->companiesModel();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->total() == 1 && model->isRowLoaded(0), 10000);
    QCOMPARE(model->idAt(0), m_createdId);
    filter->setCurrentIndex(filter->findData(QStringLiteral("active")));
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->total() == 1 && model->isRowLoaded(0), 10000);
    QCOMPARE(model->idAt(0), m_owner.companyId);
    filter->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->total() == 2, 10000);
}

void GuiCompanies::transfersOwnershipToAnEnabledUser()
{
    selectCompany(QStringLiteral("Company Transfer"));
    QTRY_VERIFY_WITH_TIMEOUT(m_view->detailText(QStringLiteral("users")) == QStringLiteral("2"), 10000);
    QVERIFY(saveScreenshot(m_view.get(), QStringLiteral("companies-view")));
    ui::CompanyEditor* editor = openEditorOnSelection();
    QVERIFY(editor);
    editor->tabs()->setCurrentIndex(ui::CompanyEditor::OwnerTab);
    ui::OwnershipTransferPanel* ownership = editor->ownership();
    QTRY_VERIFY_WITH_TIMEOUT(ownership->ownerText().contains(m_owner.email), 10000);
    QTest::keyClicks(ownership->searchField(), QStringLiteral("colleague"));
    QListWidget* candidates = ownership->candidates();
    QTRY_VERIFY_WITH_TIMEOUT(
        candidates->count() == 1 && candidates->item(0)->data(Qt::UserRole).toString() == m_colleague.id, 10000);
    candidates->setCurrentRow(0);
    QVERIFY(ownership->transferButton()->isEnabled());
    QVERIFY(saveScreenshot(editor, QStringLiteral("company-editor-owner")));
    QSignalSpy saved(editor, &ui::CompanyEditor::saved);
    ownership->transferButton()->click();
    QMessageBox* confirm = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((confirm = visibleWindow<QMessageBox>()), 5000);
    QVERIFY(confirm->text().contains(m_colleague.email));
    QVERIFY(confirm->text().contains(QStringLiteral("Company Transfer")));
    confirm->button(QMessageBox::Yes)->click();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    QVERIFY(ownership->message().contains(QStringLiteral("is now the owner")));
    QCOMPARE(companyOnServer(m_owner.companyId).value(QStringLiteral("ownerId")).toString(), m_colleague.id);
    QTRY_VERIFY_WITH_TIMEOUT(ownership->ownerText().contains(m_colleague.email), 10000);
    // The new owner is no longer a candidate; the previous one is.
    QTRY_VERIFY_WITH_TIMEOUT(!ownership->isSearching(), 10000);
    ownership->searchField()->clear();
    QTRY_VERIFY_WITH_TIMEOUT(!ownership->isSearching() && candidates->count() == 1 &&
                                 candidates->item(0)->data(Qt::UserRole).toString() == m_owner.id,
                             10000);
    child<QPushButton>(editor, "cancel")->click();
    QTRY_VERIFY(!visibleWindow<ui::CompanyEditor>());
    QTRY_VERIFY_WITH_TIMEOUT(m_view->detailText(QStringLiteral("owner")).contains(m_colleague.email), 10000);
}

// The users section in the platform scope lists every company's users: its company column names
// the company (read once per company on screen), and platform staff belong to the platform.
void GuiCompanies::platformUsersShowTheirCompanysName()
{
    m_shell->mainWindow()->showSection(ui::MainWindow::Section::Users);
    auto* view = qobject_cast<ui::UsersView*>(m_shell->mainWindow()->sectionView(ui::MainWindow::Section::Users));
    QVERIFY(view);
    models::UsersModel* model = view->usersModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowForId(m_colleague.id) >= 0, 20000);
    const QString companyName = m_scenario->admin()
                                    .get(QStringLiteral("/api/v1/companies/") + m_owner.companyId)
                                    .json()
                                    .value(QStringLiteral("name"))
                                    .toString();
    QVERIFY(!companyName.isEmpty());
    const auto companyShown = [&] {
        return model->index(model->rowForId(m_colleague.id), models::UsersModel::Company).data().toString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(companyShown(), companyName, 10000);
    const QJsonArray staff = m_scenario->admin()
                                 .get(QStringLiteral("/api/v1/users?q=") + QString::fromLatin1(TestServer::kAdminEmail))
                                 .json()
                                 .value(QStringLiteral("items"))
                                 .toArray();
    QCOMPARE(staff.size(), 1);
    const int adminRow = model->rowForId(staff.first().toObject().value(QStringLiteral("id")).toString());
    QVERIFY(adminRow >= 0);
    QCOMPARE(model->index(adminRow, models::UsersModel::Company).data().toString(), QStringLiteral("Platform"));
    saveScreenshot(m_shell->mainWindow(), QStringLiteral("platform-users-companies"));
}

QTEST_MAIN(GuiCompanies)
#include "tst_gui_companies.moc"

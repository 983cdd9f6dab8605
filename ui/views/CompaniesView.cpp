#include "CompaniesView.h"

#include "../SessionController.h"
#include "../UserFacingText.h"
#include "CompanyEditor.h"
#include "RemoteTableView.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QToolBar>
#include <QVBoxLayout>
#include <domain/Language.h>
#include <limits>
#include <models/CompaniesModel.h>
#include <models/ModelFormat.h>
#include <net/ApiJob.h>
#include <net/jobs/ListJob.h>

namespace steward::ui {

CompaniesView::CompaniesView(SessionController* session, QWidget* parent) : SectionView(session, parent)
{
    setObjectName(QStringLiteral("companiesView"));
    m_new = new QAction(this);
    m_new->setObjectName(QStringLiteral("newCompany"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setShortcutContext(Qt::WindowShortcut);
    m_edit = new QAction(this);
    m_edit->setObjectName(QStringLiteral("editCompany"));
    m_edit->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_edit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_refresh = new QAction(this);
    m_refresh->setObjectName(QStringLiteral("refreshCompanies"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    toolBar()->addAction(m_new);
    toolBar()->addAction(m_edit);
    toolBar()->addSeparator();
    toolBar()->addAction(m_refresh);
    addAction(m_new);
    addAction(m_edit);
    addAction(m_refresh);
    m_new->setEnabled(session->isPlatformScope());

    m_stateFilterLabel = new QLabel(this);
    m_stateFilter = new QComboBox(this);
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_stateFilter->addItem(QString(), QString());
    m_stateFilter->addItem(QString(), QStringLiteral("active"));
    m_stateFilter->addItem(QString(), QStringLiteral("suspended"));
    m_stateFilterLabel->setBuddy(m_stateFilter);
    filterBar()->setContentsMargins(6, 4, 6, 4);
    filterBar()->addWidget(m_stateFilterLabel);
    filterBar()->addWidget(m_stateFilter);
    filterBar()->addStretch(1);

    m_title = new QLabel(detailsPane());
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_placeholder = new QLabel(detailsPane());
    m_placeholder->setWordWrap(true);
    m_detailsForm = new QFormLayout;
    m_detailsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    detail("legalName", [] { return tr("Legal name:"); });
    detail("taxId", [] { return tr("Tax ID:"); });
    detail("address", [] { return tr("Address:"); });
    detail("owner", [] { return tr("Owner:"); });
    //: Whether a company is active or suspended.
    detail("state", [] { return tr("State:"); });
    detail("language", [] { return tr("Default language:"); });
    detail("users", [] { return tr("Users:"); });
    detail("namePolicy", [] { return tr("Users' names:"); });
    detail("customFields", [] { return tr("Custom fields:"); });
    detail("created", [] { return tr("Created:"); });
    detailsLayout()->addWidget(m_title);
    detailsLayout()->addWidget(m_placeholder);
    detailsLayout()->addLayout(m_detailsForm);
    detailsLayout()->addStretch(1);
    detailsPane()->setMinimumWidth(300);

    m_companies = new models::CompaniesModel(session->connection(), this);
    setModel(m_companies);
    table()->setSelectionMode(QAbstractItemView::SingleSelection);
    table()->horizontalHeader()->resizeSection(models::CompaniesModel::Name, 200);
    table()->horizontalHeader()->resizeSection(models::CompaniesModel::LegalName, 220);

    connect(m_new, &QAction::triggered, this, &CompaniesView::newCompany);
    connect(m_edit, &QAction::triggered, this, &CompaniesView::editCurrent);
    connect(m_refresh, &QAction::triggered, m_companies, &models::RemoteTableModel::refresh);
    connect(table(), &QAbstractItemView::doubleClicked, this, &CompaniesView::editCurrent);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_companies->setStateFilter(m_stateFilter->currentData().toString()); });
    connect(table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        showDetails();
    });
    connect(m_companies, &models::RemoteTableModel::refreshed, this, [this] {
        // What was just created is selected once it is among the loaded rows.
        const int created = m_selectAfterRefresh.isEmpty() ? -1 : m_companies->rowForId(m_selectAfterRefresh);
        m_selectAfterRefresh.clear();
        if (created >= 0) {
            table()->setCurrentIndex(m_companies->index(created, 0));
            table()->scrollTo(table()->currentIndex());
        }
        updateActions();
        showDetails();
    });
    connect(m_companies, &QAbstractItemModel::dataChanged, this, [this] { showDetails(); });
    retranslate();
    updateActions();
    showDetails();
}

QLabel* CompaniesView::detail(const char* name, std::function<QString()> caption)
{
    auto* label = new QLabel(detailsPane());
    label->setObjectName(QLatin1String("detail_") + QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long values (an email address) wrap or clip inside the pane instead of widening it.
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* captionLabel = new QLabel(detailsPane());
    m_captions.append({captionLabel, std::move(caption)});
    m_detailsForm->addRow(captionLabel, label);
    m_details.insert(QLatin1String(name), label);
    return label;
}

QString CompaniesView::countFor(qint64 total) const
{
    return tr("%Ln company(s)", nullptr, int(qMin<qint64>(total, std::numeric_limits<int>::max())));
}

void CompaniesView::retranslate()
{
    m_new->setText(tr("&New company…"));
    m_new->setToolTip(tr("Create a company and its owner (Ctrl+N)"));
    m_edit->setText(tr("&Edit…"));
    m_edit->setToolTip(tr("Edit the selected company (Enter or double-click)"));
    m_refresh->setText(tr("Re&fresh"));
    //: Filter: which company states the list shows.
    m_stateFilterLabel->setText(tr("&State:"));
    m_stateFilter->setItemText(0, tr("All"));
    m_stateFilter->setItemText(1, tr("Active"));
    m_stateFilter->setItemText(2, tr("Suspended"));
    m_placeholder->setText(tr("Select a company to see its details."));
    for (const auto& [label, caption] : std::as_const(m_captions))
        label->setText(caption());
    m_shownId.clear();
    showDetails();
}

QString CompaniesView::currentId() const
{
    const QModelIndex current = table()->currentIndex();
    if (!current.isValid() || !m_companies->isRowLoaded(current.row()))
        return {};
    return m_companies->idAt(current.row());
}

QString CompaniesView::detailText(const QString& field) const
{
    if (field == QLatin1String("title"))
        return m_title->text();
    const QLabel* label = m_details.value(field);
    return label ? label->text() : QString();
}

void CompaniesView::updateActions()
{
    m_edit->setEnabled(!currentId().isEmpty());
}

void CompaniesView::newCompany()
{
    openEditor(QString());
}

void CompaniesView::editCurrent()
{
    const QString id = currentId();
    if (!id.isEmpty())
        openEditor(id);
}

void CompaniesView::openEditor(const QString& companyId)
{
    auto* editor = new CompanyEditor(m_session, companyId, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editor = editor;
    const bool creating = companyId.isEmpty();
    connect(editor, &CompanyEditor::saved, this, [this, creating](const QJsonObject& company) {
        if (creating) {
            showMessage(tr("Created %1. Its owner will get an email to set their password.")
                            .arg(company.value(QLatin1String("name")).toString()),
                        false);
            m_selectAfterRefresh = company.value(QLatin1String("id")).toString();
            m_companies->refresh();
        } else if (!m_companies->updateItem(company)) {
            m_companies->refresh();
        }
        m_shownId.clear();
        showDetails();
    });
    editor->open();
}

void CompaniesView::showDetails()
{
    const QString id = currentId();
    const bool shown = !id.isEmpty();
    m_placeholder->setVisible(!shown);
    m_title->setVisible(shown);
    for (int row = 0; row < m_detailsForm->rowCount(); ++row)
        m_detailsForm->setRowVisible(row, shown);
    if (!shown) {
        m_shownId.clear();
        return;
    }
    const QJsonObject company = m_companies->itemAt(m_companies->rowForId(id));
    m_title->setText(company.value(QLatin1String("name")).toString());
    m_details[QStringLiteral("legalName")]->setText(company.value(QLatin1String("legalName")).toString());
    const QString taxId = company.value(QLatin1String("taxId")).toString();
    m_details[QStringLiteral("taxId")]->setText(taxId.isEmpty() ? tr("None") : taxId);
    const QJsonObject address = company.value(QLatin1String("address")).toObject();
    const QString code = address.value(QLatin1String("country")).toString();
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    QStringList lines{address.value(QLatin1String("street")).toString(),
                      QStringLiteral("%1 %2").arg(address.value(QLatin1String("postalCode")).toString(),
                                                  address.value(QLatin1String("city")).toString()),
                      address.value(QLatin1String("region")).toString(),
                      territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory)};
    lines.removeIf([](const QString& line) { return line.trimmed().isEmpty(); });
    m_details[QStringLiteral("address")]->setText(lines.join(QLatin1Char('\n')));
    m_details[QStringLiteral("state")]->setText(
        models::format::companyState(company.value(QLatin1String("state")).toString()));
    const QString languageTag = company.value(QLatin1String("defaultLanguage")).toString();
    const std::optional<Language> language = languageFromCode(languageTag);
    m_details[QStringLiteral("language")]->setText(language ? languageNativeName(*language) : languageTag);
    m_details[QStringLiteral("namePolicy")]->setText(company.value(QLatin1String("usersMayEditName")).toBool(true)
                                                         ? tr("Users may edit their own name")
                                                         : tr("Only administrators change names"));
    QStringList fields;
    for (const QJsonValue& field : company.value(QLatin1String("customFields")).toArray())
        fields.append(field.toObject().value(QLatin1String("label")).toString());
    m_details[QStringLiteral("customFields")]->setText(fields.isEmpty() ? tr("None")
                                                                        : fields.join(QStringLiteral(", ")));
    m_details[QStringLiteral("created")]->setText(models::format::timeText(company.value(QLatin1String("createdAt"))));

    // The owner's name and the user count cost a request each: only when another company (or
    // another owner) is shown.
    const QString ownerId = company.value(QLatin1String("ownerId")).toString();
    const QString shownKey = id + QLatin1Char('/') + ownerId;
    if (shownKey == m_shownId)
        return;
    m_shownId = shownKey;
    loadOwner(id, ownerId);
    loadUserCount(id);
}

void CompaniesView::loadOwner(const QString& companyId, const QString& ownerId)
{
    QLabel* label = m_details[QStringLiteral("owner")];
    label->setText(ownerId.isEmpty() ? tr("None") : tr("Loading…"));
    if (ownerId.isEmpty())
        return;
    auto* job = new net::ApiJob(m_session->connection(), "GET", QStringLiteral("/api/v1/users/") + ownerId);
    connect(job, &net::ApiJob::finished, this, [this, label, companyId, ownerId](const net::ApiResult& result) {
        if (currentId() != companyId)
            return;
        if (!result.ok()) {
            label->setText(ownerId);
            return;
        }
        const QJsonObject owner = result.body.object();
        label->setText(QStringLiteral("%1\n%2").arg(models::format::personName(owner),
                                                    owner.value(QLatin1String("email")).toString()));
        label->setToolTip(label->text());
    });
    job->start();
}

void CompaniesView::loadUserCount(const QString& companyId)
{
    QLabel* label = m_details[QStringLiteral("users")];
    label->setText(tr("Loading…"));
    auto* job = new net::ListJob(m_session->connection(), QStringLiteral("/api/v1/users"));
    job->setParameter(QStringLiteral("company"), companyId);
    job->setLimit(1);
    connect(job, &net::ApiJob::finished, this, [this, job, label, companyId](const net::ApiResult& result) {
        if (currentId() != companyId)
            return;
        // Staff without platform.users.read see companies but not their users.
        label->setText(result.ok() ? QLocale().toString(job->total()) : tr("Not available"));
    });
    job->start();
}

} // namespace steward::ui

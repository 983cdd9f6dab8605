#include "MoveUnitDialog.h"

#include "OrgUnitProxyModel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <models/OrgUnitTreeModel.h>

namespace steward::ui {

MoveUnitDialog::MoveUnitDialog(models::OrgUnitTreeModel* units, const QString& unitId, QWidget* parent)
    : QDialog(parent), m_units(units), m_unitId(unitId)
{
    setObjectName(QStringLiteral("moveUnitDialog"));
    const QString name = units->pathOf(unitId).join(QLatin1String(" / "));
    setWindowTitle(tr("Move unit"));
    m_prompt = new QLabel(tr("Move “%1”, with every unit below it, to:").arg(name), this);
    m_prompt->setWordWrap(true);
    m_topLevel = new QCheckBox(tr("The &top level"), this);
    m_topLevel->setObjectName(QStringLiteral("topLevel"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Find a unit"));
    m_filter->setClearButtonEnabled(true);
    m_proxy = new OrgUnitProxyModel(this);
    m_proxy->setDragEnabled(false);
    m_proxy->setSourceModel(units);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("tree"));
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    for (int column = 1; column < m_proxy->columnCount(); ++column)
        m_tree->hideColumn(column);
    m_tree->expandAll();
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    auto* buttons = new QDialogButtonBox(this);
    //: Button of the "Move unit" dialog.
    m_move = buttons->addButton(tr("&Move"), QDialogButtonBox::AcceptRole);
    m_move->setObjectName(QStringLiteral("move"));
    m_move->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_move, &QPushButton::clicked, this, [this] {
        Q_EMIT chosen(m_unitId, targetId());
        accept();
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        m_tree->expandAll();
    });
    connect(m_topLevel, &QCheckBox::toggled, m_tree, &QWidget::setDisabled);
    connect(m_topLevel, &QCheckBox::toggled, m_filter, &QWidget::setDisabled);
    connect(m_topLevel, &QCheckBox::toggled, this, &MoveUnitDialog::updateButtons);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MoveUnitDialog::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_topLevel);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(420, 460);
    updateButtons();
}

bool MoveUnitDialog::isTopLevel() const
{
    return m_topLevel->isChecked();
}

QString MoveUnitDialog::targetId() const
{
    if (m_topLevel->isChecked())
        return {};
    return m_tree->currentIndex().data(models::OrgUnitTreeModel::IdRole).toString();
}

void MoveUnitDialog::selectTarget(const QString& id)
{
    m_topLevel->setChecked(id.isEmpty());
    if (id.isEmpty())
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_units->indexForId(id));
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void MoveUnitDialog::updateButtons()
{
    const QString current = m_units->unitAt(m_units->indexForId(m_unitId)).value(QLatin1String("parentId")).toString();
    const bool picked = m_topLevel->isChecked() || m_tree->currentIndex().isValid();
    // Moving to where it already is would change nothing.
    m_move->setEnabled(picked && targetId() != current && targetId() != m_unitId);
}

} // namespace steward::ui

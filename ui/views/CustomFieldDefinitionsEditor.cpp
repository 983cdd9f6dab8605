#include "CustomFieldDefinitionsEditor.h"

#include "FieldRuleText.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>
#include <domain/Validation.h>

namespace steward::ui {
namespace {

constexpr int kDefaultMaxLength = 200;
const QColor kErrorBackground(0xfd, 0xe7, 0xe9);

const QStringList& memberNames()
{
    // Index = column.
    static const QStringList names{QStringLiteral("key"),       QStringLiteral("label"),  QStringLiteral("type"),
                                   QStringLiteral("required"),  QStringLiteral("unique"), QStringLiteral("editableBy"),
                                   QStringLiteral("maxLength"), QStringLiteral("options")};
    return names;
}

QTableWidgetItem* textItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
    return item;
}

QTableWidgetItem* checkItem(bool checked)
{
    auto* item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

} // namespace

CustomFieldDefinitionsEditor::CustomFieldDefinitionsEditor(QWidget* parent) : QWidget(parent)
{
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("customFieldsTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(Key, 110);
    m_table->setColumnWidth(Label, 150);
    m_table->setColumnWidth(Type, 85);
    m_table->setColumnWidth(Required, 65);
    m_table->setColumnWidth(Unique, 55);
    m_table->setColumnWidth(EditableBy, 150);
    m_table->setColumnWidth(MaxLength, 75);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addCustomField"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeCustomField"));
    m_remove->setEnabled(false);
    m_optionsLabel = new QLabel(this);
    m_options = new QPlainTextEdit(this);
    m_options->setObjectName(QStringLiteral("customFieldOptions"));
    m_options->setMaximumHeight(80);
    m_options->setEnabled(false);
    m_errors = new QLabel(this);
    m_errors->setObjectName(QStringLiteral("customFieldErrors"));
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errors->setVisible(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_errors);
    layout->addLayout(buttons);
    layout->addWidget(m_optionsLabel);
    layout->addWidget(m_options);

    connect(m_add, &QPushButton::clicked, this, &CustomFieldDefinitionsEditor::addField);
    connect(m_remove, &QPushButton::clicked, this, &CustomFieldDefinitionsEditor::removeSelected);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            Q_EMIT changed();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        m_remove->setEnabled(row >= 0);
        showOptionsOf(row);
    });
    connect(m_options, &QPlainTextEdit::textChanged, this, &CustomFieldDefinitionsEditor::storeOptions);
    retranslate();
}

void CustomFieldDefinitionsEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CustomFieldDefinitionsEditor::retranslate()
{
    m_table->setHorizontalHeaderLabels({
        tr("Key"),
        tr("Label"),
        //: Column header: the kind of value of a custom field (text, number, date, choice).
        tr("Type"),
        tr("Required"),
        tr("Unique"),
        tr("Editable by"),
        tr("Max. length"),
        tr("Options"),
    });
    m_table->horizontalHeaderItem(Key)->setToolTip(
        tr("Stable name the values are stored under: a–z, 0–9 and _, starting with a letter."));
    m_table->horizontalHeaderItem(Unique)->setToolTip(tr("No two users of the company may have the same value."));
    m_add->setText(tr("&Add field"));
    m_remove->setText(tr("&Remove field"));
    m_optionsLabel->setText(tr("Options of the selected choice field, one per line:"));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (auto* type = qobject_cast<QComboBox*>(m_table->cellWidget(row, Type))) {
            type->setItemText(0, tr("Text"));
            type->setItemText(1, tr("Number"));
            type->setItemText(2, tr("Date"));
            type->setItemText(3, tr("Choice"));
        }
        if (auto* editor = qobject_cast<QComboBox*>(m_table->cellWidget(row, EditableBy))) {
            editor->setItemText(0, tr("Admins only"));
            editor->setItemText(1, tr("Admins and the user"));
        }
    }
}

void CustomFieldDefinitionsEditor::setDefinitions(const QJsonArray& definitions)
{
    m_filling = true;
    clearErrors();
    m_table->setRowCount(0);
    for (const QJsonValue& definition : definitions)
        insertRow(definition.toObject());
    m_filling = false;
    showOptionsOf(m_table->currentRow());
}

void CustomFieldDefinitionsEditor::insertRow(const QJsonObject& definition)
{
    const bool filling = m_filling;
    m_filling = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, Key, textItem(definition.value(QLatin1String("key")).toString()));
    m_table->setItem(row, Label, textItem(definition.value(QLatin1String("label")).toString()));
    auto* type = new QComboBox(m_table);
    type->setObjectName(QStringLiteral("type"));
    for (const char* value : {"text", "number", "date", "choice"})
        type->addItem(QString(), QLatin1String(value));
    type->setCurrentIndex(
        qMax(0, type->findData(definition.value(QLatin1String("type")).toString(QStringLiteral("text")))));
    m_table->setCellWidget(row, Type, type);
    m_table->setItem(row, Required, checkItem(definition.value(QLatin1String("required")).toBool()));
    m_table->setItem(row, Unique, checkItem(definition.value(QLatin1String("unique")).toBool()));
    auto* editableBy = new QComboBox(m_table);
    editableBy->setObjectName(QStringLiteral("editableBy"));
    editableBy->addItem(QString(), QStringLiteral("admins"));
    editableBy->addItem(QString(), QStringLiteral("user"));
    editableBy->setCurrentIndex(definition.value(QLatin1String("editableBy")).toString() == QLatin1String("user"));
    m_table->setCellWidget(row, EditableBy, editableBy);
    auto* maxLength = textItem(QString());
    maxLength->setData(Qt::EditRole, definition.value(QLatin1String("maxLength")).toInt(kDefaultMaxLength));
    m_table->setItem(row, MaxLength, maxLength);
    auto* options = new QTableWidgetItem;
    options->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_table->setItem(row, Options, options);
    QStringList values;
    for (const QJsonValue& option : definition.value(QLatin1String("options")).toArray())
        values.append(option.toString());
    options->setData(Qt::UserRole, values);
    connect(type, &QComboBox::currentIndexChanged, this, [this, type] {
        const int at = rowOfWidget(type);
        updateRow(at);
        if (at == m_table->currentRow())
            showOptionsOf(at);
        Q_EMIT changed();
    });
    connect(editableBy, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT changed(); });
    retranslate();
    updateRow(row);
    m_filling = filling;
}

int CustomFieldDefinitionsEditor::addField()
{
    insertRow(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}});
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, Key);
    m_table->editItem(m_table->item(row, Key));
    Q_EMIT changed();
    return row;
}

void CustomFieldDefinitionsEditor::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_optionsRow = -1;
    m_table->removeRow(row);
    // Paths name positions, so errors of the rows below no longer point at the right row.
    clearErrors();
    showOptionsOf(m_table->currentRow());
    Q_EMIT changed();
}

void CustomFieldDefinitionsEditor::setFieldType(int row, const QString& type)
{
    if (auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, Type)))
        combo->setCurrentIndex(qMax(0, combo->findData(type)));
}

void CustomFieldDefinitionsEditor::setOptions(int row, const QStringList& options)
{
    if (auto* item = m_table->item(row, Options)) {
        item->setData(Qt::UserRole, options);
        updateRow(row);
        if (row == m_optionsRow)
            showOptionsOf(row);
    }
}

QString CustomFieldDefinitionsEditor::typeAt(int row) const
{
    const auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, Type));
    return combo ? combo->currentData().toString() : QStringLiteral("text");
}

int CustomFieldDefinitionsEditor::rowOfWidget(QWidget* widget) const
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->cellWidget(row, Type) == widget || m_table->cellWidget(row, EditableBy) == widget)
            return row;
    return -1;
}

// Maximum length means something for text only, options for choice only.
void CustomFieldDefinitionsEditor::updateRow(int row)
{
    if (row < 0)
        return;
    const bool filling = m_filling;
    m_filling = true;
    const QString type = typeAt(row);
    QTableWidgetItem* maxLength = m_table->item(row, MaxLength);
    maxLength->setFlags(type == QLatin1String("text") ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                                                      : Qt::ItemIsSelectable);
    QTableWidgetItem* options = m_table->item(row, Options);
    const QStringList values = options->data(Qt::UserRole).toStringList();
    options->setText(type == QLatin1String("choice") ? values.join(QStringLiteral(", ")) : QString());
    m_filling = filling;
}

void CustomFieldDefinitionsEditor::showOptionsOf(int row)
{
    m_optionsRow = -1;
    const bool choice = row >= 0 && typeAt(row) == QLatin1String("choice");
    m_options->setEnabled(choice);
    m_options->setPlainText(
        choice ? m_table->item(row, Options)->data(Qt::UserRole).toStringList().join(QLatin1Char('\n')) : QString());
    m_optionsRow = choice ? row : -1;
}

void CustomFieldDefinitionsEditor::storeOptions()
{
    if (m_optionsRow < 0 || m_optionsRow >= m_table->rowCount())
        return;
    QStringList options = m_options->toPlainText().split(QLatin1Char('\n'));
    // A trailing line break is how people finish typing, not an empty option.
    while (!options.isEmpty() && options.constLast().trimmed().isEmpty())
        options.removeLast();
    m_table->item(m_optionsRow, Options)->setData(Qt::UserRole, options);
    updateRow(m_optionsRow);
    Q_EMIT changed();
}

QJsonArray CustomFieldDefinitionsEditor::definitions() const
{
    QJsonArray list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString type = typeAt(row);
        const auto* editableBy = qobject_cast<QComboBox*>(m_table->cellWidget(row, EditableBy));
        QJsonArray options;
        if (type == QLatin1String("choice"))
            for (const QString& option : m_table->item(row, Options)->data(Qt::UserRole).toStringList())
                options.append(option.trimmed());
        list.append(QJsonObject{
            {QStringLiteral("key"), m_table->item(row, Key)->text().trimmed()},
            {QStringLiteral("label"), m_table->item(row, Label)->text().trimmed()},
            {QStringLiteral("type"), type},
            {QStringLiteral("required"), m_table->item(row, Required)->checkState() == Qt::Checked},
            {QStringLiteral("unique"), m_table->item(row, Unique)->checkState() == Qt::Checked},
            {QStringLiteral("editableBy"),
             editableBy ? editableBy->currentData().toString() : QStringLiteral("admins")},
            {QStringLiteral("options"), options},
            {QStringLiteral("maxLength"), m_table->item(row, MaxLength)->data(Qt::EditRole).toInt()},
        });
    }
    return list;
}

FieldErrors CustomFieldDefinitionsEditor::validate() const
{
    FieldErrors errors;
    QSet<QString> keys;
    const QJsonArray list = definitions();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject item = list.at(i).toObject();
        const QString path = QStringLiteral("customFields[%1]").arg(i);
        CustomFieldDefinition definition;
        definition.key = item.value(QLatin1String("key")).toString();
        definition.label = item.value(QLatin1String("label")).toString();
        definition.type =
            customFieldTypeFromString(item.value(QLatin1String("type")).toString()).value_or(CustomFieldType::Text);
        for (const QJsonValue& option : item.value(QLatin1String("options")).toArray())
            definition.options.append(option.toString());
        definition.maxLength = item.value(QLatin1String("maxLength")).toInt();
        errors.append(validateCustomFieldDefinition(definition, path));
        if (!definition.key.isEmpty() && keys.contains(definition.key))
            errors.append({path + QStringLiteral(".key"), QStringLiteral("duplicate"),
                           QStringLiteral("Another field already uses this key.")});
        keys.insert(definition.key);
    }
    return errors;
}

void CustomFieldDefinitionsEditor::clearErrors()
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column = 0; column < ColumnCount; ++column) {
            if (auto* item = m_table->item(row, column)) {
                item->setBackground(QBrush());
                item->setToolTip(QString());
            }
        }
        m_table->setVerticalHeaderItem(row, nullptr);
    }
    m_errors->clear();
    m_errors->setVisible(false);
}

bool CustomFieldDefinitionsEditor::showErrors(const QHash<QString, QStringList>& errors)
{
    static const QRegularExpression path(QStringLiteral("^customFields(?:\\[(\\d+)\\](?:\\.(\\w+))?)?"));
    clearErrors();
    QStringList lines;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        const QRegularExpressionMatch match = path.match(it.key());
        if (!match.hasMatch())
            continue;
        const QString message = it.value().join(QLatin1Char(' '));
        if (match.captured(1).isEmpty()) {
            lines.append(message);
            continue;
        }
        const int row = match.captured(1).toInt();
        if (row >= m_table->rowCount()) {
            lines.append(message);
            continue;
        }
        const int column = int(memberNames().indexOf(match.captured(2)));
        auto* header = new QTableWidgetItem(QString::number(row + 1) + QStringLiteral(" ⚠"));
        header->setForeground(QColor(0xb3, 0x26, 0x1e));
        header->setToolTip(message);
        m_table->setVerticalHeaderItem(row, header);
        QString where;
        if (column >= 0) {
            if (auto* item = m_table->item(row, column)) {
                item->setBackground(kErrorBackground);
                item->setToolTip(message);
            }
            where = m_table->horizontalHeaderItem(column)->text();
        }
        const QString field = m_table->item(row, Key)->text().trimmed();
        const QString name =
            field.isEmpty() ? tr("Field %1").arg(row + 1) : tr("Field %1 (%2)").arg(row + 1).arg(field);
        lines.append(where.isEmpty() ? tr("%1: %2").arg(name, message) : tr("%1, %2: %3").arg(name, where, message));
    }
    lines.sort();
    m_errors->setText(lines.join(QLatin1Char('\n')));
    m_errors->setVisible(!lines.isEmpty());
    return !lines.isEmpty();
}

QString CustomFieldDefinitionsEditor::errorText() const
{
    return m_errors->text();
}

} // namespace steward::ui

#include "CustomFieldsForm.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <domain/Validation.h>

namespace steward::ui {
namespace {

const QDate kNoDate(1900, 1, 1); // the date edit's minimum, shown as "not set"

} // namespace

CustomFieldsForm::CustomFieldsForm(QWidget* parent) : QWidget(parent)
{
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
}

void CustomFieldsForm::setDefinitions(const QList<CustomFieldDefinition>& definitions)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_editors.clear();
    m_errors = FieldErrorLabels();
    m_definitions = definitions;
    for (const CustomFieldDefinition& definition : definitions) {
        QWidget* editor = nullptr;
        switch (definition.type) {
        case CustomFieldType::Text: {
            auto* edit = new QLineEdit(this);
            edit->setMaxLength(definition.maxLength);
            connect(edit, &QLineEdit::textChanged, this, &CustomFieldsForm::changed);
            editor = edit;
            break;
        }
        case CustomFieldType::Number: {
            auto* spin = new QDoubleSpinBox(this);
            spin->setRange(-1e12, 1e12);
            spin->setDecimals(2);
            spin->setSpecialValueText(tr("not set"));
            spin->setMinimum(-1e12);
            spin->setValue(spin->minimum());
            connect(spin, &QDoubleSpinBox::valueChanged, this, &CustomFieldsForm::changed);
            editor = spin;
            break;
        }
        case CustomFieldType::Date: {
            auto* date = new QDateEdit(this);
            date->setCalendarPopup(true);
            date->setMinimumDate(kNoDate);
            date->setSpecialValueText(tr("not set"));
            date->setDate(kNoDate);
            connect(date, &QDateEdit::dateChanged, this, &CustomFieldsForm::changed);
            editor = date;
            break;
        }
        case CustomFieldType::Choice: {
            auto* combo = new QComboBox(this);
            combo->addItem(tr("(none)"), QString());
            for (const QString& option : definition.options)
                combo->addItem(option, option);
            connect(combo, &QComboBox::currentIndexChanged, this, &CustomFieldsForm::changed);
            editor = combo;
            break;
        }
        }
        editor->setObjectName(QStringLiteral("custom_") + definition.key);
        m_editors.insert(definition.key, editor);
        const QString label = definition.required ? definition.label + QStringLiteral(" *") : definition.label;
        m_form->addRow(label + QLatin1Char(':'), editor);
        m_form->addRow(QString(), m_errors.add(QStringLiteral("customFields.") + definition.key, this));
    }
}

void CustomFieldsForm::setValues(const CustomFieldValues& values)
{
    m_initial = values;
    for (const CustomFieldDefinition& definition : std::as_const(m_definitions)) {
        QWidget* editor = m_editors.value(definition.key);
        const QJsonValue value = values.value(definition.key);
        if (auto* edit = qobject_cast<QLineEdit*>(editor))
            edit->setText(value.toString());
        else if (auto* spin = qobject_cast<QDoubleSpinBox*>(editor))
            spin->setValue(value.isDouble() ? value.toDouble() : spin->minimum());
        else if (auto* date = qobject_cast<QDateEdit*>(editor)) {
            const QDate parsed = QDate::fromString(value.toString(), Qt::ISODate);
            date->setDate(parsed.isValid() ? parsed : kNoDate);
        } else if (auto* combo = qobject_cast<QComboBox*>(editor))
            combo->setCurrentIndex(qMax(0, combo->findData(value.toString())));
    }
}

QJsonValue CustomFieldsForm::valueOf(const CustomFieldDefinition& definition) const
{
    QWidget* editor = m_editors.value(definition.key);
    if (auto* edit = qobject_cast<QLineEdit*>(editor))
        return edit->text().trimmed().isEmpty() ? QJsonValue() : QJsonValue(edit->text().trimmed());
    if (auto* spin = qobject_cast<QDoubleSpinBox*>(editor))
        return spin->value() == spin->minimum() ? QJsonValue() : QJsonValue(spin->value());
    if (auto* date = qobject_cast<QDateEdit*>(editor))
        return date->date() == kNoDate ? QJsonValue() : QJsonValue(date->date().toString(Qt::ISODate));
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        return combo->currentData().toString().isEmpty() ? QJsonValue() : QJsonValue(combo->currentData().toString());
    return {};
}

CustomFieldValues CustomFieldsForm::values() const
{
    CustomFieldValues values;
    for (const CustomFieldDefinition& definition : m_definitions) {
        const QJsonValue value = valueOf(definition);
        if (!value.isNull())
            values.insert(definition.key, value);
        else if (m_initial.contains(definition.key))
            values.insert(definition.key, QJsonValue::Null); // removes the stored value
    }
    return values;
}

FieldErrors CustomFieldsForm::validate() const
{
    FieldErrors errors;
    for (const CustomFieldDefinition& definition : m_definitions)
        errors +=
            validateCustomFieldValue(definition, valueOf(definition), QStringLiteral("customFields.") + definition.key);
    return errors;
}

} // namespace steward::ui

#pragma once

#include "../FieldErrorLabels.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>
#include <domain/CustomField.h>

class QFormLayout;

namespace steward::ui {

// The editors of a company's custom fields (seed 002/004), generated from its definitions: a line
// edit for text (with its maximum length), a spin box for numbers, a date edit with "not set" for
// dates, a combo box for choices. Values are checked with the server's own rules as they change;
// the server's errors ("customFields.<key>") appear under their field.
class CustomFieldsForm : public QWidget
{
    Q_OBJECT

public:
    explicit CustomFieldsForm(QWidget* parent = nullptr);

    void setDefinitions(const QList<CustomFieldDefinition>& definitions);
    void setValues(const CustomFieldValues& values);
    // Only the fields that hold a value; a cleared field appears as null when it had one before.
    CustomFieldValues values() const;
    // Broken rules, named "customFields.<key>".
    FieldErrors validate() const;
    bool isEmpty() const { return m_definitions.isEmpty(); }
    FieldErrorLabels& errors() { return m_errors; }

Q_SIGNALS:
    void changed();

private:
    QJsonValue valueOf(const CustomFieldDefinition& definition) const;

    QList<CustomFieldDefinition> m_definitions;
    QHash<QString, QWidget*> m_editors;
    CustomFieldValues m_initial;
    QFormLayout* m_form;
    FieldErrorLabels m_errors;
};

} // namespace steward::ui

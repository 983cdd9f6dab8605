#pragma once

#include <QHash>
#include <QJsonArray>
#include <QWidget>
#include <domain/FieldError.h>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace steward::ui {

// The company's custom user fields (its `customFields` definitions) as a small table: key, label,
// type, required, unique, who may edit, maximum length (text) and options (choice, edited one per
// line below the table for the selected field). It checks the definitions as the server does and
// shows each error — its own or the server's, e.g. `customFields[2].key` — on the row and cell it
// names.
class CustomFieldDefinitionsEditor : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        Key,
        Label,
        Type,
        Required,
        Unique,
        EditableBy,
        MaxLength,
        Options,
        ColumnCount
    };

    explicit CustomFieldDefinitionsEditor(QWidget* parent = nullptr);

    void setDefinitions(const QJsonArray& definitions);
    // In the server's form (every member present), so an untouched list compares equal.
    QJsonArray definitions() const;
    // The server's rules, with its field paths (customFields[i].key…).
    FieldErrors validate() const;
    // Shows the errors under "customFields" (path → messages); true when there were any.
    bool showErrors(const QHash<QString, QStringList>& errors);
    void clearErrors();
    QString errorText() const;

    QTableWidget* table() const { return m_table; }
    // Appends an empty text field, selects it and starts editing its key; returns its row.
    int addField();
    void setFieldType(int row, const QString& type);
    void setOptions(int row, const QStringList& options);

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void insertRow(const QJsonObject& definition);
    void removeSelected();
    void updateRow(int row);
    int rowOfWidget(QWidget* widget) const;
    void showOptionsOf(int row);
    void storeOptions();
    QString typeAt(int row) const;

    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_optionsLabel;
    QPlainTextEdit* m_options;
    QLabel* m_errors;
    int m_optionsRow = -1;
    bool m_filling = false;
};

} // namespace steward::ui

#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace steward {

enum class CustomFieldType
{
    Text,
    Number,
    Date,
    Choice
};
// Who may change a value: only admins of the company, or also the user on their own account.
enum class CustomFieldEditor
{
    AdminsOnly,
    UserToo
};

QString toString(CustomFieldType type); // "text", "number", "date", "choice"
std::optional<CustomFieldType> customFieldTypeFromString(const QString& text);
QString toString(CustomFieldEditor editor); // "admins", "user"
std::optional<CustomFieldEditor> customFieldEditorFromString(const QString& text);

// A company's definition of one extra field on its users.
struct CustomFieldDefinition
{
    QString key;   // [a-z][a-z0-9_]{0,39}, stable; values are stored under it
    QString label; // shown to people
    CustomFieldType type = CustomFieldType::Text;
    bool required = false;
    bool unique = false; // unique among the company's users; checked by the server's store
    CustomFieldEditor editableBy = CustomFieldEditor::AdminsOnly;
    QStringList options; // the allowed values of a Choice field
    int maxLength = 200; // for Text

    friend bool operator==(const CustomFieldDefinition&, const CustomFieldDefinition&) = default;
};

// Values keyed by definition key: strings for text, date (yyyy-MM-dd) and choice, numbers for number.
using CustomFieldValues = QJsonObject;

} // namespace steward

#pragma once

#include <QHash>
#include <QPointer>
#include <QString>
#include <net/ApiResult.h>

class QLabel;
class QWidget;

namespace steward::ui {

// Shows a server's (or the client's own) field errors next to the fields they name. A form
// registers one label per field path; show() fills the labels of the fields an answer names and
// returns the messages no label took (for the form's general message line).
class FieldErrorLabels
{
public:
    // Creates a hidden, red, word-wrapped label for `field`, to be placed under the field's widget.
    QLabel* add(const QString& field, QWidget* parent);
    void clear();
    QStringList show(const net::ApiResult& result);
    void show(const QString& field, const QString& message);
    QString text(const QString& field) const;

private:
    QHash<QString, QPointer<QLabel>> m_labels;
};

} // namespace steward::ui

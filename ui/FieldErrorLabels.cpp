#include "FieldErrorLabels.h"

#include <QLabel>

namespace steward::ui {

QLabel* FieldErrorLabels::add(const QString& field, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("error_") + field);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->setVisible(false);
    m_labels.insert(field, label);
    return label;
}

void FieldErrorLabels::clear()
{
    for (const auto& label : std::as_const(m_labels)) {
        if (label) {
            label->clear();
            label->setVisible(false);
        }
    }
}

void FieldErrorLabels::show(const QString& field, const QString& message)
{
    const auto label = m_labels.value(field);
    if (!label)
        return;
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QStringList FieldErrorLabels::show(const net::ApiResult& result)
{
    clear();
    QStringList unplaced;
    for (auto it = result.fieldErrors.cbegin(); it != result.fieldErrors.cend(); ++it) {
        const QString message = it.value().join(QLatin1Char('\n'));
        if (m_labels.value(it.key()))
            show(it.key(), message);
        else
            unplaced.append(message);
    }
    return unplaced;
}

QString FieldErrorLabels::text(const QString& field) const
{
    const auto label = m_labels.value(field);
    return label ? label->text() : QString();
}

} // namespace steward::ui

#pragma once

#include <QComboBox>

namespace steward::ui {

// Picks an ISO 3166-1 alpha-2 country: every assigned code Qt knows a name for, sorted by name
// ("Germany (DE)"). Typing filters the list; a code the list lacks (set by someone else) is kept.
class CountryComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit CountryComboBox(QWidget* parent = nullptr);

    QString code() const;
    void setCode(const QString& code);
};

} // namespace steward::ui

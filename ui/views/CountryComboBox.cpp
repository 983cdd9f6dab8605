#include "CountryComboBox.h"

#include <QCompleter>
#include <QLocale>
#include <domain/Validation.h>

namespace steward::ui {

CountryComboBox::CountryComboBox(QWidget* parent) : QComboBox(parent)
{
    QList<QPair<QString, QString>> countries;
    for (int value = 1; value <= int(QLocale::LastTerritory); ++value) {
        const auto territory = QLocale::Territory(value);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() == 2 && isAssignedCountryCode(code))
            countries.append({QLocale::territoryToString(territory), code});
    }
    std::sort(countries.begin(), countries.end());
    addItem(QString(), QString());
    for (const auto& [name, code] : std::as_const(countries))
        if (findData(code) < 0)
            addItem(QStringLiteral("%1 (%2)").arg(name, code), code);
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
}

QString CountryComboBox::code() const
{
    const int index = findText(currentText(), Qt::MatchFixedString);
    if (index >= 0)
        return itemData(index).toString();
    // A bare code typed by hand ("de"): the server upper-cases it too.
    return currentText().trimmed().toUpper();
}

void CountryComboBox::setCode(const QString& code)
{
    int index = findData(code.toUpper());
    if (index < 0 && !code.isEmpty()) {
        addItem(code.toUpper(), code.toUpper());
        index = count() - 1;
    }
    setCurrentIndex(qMax(0, index));
}

} // namespace steward::ui

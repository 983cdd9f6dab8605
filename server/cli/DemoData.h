#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <domain/Language.h>

// The word lists `seed-demo` draws from: people's names, company names, places and departments in
// each interface language. Names are common ones of each country, so searches and sorting in the
// demo behave as they would with real data (many Garcías, a few Ibáñez).
namespace steward::server::demo {

struct PersonNames
{
    QStringList male;
    QStringList female;
    QStringList last; // for Russian, the masculine form (see feminineSurname)
};
const PersonNames& personNames(Language language);
// Иванов → Иванова, Островский → Островская; names without a gendered ending stay as they are.
QString feminineSurname(const QString& surname);

struct City
{
    QString name;
    QString region;
    QString postalPattern; // '#' a digit, '@' a capital letter
};

struct Country
{
    QString code; // ISO 3166-1 alpha-2
    Language language;
    int weight; // relative share of the demo companies
    QStringList legalForms;
    QString legalPattern; // %1 the name, %2 the legal form
    QString taxPattern;   // as postalPattern
    QList<City> cities;
};
const QList<Country>& countries();

// Words of one language for company names, streets, departments and custom-field labels.
struct LanguageWords
{
    QStringList companyStems;
    QStringList companySectors;
    QStringList companyPatterns; // %1 a stem, %2 a sector
    QStringList streets;
    QString streetPattern; // %1 the street, %2 the house number
    QStringList departments;
    // Labels of the demo custom fields, in the order of customFieldKeys().
    QStringList fieldLabels;
};
const LanguageWords& languageWords(Language language);
// The keys of the custom fields some demo companies define: employee_id (text, unique),
// cost_center (choice), start_date (date), phone_extension (number).
const QStringList& customFieldKeys();
const QStringList& costCenters();

// Lower-case ASCII for email addresses, usernames and domains: Latin letters lose their accents
// (ü → ue, ß → ss, ñ → n), Cyrillic is transliterated (Жуков → zhukov); spaces and apostrophes
// vanish, hyphens stay.
QString asciiFold(const QString& text);
// Capitalized Latin spelling of a Cyrillic name (Пётр → Petr), as Russians write it abroad.
QString latinName(const QString& cyrillic);

} // namespace steward::server::demo

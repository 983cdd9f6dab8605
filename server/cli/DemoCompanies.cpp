// The demo companies: names, addresses and tax ids of their country, custom fields, org units, and
// how many users each gets (a few big companies, many small ones).
#include "DemoGenerator.h"
#include "store/Sql.h"

#include <QJsonDocument>
#include <algorithm>
#include <cmath>
#include <domain/Json.h>

namespace steward::server::demo {
namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;

CustomFieldDefinition definition(int keyIndex, const QString& label)
{
    CustomFieldDefinition d;
    d.key = customFieldKeys().at(keyIndex);
    d.label = label;
    switch (keyIndex) {
    case 0:
        d.type = CustomFieldType::Text;
        d.unique = true;
        d.maxLength = 20;
        break;
    case 1:
        d.type = CustomFieldType::Choice;
        d.options = costCenters();
        break;
    case 2:
        d.type = CustomFieldType::Date;
        break;
    default:
        d.type = CustomFieldType::Number;
        d.editableBy = CustomFieldEditor::UserToo;
        break;
    }
    return d;
}

} // namespace

DemoGenerator::DemoGenerator(std::uint64_t seed, qint64 nowMs, int companies, qint64 users, TakenNames taken)
    : m_random(seed), m_now(nowMs), m_taken(std::move(taken))
{
    for (int mask = 0; mask < 8; ++mask) {
        const NotificationPreferences p{(mask & 1) == 0, (mask & 2) == 0, (mask & 4) != 0};
        m_notifications.append(QString::fromUtf8(QJsonDocument(json::toJson(p)).toJson(QJsonDocument::Compact)));
    }
    makeCompanies(companies, users);
}

void DemoGenerator::makeCompanies(int count, qint64 users)
{
    // Log-normal company sizes, the biggest first so the first company is a busy one to show.
    QList<double> weights;
    double total = 0;
    for (int i = 0; i < count; ++i) {
        weights.append(std::exp(1.6 * m_random.normal()));
        total += weights.last();
    }
    std::sort(weights.begin(), weights.end(), std::greater<double>());
    const qint64 extra = users - count; // every company has its owner
    qint64 handedOut = 0;
    m_companies.resize(count);
    for (int i = 0; i < count; ++i) {
        m_companies[i].userCount = 1 + qint64(std::floor(double(extra) * weights.at(i) / total));
        handedOut += m_companies[i].userCount - 1;
    }
    for (qint64 i = 0; handedOut < extra; ++i, ++handedOut)
        ++m_companies[i % count].userCount;
    qint64 sequence = 0; // of the owner, the first user of each company
    for (int i = 0; i < count; ++i) {
        makeCompany(m_companies[i], i);
        m_companies[i].company.ownerId = QUuid::fromString(m_random.orderedUuid(m_now, sequence));
        sequence += m_companies[i].userCount;
    }
}

QString DemoGenerator::fill(const QString& pattern)
{
    QString out = pattern;
    for (QChar& c : out) {
        if (c == QLatin1Char('#'))
            c = QChar(u'0' + char16_t(m_random.below(10)));
        else if (c == QLatin1Char('@'))
            c = QChar(u'A' + char16_t(m_random.below(26)));
    }
    return out;
}

QString DemoGenerator::uniqueCompanyName(const Country& country, const LanguageWords& words)
{
    QString name;
    for (int attempt = 0; attempt < 40; ++attempt) {
        name = m_random.pick(words.companyPatterns)
                   .arg(m_random.pick(words.companyStems), m_random.pick(words.companySectors));
        if (!m_taken.companyNames.contains(name.toLower()))
            return name;
    }
    // Thousands of companies exhaust the combinations: branch out by city, then by number.
    const QString base = name + QLatin1Char(' ') + m_random.pick(country.cities).name;
    name = base;
    for (int n = 2; m_taken.companyNames.contains(name.toLower()); ++n)
        name = base + QLatin1Char(' ') + QString::number(n);
    return name;
}

void DemoGenerator::makeCompany(DemoCompany& demo, int index)
{
    // The first five companies speak the five languages (English first), so even a small demo
    // is multilingual; the rest follow the country weights.
    const bool first = index == 0;
    const QList<Language> languages = allLanguages();
    QList<int> weights;
    for (const Country& c : countries())
        weights.append(index >= languages.size() || c.language == languages.at(index) ? c.weight : 0);
    const Country& country = countries().at(m_random.weighted(weights));
    const LanguageWords& words = languageWords(country.language);
    Company& c = demo.company;
    c.id = QUuid::fromString(m_random.uuid());
    c.name = uniqueCompanyName(country, words);
    m_taken.companyNames.insert(c.name.toLower());
    c.legalName = country.legalPattern.arg(c.name, m_random.pick(country.legalForms));
    c.taxId = fill(country.taxPattern);
    const City& city = m_random.pick(country.cities);
    c.address = {words.streetPattern.arg(m_random.pick(words.streets), QString::number(m_random.between(1, 180))),
                 fill(city.postalPattern), city.name, city.region, country.code};
    c.defaultLanguage = country.language;
    c.state = !first && m_random.chance(0.03) ? CompanyState::Suspended : CompanyState::Active;
    c.usersMayEditName = first || m_random.chance(0.85);
    const qint64 created = m_now - m_random.between(30 * kDay, 3 * 365 * kDay);
    c.createdAt = QDateTime::fromMSecsSinceEpoch(created, Qt::UTC);
    c.updatedAt =
        m_random.chance(0.4) ? QDateTime::fromMSecsSinceEpoch(m_random.between(created, m_now), Qt::UTC) : c.createdAt;
    if (first || m_random.chance(0.3)) {
        QList<int> keys{0, 1, 2, 3};
        for (int i = 3; i > 0; --i)
            std::swap(keys[i], keys[m_random.below(i + 1)]);
        const int n = int(m_random.between(1, 3));
        std::sort(keys.begin(), keys.begin() + n);
        for (int i = 0; i < n; ++i)
            c.customFields.append(definition(keys.at(i), words.fieldLabels.at(keys.at(i))));
    }

    QString slug = asciiFold(QString(c.name).replace(QLatin1Char(' '), QLatin1Char('-'))).left(40);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    demo.domain = slug + QStringLiteral(".example");
    for (int n = 2; m_taken.domains.contains(demo.domain); ++n)
        demo.domain = slug + QLatin1Char('-') + QString::number(n) + QStringLiteral(".example");
    m_taken.domains.insert(demo.domain);

    if (first || demo.userCount >= 300 || m_random.chance(0.35))
        makeUnits(demo);
}

void DemoGenerator::makeUnits(DemoCompany& demo)
{
    const Company& c = demo.company;
    const LanguageWords& words = languageWords(c.defaultLanguage);
    const Country* country = nullptr;
    for (const Country& candidate : countries()) {
        if (candidate.code == c.address.country)
            country = &candidate;
    }
    QStringList departments = words.departments;
    const int roots = int(m_random.between(2, 4));
    for (int r = 0; r < roots; ++r) {
        const QString root = departments.takeAt(m_random.below(departments.size()));
        DemoUnit unit{m_random.uuid(), idText(c.id), QString(), root,
                      std::min(m_now, c.createdAt.toMSecsSinceEpoch() + m_random.between(kDay / 24, 30 * kDay))};
        m_units.append(unit);
        demo.unitIds.append(unit.id);
        // Regional branches below a department: "Ventas (Sevilla)".
        QList<City> cities = country->cities;
        const int children = int(m_random.between(0, std::min<qsizetype>(3, cities.size())));
        for (int k = 0; k < children; ++k) {
            const City city = cities.takeAt(m_random.below(cities.size()));
            DemoUnit child{m_random.uuid(), unit.companyId, unit.id,
                           root + QStringLiteral(" (") + city.name + QLatin1Char(')'),
                           std::min(m_now, unit.createdAt + m_random.between(0, 60 * kDay))};
            m_units.append(child);
            demo.unitIds.append(child.id);
        }
    }
}

} // namespace steward::server::demo

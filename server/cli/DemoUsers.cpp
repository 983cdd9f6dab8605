// The demo users: names in their language, addresses unique across the platform, a plausible
// history (states, sign-ins, verification) and roles that fit their state.
#include "DemoGenerator.h"
#include "store/Sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <domain/Permissions.h>

namespace steward::server::demo {
namespace {

constexpr qint64 kMinute = 60LL * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kStretch = 50000; // users made, sorted and numbered together

struct RoleIds
{
    QString admin = idText(builtin::adminRoleId());
    QString operations = idText(builtin::operationsRoleId());
    QString finance = idText(builtin::financeRoleId());
    QString temporary = idText(builtin::temporaryRoleId());
};

const RoleIds& roleIds()
{
    static const RoleIds ids;
    return ids;
}

} // namespace

bool DemoGenerator::next(DemoUser* user)
{
    if (m_next >= m_pending.size() && !makeStretch())
        return false;
    *user = std::move(m_pending[m_next++]);
    return true;
}

bool DemoGenerator::makeStretch()
{
    while (m_company < m_companies.size() && m_inCompany >= m_companies.at(m_company).userCount) {
        ++m_company;
        m_inCompany = 0;
        m_localCounts.clear();
        m_employeeNumber = 0;
    }
    if (m_company >= m_companies.size())
        return false;
    const DemoCompany& demo = m_companies.at(m_company);
    m_pending.resize(std::min<qint64>(kStretch, demo.userCount - m_inCompany));
    for (DemoUser& u : m_pending)
        makeUser(demo, m_inCompany++ == 0, &u);
    // Sorted by address (usernames follow the same order), owner first: the address indexes then
    // fill in sweeps rather than at random places. Ids are numbered in the final order.
    std::sort(m_pending.begin() + (m_pending.first().isOwner ? 1 : 0), m_pending.end(),
              [](const DemoUser& a, const DemoUser& b) { return a.email < b.email; });
    for (DemoUser& u : m_pending) {
        if (!u.isOwner)
            u.id = m_random.orderedUuid(m_now, m_sequence);
        ++m_sequence;
    }
    m_next = 0;
    return true;
}

QString DemoGenerator::emailBase(Language language, QString* first, QString* last)
{
    const PersonNames& names = personNames(language);
    const bool female = m_random.chance(0.5);
    *first = m_random.pick(female ? names.female : names.male);
    QString surname = m_random.pick(names.last);
    if (language == Language::Russian && female)
        surname = feminineSurname(surname);
    QString addressSurname = surname;
    *last = surname;
    if (language == Language::Spanish && m_random.chance(0.6)) {
        // Two surnames, father's then mother's; addresses usually carry the first only.
        const QString second = m_random.pick(names.last);
        if (second != surname)
            *last = surname + QLatin1Char(' ') + second;
    } else if (language == Language::German && m_random.chance(0.04)) {
        *last = surname + QLatin1Char('-') + m_random.pick(names.last);
        addressSurname = *last;
    }
    if (language == Language::Russian && m_random.chance(0.15)) {
        *first = latinName(*first);
        *last = latinName(*last);
    }
    const QString f = asciiFold(*first);
    const QString l = asciiFold(addressSurname);
    const double pattern = m_random.unit();
    QString base = pattern < 0.75   ? QString(f + QLatin1Char('.') + l)
                   : pattern < 0.90 ? QString(f.left(1) + QLatin1Char('.') + l)
                                    : QString(f + l);
    base = base.left(50);
    while (base.endsWith(QLatin1Char('.')) || base.endsWith(QLatin1Char('-')))
        base.chop(1);
    while (base.size() < 3)
        base.append(QLatin1Char('0'));
    return base;
}

QString DemoGenerator::customValues(const DemoCompany& demo, qint64 createdAt)
{
    if (demo.company.customFields.isEmpty())
        return QStringLiteral("{}");
    QJsonObject values;
    for (const CustomFieldDefinition& d : demo.company.customFields) {
        if (d.key == QLatin1String("employee_id")) {
            // Unique in the company, as the definition demands.
            if (m_random.chance(0.95))
                values.insert(d.key, QStringLiteral("E%1").arg(++m_employeeNumber, 5, 10, QLatin1Char('0')));
        } else if (!m_random.chance(0.8)) {
            continue;
        } else if (d.type == CustomFieldType::Choice) {
            values.insert(d.key, m_random.pick(d.options));
        } else if (d.type == CustomFieldType::Date) {
            values.insert(d.key, QDateTime::fromMSecsSinceEpoch(createdAt, Qt::UTC).date().toString(Qt::ISODate));
        } else {
            values.insert(d.key, double(m_random.between(100, 999)));
        }
    }
    return QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact));
}

void DemoGenerator::assignRoles(DemoUser* user)
{
    const RoleIds& ids = roleIds();
    if (user->isOwner) {
        user->roles = {{ids.admin, true}};
        return;
    }
    if (user->state == QLatin1String("valid")) {
        // Self-registered and verified, waiting to be enabled: only what Temporary allows.
        user->roles = {{ids.temporary, true}};
        return;
    }
    const double r = m_random.unit();
    if (r < 0.04)
        user->roles = {{ids.admin, true}};
    else if (r < 0.60)
        user->roles = {{ids.operations, true}};
    else if (r < 0.82)
        user->roles = {{ids.finance, true}};
    else if (r < 0.92)
        user->roles = {{ids.operations, true}, {ids.finance, true}};
    if (m_random.chance(0.05)) {
        // A role switched off for a while (holiday cover that ended, a pending review).
        for (const QString& candidate : {ids.finance, ids.operations, ids.admin}) {
            const bool held = std::any_of(user->roles.cbegin(), user->roles.cend(),
                                          [&](const std::pair<QString, bool>& a) { return a.first == candidate; });
            if (!held) {
                user->roles.append({candidate, false});
                break;
            }
        }
    }
}

void DemoGenerator::makeUser(const DemoCompany& demo, bool owner, DemoUser* user)
{
    const Company& c = demo.company;
    *user = DemoUser();
    user->isOwner = owner;
    if (owner)
        user->id = idText(c.ownerId); // the others are numbered once their stretch is sorted
    user->companyId = idText(c.id);
    static const QList<Language> languages = allLanguages();
    Language language = c.defaultLanguage;
    if (!owner && m_random.chance(0.12))
        language = m_random.pick(languages);
    user->language = languageCode(language);

    const QString base = emailBase(language, &user->firstName, &user->lastName);
    const int local = ++m_localCounts[base];
    user->email = (local == 1 ? base : base + QString::number(local)) + QLatin1Char('@') + demo.domain;
    int& taken = m_usernameCounts[base];
    do {
        ++taken;
        user->username = taken == 1 ? base : base + QString::number(taken);
    } while (m_taken.usernames.contains(user->username));

    const qint64 companyCreated = c.createdAt.toMSecsSinceEpoch();
    const qint64 created = owner ? companyCreated : m_random.between(companyCreated + kHour, m_now - kHour);
    user->createdAt = user->updatedAt = created;
    const double state = owner ? 0 : m_random.unit();
    auto verifiedAfter = [&](qint64 from) { return std::min(m_now, from + m_random.between(2 * kMinute, 3 * kDay)); };
    // Most people signed in lately, some long ago.
    auto recentSignIn = [&](qint64 notBefore) {
        const qint64 ago = qint64(-std::log(1.0 - m_random.unit()) * 12 * double(kDay));
        return std::max(notBefore, m_now - ago);
    };
    if (state < 0.85) {
        user->state = QStringLiteral("enabled");
        user->hasPassword = true;
        user->selfRegistered = m_random.chance(0.05);
        user->emailVerifiedAt = verifiedAfter(created);
        user->updatedAt = m_random.chance(0.3) ? m_random.between(user->emailVerifiedAt, m_now) : user->emailVerifiedAt;
        if (owner || m_random.chance(0.92))
            user->lastSignInAt = recentSignIn(user->emailVerifiedAt);
    } else if (state < 0.91) {
        user->state = QStringLiteral("created"); // invited, no password chosen yet
    } else if (state < 0.94) {
        user->state = QStringLiteral("valid");
        user->hasPassword = true;
        user->selfRegistered = true;
        user->emailVerifiedAt = user->updatedAt = verifiedAfter(created);
        if (m_random.chance(0.5))
            user->lastSignInAt = recentSignIn(user->emailVerifiedAt);
    } else {
        user->state = QStringLiteral("deactivated");
        user->hasPassword = m_random.chance(0.8);
        const qint64 deactivated = m_random.between(created + kHour, m_now);
        if (user->hasPassword) {
            user->emailVerifiedAt = std::min(deactivated, verifiedAfter(created));
            if (m_random.chance(0.7))
                user->lastSignInAt = m_random.between(user->emailVerifiedAt, deactivated);
        }
        user->updatedAt = deactivated;
    }
    assignRoles(user);
    user->customFields = customValues(demo, created);
    const int mask = (m_random.chance(0.05) ? 1 : 0) | (m_random.chance(0.1) ? 2 : 0) | (m_random.chance(0.15) ? 4 : 0);
    user->notifications = m_notifications.at(mask);
    if (!owner && !demo.unitIds.isEmpty()) {
        const double r = m_random.unit();
        if (r < 0.6)
            user->unitIds.append(m_random.pick(demo.unitIds));
        if (r < 0.05) {
            const QString second = m_random.pick(demo.unitIds);
            if (second != user->unitIds.first())
                user->unitIds.append(second);
        }
    }
}

} // namespace steward::server::demo

#pragma once

#include "DemoData.h"
#include "DemoRandom.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <domain/Company.h>
#include <domain/Language.h>
#include <utility>

namespace steward::server::demo {

// One demo company with the columns CompanyStore writes, and what its users are drawn from.
struct DemoCompany
{
    Company company; // id, owner id and every stored field
    QString domain;  // of its users' email addresses (under the reserved .example top-level domain)
    qint64 userCount = 0;
    QStringList unitIds;
};

struct DemoUnit
{
    QString id;
    QString companyId;
    QString parentId; // empty for a root
    QString name;
    qint64 createdAt = 0;
};

// One demo user as UserStore::insert would write it; times in ms, 0 for NULL.
struct DemoUser
{
    QString id;
    QString companyId;
    QString email;
    QString username;
    QString firstName;
    QString lastName;
    QString language;
    QString state;
    qint64 emailVerifiedAt = 0;
    bool hasPassword = false;
    bool selfRegistered = false;
    qint64 lastSignInAt = 0;
    QString customFields;  // compact JSON, as the store writes it
    QString notifications; // compact JSON of NotificationPreferences
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QList<std::pair<QString, bool>> roles; // role id, enabled
    QStringList unitIds;
    bool isOwner = false;
};

// What already exists in the database and must not be taken again.
struct TakenNames
{
    QSet<QString> companyNames; // name_key
    QSet<QString> domains;      // of existing email addresses: demo users never share one
    QSet<QString> usernames;    // username_key
};

// Deterministic demo data: the same seed, counts and time give the same companies and users.
// Companies (with their org units) are made up front; users are handed out one at a time, company
// after company, owner first, so a million never sit in memory together.
//
// Users come in an order that keeps index maintenance cheap while loading: within a company in
// stretches sorted by email address, and with version 7 UUIDs numbered in that order, so the
// primary key and the keys of the role and unit tables only grow at their end.
class DemoGenerator
{
public:
    // `users` counts every company user, owners included; it must be at least `companies`.
    DemoGenerator(std::uint64_t seed, qint64 nowMs, int companies, qint64 users, TakenNames taken);

    const QList<DemoCompany>& companies() const { return m_companies; }
    const QList<DemoUnit>& units() const { return m_units; }

    // The next user, or false when all are made.
    bool next(DemoUser* user);

private:
    void makeCompanies(int count, qint64 users);
    bool makeStretch();
    void makeCompany(DemoCompany& demo, int index);
    void makeUnits(DemoCompany& demo);
    QString uniqueCompanyName(const Country& country, const LanguageWords& words);
    QString fill(const QString& pattern);
    void makeUser(const DemoCompany& demo, bool owner, DemoUser* user);
    void assignRoles(DemoUser* user);
    QString customValues(const DemoCompany& demo, qint64 createdAt);
    QString emailBase(Language language, QString* first, QString* last);

    Random m_random;
    qint64 m_now;
    TakenNames m_taken;
    QList<DemoCompany> m_companies;
    QList<DemoUnit> m_units;
    QStringList m_notifications; // the JSON of every combination of the three flags
    QHash<QString, int> m_usernameCounts;
    // Where the next user comes from.
    int m_company = 0;
    qint64 m_inCompany = 0;            // users of the current company made so far
    qint64 m_sequence = 0;             // users numbered so far, over all companies
    QList<DemoUser> m_pending;         // the current stretch of users
    qsizetype m_next = 0;              // in m_pending
    QHash<QString, int> m_localCounts; // email local parts used in the current company
    int m_employeeNumber = 0;
};

} // namespace steward::server::demo

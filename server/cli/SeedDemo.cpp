// `steward-server seed-demo`: realistic multilingual demo data, a million users in about a minute.
// The rows are the ones the API writes (same columns, keys, search text and JSON), loaded in one
// transaction through multi-row INSERTs, with one audit event summing it up. A database that was
// seeded before is refused: the demo rows would collide, and a second load means a mistake.
#include "BulkInsert.h"
#include "BulkInsertIndexes.h"
#include "Commands.h"
#include "DemoUserRows.h"
#include "SeedDemoSettings.h"
#include "auth/Passwords.h"
#include "store/AuditStore.h"
#include "store/Migrations.h"
#include "store/Sql.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>
#include <domain/Json.h>

namespace steward::server {
namespace {

// Printed at the end and in the docs: every seeded account with a password signs in with it.
const char* const kDemoPassword = "Steward-Demo-2026";
constexpr std::uint64_t kSeed = 20260101;

bool alreadySeeded(const QSqlDatabase& db)
{
    Sql q(db, QStringLiteral("SELECT 1 FROM audit_events WHERE action = 'demo.seed' LIMIT 1"));
    q.exec();
    return q.next();
}

demo::TakenNames takenNames(const QSqlDatabase& db)
{
    demo::TakenNames taken;
    Sql companies(db, QStringLiteral("SELECT name_key FROM companies"));
    companies.exec();
    while (companies.next())
        taken.companyNames.insert(companies.text(0));
    Sql users(db, QStringLiteral("SELECT email_key, username_key FROM users"));
    users.exec();
    while (users.next()) {
        taken.domains.insert(users.text(0).section(QLatin1Char('@'), 1));
        taken.usernames.insert(users.text(1));
    }
    return taken;
}

void insertCompanies(const QSqlDatabase& db, const QList<demo::DemoCompany>& companies, int rowsPerStatement)
{
    // The columns and values of CompanyStore::insert.
    BulkInsert rows(db, QStringLiteral("companies"),
                    QStringLiteral("id, name, legal_name, tax_id, street, postal_code, city, region, country, "
                                   "default_language, state, owner_id, custom_fields, users_may_edit_name, created_at, "
                                   "updated_at, version, name_key")
                        .split(QStringLiteral(", ")),
                    rowsPerStatement);
    for (const demo::DemoCompany& demo : companies) {
        const Company& c = demo.company;
        QJsonArray definitions;
        for (const CustomFieldDefinition& d : c.customFields)
            definitions.append(json::toJson(d));
        rows.add(QVariantList{idText(c.id), c.name, c.legalName, c.taxId, c.address.street, c.address.postalCode,
                              c.address.city, c.address.region, c.address.country, languageCode(c.defaultLanguage),
                              toString(c.state), idText(c.ownerId),
                              QString::fromUtf8(QJsonDocument(definitions).toJson(QJsonDocument::Compact)),
                              qint64(c.usersMayEditName ? 1 : 0), c.createdAt.toMSecsSinceEpoch(),
                              c.updatedAt.toMSecsSinceEpoch(), c.version, c.name.toLower()});
        rows.flushFull();
    }
    rows.flushAll();
}

void insertUnits(const QSqlDatabase& db, const QList<demo::DemoUnit>& units, int rowsPerStatement)
{
    BulkInsert rows(db, QStringLiteral("org_units"),
                    {QStringLiteral("id"), QStringLiteral("company_id"), QStringLiteral("parent_id"),
                     QStringLiteral("name"), QStringLiteral("created_at"), QStringLiteral("version")},
                    QStringLiteral("(?, ?, ?, ?, ?, 1)"), rowsPerStatement);
    // Roots come before their children in the list, so every parent exists when its child arrives.
    for (const demo::DemoUnit& u : units) {
        rows.add(QVariantList{u.id, u.companyId,
                              u.parentId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(u.parentId),
                              u.name, u.createdAt});
        rows.flushFull();
    }
    rows.flushAll();
}

struct Totals
{
    qint64 users = 0;
    QHash<QString, qint64> states;
    qint64 roleAssignments = 0;
    qint64 memberships = 0;
    demo::DemoAccounts accounts;
};

Totals insertUsers(const QSqlDatabase& db, demo::DemoGenerator& generator, qint64 total, const QString& passwordHash,
                   int rowsPerStatement)
{
    BulkInsert users(db, QStringLiteral("users"), demo::userColumns(), demo::userRowTemplate(), rowsPerStatement);
    BulkInsert roles(db, QStringLiteral("role_assignments"),
                     {QStringLiteral("user_id"), QStringLiteral("role_id"), QStringLiteral("enabled")},
                     rowsPerStatement * 4);
    BulkInsert units(db, QStringLiteral("user_org_units"), {QStringLiteral("user_id"), QStringLiteral("unit_id")},
                     rowsPerStatement * 4);
    // Whole statements per batch, so every user is written before the rows that refer to it
    // (PostgreSQL checks foreign keys statement by statement).
    demo::UserRowProducer producer(generator, passwordHash, rowsPerStatement * 40);
    Totals totals;
    QElapsedTimer timer;
    timer.start();
    qint64 nextReport = total / 10;
    demo::UserRows rows;
    while (producer.next(&rows)) {
        users.write(rows.users);
        if (users.pendingRows() > 0) // the last, shorter batch: its users go first all the same
            users.flushAll();
        roles.write(rows.roles);
        units.write(rows.units);
        totals.users += rows.count;
        for (auto it = rows.states.cbegin(); it != rows.states.cend(); ++it)
            totals.states[it.key()] += it.value();
        if (total >= 100000 && totals.users >= nextReport) {
            std::fprintf(stderr, "seed-demo: %lld of %lld users (%lld%%), %.1f s\n", totals.users, total,
                         totals.users * 100 / total, double(timer.elapsed()) / 1000);
            nextReport += total / 10;
        }
        producer.recycle(std::move(rows));
    }
    users.flushAll();
    roles.flushAll();
    units.flushAll();
    totals.roleAssignments = roles.rowsWritten();
    totals.memberships = units.rowsWritten();
    totals.accounts = producer.accounts();
    return totals;
}

void recordAudit(const QSqlDatabase& db, int companies, qint64 units, const Totals& t)
{
    AuditEvent event;
    event.time = QDateTime::currentDateTimeUtc();
    event.actorType = QStringLiteral("system");
    event.action = QStringLiteral("demo.seed");
    event.targetType = QStringLiteral("platform");
    event.clientAddress = QStringLiteral("cli");
    auto count = [&](const char* field, qint64 n) {
        event.changes.append({QString::fromLatin1(field), QJsonValue::Null, double(n)});
    };
    count("companies", companies);
    count("users", t.users);
    for (const char* state : {"enabled", "created", "valid", "deactivated"})
        count(state, t.states.value(QString::fromLatin1(state)));
    count("orgUnits", units);
    count("roleAssignments", t.roleAssignments);
    count("orgUnitMemberships", t.memberships);
    count("seed", qint64(kSeed));
    AuditStore::record(db, event);
}

void printSummary(const DatabaseUrl& url, const demo::DemoGenerator& generator, const Totals& t)
{
    std::printf("Seeded %s: %lld companies, %lld org units, %lld users (%lld enabled, %lld created, %lld valid, "
                "%lld deactivated), %lld role assignments, %lld unit memberships.\n",
                qPrintable(url.redacted()), qint64(generator.companies().size()), qint64(generator.units().size()),
                t.users, t.states.value(QStringLiteral("enabled")), t.states.value(QStringLiteral("created")),
                t.states.value(QStringLiteral("valid")), t.states.value(QStringLiteral("deactivated")),
                t.roleAssignments, t.memberships);
    const QString company = generator.companies().first().company.name;
    std::printf("Every seeded account that has a password signs in with: %s\n", kDemoPassword);
    for (const auto& [label, email] :
         {std::pair{"owner (Admin)", t.accounts.owner}, std::pair{"Operations user", t.accounts.operations},
          std::pair{"Finance user", t.accounts.finance},
          std::pair{"self-registered user waiting to be enabled", t.accounts.waiting}}) {
        if (!email.isEmpty())
            std::printf("  %s of %s: %s\n", label, qPrintable(company), qPrintable(email));
    }
}

} // namespace

int runSeedDemo(const Options& options)
{
    QString error;
    const auto url = DatabaseUrl::parse(options.config.databaseUrl, &error);
    if (!url) {
        std::fprintf(stderr, "steward-server: %s\n", qPrintable(error));
        return 2;
    }
    if (options.users < options.companies) {
        std::fprintf(stderr,
                     "steward-server: --users counts every company user, owners included, so it must be at least "
                     "--companies (%d)\n",
                     options.companies);
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    Database database(*url);
    migrate(database);
    const QSqlDatabase db = database.connection();
    if (alreadySeeded(db)) {
        std::fprintf(stderr,
                     "steward-server: %s already holds demo data (seed-demo ran before); nothing was changed. "
                     "Seed a fresh database instead.\n",
                     qPrintable(url->redacted()));
        return 1;
    }
    // One Argon2id hash of the documented demo password, shared by every demo account: hashing a
    // million passwords would take days. Made with the configured cost, like any other hash.
    const QString hash =
        Passwords(options.config.argon2Ops, options.config.argon2MemBytes).hash(QString::fromLatin1(kDemoPassword));
    // Times are relative to the current hour, so runs within it give identical data.
    const qint64 hour = 3600LL * 1000;
    const qint64 now = QDateTime::currentMSecsSinceEpoch() / hour * hour;
    demo::DemoGenerator generator(kSeed, now, options.companies, options.users, takenNames(db));
    // Many short statements suit SQLite (a statement's work grows faster than its rows); fewer,
    // longer ones suit PostgreSQL, where every statement is a round trip.
    const int rowsPerStatement = url->backend == Backend::Sqlite ? 50 : 500;
    const double setUp = double(timer.elapsed()) / 1000;

    QElapsedTimer phase;
    SeedLoadSettings settings(db);
    Totals totals;
    double usersSeconds = 0, indexSeconds = 0, checkSeconds = 0, commitSeconds = 0;
    {
        Transaction tx(db);
        insertCompanies(db, generator.companies(), rowsPerStatement);
        insertUnits(db, generator.units(), rowsPerStatement);
        phase.start();
        const QStringList userTables{QStringLiteral("users"), QStringLiteral("role_assignments"),
                                     QStringLiteral("user_org_units")};
        DeferredIndexes indexes(db, userTables);
        totals = insertUsers(db, generator, options.users, hash, rowsPerStatement);
        usersSeconds = double(phase.restart()) / 1000;
        indexes.restore();
        indexSeconds = double(phase.restart()) / 1000;
        recordAudit(db, options.companies, generator.units().size(), totals);
        settings.checkForeignKeys({QStringLiteral("org_units"), QStringLiteral("users"),
                                   QStringLiteral("role_assignments"), QStringLiteral("user_org_units")});
        checkSeconds = double(phase.restart()) / 1000;
        tx.commit();
        commitSeconds = double(phase.elapsed()) / 1000;
    }
    settings.restore();
    // Fresh planner statistics: without them PostgreSQL plans the lists as if the tables were empty.
    // VACUUM as well: it sets the rows' hint bits and the visibility map once, here, instead of the
    // first reads of every page doing it (a search's first count rechecks each matching row: 5 ms
    // instead of 2 at a million users).
    if (url->backend == Backend::Postgres)
        execDirect(
            db, QStringLiteral(
                    "VACUUM (ANALYZE) companies, users, role_assignments, user_org_units, user_counts, role_counts"));
    printSummary(*url, generator, totals);
    std::printf("Took %.1f s: set-up %.1f s, users %.1f s (%.0f users/s), indexes %.1f s, checks %.1f s, commit "
                "%.1f s.\n",
                double(timer.elapsed()) / 1000, setUp, usersSeconds,
                double(totals.users) / std::max(usersSeconds, 0.001), indexSeconds, checkSeconds, commitSeconds);
    return 0;
}

} // namespace steward::server

// The schema. Ids are UUID text, times are milliseconds since the epoch (UTC), flags are 0/1, so
// the same statements run on SQLite and PostgreSQL; where the two differ, `backend` decides.
// Every list, filter, sort and search the API offers has an index (design for 1,000,000 users).
#include "Schema.h"

#include "UserIndexes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <domain/Permissions.h>

namespace steward::server {
namespace {

QString builtInRoleRows()
{
    QStringList rows;
    for (const Role& role : builtInRoles()) {
        QStringList permissions(role.permissions.cbegin(), role.permissions.cend());
        permissions.sort();
        const QString json =
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(permissions)).toJson(QJsonDocument::Compact));
        rows.append(QStringLiteral("('%1', NULL, '%2', '%3', '%4', 1, '%5', 1, 0, 0)")
                        .arg(role.id.toString(QUuid::WithoutBraces), role.name,
                             QString(role.description).replace(QLatin1Char('\''), QStringLiteral("''")),
                             toString(role.scope), json));
    }
    return QStringLiteral("INSERT INTO roles (id, company_id, name, description, scope, built_in, permissions, "
                          "version, created_at, updated_at) VALUES ") +
           rows.join(QStringLiteral(", "));
}

QStringList version1(Backend backend)
{
    QStringList s{
        QStringLiteral("CREATE TABLE companies ("
                       " id TEXT PRIMARY KEY, name TEXT NOT NULL, name_key TEXT NOT NULL, legal_name TEXT NOT NULL,"
                       " tax_id TEXT NOT NULL, street TEXT NOT NULL, postal_code TEXT NOT NULL, city TEXT NOT NULL,"
                       " region TEXT NOT NULL, country TEXT NOT NULL, default_language TEXT NOT NULL,"
                       " state TEXT NOT NULL, owner_id TEXT, custom_fields TEXT NOT NULL,"
                       " users_may_edit_name INTEGER NOT NULL, created_at BIGINT NOT NULL,"
                       " updated_at BIGINT NOT NULL, version BIGINT NOT NULL)"),
        QStringLiteral("CREATE UNIQUE INDEX companies_name ON companies (name_key)"),
        QStringLiteral("CREATE INDEX companies_created ON companies (created_at, id)"),
        QStringLiteral("CREATE TABLE users ("
                       " id TEXT PRIMARY KEY, company_id TEXT REFERENCES companies(id) ON DELETE CASCADE,"
                       " email TEXT NOT NULL, email_key TEXT NOT NULL, username TEXT NOT NULL,"
                       " username_key TEXT NOT NULL, first_name TEXT NOT NULL, last_name TEXT NOT NULL,"
                       " first_key TEXT NOT NULL, last_key TEXT NOT NULL, search_text TEXT NOT NULL,"
                       " language TEXT NOT NULL, state TEXT NOT NULL, email_verified_at BIGINT,"
                       " password_hash TEXT, has_password INTEGER NOT NULL, must_change_password INTEGER NOT NULL,"
                       " temporary_password INTEGER NOT NULL, self_registered INTEGER NOT NULL,"
                       " last_sign_in_at BIGINT, custom_fields TEXT NOT NULL, notifications TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, version BIGINT NOT NULL)"),
        QStringLiteral("CREATE UNIQUE INDEX users_email ON users (email_key)"),
        QStringLiteral("CREATE UNIQUE INDEX users_username ON users (username_key)"),
        QStringLiteral("CREATE INDEX users_company_name ON users (company_id, last_key, first_key, id)"),
        QStringLiteral("CREATE INDEX users_name ON users (last_key, first_key, id)"),
        QStringLiteral("CREATE INDEX users_company_state ON users (company_id, state, last_key, first_key, id)"),
        QStringLiteral("CREATE INDEX users_company_created ON users (company_id, created_at, id)"),
        QStringLiteral("CREATE INDEX users_created ON users (created_at, id)"),
        QStringLiteral("CREATE INDEX users_company_email ON users (company_id, email_key)"),
        QStringLiteral("CREATE INDEX users_company_signin ON users (company_id, last_sign_in_at, id)"),
        QStringLiteral("CREATE TABLE roles ("
                       " id TEXT PRIMARY KEY, company_id TEXT REFERENCES companies(id) ON DELETE CASCADE,"
                       " name TEXT NOT NULL, description TEXT NOT NULL, scope TEXT NOT NULL,"
                       " built_in INTEGER NOT NULL, permissions TEXT NOT NULL, version BIGINT NOT NULL,"
                       " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX roles_company ON roles (company_id, name)"),
        builtInRoleRows(),
        QStringLiteral("CREATE TABLE role_assignments ("
                       " user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                       " role_id TEXT NOT NULL REFERENCES roles(id) ON DELETE CASCADE,"
                       " enabled INTEGER NOT NULL, PRIMARY KEY (user_id, role_id))"),
        QStringLiteral("CREATE INDEX role_assignments_role ON role_assignments (role_id, user_id)"),
        QStringLiteral("CREATE TABLE org_units ("
                       " id TEXT PRIMARY KEY, company_id TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,"
                       " parent_id TEXT REFERENCES org_units(id), name TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL, version BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX org_units_company ON org_units (company_id, parent_id)"),
        QStringLiteral("CREATE TABLE user_org_units ("
                       " user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                       " unit_id TEXT NOT NULL REFERENCES org_units(id) ON DELETE CASCADE,"
                       " PRIMARY KEY (user_id, unit_id))"),
        QStringLiteral("CREATE INDEX user_org_units_unit ON user_org_units (unit_id, user_id)"),
        QStringLiteral("CREATE TABLE sessions ("
                       " id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                       " token_hash TEXT NOT NULL, created_at BIGINT NOT NULL, last_used_at BIGINT NOT NULL,"
                       " expires_at BIGINT NOT NULL, client_address TEXT NOT NULL, user_agent TEXT NOT NULL)"),
        QStringLiteral("CREATE UNIQUE INDEX sessions_token ON sessions (token_hash)"),
        QStringLiteral("CREATE INDEX sessions_user ON sessions (user_id, created_at)"),
        QStringLiteral("CREATE TABLE api_tokens ("
                       " id TEXT PRIMARY KEY, company_id TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,"
                       " created_by TEXT, name TEXT NOT NULL, token_hash TEXT NOT NULL, permissions TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL, last_used_at BIGINT, expires_at BIGINT, revoked_at BIGINT)"),
        QStringLiteral("CREATE UNIQUE INDEX api_tokens_token ON api_tokens (token_hash)"),
        QStringLiteral("CREATE INDEX api_tokens_company ON api_tokens (company_id, created_at)"),
        QStringLiteral("CREATE TABLE audit_events ("
                       " id TEXT PRIMARY KEY, time BIGINT NOT NULL, actor_id TEXT, actor_type TEXT NOT NULL,"
                       " company_id TEXT, action TEXT NOT NULL, target_type TEXT NOT NULL, target_id TEXT,"
                       " changes TEXT NOT NULL, client_address TEXT NOT NULL, request_id TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX audit_company_time ON audit_events (company_id, time, id)"),
        QStringLiteral("CREATE INDEX audit_time ON audit_events (time, id)"),
        QStringLiteral("CREATE INDEX audit_target ON audit_events (target_id, time)"),
        QStringLiteral("CREATE INDEX audit_actor ON audit_events (actor_id, time)"),
        QStringLiteral("CREATE INDEX audit_action ON audit_events (action, time)"),
        QStringLiteral("CREATE TABLE login_throttle ("
                       " throttle_key TEXT PRIMARY KEY, failures INTEGER NOT NULL, locked_until BIGINT NOT NULL,"
                       " updated_at BIGINT NOT NULL)"),
    };
    if (backend == Backend::Postgres) {
        // Substring search on names and email through a trigram index (pg_trgm is a trusted extension).
        s.append(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"));
        s.append(QStringLiteral("CREATE INDEX users_search ON users USING gin (search_text gin_trgm_ops)"));
    }
    return s;
}

// Mail and account flows: the outbox, one-time tokens for emailed links, invitations.
QStringList version2(Backend)
{
    return {
        QStringLiteral("CREATE TABLE mail_outbox ("
                       " id TEXT PRIMARY KEY, message_id TEXT NOT NULL, recipient TEXT NOT NULL,"
                       " language TEXT NOT NULL, template TEXT NOT NULL, parameters TEXT NOT NULL,"
                       " company_id TEXT, user_id TEXT, status TEXT NOT NULL, attempts INTEGER NOT NULL,"
                       " next_attempt_at BIGINT NOT NULL, claimed_until BIGINT NOT NULL, last_error TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL, sent_at BIGINT)"),
        QStringLiteral("CREATE UNIQUE INDEX mail_outbox_message ON mail_outbox (message_id)"),
        QStringLiteral("CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at)"),
        QStringLiteral("CREATE INDEX mail_outbox_recipient ON mail_outbox (recipient, created_at)"),
        QStringLiteral("CREATE TABLE one_time_tokens ("
                       " id TEXT PRIMARY KEY, token_hash TEXT NOT NULL, purpose TEXT NOT NULL, user_id TEXT,"
                       " invitation_id TEXT, email TEXT NOT NULL, created_at BIGINT NOT NULL,"
                       " expires_at BIGINT NOT NULL, used_at BIGINT)"),
        QStringLiteral("CREATE UNIQUE INDEX one_time_tokens_hash ON one_time_tokens (token_hash)"),
        QStringLiteral("CREATE INDEX one_time_tokens_user ON one_time_tokens (user_id, purpose)"),
        QStringLiteral("CREATE INDEX one_time_tokens_invitation ON one_time_tokens (invitation_id)"),
        QStringLiteral("CREATE TABLE invitations ("
                       " id TEXT PRIMARY KEY, company_id TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,"
                       " email TEXT NOT NULL, email_key TEXT NOT NULL, role_ids TEXT NOT NULL, inviter_id TEXT,"
                       " language TEXT NOT NULL, created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL,"
                       " accepted_at BIGINT, revoked_at BIGINT, accepted_user_id TEXT, version BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX invitations_company ON invitations (company_id, created_at, id)"),
        QStringLiteral("CREATE INDEX invitations_email ON invitations (email_key, company_id)"),
    };
}

// Exact totals without counting rows, and an indexed substring search on SQLite (see UserIndexes.h).
QStringList version3(Backend backend)
{
    return userindexes::migration(backend);
}

// PostgreSQL: every text column compares bytes (COLLATE "C"), as SQLite does. Ids, keys and
// hashes are compared in every index descent, and under a database's locale (even C.UTF-8) each
// comparison goes through strcoll: a page's roles and units took twice as long. Sorting by the
// *_key columns then also gives the same order on both back ends, whatever the database's locale.
// search_text is left alone: only its trigram index reads it, and that ignores collation.
QStringList version4(Backend backend)
{
    if (backend != Backend::Postgres)
        return {};
    // Triggers that name columns (UPDATE OF, WHEN) must not exist while those columns change.
    return userindexes::dropTriggers(backend) +
           QStringList{QStringLiteral(
               "DO $$ DECLARE c record; BEGIN"
               " FOR c IN SELECT table_name, column_name FROM information_schema.columns"
               "  WHERE table_schema = current_schema() AND data_type = 'text' AND column_name <> 'search_text'"
               "  AND COALESCE(collation_name, '') <> 'C' ORDER BY table_name, ordinal_position LOOP"
               "  EXECUTE format('ALTER TABLE %I ALTER COLUMN %I TYPE text COLLATE \"C\"', c.table_name, "
               "c.column_name);"
               " END LOOP; END $$")} +
           userindexes::createTriggers(backend);
}

// Version 5, searches and totals across companies:
// - the counters by role and state, or state alone, for every company at once (a platform-wide
//   filter by role summed about 1,000 of role_counts' rows, and PostgreSQL read all 8,600 of them
//   to find those: 1 to 4 ms; now an index-only range);
// - PostgreSQL: the trigram index also holds each user's company (btree_gin, a trusted extension
//   like pg_trgm), so a search within a company reads only that company's matches: at a million
//   users a company's search rechecked every match in the table (1,300 rows for 16 of its own,
//   6 ms; now 0.6 ms). A search across companies uses it as it used the index it replaces.
QStringList version5(Backend backend)
{
    QStringList s{QStringLiteral("CREATE INDEX role_counts_role_state ON role_counts (role_id, state, n)"),
                  QStringLiteral("CREATE INDEX user_counts_state ON user_counts (state, n)")};
    if (backend == Backend::Postgres) {
        s.append(QStringLiteral("CREATE EXTENSION IF NOT EXISTS btree_gin"));
        s.append(QStringLiteral(
            "CREATE INDEX users_company_search ON users USING gin (company_id, search_text gin_trgm_ops)"));
        s.append(QStringLiteral("DROP INDEX users_search"));
    }
    return s;
}

} // namespace

QList<QStringList> schemaMigrations(Backend backend)
{
    return {version1(backend), version2(backend), version3(backend), version4(backend), version5(backend)};
}

} // namespace steward::server

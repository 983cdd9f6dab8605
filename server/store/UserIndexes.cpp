#include "UserIndexes.h"

namespace steward::server::userindexes {
namespace {

const QStringList kCountTables{
    QStringLiteral("CREATE TABLE user_counts (company_key TEXT NOT NULL, state TEXT NOT NULL, n BIGINT NOT NULL, "
                   "PRIMARY KEY (company_key, state))"),
    QStringLiteral("CREATE TABLE role_counts (role_id TEXT NOT NULL, company_key TEXT NOT NULL, state TEXT NOT NULL, "
                   "n BIGINT NOT NULL, PRIMARY KEY (role_id, company_key, state))"),
};

// The holders of a role by company and state follow assignments (inserted and deleted, never
// updated) and their users' state. A user's own delete takes its remaining assignments off before
// the row goes (BEFORE DELETE): a cascade that removes them afterwards finds no user and counts nothing.
const QString kSqliteRoleAssignmentDecrement =
    QStringLiteral("UPDATE role_counts SET n = n - 1 WHERE role_id = old.role_id AND (company_key, state) = "
                   "(SELECT COALESCE(company_id, ''), state FROM users WHERE id = old.user_id);");
const QString kSqliteUserRolesDecrement =
    QStringLiteral("UPDATE role_counts SET n = n - 1 WHERE company_key = COALESCE(old.company_id, '') AND "
                   "state = old.state AND role_id IN (SELECT role_id FROM role_assignments WHERE user_id = old.id);");

QStringList sqliteTriggers()
{
    // Every change of a user's row goes through exactly one of these, in the writer's transaction.
    return {
        QStringLiteral("CREATE TRIGGER users_indexes_insert AFTER INSERT ON users BEGIN"
                       " INSERT INTO users_fts (rowid, search_text) VALUES (new.rowid, new.search_text);"
                       " INSERT INTO user_counts (company_key, state, n) VALUES (COALESCE(new.company_id, ''), "
                       "new.state, 1) ON CONFLICT (company_key, state) DO UPDATE SET n = n + 1;"
                       " END"),
        QStringLiteral("CREATE TRIGGER users_indexes_delete AFTER DELETE ON users BEGIN"
                       " INSERT INTO users_fts (users_fts, rowid, search_text) VALUES ('delete', old.rowid, "
                       "old.search_text);"
                       " UPDATE user_counts SET n = n - 1 WHERE company_key = COALESCE(old.company_id, '') AND "
                       "state = old.state;"
                       " END"),
        QStringLiteral("CREATE TRIGGER users_indexes_search AFTER UPDATE OF search_text ON users"
                       " WHEN old.search_text <> new.search_text BEGIN"
                       " INSERT INTO users_fts (users_fts, rowid, search_text) VALUES ('delete', old.rowid, "
                       "old.search_text);"
                       " INSERT INTO users_fts (rowid, search_text) VALUES (new.rowid, new.search_text);"
                       " END"),
        QStringLiteral("CREATE TRIGGER users_indexes_state AFTER UPDATE OF company_id, state ON users"
                       " WHEN old.state <> new.state OR old.company_id IS NOT new.company_id BEGIN"
                       " UPDATE user_counts SET n = n - 1 WHERE company_key = COALESCE(old.company_id, '') AND "
                       "state = old.state;"
                       " INSERT INTO user_counts (company_key, state, n) VALUES (COALESCE(new.company_id, ''), "
                       "new.state, 1) ON CONFLICT (company_key, state) DO UPDATE SET n = n + 1; ") +
            kSqliteUserRolesDecrement +
            QStringLiteral(" INSERT INTO role_counts (role_id, company_key, state, n) SELECT role_id, "
                           "COALESCE(new.company_id, ''), new.state, 1 FROM role_assignments WHERE user_id = new.id"
                           " ON CONFLICT (role_id, company_key, state) DO UPDATE SET n = n + 1;"
                           " END"),
        QStringLiteral("CREATE TRIGGER users_indexes_roles BEFORE DELETE ON users BEGIN ") + kSqliteUserRolesDecrement +
            QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER role_assignments_insert AFTER INSERT ON role_assignments BEGIN"
                       " INSERT INTO role_counts (role_id, company_key, state, n) SELECT new.role_id, "
                       "COALESCE(company_id, ''), state, 1 FROM users WHERE id = new.user_id"
                       " ON CONFLICT (role_id, company_key, state) DO UPDATE SET n = n + 1;"
                       " END"),
        QStringLiteral("CREATE TRIGGER role_assignments_delete AFTER DELETE ON role_assignments BEGIN ") +
            kSqliteRoleAssignmentDecrement + QStringLiteral(" END"),
    };
}

QStringList postgresTriggers()
{
    return {
        QStringLiteral("CREATE TRIGGER users_counts_insert AFTER INSERT ON users FOR EACH ROW "
                       "EXECUTE FUNCTION steward_user_counts()"),
        QStringLiteral("CREATE TRIGGER users_counts_delete AFTER DELETE ON users FOR EACH ROW "
                       "EXECUTE FUNCTION steward_user_counts()"),
        QStringLiteral("CREATE TRIGGER users_counts_state AFTER UPDATE OF company_id, state ON users FOR EACH ROW "
                       "WHEN (OLD.state IS DISTINCT FROM NEW.state OR OLD.company_id IS DISTINCT FROM NEW.company_id) "
                       "EXECUTE FUNCTION steward_user_counts()"),
        QStringLiteral("CREATE TRIGGER users_roles_state AFTER UPDATE OF company_id, state ON users FOR EACH ROW "
                       "WHEN (OLD.state IS DISTINCT FROM NEW.state OR OLD.company_id IS DISTINCT FROM NEW.company_id) "
                       "EXECUTE FUNCTION steward_role_counts()"),
        QStringLiteral("CREATE TRIGGER users_roles_delete BEFORE DELETE ON users FOR EACH ROW "
                       "EXECUTE FUNCTION steward_role_counts()"),
        QStringLiteral("CREATE TRIGGER role_assignments_counts AFTER INSERT OR DELETE ON role_assignments "
                       "FOR EACH ROW EXECUTE FUNCTION steward_role_counts()"),
    };
}

const QString kPostgresFunction = QStringLiteral(
    "CREATE OR REPLACE FUNCTION steward_user_counts() RETURNS trigger LANGUAGE plpgsql AS $body$\n"
    "BEGIN\n"
    "  IF TG_OP IN ('DELETE', 'UPDATE') THEN\n"
    "    UPDATE user_counts SET n = n - 1 WHERE company_key = COALESCE(OLD.company_id, '') AND state = OLD.state;\n"
    "  END IF;\n"
    "  IF TG_OP IN ('INSERT', 'UPDATE') THEN\n"
    "    INSERT INTO user_counts (company_key, state, n) VALUES (COALESCE(NEW.company_id, ''), NEW.state, 1)\n"
    "      ON CONFLICT (company_key, state) DO UPDATE SET n = user_counts.n + 1;\n"
    "  END IF;\n"
    "  RETURN NULL;\n"
    "END\n"
    "$body$");

const QString kPostgresRoleFunction = QStringLiteral(
    "CREATE OR REPLACE FUNCTION steward_role_counts() RETURNS trigger LANGUAGE plpgsql AS $body$\n"
    "BEGIN\n"
    "  IF TG_TABLE_NAME = 'role_assignments' AND TG_OP = 'INSERT' THEN\n"
    "    INSERT INTO role_counts (role_id, company_key, state, n)\n"
    "      SELECT NEW.role_id, COALESCE(u.company_id, ''), u.state, 1 FROM users u WHERE u.id = NEW.user_id\n"
    "      ON CONFLICT (role_id, company_key, state) DO UPDATE SET n = role_counts.n + 1;\n"
    "  ELSIF TG_TABLE_NAME = 'role_assignments' THEN\n"
    "    UPDATE role_counts c SET n = c.n - 1 FROM users u WHERE u.id = OLD.user_id AND c.role_id = OLD.role_id\n"
    "      AND c.company_key = COALESCE(u.company_id, '') AND c.state = u.state;\n"
    "  ELSE\n"
    "    UPDATE role_counts c SET n = c.n - 1 FROM role_assignments a WHERE a.user_id = OLD.id\n"
    "      AND c.role_id = a.role_id AND c.company_key = COALESCE(OLD.company_id, '') AND c.state = OLD.state;\n"
    "    IF TG_OP = 'DELETE' THEN\n"
    "      RETURN OLD;\n"
    "    END IF;\n"
    "    INSERT INTO role_counts (role_id, company_key, state, n)\n"
    "      SELECT a.role_id, COALESCE(NEW.company_id, ''), NEW.state, 1 FROM role_assignments a\n"
    "      WHERE a.user_id = NEW.id\n"
    "      ON CONFLICT (role_id, company_key, state) DO UPDATE SET n = role_counts.n + 1;\n"
    "  END IF;\n"
    "  RETURN NULL;\n"
    "END\n"
    "$body$");

} // namespace

QStringList migration(Backend backend)
{
    QStringList s = kCountTables;
    if (backend == Backend::Sqlite) {
        // The text is lower-cased already, so the index keeps it as it is (case_sensitive 1): a phrase
        // of trigrams then matches exactly where LIKE '%…%' on search_text does, and a search needs
        // neither the table's rows to test matches nor a second pass to count them.
        s.append(QStringLiteral("CREATE VIRTUAL TABLE users_fts USING fts5(search_text, content='', "
                                "tokenize='trigram case_sensitive 1')"));
    } else {
        s.append(kPostgresFunction);
        s.append(kPostgresRoleFunction);
    }
    s.append(rebuild(backend));
    s.append(createTriggers(backend));
    return s;
}

QStringList dropTriggers(Backend backend)
{
    if (backend == Backend::Sqlite)
        return {QStringLiteral("DROP TRIGGER IF EXISTS users_indexes_insert"),
                QStringLiteral("DROP TRIGGER IF EXISTS users_indexes_delete"),
                QStringLiteral("DROP TRIGGER IF EXISTS users_indexes_search"),
                QStringLiteral("DROP TRIGGER IF EXISTS users_indexes_state"),
                QStringLiteral("DROP TRIGGER IF EXISTS users_indexes_roles"),
                QStringLiteral("DROP TRIGGER IF EXISTS role_assignments_insert"),
                QStringLiteral("DROP TRIGGER IF EXISTS role_assignments_delete")};
    return {QStringLiteral("DROP TRIGGER IF EXISTS users_counts_insert ON users"),
            QStringLiteral("DROP TRIGGER IF EXISTS users_counts_delete ON users"),
            QStringLiteral("DROP TRIGGER IF EXISTS users_counts_state ON users"),
            QStringLiteral("DROP TRIGGER IF EXISTS users_roles_state ON users"),
            QStringLiteral("DROP TRIGGER IF EXISTS users_roles_delete ON users"),
            QStringLiteral("DROP TRIGGER IF EXISTS role_assignments_counts ON role_assignments")};
}

QStringList createTriggers(Backend backend)
{
    return backend == Backend::Sqlite ? sqliteTriggers() : postgresTriggers();
}

QStringList rebuild(Backend backend)
{
    QStringList s{
        QStringLiteral("DELETE FROM user_counts"),
        QStringLiteral("INSERT INTO user_counts (company_key, state, n) "
                       "SELECT COALESCE(company_id, ''), state, COUNT(*) FROM users GROUP BY COALESCE(company_id, ''), "
                       "state"),
        QStringLiteral("DELETE FROM role_counts"),
        QStringLiteral("INSERT INTO role_counts (role_id, company_key, state, n) "
                       "SELECT a.role_id, COALESCE(u.company_id, ''), u.state, COUNT(*) FROM role_assignments a "
                       "JOIN users u ON u.id = a.user_id GROUP BY a.role_id, COALESCE(u.company_id, ''), u.state"),
    };
    if (backend == Backend::Sqlite) {
        s.append(QStringLiteral("INSERT INTO users_fts (users_fts) VALUES ('delete-all')"));
        s.append(QStringLiteral("INSERT INTO users_fts (rowid, search_text) SELECT rowid, search_text FROM users"));
    }
    return s;
}

bool trigramSearchable(const QString& lowered)
{
    return lowered.toUcs4().size() >= 3;
}

QString phraseQuery(const QString& lowered)
{
    // One FTS5 string: the tokenizer cuts it into the same trigrams as the text, in a row. Inside
    // the quotes nothing is syntax but the quote itself, written twice.
    return QLatin1Char('"') + QString(lowered).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

} // namespace steward::server::userindexes

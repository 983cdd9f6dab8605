"""The SQL the server runs for the benchmark's list, search and deep page, timed directly on the store.

The statements mirror server/store/UserList.cpp and UserStore's loadRelations (keep them in step):
each figure is the median, over several runs, of every statement one request runs (total, page,
roles and units of the page), the lowest of a few such medians (measure()), so server time / raw
time shows the server's own overhead.
"""
import re
import sqlite3
import statistics
import subprocess
import time

RUNS = 60
COLUMNS = ("u.id, u.company_id, u.email, u.username, u.first_name, u.last_name, u.language, u.state, "
           "u.email_verified_at, u.has_password, u.must_change_password, u.self_registered, u.last_sign_in_at, "
           "u.custom_fields, u.notifications, u.created_at, u.updated_at, u.version")
ORDER = " ORDER BY u.last_key ASC, u.first_key ASC, u.id ASC"
REVERSED = " ORDER BY u.last_key DESC, u.first_key DESC, u.id DESC"
COUNT_LIMIT = 10000


def like_pattern(text):
    return "%" + text.lower().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%"


def requests(backend, company, term, total):
    """Each request as a list of (sql, params, is_page); `?` placeholders."""
    roles = ("SELECT a.user_id, 0, a.role_id, r.name, a.enabled FROM role_assignments a "
             "JOIN roles r ON r.id = a.role_id WHERE a.user_id IN ({ids})")
    units = "SELECT user_id, 1, unit_id, '', 0 FROM user_org_units WHERE user_id IN ({ids})"
    # Two statements on SQLite, one UNION on PostgreSQL (UserStore's loadRelations says why).
    relations = ([(roles, None, False), (units, None, False)] if backend == "sqlite"
                 else [(roles + " UNION ALL " + units, None, False)])
    search_filter = " FROM users u WHERE u.search_text LIKE ? ESCAPE '!'"
    search_params = [like_pattern(term)]
    search_count = ("SELECT COUNT(*) FROM (SELECT 1" + search_filter + " LIMIT ?) matches",
                    search_params + [COUNT_LIMIT + 1], False)
    search_page = "SELECT " + COLUMNS + search_filter + ORDER + " LIMIT ? OFFSET ?"
    if backend == "sqlite" and len(term) >= 3:
        # The FTS5 phrase finds exactly the LIKE's rows, and counts them alone (platform-wide).
        phrase = '"' + term.lower().replace('"', '""') + '"'
        search_filter = " FROM users_fts f CROSS JOIN users u ON u.rowid = f.rowid WHERE f.users_fts MATCH ?"
        search_params = [phrase]
        search_count = ("SELECT COUNT(*) FROM users_fts WHERE users_fts MATCH ?", [phrase], False)
        # The sort keys and rowids of the matches first, the page's rows in full after.
        search_page = ("SELECT " + COLUMNS + " FROM users u WHERE u.rowid IN (SELECT u.rowid" + search_filter + ORDER +
                       " LIMIT ? OFFSET ?)" + ORDER)
    search = [(search_page, search_params + [50, 0], True), search_count]
    if backend != "sqlite":
        # One pass over the matches gives the count and the page (UserList.cpp, pageFromMatches).
        keys = ("u.id, u.last_key, u.first_key, u.email_key, u.username_key, u.state, u.created_at, u.updated_at, "
                "u.last_sign_in_at")
        search = [("WITH matches AS MATERIALIZED (SELECT " + keys + search_filter + " LIMIT ?), page AS "
                   "(SELECT u.id FROM matches u" + ORDER + " LIMIT ? OFFSET ?) SELECT " + COLUMNS +
                   ", (SELECT COUNT(*) FROM matches) FROM users u WHERE u.id IN (SELECT id FROM page)" + ORDER,
                   search_params + [COUNT_LIMIT + 1, 50, 0], True)]
    return {
        "list_first_page_ms": [
            ("SELECT COALESCE(SUM(n), 0) FROM user_counts WHERE company_key = ?", [company], False),
            ("SELECT " + COLUMNS + " FROM users u WHERE u.company_id = ?" + ORDER + " LIMIT ? OFFSET ?",
             [company, 50, 0], True),
        ] + relations,
        "search_ms": search + relations,
        "list_deep_page_ms": [
            ("SELECT COALESCE(SUM(n), 0) FROM user_counts", [], False),
            ("SELECT " + COLUMNS + " FROM users u" + REVERSED + " LIMIT ? OFFSET ?", [50, 0], True),
        ] + relations,
    }


def sqlite_measure(path, plan):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    # The server's connection settings (server/store/Database.cpp).
    db.execute("PRAGMA cache_size=-65536")
    db.execute("PRAGMA mmap_size=2147418112")
    db.execute("PRAGMA temp_store=MEMORY")
    figures = {}
    for name, statements in plan.items():
        times = []
        for _ in range(RUNS):
            started = time.perf_counter()
            ids = []
            for sql, params, is_page in statements:
                if params is None:
                    params = ids * sql.count("{ids}")
                    sql = sql.format(ids=", ".join("?" * len(ids)))
                rows = db.execute(sql, params).fetchall()
                if is_page:
                    ids = [r[0] for r in rows]
            times.append((time.perf_counter() - started) * 1000)
        figures[name] = round(statistics.median(times), 2)
    return figures


def postgres_measure(url, plan):
    figures = {}
    for name, statements in plan.items():
        # The page's ids come from one run of the page statement first, then everything is timed.
        script = ["\\set QUIET on"]
        ids = None
        for i, (sql, params, is_page) in enumerate(statements):
            if params is None:
                continue
            numbered = sql
            n = 0
            while "?" in numbered:
                n += 1
                numbered = numbered.replace("?", f"${n}", 1)
            script.append(f"PREPARE s{i} AS {numbered};")
            if is_page:
                out = subprocess.run(["psql", "-X", "-A", "-t", url, "-c",
                                      f"PREPARE p AS {numbered}; EXECUTE p({literal_list(params)});"],
                                     capture_output=True, text=True, check=True).stdout
                ids = [line.split("|")[0] for line in out.splitlines() if line.strip()]
        for i, (sql, params, _) in enumerate(statements):
            if params is None:
                id_list = ", ".join(f"'{x}'" for x in ids) or "NULL"
                script.append(f"PREPARE s{i} AS {sql.format(ids=id_list)};")
        script.append("\\timing on")
        for _ in range(RUNS):
            for i, (_, params, _) in enumerate(statements):
                script.append(f"EXECUTE s{i}({literal_list(params)});" if params else f"EXECUTE s{i};")
        out = subprocess.run(["psql", "-X", "-q", "-o", "/dev/null", url], input="\n".join(script) + "\n",
                             capture_output=True, text=True, check=True).stdout
        times = [float(t) for t in re.findall(r"Time: ([0-9.]+) ms", out)]
        per_run = [sum(times[k:k + len(statements)]) for k in range(0, len(times), len(statements))]
        figures[name] = round(statistics.median(per_run), 2) if per_run else None
    return figures


def literal_list(params):
    return ", ".join(str(p) if isinstance(p, int) else "'" + str(p).replace("'", "''") + "'" for p in params)


ROUNDS = 5


def measure(store, company, term, total):
    """The lowest of ROUNDS medians per figure, and every round's medians.

    On a shared virtual machine the same statements run up to twice as slowly for seconds at a
    time; the lowest median is the store's own speed, so the server's ratio to it errs high.
    """
    plan = requests(store.backend, company, term, total)
    rounds = []
    for _ in range(ROUNDS):
        rounds.append(sqlite_measure(store.path, plan) if store.backend == "sqlite"
                      else postgres_measure(store.url, plan))
    best = {name: min((r[name] for r in rounds if r[name] is not None), default=None) for name in plan}
    return best, {name: [r[name] for r in rounds] for name in plan}

#!/usr/bin/env python3
"""Runs bench/run at 2,000 users with the given binaries and checks its table and JSON are complete.

    bench_smoke.py BENCH_RUN STEWARD_SERVER STEWARD_BENCH_CLIENT
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SCENARIOS = ["list_first_page", "list_first_page_platform", "list_deep_page", "list_deep_page_company", "search",
             "search_company", "filter", "filter_platform", "get_user", "patch_user", "login"]


def fail(message, output=""):
    print(output[-6000:])
    sys.exit(f"bench_smoke: {message}")


def main():
    bench_run, server, client = sys.argv[1:4]
    work = Path(tempfile.mkdtemp(prefix="steward-bench-smoke."))
    try:
        out = work / "result.json"
        done = subprocess.run([sys.executable, bench_run, "--users", "2000", "--duration", "1", "--work", str(work),
                               "--server", server, "--client", client, "--out", str(out)],
                              capture_output=True, text=True, timeout=540)
        output = done.stdout + done.stderr
        artifacts = os.environ.get("STEWARD_ARTIFACTS")
        if artifacts:
            Path(artifacts).mkdir(parents=True, exist_ok=True)
            (Path(artifacts) / "bench_smoke.txt").write_text(output)
        if done.returncode != 0:
            fail(f"bench/run ended with {done.returncode}", output)
        report = json.loads(out.read_text())
        if report["users"] != 2000 or report["backend"] != "sqlite":
            fail(f"wrong store: {report['users']} users on {report['backend']}", output)
        names = [r["name"] for r in report["results"]]
        if names != SCENARIOS:
            fail(f"scenarios {names}", output)
        for r in report["results"]:
            for key in ("rps", "p50_ms", "p99_ms", "server_p50_ms", "server_p99_ms"):
                if not isinstance(r.get(key), (int, float)) or r[key] < 0:
                    fail(f"{r['name']}: {key} = {r.get(key)!r}", output)
            if r["requests"] < 1 or r.get("failed"):
                fail(f"{r['name']}: {r['requests']} requests, {r.get('failed', 0)} failed", output)
        for key in ("list_first_page_ms", "search_ms", "list_deep_page_ms"):
            if not isinstance(report["raw_sql"].get(key), (int, float)):
                fail(f"raw_sql {key} = {report['raw_sql'].get(key)!r}", output)
        for name in ("list_first_page", "search"):
            if not isinstance(report["ratios"][name]["server"], (int, float)):
                fail(f"ratio for {name}: {report['ratios'][name]!r}", output)
        client = report["client"]
        for key in ("first_page_ms", "jump_to_end_ms", "peak_rss_mb"):
            if not isinstance(client.get(key), (int, float)):
                fail(f"client {key} = {client.get(key)!r}", output)
        if client["rows"] != 2001:  # the platform administrator sees every user, and themself
            fail(f"client saw {client['rows']} rows", output)
        for text in ("Steward benchmark: 2,000 users on sqlite", "server time / raw", "client: first page"):
            if text not in done.stdout:
                fail(f"table lacks {text!r}", output)
        print(done.stdout)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

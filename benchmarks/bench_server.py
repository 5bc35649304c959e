"""The same services on the office server (PostgreSQL) and on the local vault, side by side.

    python benchmarks/bench_server.py [--cases 5000] [--runs 15] [--url postgresql://…]

Without --url a throw-away PostgreSQL cluster is started as the tests do (Debian's
``postgresql``, fsync off: this measures the application's round trips, not the disk). Both
vaults are filled by the demo generator with the same seed. Measured, median of --runs, with the
ratio server / local from the same process:

- name search per keystroke (the in-memory index, built once at the first search);
- open case (the case window's detail: rows, history);
- save a case edit (the encrypted narrative sealed, the row and an audit entry written);
- statistics for a year, facts gathered afresh each run (the cache dropped).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from _common import median_seconds, report

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the test cluster helper

from ajo_cases.vault import kdf

kdf.use_weak_test_parameters()

from ajo_cases.domain.stats_model import StatsFilter  # noqa: E402
from ajo_cases.services.access.opening import create_vault  # noqa: E402
from ajo_cases.services.access.server_vault import create_server_vault  # noqa: E402
from ajo_cases.services.casework import case_detail, cases  # noqa: E402
from ajo_cases.services.demo import demo  # noqa: E402
from ajo_cases.services.open_vault import OpenVault  # noqa: E402
from ajo_cases.services.people import search  # noqa: E402
from ajo_cases.services.statistics import statistics  # noqa: E402

PASSWORD = "benchmark passphrase long enough"
TODAY = date(2026, 6, 30)


def _measures(vault: OpenVault, runs: int) -> dict[str, float]:
    page = cases.list_cases(vault, limit=50)
    case_id = page.rows[len(page.rows) // 2].id
    search.find(vault, "а")  # the name index is built once per unlock
    keystrokes = iter(["Ка", "Кар", "Кари", "Карим", "Sa", "Sai", "Said", "Ну", "Нур", "Нури"] * 9)
    turn = [0]

    def save() -> None:
        record = cases.get_case(vault, case_id)
        turn[0] += 1
        cases.update_case(vault, case_id, replace(record.form, narrative=f"Edited {turn[0]}"))

    def stats() -> None:
        vault.caches.clear()
        statistics.compute(vault, StatsFilter(date(2025, 1, 1), date(2025, 12, 31)), today=TODAY)

    actions: dict[str, Callable[[], object]] = {
        "name search per keystroke": lambda: search.find(vault, next(keystrokes)),
        "open case": lambda: case_detail.case_detail(vault, case_id, today=TODAY),
        "save a case edit": save,
        "statistics for a year": stats,
    }
    out = {}
    for label, action in actions.items():
        action()  # warm
        out[label] = median_seconds(action, runs)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--url", help="an empty database (owner password in PGPASSWORD)")
    args = parser.parse_args()
    cluster = None
    url = args.url
    if url is None:
        import os

        from tests.pg_cluster import start_cluster

        cluster = start_cluster()
        cluster.sql("CREATE DATABASE bench OWNER ajo_owner")
        os.environ["PGPASSWORD"] = cluster.owner_password
        url = cluster.url("bench")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            results: dict[str, dict[str, float]] = {}
            for name, make in (
                ("local", lambda: create_vault(Path(tmp) / "local", "admin", PASSWORD)),
                ("server", lambda: create_server_vault(Path(tmp) / "pc", url, "admin", PASSWORD)),
            ):
                vault, _code = make()
                try:
                    demo.fill_demo(vault, cases=args.cases, seed=1, today=TODAY)
                    results[name] = _measures(vault, args.runs)
                finally:
                    vault.close()
    finally:
        if cluster is not None:
            cluster.stop()
    rows = []
    for label in results["local"]:
        local, server = results["local"][label], results["server"][label]
        rows += [(f"{label}: local", local), (f"{label}: server", server)]
        print(f"{label:<28} local {local * 1000:8.1f} ms   server {server * 1000:8.1f} ms   "
              f"ratio {server / local:5.2f}")  # fmt: skip
    report(f"server_{args.cases}", rows)


if __name__ == "__main__":
    main()

"""A change seen on another client: one PC saves, the other PC's list shows it.

    python benchmarks/bench_feed.py [--cases 5000] [--runs 21] [--url postgresql://…]

Two PCs (two open vaults) on one office-server vault filled by the demo generator. PC B
follows the change feed (services/change_feed.py: LISTEN on its own connection, catch-up by
number) and, at each change it hears, reloads the first page of its case list as the People &
cases page does. PC A edits a case. Measured, median of --runs:

- A's save (from the call to the commit), and the same save with the feed's triggers on the
  case table switched off (the baseline: the feed's cost to every save);
- B's list reload alone (the baseline: what B does anyway once it knows);
- from A's commit to B's list reloaded (the target: at most 1 s);
- the feed's own share: that, minus the list reload.

Without --url a throw-away PostgreSQL cluster is started as the tests do.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from _common import median_seconds, report

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the test cluster helper

from ajo_cases.vault import kdf

kdf.use_weak_test_parameters()

from sqlalchemy import text  # noqa: E402

from ajo_cases.services import change_feed  # noqa: E402
from ajo_cases.services.access.opening import open_vault  # noqa: E402
from ajo_cases.services.access.server_vault import create_server_vault  # noqa: E402
from ajo_cases.services.casework import cases  # noqa: E402
from ajo_cases.services.changes import Changes  # noqa: E402
from ajo_cases.services.demo import demo  # noqa: E402
from ajo_cases.services.open_vault import OpenVault  # noqa: E402
from ajo_cases.vault.layout import SERVER_PROFILE_FILE  # noqa: E402

PASSWORD = "benchmark passphrase long enough"
TODAY = date(2026, 6, 30)


def measure(url: str, tmp: Path, n_cases: int, runs: int) -> list[tuple[str, float]]:
    a, _code = create_server_vault(tmp / "pc-a", url, "admin", PASSWORD)
    demo.fill_demo(a, cases=n_cases, seed=1, today=TODAY)
    (tmp / "pc-b").mkdir()
    shutil.copy(tmp / "pc-a" / SERVER_PROFILE_FILE, tmp / "pc-b" / SERVER_PROFILE_FILE)
    b = open_vault(tmp / "pc-b", "admin", PASSWORD)
    case_id = cases.list_cases(a, limit=50).rows[0].id
    refreshed = threading.Event()
    seen_at: list[float] = []

    def heard(changes: Changes) -> None:
        if changes.concerns_case(case_id):
            cases.list_cases(b, limit=200)  # B's list, as the page reloads it
            seen_at.append(time.perf_counter())
            refreshed.set()

    follower = change_feed.FeedFollower(b, heard, lambda _up: None)
    follower.start()
    try:
        saves, ends = [], []
        for turn in range(runs + 1):
            refreshed.clear()
            record = cases.get_case(a, case_id)
            form = replace(record.form, narrative=f"Edited {turn}")
            start = time.perf_counter()
            cases.update_case(a, case_id, form, expected_version=record.version)
            committed = time.perf_counter()
            if not refreshed.wait(10):
                raise SystemExit("B never saw A's change")
            if turn:  # the first round warms both PCs
                saves.append(committed - start)
                ends.append(seen_at[-1] - committed)
            time.sleep(0.05)
        reload = median_seconds(lambda: cases.list_cases(b, limit=200), runs)
        follower.stop(wait=5)
        save, quiet = _saves_with_and_without_feed(a, case_id, runs)
    finally:
        follower.stop(wait=5)
        b.close()
        a.close()
    seen = statistics.median(ends)
    print(f"B's share of {seen * 1000:.1f} ms: list reload {reload / seen:.0%}")
    print(f"a save with the feed's triggers / without: {save / quiet:.2f}")
    return [
        ("A's save while B follows (to the commit)", statistics.median(saves)),
        ("A's save, feed triggers on", save),
        ("A's save, feed triggers off (baseline)", quiet),
        ("B's list reload alone (baseline)", reload),
        ("A's commit to B's list reloaded", seen),
        ("the feed's own share (minus the reload)", max(seen - reload, 0.0)),
    ]


def _saves_with_and_without_feed(vault: OpenVault, case_id: str, runs: int) -> tuple[float, float]:
    """The same save with the case table's feed triggers on and off (switched as the owner),
    interleaved run by run so that the machine's other load falls on both alike."""
    turn = [0]

    def save() -> float:
        record = cases.get_case(vault, case_id)
        turn[0] += 1
        form = replace(record.form, narrative=f"Quiet {turn[0]}")
        start = time.perf_counter()
        cases.update_case(vault, case_id, form, expected_version=record.version)
        return time.perf_counter() - start

    def switch(on: bool) -> None:
        with vault.engine.begin() as conn:
            conn.execute(
                text(f"ALTER TABLE case_file {'ENABLE' if on else 'DISABLE'} TRIGGER USER")
            )

    timed: dict[bool, list[float]] = {True: [], False: []}
    try:
        for _ in range(runs + 1):
            for on in (True, False):
                switch(on)
                timed[on].append(save())
    finally:
        switch(True)
    return statistics.median(timed[True][1:]), statistics.median(timed[False][1:])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--url", help="an empty database (owner password in PGPASSWORD)")
    args = parser.parse_args()
    cluster = None
    url = args.url
    if url is None:
        from tests.pg_cluster import start_cluster

        cluster = start_cluster()
        cluster.sql("CREATE DATABASE bench_feed OWNER ajo_owner")
        os.environ["PGPASSWORD"] = cluster.owner_password
        url = cluster.url("bench_feed")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            rows = measure(url, Path(tmp), args.cases, args.runs)
    finally:
        if cluster is not None:
            cluster.stop()
    report(f"feed_{args.cases}", rows)


if __name__ == "__main__":
    main()

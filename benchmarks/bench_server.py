"""The same services on the office server (PostgreSQL) and on the local vault, side by side.

    python benchmarks/bench_server.py [--cases 100000] [--runs 11] [--keep /tmp/ajo-bench-server]
                                      [--latency-ms 100] [--clients 10] [--seconds 20]

Both vaults are filled by the demo generator with the same seed, once, into --keep (outside the
repository; 100,000 cases take a few minutes) with a kept PostgreSQL cluster (Debian's
``postgresql``, fsync off: this measures the application's round trips, not the disk); later
runs reuse them (benchmarks/server_keep.py). Measured, median of --runs, with the ratio
server / local from the same process:

- name search per keystroke (the in-memory index, built once at the first search);
- open case (the case window's detail: rows, history);
- save a case edit (the encrypted narrative sealed, the row and an audit entry written);
- statistics for a year, facts gathered afresh each run (the last facts dropped before it);
- unlock to the first case-list page beyond the key derivation (the desktop's main window, a
  fresh process each run, bench_app_100k.py --unlock-only);
- --clients PCs (one process each) saving edits for --seconds, --think-ms apart and back to back
  (bench_server_clients.py): p50 / p95 save.

With --latency-ms the server figures are measured again through latency_proxy.py, which adds
that much to every round trip (``tc netem`` where the kernel has it; this relay otherwise).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics as stat
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import bench_server_clients
import server_keep
from _common import RESULTS, median_seconds
from tests.pg_cluster import free_port

from ajo_cases.domain.stats_model import StatsFilter
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.casework import case_detail, case_list, cases
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.people import search
from ajo_cases.services.statistics import statistics

PASSWORD = "benchmark passphrase long enough"
TODAY = date(2026, 6, 30)


def _measures(vault: OpenVault, runs: int) -> dict[str, float]:
    page = case_list.list_cases(vault, limit=50)
    case_id = page.rows[len(page.rows) // 2].id
    search.find(vault, "а")  # the name index is built once per unlock
    keystrokes = iter(["Ка", "Кар", "Кари", "Карим", "Sa", "Sai", "Said", "Ну", "Нур", "Нури"] * 9)
    turn = [0]

    def save() -> None:
        record = cases.get_case(vault, case_id)
        turn[0] += 1
        cases.update_case(
            vault, case_id, replace(record.form, narrative=f"Edited {turn[0]}"),
            expected_version=record.version,
        )  # fmt: skip

    def stats() -> None:
        statistics.compute(vault, StatsFilter(date(2025, 1, 1), date(2025, 12, 31)), today=TODAY)

    def drop_facts() -> None:  # outside the timing: freeing the last facts is not reading
        vault.caches.clear()
        gc.collect()

    actions: dict[str, Callable[[], object]] = {
        "name search per keystroke": lambda: search.find(vault, next(keystrokes)),
        "open case": lambda: case_detail.case_detail(vault, case_id, today=TODAY),
        "save a case edit": save,
        "statistics for a year": stats,
    }
    out = {}
    for label, action in actions.items():
        action()  # warm
        before = drop_facts if action is stats else None
        out[label] = median_seconds(action, runs, before)
    return out


def unlock_seconds(folder: Path, runs: int) -> float:
    """Median seconds from unlock (cheap KDF) to the first case-list page, fresh process each."""
    script = Path(__file__).with_name("bench_app_100k.py")
    found = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, str(script), "--vault", str(folder), "--user", "admin",
             "--password", PASSWORD, "--unlock-only"],
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, check=True,
            capture_output=True, text=True,
        ).stdout  # fmt: skip
        row = json.loads(out.strip().splitlines()[-1])
        found.append(row["open_s"] + row["first_page_s"])
    return stat.median(found)


def measure(folder: Path, runs: int) -> dict[str, float]:
    vault = open_vault(folder, "admin", PASSWORD)
    try:
        out = _measures(vault, runs)
    finally:
        vault.close()
    out["unlock to first list page"] = unlock_seconds(folder, max(3, runs // 2))
    return out


def clients(
    kept: server_keep.Kept, n: int, seconds: float, port: int | None, think: float
) -> dict[str, float]:
    folders = [kept.pc_copy(f"client{i}") for i in range(n)]
    for folder in folders:
        kept.point_profile(folder, port)
    took, refused = bench_server_clients.saves(folders, seconds, think)
    took.sort()
    how = f"{n} clients, {think:g} s between saves"
    return {
        f"{how}: p50": took[len(took) // 2],
        f"{how}: p95": took[int(len(took) * 0.95)],
        f"{how}: saves per second (number)": len(took) / seconds / 1000,  # printed x1000
        f"{how}: refused as conflicts (number)": refused / 1000,
    }


def all_clients(
    kept: server_keep.Kept, args: argparse.Namespace, port: int | None
) -> dict[str, float]:
    out = clients(kept, args.clients, args.seconds, port, args.think_ms / 1000)
    out.update(clients(kept, args.clients, args.seconds, port, 0.0))  # saturation
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--keep", type=Path, default=server_keep.DEFAULT_KEEP)
    parser.add_argument("--latency-ms", type=float, default=0)
    parser.add_argument("--clients", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--think-ms", type=float, default=1000, help="pause between saves")
    parser.add_argument(
        "--only-clients", action="store_true", help="only the concurrent saves (no latency)"
    )
    args = parser.parse_args()
    kept = server_keep.prepare(args.keep, args.cases)
    proxy = None
    results: dict[str, dict[str, float]] = {}
    try:
        if args.only_clients:
            results["server"] = all_clients(kept, args, None)
        else:
            results["local"] = measure(kept.local, args.runs)
            results["server"] = measure(kept.server, args.runs)
            results["server"].update(all_clients(kept, args, None))
        if args.latency_ms and not args.only_clients:
            port = free_port()
            proxy = subprocess.Popen(
                [sys.executable, str(Path(__file__).with_name("latency_proxy.py")), str(port),
                 str(kept.cluster.port), str(args.latency_ms)],
                stdout=subprocess.PIPE, text=True,
            )  # fmt: skip
            assert proxy.stdout is not None and proxy.stdout.readline().strip() == "ready"
            slow = kept.pc_copy("pc_latency")
            kept.point_profile(slow, port)
            results["latency"] = measure(slow, max(3, args.runs // 2))
            results["latency"].update(all_clients(kept, args, port))
    finally:
        if proxy is not None:
            proxy.terminate()
            proxy.wait(10)
        kept.cluster.pause()
    _print(results, args)


def _print(results: dict[str, dict[str, float]], args: argparse.Namespace) -> None:
    print(f"\n{args.cases:,} cases; median of {args.runs} runs; ms")
    columns = [c for c in ("local", "server", "latency") if c in results]
    header = "".join(f"{c:>12}" for c in columns)
    print(f"{'':<54}{header}   server/local")
    for label in results["server"]:
        cells = [results[c].get(label) for c in columns]
        text = "".join(f"{'-':>12}" if v is None else f"{v * 1000:12.1f}" for v in cells)
        local, server = results.get("local", {}).get(label), results["server"][label]
        ratio = f"{server / local:8.2f}" if local else ""
        print(f"{label:<54}{text}   {ratio}")
    RESULTS.mkdir(exist_ok=True)
    name = f"server_{args.cases}" + (f"_latency{args.latency_ms:.0f}" if args.latency_ms else "")
    (RESULTS / f"{name}.json").write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()

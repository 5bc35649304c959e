"""The last performance targets in one run, each figure against its target.

    python benchmarks/bench_targets.py [--runs 5] [--keep DIR] [--skip-build] [--cases 100000]
                                       [--against REV]

- cold start: process start to the unlock window painted, against a bare PySide6 window
  (bench_startup.py; runs alternate, ratio per pair, median); target <= 3 x;
- unlock: opening the vault (cheap KDF, so all of it is beyond the key derivation) + the main
  window to the first case-list page, each run in a fresh process on the same 100,000-case
  vault (bench_app_100k.py --unlock-only); target <= 0.5 s beyond the KDF;
- statistics for a year at 100,000 cases, the first computation of a session (each run opens
  the vault afresh; median and range) and again with the facts read afresh in one session
  (bench_stats.py); target <= 500 ms; with --against REV the sessions alternate with REV's
  gather and engine in this process, and the ratio per pair;
- build size: the one-folder build in dist/ajo-cases (scripts/build-app unless --skip-build);
  target <= 150 MB (disk use, as `du -sh` and the smoke test report it).

The demo vaults are made once into --keep (default benchmarks/results/vaults; 100,000 cases take
a few minutes) and reused. Writes benchmarks/results/targets.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import bench_startup
import bench_stats  # uses cheap KDF parameters: the figures are beyond the key derivation

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).with_name("results")
TODAY = date(2026, 11, 30)  # as bench_stats: every run fills the same data


def unlock_runs(vault: Path, runs: int) -> list[float]:
    """Seconds beyond the KDF, one fresh process per run."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    script = Path(__file__).with_name("bench_app_100k.py")
    found = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, str(script), "--vault", str(vault), "--user", "admin",
             "--password", bench_stats.PASSWORD, "--unlock-only"],
            env=env, check=True, capture_output=True, text=True,
        ).stdout  # fmt: skip
        row = json.loads(out.strip().splitlines()[-1])
        found.append(row["open_s"] + row["first_page_s"])
    return found


def build_size(skip_build: bool) -> float | None:
    folder = ROOT / "dist" / "ajo-cases"
    if not skip_build:
        subprocess.run([str(ROOT / "scripts" / "build-app")], check=True, cwd=ROOT,
                       stdout=subprocess.DEVNULL)  # fmt: skip
    if not folder.exists():
        return None
    # as the smoke test and `du -sh` say it: disk use in MiB
    files = [path.lstat() for path in folder.rglob("*")]
    return sum(info.st_blocks * 512 for info in files) / 2**20


def line(name: str, value: str, spread: str, target: str, ok: bool | None) -> None:
    verdict = "-" if ok is None else ("ok" if ok else "MISSED")
    print(f"  {name:<44} {value:>9}  {spread:<22} target {target:<10} {verdict}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, default=RESULTS / "vaults")
    parser.add_argument("--skip-build", action="store_true", help="measure dist/ajo-cases as is")
    parser.add_argument("--against", metavar="REV", help="statistics: also time REV's")
    args = parser.parse_args(argv)
    args.keep.mkdir(parents=True, exist_ok=True)
    results: dict[str, object] = {"runs": args.runs, "cases": args.cases}

    print(f"Targets at {args.cases:,} cases, median of {args.runs} runs (ranges in brackets)\n")
    start = bench_startup.measure(args.runs)
    results["startup"] = start
    line("cold start / bare PySide6 window", f"{start['ratio']:.2f} x",
         f"[{start['ratio_min']:.2f}-{start['ratio_max']:.2f} x]", "<= 3 x",
         start["ratio"] <= 3.0)  # fmt: skip
    sys.stdout.flush()

    stats = bench_stats.measure(args.cases, args.runs, TODAY, args.keep, args.against)
    results["statistics"] = stats
    found: dict[str, Any] = stats["sessions"]  # type: ignore[assignment]
    new, cold = found["first_ms"], float(stats["compute_ms"])  # type: ignore[arg-type]
    line("statistics for a year, first in session", f"{new['median']:.0f} ms",
         f"[{new['min']:.0f}-{new['max']:.0f} ms]", "<= 500 ms",
         new["median"] <= 500)  # fmt: skip
    if "ratio" in found:
        ratio = found["ratio"]
        line(f"  ratio to {found['against']} (per pair)", f"{ratio['median']:.2f}",
             f"[{ratio['min']:.2f}-{ratio['max']:.2f}]", "-", None)  # fmt: skip
    line("statistics, facts read again (median)", f"{cold:.0f} ms",
         f"[warm {stats['warm_compute_ms']} ms]", "<= 500 ms", cold <= 500)  # fmt: skip
    sys.stdout.flush()

    vault = args.keep / f"stats_{args.cases}"
    unlock = unlock_runs(vault, args.runs)
    results["unlock_beyond_kdf_s"] = unlock
    median = statistics.median(unlock)
    line("unlock to first case-list page, beyond KDF", f"{median * 1000:.0f} ms",
         f"[{min(unlock) * 1000:.0f}-{max(unlock) * 1000:.0f} ms]", "<= 500 ms",
         median <= 0.5)  # fmt: skip
    sys.stdout.flush()

    size = build_size(args.skip_build)
    results["build_mb"] = size
    if size is None:
        line("one-folder build", "no build", "", "<= 150 MB", None)
    else:
        line("one-folder build (dist/ajo-cases)", f"{size:.0f} MB", "", "<= 150 MB", size <= 150)

    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "targets.json").write_text(json.dumps(results, indent=2, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

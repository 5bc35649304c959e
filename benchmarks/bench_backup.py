"""Backup with verification, and restore, at 10k (and 100k with --full) demo cases.

    python benchmarks/bench_backup.py [--full] [--runs 3] [--scales 1000 10000]

Each scale gets a fresh vault (cheap KDF: the benchmark measures backup and restore, not
Argon2id) filled by services.demo.fill_demo (100k takes a few minutes). Timed per run: a full
backup (snapshot, cipher and page integrity check, counts, audit chain, archive written, read
back, fsynced, renamed) and a restore into an empty folder (checks again, then the swap).
Target: backup with verification <= 10 s at 100k.
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from ajo_cases.vault import kdf

kdf.use_weak_test_parameters()

from ajo_cases.services.access.opening import create_vault  # noqa: E402
from ajo_cases.services.backup import archive, backup, restore  # noqa: E402
from ajo_cases.services.demo.demo import fill_demo  # noqa: E402

RESULTS = Path(__file__).parent / "results"
PASSWORD = "benchmark passphrase long enough"
TARGET_S = 10.0


def measure(cases: int, runs: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        vault, _code = create_vault(root / "vault", "admin", PASSWORD)
        try:
            started = time.perf_counter()
            fill_demo(vault, cases=cases, seed=1)
            fill_s = time.perf_counter() - started
            backups, restores, size = [], [], 0
            for run in range(runs):
                started = time.perf_counter()
                info = backup.create_backup(vault, root / f"b{run}{archive.SUFFIX}")
                backups.append(time.perf_counter() - started)
                size = info.size
                target = root / f"restored{run}"
                started = time.perf_counter()
                restore.restore_backup(target, info.path, "admin", PASSWORD)
                restores.append(time.perf_counter() - started)
                shutil.rmtree(target)
                info.path.unlink()
        finally:
            vault.close()
    backup_s = statistics.median(backups)
    return {
        "cases": cases,
        "fill_s": round(fill_s, 1),
        "backup_s": round(backup_s, 2),
        "restore_s": round(statistics.median(restores), 2),
        "backup_mb": round(size / 1_048_576, 1),
        "backup_ok": backup_s <= TARGET_S if cases >= 100_000 else None,  # target is at 100k
    }


def _verdict(ok: object) -> str:
    return "-" if ok is None else "ok" if ok else "SLOW"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="also 100,000 cases")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--scales", type=int, nargs="*", default=[1000, 10000])
    args = parser.parse_args()
    scales = [*args.scales, *([100_000] if args.full else [])]
    rows = [measure(cases, args.runs) for cases in scales]
    print(f"{'cases':>8} {'fill s':>8} {'backup s':>9} {'restore s':>10} {'MB':>7}  target")
    for row in rows:
        print(
            f"{row['cases']:>8} {row['fill_s']:>8} {row['backup_s']:>9} {row['restore_s']:>10} "
            f"{row['backup_mb']:>7}  {_verdict(row['backup_ok'])}"
        )
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / "bench_backup.json"
    out.write_text(
        json.dumps(
            {"machine": platform.platform(), "target_s_at_100k": TARGET_S, "rows": rows}, indent=1
        )
    )
    print(f"written {out}")


if __name__ == "__main__":
    main()

"""Key rotation of a vault of 10,000 demo cases: new K_db and new K_pii.

    python benchmarks/bench_rotation.py [--cases 10000] [--runs 3] [--keep DIR]

A demo vault is filled (cheap KDF: the benchmark measures the rotation, not Argon2id; --keep
DIR reuses it). Each run rotates the keys as the administrator: the database exported under
a new K_db, the audit chain checked and re-linked, every personal field opened and sealed
again under a new K_pii, the copy verified in full and swapped in. Reported: the median and
slowest run, the part spent re-sealing personal fields (from the progress callback), and as
a baseline in the same process the median time of a verified backup of the same vault.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from ajo_cases.vault import kdf

kdf.use_weak_test_parameters()

from ajo_cases.services.access import rotation  # noqa: E402
from ajo_cases.services.access.opening import create_vault, open_vault  # noqa: E402
from ajo_cases.services.backup import backup  # noqa: E402
from ajo_cases.services.demo.demo import fill_demo  # noqa: E402

RESULTS = Path(__file__).parent / "results"
PASSWORD = "benchmark passphrase long enough"


class _Clock:
    """Times the re-sealing phase: from its first progress call to its last."""

    def __init__(self) -> None:
        self.first = self.last = 0.0

    def __call__(self, done: int, total: int) -> bool:
        now = time.perf_counter()
        if done == 0:
            self.first = now
        self.last = now
        return True


def _median(samples: list[float]) -> float:
    return round(statistics.median(samples), 2)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as name:
        data = args.keep / f"rotation_{args.cases}" if args.keep else Path(name) / "vault"
        if not (data / "cases.db").exists():
            vault, _ = create_vault(data, "admin", PASSWORD)
            fill_demo(vault, cases=args.cases, seed=1, today=date(2026, 6, 30))
            vault.close()
        vault = open_vault(data, "admin", PASSWORD)
        rotations, reseals, backups, fields = [], [], [], 0
        try:
            folder = Path(name) / "backups"
            folder.mkdir()
            for _ in range(args.runs):
                started = time.perf_counter()
                info = backup.create_backup(vault, folder)
                backups.append(time.perf_counter() - started)
                info.path.unlink()
                clock = _Clock()
                started = time.perf_counter()
                result = rotation.rotate_keys(vault, PASSWORD, progress=clock)
                rotations.append(time.perf_counter() - started)
                reseals.append(clock.last - clock.first)
                fields = result.fields_resealed
        finally:
            vault.close()
        size_mb = (data / "cases.db").stat().st_size / 2**20
    summary = {
        "cases": args.cases, "db_mb": round(size_mb), "runs": args.runs,
        "personal_fields": fields, "rotate_median_s": _median(rotations),
        "rotate_max_s": round(max(rotations), 2), "reseal_median_s": _median(reseals),
        "backup_median_s": _median(backups),
        "rotate_vs_backup": round(statistics.median(rotations) / statistics.median(backups), 1),
    }  # fmt: skip
    print(f"{'cases':>8} {'db MB':>6} {'fields':>8} {'rotate s':>9} {'slowest s':>10} "
          f"{'re-seal s':>10} {'backup s':>9} {'ratio':>6}")  # fmt: skip
    print(f"{summary['cases']:>8,} {summary['db_mb']:>6} {fields:>8,} "
          f"{summary['rotate_median_s']:>9} {summary['rotate_max_s']:>10} "
          f"{summary['reseal_median_s']:>10} {summary['backup_median_s']:>9} "
          f"{summary['rotate_vs_backup']:>6}")  # fmt: skip
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"rotation_{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(summary, indent=2), encoding="utf-8")
    print(f"written {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

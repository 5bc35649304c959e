"""Erasing one person in a vault of 100,000 demo cases (target: at most 2 s).

    python benchmarks/bench_erasure.py [--cases 100000] [--runs 5] [--keep DIR]

A demo vault is filled (cheap KDF: the benchmark measures the erasure, not Argon2id; 100k
takes a few minutes, --keep DIR reuses it). Each run erases a different person who has a
100 KB attachment added first, as an administrator: the erasure ledger written, every personal
field, free text and attachment destroyed in one transaction, the write-ahead log copied back
and emptied. Reported: the median and the slowest run, and as a baseline in the same process
the median time to save an edit of one person's record. Also the cost the ledger adds to
each unlock (checking it and looking for anyone to erase again).
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from ajo_cases.vault import kdf

kdf.use_weak_test_parameters()

from sqlalchemy import select  # noqa: E402

from ajo_cases.services.access.opening import create_vault, open_vault  # noqa: E402
from ajo_cases.services.casework import attachments  # noqa: E402
from ajo_cases.services.demo.demo import fill_demo  # noqa: E402
from ajo_cases.services.people import erasure, people  # noqa: E402
from ajo_cases.storage.models import Beneficiary, Case, ShelterStay  # noqa: E402

RESULTS = Path(__file__).parent / "results"
PASSWORD = "benchmark passphrase long enough"
TARGET_S = 2.0


def _candidates(vault: object, count: int) -> list[str]:
    """People not erased yet and not in the shelter now."""
    with vault.read_session() as session:  # type: ignore[attr-defined]
        staying = set(session.scalars(select(ShelterStay.beneficiary_id).where(
            ShelterStay.discharged_on.is_(None))))  # fmt: skip
        ids = session.scalars(
            select(Case.beneficiary_id)
            .join(Beneficiary, Beneficiary.id == Case.beneficiary_id)
            .where(Beneficiary.erased_at.is_(None))
            .order_by(Case.code)
            .limit(count * 4)
        ).all()
    return [pid for pid in dict.fromkeys(ids) if pid not in staying][:count]


def _median(samples: list[float]) -> float:
    return round(statistics.median(samples), 3)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as name:
        data = args.keep / f"erasure_{args.cases}" if args.keep else Path(name) / "vault"
        fill_s = 0.0
        if not (data / "cases.db").exists():
            vault, _ = create_vault(data, "admin", PASSWORD)
            started = time.perf_counter()
            fill_demo(vault, cases=args.cases, seed=1, today=date(2026, 6, 30))
            fill_s = time.perf_counter() - started
            vault.close()
        vault = open_vault(data, "admin", PASSWORD)
        try:
            chosen = _candidates(vault, args.runs * 2)
            edits, erasures = [], []
            for person_id in chosen[args.runs :]:  # the baseline: saving an edit of a person
                record = people.get(vault, person_id)
                form = replace(record.form, notes="checked")
                started = time.perf_counter()
                people.update(vault, person_id, form)
                edits.append(time.perf_counter() - started)
            for person_id in chosen[: args.runs]:
                with vault.read_session() as session:
                    case_id = session.scalar(
                        select(Case.id).where(Case.beneficiary_id == person_id)
                    )
                attachments.add_attachment(vault, case_id, "photo", "photo.jpg", "image/jpeg",
                                           b"\xff\xd8" + b"x" * 100_000)  # fmt: skip
                started = time.perf_counter()
                erasure.erase_person(vault, person_id, "benchmark")
                erasures.append(time.perf_counter() - started)
            started = time.perf_counter()
            erasure.apply_at_unlock(vault)
            unlock_ledger_s = time.perf_counter() - started
        finally:
            vault.close()
        size_mb = (data / "cases.db").stat().st_size / 2**20
    summary = {
        "cases": args.cases, "db_mb": round(size_mb), "runs": args.runs,
        "fill_s": round(fill_s, 1), "erase_median_s": _median(erasures),
        "erase_max_s": round(max(erasures), 3), "edit_median_s": _median(edits),
        "erase_vs_edit": round(statistics.median(erasures) / statistics.median(edits), 1),
        "unlock_ledger_check_s": round(unlock_ledger_s, 4), "target_s": TARGET_S,
    }  # fmt: skip
    print(f"{'cases':>8} {'db MB':>6} {'erase median s':>15} {'slowest s':>10} "
          f"{'edit median s':>14} {'ratio':>6} {'ledger at unlock s':>19}")  # fmt: skip
    print(f"{summary['cases']:>8,} {summary['db_mb']:>6} {summary['erase_median_s']:>15} "
          f"{summary['erase_max_s']:>10} {summary['edit_median_s']:>14} "
          f"{summary['erase_vs_edit']:>6} {summary['unlock_ledger_check_s']:>19}")  # fmt: skip
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"erasure_{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(summary, indent=2), encoding="utf-8")
    print(f"written {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

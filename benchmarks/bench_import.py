"""Import of a 10,000-row XLSX file (validated, then written), as the office would do it.

    python benchmarks/bench_import.py [--rows 10000] [--runs 3]

The file is made by exporting a demo vault to XLSX (import layout); it is then imported into
a fresh vault that has the same projects. Reports validation-only (dry run) and full import.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from ajo_cases.vault import kdf

kdf.use_weak_test_parameters()

from ajo_cases.domain.names import fold  # noqa: E402
from ajo_cases.services.access.opening import create_vault  # noqa: E402
from ajo_cases.services.demo import demo_names  # noqa: E402
from ajo_cases.services.demo.demo import fill_demo  # noqa: E402
from ajo_cases.services.exchange.exporter import export_records  # noqa: E402
from ajo_cases.services.exchange.importer import import_file  # noqa: E402
from ajo_cases.storage.models import Project  # noqa: E402

RESULTS = Path(__file__).parent / "results"
PASSWORD = "benchmark passphrase long enough"


def _kept(records: list[tuple[object, ...]], rows: int) -> list[tuple[object, ...]]:
    """The first `rows` rows, without the demo's namesakes born in the same year and without
    exact repeats (the importer rightly refuses both)."""
    header = [str(name) for name in records[0]]
    col = {name: header.index(name) for name in header}
    seen_people: set[str] = set()
    seen_rows: set[tuple[object, ...]] = set()
    skipped: set[object] = set()
    kept = [records[0]]
    for record in records[1:]:
        ref = record[col["ref"]]
        if record[col["sex"]]:  # the first row of a case
            name = " ".join(str(record[col[n]] or "") for n in
                            ("family_name", "given_name", "patronymic", "latin_name"))  # fmt: skip
            key = f"{fold(name)}|{str(record[col['birth_date']] or '')[:4]}"
            if key in seen_people:
                skipped.add(ref)
            seen_people.add(key)
        if ref in skipped or record in seen_rows:
            continue
        seen_rows.add(record)
        kept.append(record)
        if len(kept) > rows:
            break
    return kept


def make_file(folder: Path, rows: int) -> Path:
    """A demo vault exported to XLSX, trimmed to `rows` rows."""
    vault, _ = create_vault(folder / "source", "admin", PASSWORD)
    try:
        fill_demo(vault, cases=max(1, int(rows / 1.5)), seed=1)
        path = folder / "records.xlsx"
        export_records(vault, "xlsx", path)
    finally:
        vault.close()
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    kept = _kept(list(book["records"].iter_rows(values_only=True)), rows)
    book.close()
    from openpyxl import Workbook

    out = Workbook(write_only=True)
    sheet = out.create_sheet("records")
    for row in kept:
        sheet.append(list(row))
    trimmed = folder / f"import-{rows}.xlsx"
    out.save(trimmed)
    return trimmed


def run_once(folder: Path, path: Path, run: int, dry_run: bool) -> tuple[float, object]:
    vault, _ = create_vault(folder / f"target-{run}-{int(dry_run)}", "admin", PASSWORD)
    try:
        with vault.unit_of_work() as session:
            for code, name, donor in demo_names.PROJECTS:
                session.add(Project(code=code, name=name, donor=donor))
        started = time.perf_counter()
        report = import_file(vault, path, dry_run=dry_run)
        return time.perf_counter() - started, report
    finally:
        vault.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = make_file(folder, args.rows)
        results: dict[str, list[float]] = {"validate_s": [], "import_s": []}
        for run in range(args.runs):
            for dry_run, key in ((True, "validate_s"), (False, "import_s")):
                seconds, report = run_once(folder, path, run, dry_run)
                assert report.ok, report.problems[:5]  # type: ignore[attr-defined]
                results[key].append(seconds)
        size = path.stat().st_size
    summary = {
        "rows": report.rows,  # type: ignore[attr-defined]
        "people": report.people,  # type: ignore[attr-defined]
        "assistance": report.assistance,  # type: ignore[attr-defined]
        "file_mb": round(size / 2**20, 2),
        **{f"{key}_median": round(statistics.median(v), 2) for key, v in results.items()},
        "runs": args.runs,
    }
    print(f"{'rows':>7} {'people':>7} {'file MB':>8} {'validate s':>11} {'import s':>9}")
    print(f"{summary['rows']:>7,} {summary['people']:>7,} {summary['file_mb']:>8} "
          f"{summary['validate_s_median']:>11} {summary['import_s_median']:>9}")  # fmt: skip
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"import_{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(summary, indent=2), encoding="utf-8")
    print(f"written {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""How fast a compact, integer-coded copy of the statistics facts reads, against today's reads.

    python benchmarks/bench_stats_compact.py --keep DIR [--runs 5]

An experiment for docs/statistics.md ("Measured and not kept"), not a feature: it copies the
kept 100,000-case vault of bench_stats.py (DIR/stats_100000) to a temporary folder, writes
into the copy a compact copy of the cases with their persons' attributes and of the services
(days as integers, codes as small integers, exploitation types as a bit mask, each in a
covering index), and times, median of --runs fresh sessions, today's selects for the year
2025 against the same rows read from the compact tables. Nothing is written to DIR.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from ajo_cases.vault import kdf

kdf.use_weak_test_parameters()

from ajo_cases.services.access.opening import open_vault  # noqa: E402

RESULTS = Path(__file__).parent / "results"
PASSWORD = "benchmark passphrase long enough"
_EPOCH = date(2000, 1, 1).toordinal()
_TODAY_CASES = """
SELECT c.id, c.code, c.beneficiary_id, b.sex, b.category, b.district, c.age_at_intake,
       c.opened_on, c.closed_on, c.project_id, c.exploitation_types, c.country_exploitation
FROM case_file AS c INDEXED BY ix_case_file_stats
JOIN beneficiary AS b INDEXED BY ix_beneficiary_stats ON b.id = c.beneficiary_id
WHERE c.opened_on <= :end AND (c.closed_on IS NULL OR c.closed_on >= :start)"""
_TODAY_SERVICES = """
SELECT case_id, type, given_on, project_id, cost_minor FROM assistance
WHERE given_on BETWEEN :start AND :end"""
_COMPACT_CASES = """
SELECT n, opened, closed, person, sex, category, district, age, project, kinds, country
FROM x_case INDEXED BY x_case_period
WHERE opened <= :end AND (closed IS NULL OR closed >= :start)"""
_COMPACT_SERVICES = """
SELECT given, n, type, project, cost FROM x_service INDEXED BY x_service_period
WHERE given BETWEEN :start AND :end"""


def _day(text: str | None) -> int | None:
    return None if text is None else date.fromisoformat(text).toordinal() - _EPOCH


def build(cursor: Any) -> None:
    """The compact copy, in the vault's own (encrypted) pages."""
    codes: dict[str, int] = {}

    def code(value: str | None) -> int | None:
        return None if value is None else codes.setdefault(value, len(codes))

    def mask(kinds: str | None) -> int:
        return sum(1 << (code(kind) or 0) for kind in (kinds or "").split(",") if kind)

    cases = cursor.execute(
        "SELECT c.rowid, c.opened_on, c.closed_on, b.rowid, b.sex, b.category, b.district,"
        " c.age_at_intake, c.project_id, c.exploitation_types, c.country_exploitation"
        " FROM case_file AS c JOIN beneficiary AS b ON b.id = c.beneficiary_id"
    ).fetchall()
    cursor.execute(
        "CREATE TABLE x_case (n INTEGER PRIMARY KEY, opened INT, closed INT, person INT,"
        " sex INT, category INT, district INT, age INT, project INT, kinds INT, country INT)"
    )
    cursor.executemany(
        "INSERT INTO x_case VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(n, _day(opened), _day(closed), person, code(sex), code(category), code(district),
          age, code(project), mask(kinds), code(country))
         for (n, opened, closed, person, sex, category, district, age, project, kinds,
              country) in cases],
    )  # fmt: skip
    cursor.execute(
        "CREATE INDEX x_case_period ON x_case (opened, closed, person, sex, category,"
        " district, age, project, kinds, country)"
    )
    services = cursor.execute(
        "SELECT a.given_on, c.rowid, a.type, a.project_id, a.cost_minor"
        " FROM assistance AS a JOIN case_file AS c ON c.id = a.case_id"
    ).fetchall()
    cursor.execute("CREATE TABLE x_service (given INT, n INT, type INT, project INT, cost INT)")
    cursor.executemany(
        "INSERT INTO x_service VALUES (?, ?, ?, ?, ?)",
        [(_day(on), n, code(kind), code(project), cost) for on, n, kind, project, cost in services],
    )
    cursor.execute("CREATE INDEX x_service_period ON x_service (given, n, type, project, cost)")


def _timed(folder: Path, sql: str, params: Mapping[str, object], runs: int) -> tuple[float, int]:
    """Median seconds of one select in a fresh session, and its rows."""
    samples, found = [], 0
    for _ in range(runs):
        vault = open_vault(folder, "admin", PASSWORD)
        try:
            with vault.read_session() as session:
                cursor = session.connection().connection.cursor()
                started = time.perf_counter()
                found = len(cursor.execute(sql, params).fetchall())
                samples.append(time.perf_counter() - started)
        finally:
            vault.close()
    return statistics.median(samples), found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keep", type=Path, required=True, help="bench_stats.py's --keep")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    kept = args.keep / "stats_100000"
    if not (kept / "cases.db").exists():
        print(f"no kept vault in {kept}: run bench_stats.py --full --keep first", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "vault"
        folder.mkdir()
        for name in ("cases.db", "keyslots.json"):
            shutil.copy2(kept / name, folder / name)
        vault = open_vault(folder, "admin", PASSWORD)
        try:
            with vault.read_session() as session:
                connection = session.connection().connection
                build(connection.cursor())
                connection.commit()
        finally:
            vault.close()
        today = {"start": "2025-01-01", "end": "2025-12-31"}
        compact = {"start": _day("2025-01-01"), "end": _day("2025-12-31")}
        pairs = [
            ("cases of the year with their persons", _TODAY_CASES, _COMPACT_CASES),
            ("services of the year", _TODAY_SERVICES, _COMPACT_SERVICES),
        ]
        print(f"{'select':<40} {'today ms':>9} {'compact ms':>11} {'ratio':>6} {'rows':>7}")
        found = {}
        for label, now_sql, compact_sql in pairs:
            now_s, rows = _timed(folder, now_sql, today, args.runs)
            compact_s, _rows = _timed(folder, compact_sql, compact, args.runs)
            print(f"{label:<40} {now_s * 1000:9.1f} {compact_s * 1000:11.1f} "
                  f"{compact_s / now_s:6.2f} {rows:7,}")  # fmt: skip
            found[label] = {"today_ms": round(now_s * 1000, 1), "rows": rows,
                            "compact_ms": round(compact_s * 1000, 1)}  # fmt: skip
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"stats_compact_{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps({"runs": args.runs, "results": found}, indent=2), encoding="utf-8")
    print(f"written {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

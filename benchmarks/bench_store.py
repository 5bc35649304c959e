"""Saving a case edit, and the encrypted store against the same schema on plain SQLite.

    python benchmarks/bench_store.py [--cases 10000] [--runs 31]

1. A case edit saved through the service (one transaction: the encrypted narrative sealed,
   the row updated, an audit row chained, commit with synchronous=FULL), median of --runs,
   on a demo vault of --cases cases. Target: <= 50 ms.
2. The same insert + query workload on the vault's schema, once in an SQLCipher file keyed
   and set up as the app does it (vault/sqlcipher.py) and once in a plain
   SQLite file with the same pragmas, through SQLAlchemy Core in this process: 2,000 case
   rows inserted in one transaction, then 200 indexed look-ups by code and a range count by
   opening date, repeated. Ratio encrypted / plain. Target: <= 1.3.
"""

from __future__ import annotations

import argparse
import secrets
import sqlite3
import statistics
import tempfile
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from _common import median_seconds, report

from ajo_cases.vault import kdf

kdf.use_weak_test_parameters()

from sqlalchemy import Connection, Engine, create_engine, event, func, insert, select  # noqa: E402

from ajo_cases.services.access.opening import create_vault  # noqa: E402
from ajo_cases.services.casework import case_list, cases  # noqa: E402
from ajo_cases.services.demo import demo  # noqa: E402
from ajo_cases.storage.base import Base  # noqa: E402
from ajo_cases.storage.engine import make_engine  # noqa: E402
from ajo_cases.storage.models import Beneficiary, Case  # noqa: E402

PASSWORD = "benchmark passphrase long enough"
PLAIN_PRAGMAS = ("PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL",
                 "PRAGMA temp_store = MEMORY", "PRAGMA journal_mode = WAL")  # fmt: skip


def _median_ms(action: Callable[[], object], runs: int) -> float:
    return median_seconds(action, runs) * 1000


def save_edit_ms(folder: Path, n_cases: int, runs: int) -> float:
    vault, _code = create_vault(folder / "vault", "admin", PASSWORD)
    try:
        demo.fill_demo(vault, cases=n_cases, seed=1)
        page = case_list.list_cases(vault, limit=50)
        case_id = page.rows[len(page.rows) // 2].id
        turn = [0]

        def save() -> None:
            record = cases.get_case(vault, case_id)
            turn[0] += 1
            form = replace(record.form, narrative=f"Edited account, version {turn[0]}")
            cases.update_case(vault, case_id, form)

        save()  # first save: statements prepared, caches warm
        return _median_ms(save, runs)
    finally:
        vault.close()


def _plain_engine(path: Path) -> Engine:
    def creator() -> sqlite3.Connection:
        conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        for pragma in PLAIN_PRAGMAS:
            conn.execute(pragma)
        return conn

    engine = create_engine("sqlite+pysqlite://", creator=creator)

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:  # one real transaction, as the app's engine does
        conn.exec_driver_sql("BEGIN")

    return engine


def _workload(engine: Engine, rounds: int) -> Callable[[], None]:
    Base.metadata.create_all(engine)
    person_id = secrets.token_hex(16)
    with engine.begin() as conn:
        conn.execute(insert(Beneficiary.__table__).values(
            id=person_id, sex="female", category="returnee_migrant",
            given_name_enc=b"x" * 60, family_name_enc=b"y" * 60))  # fmt: skip
    batch = [0]

    def run() -> None:
        batch[0] += 1
        start = date(2020, 1, 1)
        rows: list[dict[str, Any]] = [
            {"id": secrets.token_hex(16), "code": f"B{batch[0]}-{n:05d}",
             "beneficiary_id": person_id, "opened_on": start + timedelta(days=n % 2000),
             "status": "open", "worker": "admin", "narrative_enc": secrets.token_bytes(400)}
            for n in range(2000)
        ]  # fmt: skip
        with engine.begin() as conn:
            conn.execute(insert(Case.__table__), rows)
        with engine.connect() as conn:
            for _ in range(rounds):
                for row in rows[::10]:
                    conn.execute(select(Case.id).where(Case.code == row["code"])).first()
                year = Case.opened_on.between(date(2021, 1, 1), date(2022, 1, 1))
                conn.execute(select(func.count()).select_from(Case).where(year)).scalar()

    return run


def store_ratio(folder: Path, runs: int) -> tuple[float, float]:
    encrypted = make_engine(folder / "enc.db", secrets.token_bytes(32), create=True)
    plain = _plain_engine(folder / "plain.db")
    enc_run, plain_run = _workload(encrypted, 3), _workload(plain, 3)
    enc_run(), plain_run()  # warm
    enc_ms, plain_ms = [], []
    for _ in range(runs):  # interleaved, so drift hits both alike
        enc_ms.append(_median_ms(enc_run, 1))
        plain_ms.append(_median_ms(plain_run, 1))
    encrypted.dispose()
    plain.dispose()
    return statistics.median(enc_ms), statistics.median(plain_ms)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=31)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        save_ms = save_edit_ms(folder, args.cases, args.runs)
        enc_ms, plain_ms = store_ratio(folder, max(5, args.runs // 4))
    report(f"store_{args.cases}", [
        ("save a case edit (service, median)", save_ms / 1000),
        ("workload on SQLCipher", enc_ms / 1000),
        ("same workload on plain SQLite", plain_ms / 1000),
    ])  # fmt: skip
    ratio = enc_ms / plain_ms
    print(f"  ratio encrypted / plain: {ratio:.2f} (target <= 1.3); save target <= 50 ms: "
          f"{'ok' if save_ms <= 50 else 'SLOW'}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

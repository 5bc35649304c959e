"""Integrity checks of the database itself, per backend (``verify`` reports them).

SQLite/SQLCipher has page-level checks of its own (``integrity_check``, HMACs per page,
``foreign_key_check``). PostgreSQL enforces references itself and has no cipher; its check here
reads every row of every table of the vault (``full``) or counts them, so that a page the
server cannot read surfaces as a failed check rather than later, in the middle of work.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Engine, Table, func, select, text
from sqlalchemy.exc import DBAPIError

from ajo_cases.errors import VaultDamaged
from ajo_cases.storage.models import Base
from ajo_cases.storage.sealed import sealed_column_names


@dataclass(frozen=True, slots=True)
class Finding:
    name: str
    ok: bool
    detail: str = ""


def _pragma_rows(engine: Engine, pragma: str) -> list[str]:
    try:
        with engine.connect() as conn:
            return [str(row[0]) for row in conn.execute(text(f"PRAGMA {pragma}"))]
    except VaultDamaged:  # a page that fails its HMAC: report "damaged", never crash
        return ["damaged"]
    except DBAPIError as exc:
        return [f"damaged: {type(exc.orig).__name__}"]


def _sqlite_checks(engine: Engine, full: bool) -> list[Finding]:
    integrity = _pragma_rows(engine, "integrity_check" if full else "quick_check")
    checks = [Finding("database", integrity == ["ok"], "; ".join(integrity[:5]))]
    # cipher_integrity_check returns one row per page whose HMAC fails; none means clean.
    cipher = _pragma_rows(engine, "cipher_integrity_check")
    checks.append(Finding("cipher", not cipher, "; ".join(cipher[:5])))
    foreign = _pragma_rows(engine, "foreign_key_check")
    detail = f"{len(foreign)} dangling references" if foreign else ""
    if foreign and foreign[0].startswith("damaged"):  # the check itself met a damaged page
        detail = foreign[0]
    checks.append(Finding("references", not foreign, detail))
    return checks


def _readable(table: Table, with_sealed: bool) -> list[Column[Any]]:
    """A manager's login may not select sealed columns (storage/server_grants.py)."""
    sealed = set() if with_sealed else set(sealed_column_names(table))
    return [c for c in table.columns if c.name not in sealed]


def _server_checks(engine: Engine, full: bool, with_sealed: bool) -> list[Finding]:
    try:
        with engine.connect() as conn:
            for table in Base.metadata.sorted_tables:
                if full:  # every row read: every heap page of the table visited
                    query = select(*_readable(table, with_sealed))
                    for _row in conn.execute(query).yield_per(2000):
                        pass
                else:
                    conn.execute(select(func.count()).select_from(table)).scalar()
    except DBAPIError as exc:
        return [Finding("database", False, f"damaged: {type(exc.orig).__name__}")]
    return [Finding("database", True, "")]


def database_checks(engine: Engine, *, full: bool, with_sealed: bool = True) -> list[Finding]:
    """``with_sealed``: False for a session that may not read the sealed columns (a manager)."""
    if engine.dialect.name == "sqlite":
        return _sqlite_checks(engine, full)
    return _server_checks(engine, full, with_sealed)

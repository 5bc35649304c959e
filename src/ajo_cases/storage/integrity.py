"""Integrity checks of the database itself, per backend (``verify`` reports them).

SQLite/SQLCipher has page-level checks of its own (``integrity_check``, HMACs per page,
``foreign_key_check``). PostgreSQL enforces references itself and has no cipher; its check here
reads every row of every table of the vault (``full``) or counts them, so that a page the
server cannot read surfaces as a failed check rather than later, in the middle of work.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import DBAPIError

from ajo_cases.errors import VaultDamaged
from ajo_cases.storage.models import Base


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


def _server_checks(engine: Engine, full: bool) -> list[Finding]:
    try:
        with engine.connect() as conn:
            for table in Base.metadata.sorted_tables:
                if full:  # every row read: every heap page of the table visited
                    for _row in conn.execute(select(table)).yield_per(2000):
                        pass
                else:
                    conn.execute(select(func.count()).select_from(table)).scalar()
    except DBAPIError as exc:
        return [Finding("database", False, f"damaged: {type(exc.orig).__name__}")]
    return [Finding("database", True, "")]


def database_checks(engine: Engine, *, full: bool) -> list[Finding]:
    if engine.dialect.name == "sqlite":
        return _sqlite_checks(engine, full)
    return _server_checks(engine, full)

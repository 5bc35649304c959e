"""Opening the SQLCipher database with a raw 256-bit key and the pragmas the design fixes."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlcipher3

from ajo_cases.errors import DataDirUnusable, VaultDamaged, VaultMissingDatabase

_HEX_KEY = re.compile("[0-9a-f]{64}")

# Set on every connection. cipher_memory_security wipes freed memory that held page data.
_PRAGMAS = (
    "PRAGMA cipher_memory_security = ON",
    "PRAGMA foreign_keys = ON",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA busy_timeout = 5000",
)


# Prepared statements the driver keeps per connection. Each holds some of SQLite's small
# per-connection "lookaside" memory; once that is used up, every small allocation goes to the
# allocator, which cipher_memory_security turns into mlock/munlock system calls. With the
# driver's default of 128, a query comparing a date column with a bound value over 50,000 rows
# ran 7-10x slower once the app had run a few dozen different statements. Re-preparing a
# statement costs tens of microseconds.
_CACHED_STATEMENTS = 8


def key_pragma(key: bytes) -> str:
    hex_key = key.hex()
    # The key is interpolated into SQL, so it must be exactly 64 lowercase hex digits.
    if not _HEX_KEY.fullmatch(hex_key):
        raise ValueError("database key must be 32 bytes")
    return f"PRAGMA key = \"x'{hex_key}'\""


def connect(path: Path, key: bytes, *, create: bool = False) -> Any:
    """A keyed sqlcipher3 connection; refuses to create a database unless ``create``."""
    if not create:
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            raise VaultMissingDatabase(
                "the database file cases.db is missing; restore it from a backup", path=str(path)
            ) from None
        if size == 0:
            raise VaultMissingDatabase(
                "the database file cases.db is empty; restore it from a backup"
            )
    mode = "rwc" if create else "rw"
    uri = f"file:{quote(str(path))}?mode={mode}"
    try:
        conn = sqlcipher3.connect(
            uri, uri=True, check_same_thread=False, cached_statements=_CACHED_STATEMENTS
        )
    except sqlcipher3.OperationalError as exc:
        raise DataDirUnusable(f"cannot open the database file ({exc})", path=str(path)) from None
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_pragma(key))
        # The first read decrypts page 1: a wrong key or damaged header fails here.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in _PRAGMAS:
            conn.execute(pragma)
        mode_row = conn.execute("PRAGMA journal_mode = WAL").fetchone()
        if mode_row is None or str(mode_row[0]).lower() != "wal":
            raise sqlcipher3.DatabaseError("journal mode could not be set")
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        if "readonly" in str(exc).lower() or "unable to open" in str(exc).lower():
            raise DataDirUnusable(
                f"the database cannot be written ({exc})", path=str(path)
            ) from None
        raise damaged() from None
    return conn


# What SQLite says when a page fails SQLCipher's authentication or its own structure checks.
_DAMAGE_SIGNS = ("database disk image is malformed", "file is not a database")


def is_damage(exc: BaseException) -> bool:
    """A driver error that means the file is damaged (not a busy lock or a full disk)."""
    return isinstance(exc, sqlcipher3.DatabaseError) and any(
        sign in str(exc).lower() for sign in _DAMAGE_SIGNS
    )


def damaged() -> VaultDamaged:
    return VaultDamaged(
        "the database cannot be read: it is damaged or was replaced; restore it from a backup"
    )

"""Opening the SQLCipher database with a raw 256-bit key and the pragmas the design fixes."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlcipher3

from ajo_cases.errors import DataDirUnusable, VaultDamaged, VaultMissingDatabase

_HEX_KEY = re.compile("[0-9a-f]{64}")

# Set on every connection.
# cipher_memory_security stays OFF (SQLCipher's own default since 4.5), against the first
# design. It is process-wide and, once on, cannot be turned off again: nothing here may turn
# it on. ON makes every SQLite allocation that misses the connection's small lookaside buffer
# an mlock/munlock pair of system calls; measured here: the encrypted store 1.86x plain
# SQLite instead of 1.09x (target 1.3x), the Home summary at 100,000 cases 0.7-1.1 s instead
# of 0.1 s once the lookaside was used up, sorts and statistics 1.5-10x slower. What it
# protects is narrow: SQLite's own buffers, which mostly hold ciphertext for personal fields
# (they are encrypted field by field, and SQLCipher wipes its key and codec buffers anyway),
# while decrypted names live on in Python strings, the name index and the widgets, which no
# pragma reaches; and an unprivileged process may lock only a little memory (8 MiB on Linux
# here, less on Windows). Page and hibernation files need full-disk encryption
# (docs/architecture.md).
_PRAGMAS = (
    "PRAGMA cipher_memory_security = OFF",
    "PRAGMA foreign_keys = ON",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA busy_timeout = 5000",
)


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
        conn = sqlcipher3.connect(uri, uri=True, check_same_thread=False)
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

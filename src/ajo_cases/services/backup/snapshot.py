"""Checking a database file that is not the live vault: a backup's snapshot or a staged copy.

Cipher integrity (every page's HMAC), page integrity, row counts, vault id, schema revision and
the audit chain, read through a read-only keyed connection that never changes the file.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from ajo_cases.errors import AjoError
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.storage.audit_repo import AuditRepository
from ajo_cases.storage.models import Base
from ajo_cases.vault.keys import VaultKeys
from ajo_cases.vault.keyslots import AuditHead
from ajo_cases.vault.sqlcipher import key_pragma


class BackupFailed(AjoError):
    code = "backup.failed"


class BackupDiskFull(BackupFailed):
    code = "backup.disk_full"


class BackupInvalid(AjoError):
    """A backup file that is not one, is damaged, truncated, edited or from another vault."""

    code = "backup.invalid"


@dataclass(frozen=True, slots=True)
class SnapshotFacts:
    vault_id: str | None
    counts: dict[str, int]
    head_seq: int | None
    head_mac: bytes | None
    schema_revision: str | None


def table_names() -> list[str]:
    return [table.name for table in Base.metadata.sorted_tables]


@contextlib.contextmanager
def open_snapshot(path: Path, k_db: bytes) -> Iterator[Any]:
    """A read-only keyed connection to a database file that is not the live vault."""
    uri = f"file:{path.as_posix()}?mode=ro"
    conn = sqlcipher3.connect(uri, uri=True, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_pragma(k_db))
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        yield conn
    except sqlcipher3.DatabaseError as exc:
        raise BackupInvalid(f"the database in the backup cannot be read ({exc})") from None
    finally:
        conn.close()


def check_database_file(
    path: Path,
    k_db: bytes,
    *,
    expect_vault_id: str | None = None,
    expect_counts: dict[str, int] | None = None,
    expect_head: AuditHead | None = None,
    full: bool = True,
) -> SnapshotFacts:
    """Cipher and page integrity, row counts, audit chain and head of a snapshot; raises
    BackupInvalid on the first problem."""
    audit_key = _audit_key(k_db)
    # Every page's HMAC is checked on a second connection while the page check runs here.
    cipher: list[Any] = []
    helper = threading.Thread(target=_cipher_check, args=(path, k_db, cipher), daemon=True)
    helper.start()
    try:
        facts = _read_facts(path, k_db, audit_key, expect_head, full)
    finally:
        helper.join()
    if cipher != [[]]:
        raise BackupInvalid("the database in the backup failed its encryption check")
    vault_id, counts, chain, head_seq, head_mac, head_at, revision = facts
    if expect_vault_id is not None and vault_id != expect_vault_id:
        raise BackupInvalid("the database in the backup belongs to another vault")
    if not chain.ok:
        raise BackupInvalid(
            f"the audit log in the backup is broken at entry {chain.first_broken_seq}"
        )
    if expect_counts is not None and counts != expect_counts:
        raise BackupInvalid("the backup's row counts do not match its manifest")
    if expect_head is not None and (
        head_at is None or head_at.hex() != expect_head.mac or head_seq != expect_head.seq
    ):
        raise BackupInvalid("the backup's audit log does not match its manifest")
    return SnapshotFacts(vault_id, counts, head_seq, head_mac, revision)


def _cipher_check(path: Path, k_db: bytes, out: list[Any]) -> None:
    try:
        with open_snapshot(path, k_db) as conn:
            out.append(conn.execute("PRAGMA cipher_integrity_check").fetchall())
    except BackupInvalid:
        out.append(["unreadable"])


def _read_facts(
    path: Path, k_db: bytes, audit_key: bytes, expect_head: AuditHead | None, full: bool
) -> tuple[Any, ...]:
    with open_snapshot(path, k_db) as conn:
        conn.execute("PRAGMA cache_size = -65536")  # 64 MiB: the index checks revisit pages
        pages = [r[0] for r in conn.execute(f"PRAGMA {'integrity' if full else 'quick'}_check")]
        if pages != ["ok"]:
            raise BackupInvalid("the database in the backup failed its integrity check")
        existing = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        counts = {
            name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])  # noqa: S608
            for name in table_names()
            if name in existing
        }
        row = conn.execute("SELECT value FROM vault_meta WHERE key = 'vault_id'").fetchone()
        vault_id = str(row[0]) if row else None
        revision = None
        if "alembic_version" in existing:
            found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = str(found[0]) if found else None
        engine = create_engine(
            "sqlite+pysqlite://", module=sqlcipher3.dbapi2, creator=lambda: conn,
            poolclass=StaticPool,
        )  # fmt: skip
        with Session(engine) as session:
            repo = AuditRepository(audit_key)
            chain = repo.verify(session)
            last = repo.last(session)
            head_seq, head_mac = (last.seq, last.mac) if last else (None, None)
            head_at = repo.mac_at(session, expect_head.seq) if expect_head else None
    return vault_id, counts, chain, head_seq, head_mac, head_at, revision


def _audit_key(k_db: bytes) -> bytes:
    return VaultKeys(k_db, None).audit_key()


def text_counts_names(raw: Any) -> list[str]:
    """Names of the model tables present in a raw connection's main database."""
    existing = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return [name for name in table_names() if name in existing]


def text_counts(vault: OpenVault) -> dict[str, int]:
    """Row counts of the live database (for comparisons in tests and the UI)."""
    with vault.engine.connect() as conn:
        existing = set(conn.dialect.get_table_names(conn))
        return {
            name: int(conn.execute(text(f'SELECT count(*) FROM "{name}"')).scalar_one())  # noqa: S608
            for name in table_names()
            if name in existing
        }

"""Writing a backup of the live vault: a consistent snapshot, checked, then the archive.

A backup is written under a temporary name in the target folder, re-opened and checked, fsynced
and only then renamed: a crash or a full disk never leaves a partial file at the final path.
The file format is in ``archive.py``.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import os
import secrets
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from ajo_cases.errors import AjoError
from ajo_cases.services.backup import server_snapshot
from ajo_cases.services.backup.archive import (
    SUFFIX,
    Manifest,
    copy_into,
    verify_written,
    write_archive,
)
from ajo_cases.services.backup.snapshot import (
    BackupDiskFull,
    BackupFailed,
    SnapshotFacts,
    check_database_file,
)
from ajo_cases.services.changes import Changes
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.storage.base import utc_now
from ajo_cases.storage.engine import DB_NAME
from ajo_cases.vault.atomic import fsync_dir as fsync_dir  # one implementation, kept here too
from ajo_cases.vault.auditchain import make_head
from ajo_cases.vault.keyslots import AuditHead, SlotFile
from ajo_cases.vault.output import is_special, write_output
from ajo_cases.vault.sqlcipher import key_pragma

_LOG = logging.getLogger(__name__)

BACKUP_FOLDER = "backups"
TEMP_PREFIX = ".ajo-backup-"

Progress = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    manifest: Manifest
    size: int
    seconds: float = 0.0

    @property
    def changes(self) -> Changes:
        return Changes.of("backups")


def default_folder(data_dir: Path) -> Path:
    return data_dir / BACKUP_FOLDER


def backup_file_name(created: datetime, kind: str) -> str:
    stamp = created.strftime("%Y%m%d-%H%M%S")
    return f"ajo-cases-{stamp}{'-auto' if kind == 'auto' else ''}{SUFFIX}"


def _disk_error(exc: OSError, folder: Path) -> AjoError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT) or "full" in str(exc).lower():
        return BackupDiskFull(
            f"not enough free space in {folder} for the backup; free some space or choose "
            "another folder (nothing was changed)",
            path=str(folder),
        )
    return BackupFailed(
        f"the backup could not be written in {folder} ({exc.strerror or exc}); nothing was changed",
        path=str(folder),
    )


def _snapshot(vault: OpenVault, target: Path) -> None:
    """A consistent copy of the live database, still encrypted under the same key.

    Fast path: empty the WAL into the file, take the write lock so nothing changes, check the
    WAL is still empty and copy the encrypted file as it is (disk speed). If another writer
    got in between, fall back to SQLite's online backup (decrypts and re-encrypts each page).
    """
    with vault.engine.connect() as conn:
        raw: Any = conn.connection.dbapi_connection
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        raw.execute("BEGIN IMMEDIATE")
        try:
            wal = Path(f"{vault.data_dir / DB_NAME}-wal")
            copied = not wal.exists() or wal.stat().st_size == 0
            if copied:
                shutil.copyfile(vault.data_dir / DB_NAME, target)
        finally:
            raw.execute("ROLLBACK")
        dest = sqlcipher3.connect(str(target))
        try:
            dest.execute("PRAGMA cipher_log_level = NONE")
            dest.execute(key_pragma(vault.keys.k_db))
            if not copied:
                raw.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no WAL
        finally:
            dest.close()


def clean_leftovers(folder: Path) -> None:
    """Temporary files of an interrupted backup (encrypted, but useless)."""
    with contextlib.suppress(OSError):
        for leftover in folder.glob(f"{TEMP_PREFIX}*"):
            with contextlib.suppress(OSError):
                leftover.unlink()


def create_backup(
    vault: OpenVault,
    target: Path | None = None,
    *,
    kind: str = "manual",
    progress: Progress | None = None,
) -> BackupInfo:
    """Write a verified backup to ``target`` (a file, or a folder for a dated name)."""
    if kind == "manual":
        vault.require_role("admin")
    started = time.perf_counter()
    note = progress or (lambda _step: None)
    created = utc_now()
    if target is None:
        target = default_folder(vault.data_dir)
        target.mkdir(parents=True, exist_ok=True, mode=0o700)
    if target.is_dir():
        folder, final = target, target / backup_file_name(created, kind)
        if final.exists():
            final = folder / f"{final.stem}-{secrets.token_hex(2)}{SUFFIX}"
    elif is_special(target):
        # a device or pipe: built and checked beside the vault, then streamed into it
        folder, final = vault.data_dir, target
    else:
        folder, final = target.parent, target
        if not folder.is_dir():
            raise BackupFailed(f"the folder {folder} does not exist", path=str(folder))
    clean_leftovers(vault.data_dir)
    if folder == default_folder(vault.data_dir):
        clean_leftovers(folder)
    token = secrets.token_hex(6)
    snapshot = vault.data_dir / f"{TEMP_PREFIX}{token}.db"
    tmp = folder / f"{TEMP_PREFIX}{token}.tmp"
    try:
        note("snapshot")
        if vault.on_server:  # one consistent read of the server, written as a local file
            server_snapshot.snapshot_server(vault, snapshot)
        else:
            _snapshot(vault, snapshot)
        note("verify")
        facts = check_database_file(
            snapshot, vault.keys.k_db, expect_vault_id=vault.slot_file.vault_id
        )
        head = _head(vault, facts)
        slots = SlotFile(vault.slot_file.vault_id, list(vault.slot_file.slots), head).to_bytes()
        note("write")
        manifest = write_archive(
            tmp,
            slots,
            snapshot,
            lambda sha, size: _manifest(vault, sha, size, facts, created, kind, slots),
        )
        note("check")
        verify_written(tmp, manifest)
        size = tmp.stat().st_size
        if is_special(final):
            write_output(final, lambda out: copy_into(tmp, out))
        else:
            os.replace(tmp, final)
            fsync_dir(folder)
    except sqlcipher3.Error as exc:
        raise _disk_error(
            OSError(errno.ENOSPC if "full" in str(exc) else errno.EIO, str(exc)), folder
        ) from None
    except OSError as exc:
        raise _disk_error(exc, folder) from None
    finally:
        for leftover in (snapshot, tmp, Path(f"{snapshot}-wal"), Path(f"{snapshot}-shm")):
            with contextlib.suppress(OSError):
                leftover.unlink()
    info = BackupInfo(final, manifest, size, round(time.perf_counter() - started, 3))
    _record_success(vault, info)
    return info


def _head(vault: OpenVault, facts: SnapshotFacts) -> AuditHead | None:
    if facts.head_seq is None or facts.head_mac is None:
        return None
    return make_head(vault.audit_key, facts.head_seq, facts.head_mac)


def _manifest(
    vault: OpenVault,
    sha: str,
    size: int,
    facts: SnapshotFacts,
    created: datetime,
    kind: str,
    slots: bytes,
) -> Manifest:
    draft = Manifest(
        vault_id=vault.slot_file.vault_id,
        created_at=created.isoformat(timespec="seconds"),
        kind=kind,
        counts=facts.counts,
        snapshot_sha256=sha,
        snapshot_bytes=size,
        audit_head=_head(vault, facts),
        schema_revision=facts.schema_revision,
        slots_sha256=hashlib.sha256(slots).hexdigest(),
    )
    return replace(draft, mac=draft.signature(vault.audit_key))


def _record_success(vault: OpenVault, info: BackupInfo) -> None:
    from ajo_cases.storage import meta_repo

    head = info.manifest.audit_head
    with vault.unit_of_work() as session:
        if not vault.moved_to:  # a vault moved onto the server keeps its data as it was
            meta_repo.put(session, "backup.last_good_at", info.manifest.created_at)
            meta_repo.put(session, "backup.last_head_seq", str(head.seq if head else 0))
        vault.record(
            session, "backup", target_table="vault", detail=f"kind={info.manifest.kind} "
            f"file={info.path.name} bytes={info.size}",
        )  # fmt: skip

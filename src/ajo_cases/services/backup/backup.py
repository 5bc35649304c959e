"""Encrypted backups: one file holding the SQLCipher snapshot, the key slots and a manifest.

The file is a zip archive (stored, not compressed: the snapshot is encrypted noise) with three
members. ``cases.db`` is a ``VACUUM INTO`` copy, still encrypted under ``K_db``; ``keyslots.json``
holds every account's slot, so the backup opens with any administrator's password or the
recovery code; ``manifest.json`` (format, vault id, time, row counts, SHA-256 of the snapshot,
audit head) carries an HMAC under the audit key, so it cannot be edited unnoticed.

A backup is written under a temporary name in the target folder, re-opened and checked, fsynced
and only then renamed: a crash or a full disk never leaves a partial file at the final path.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import hmac
import json
import logging
import os
import secrets
import shutil
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

import sqlcipher3

from ajo_cases import __version__
from ajo_cases.errors import AjoError
from ajo_cases.services.backup.snapshot import (
    BackupDiskFull,
    BackupFailed,
    BackupInvalid,
    SnapshotFacts,
    check_database_file,
)
from ajo_cases.services.changes import Changes
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.storage.base import utc_now
from ajo_cases.storage.engine import DB_NAME
from ajo_cases.vault.atomic import fsync_dir as fsync_dir  # one implementation, kept here too
from ajo_cases.vault.auditchain import head_is_authentic, make_head
from ajo_cases.vault.keyslots import AuditHead, SlotFile, canonical_json
from ajo_cases.vault.output import is_special, write_output
from ajo_cases.vault.sqlcipher import key_pragma

_LOG = logging.getLogger(__name__)

FORMAT = 1
SUFFIX = ".ajobackup"
MANIFEST, SLOTS, SNAPSHOT = "manifest.json", "keyslots.json", "cases.db"
MEMBERS = frozenset({MANIFEST, SLOTS, SNAPSHOT})
BACKUP_FOLDER = "backups"
TEMP_PREFIX = ".ajo-backup-"
MAX_SIDE_MEMBER = 2 * 1024 * 1024  # manifest and key slots are small; refuse anything bigger
# The tables a person recognises, in the order a summary shows them.
MAIN_TABLES = ("beneficiary", "case_file", "assistance", "referral", "attachment", "grant_plan")
_CHUNK = 1024 * 1024

Progress = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class Manifest:
    vault_id: str
    created_at: str  # ISO 8601, UTC
    kind: str  # "manual" or "auto"
    counts: dict[str, int]
    snapshot_sha256: str
    snapshot_bytes: int
    audit_head: AuditHead | None
    schema_revision: str | None
    app_version: str = __version__
    mac: str = ""
    # SHA-256 of the backup's key file, so a slot added to it fails the manifest's check
    # (None only in backups made before it was named here)
    slots_sha256: str | None = None

    def body(self) -> dict[str, object]:
        body: dict[str, object] = {name: getattr(self, name) for name in _BODY}
        body["audit_head"] = self.audit_head.to_json() if self.audit_head else None
        if self.slots_sha256 is not None:
            body["slots_sha256"] = self.slots_sha256
        return {**body, "format": FORMAT, "counts": dict(sorted(self.counts.items()))}

    def signature(self, audit_key: bytes) -> str:
        return hmac.new(audit_key, canonical_json(self.body()), hashlib.sha256).hexdigest()

    def is_authentic(self, audit_key: bytes) -> bool:
        head_ok = self.audit_head is None or head_is_authentic(audit_key, self.audit_head)
        return head_ok and hmac.compare_digest(self.mac, self.signature(audit_key))

    def to_bytes(self) -> bytes:
        return json.dumps({**self.body(), "mac": self.mac}, indent=1, sort_keys=True).encode()

    @property
    def created(self) -> datetime:
        return datetime.fromisoformat(self.created_at)

    @classmethod
    def parse(cls, raw: bytes) -> Manifest:
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                raise ValueError("unknown backup format")
            head = data["audit_head"]
            manifest = cls(
                **{name: data[name] for name in _BODY},
                audit_head=AuditHead(int(head["seq"]), str(head["mac"]), str(head["tag"]))
                if head
                else None,
                mac=str(data["mac"]),
                slots_sha256=data.get("slots_sha256"),
            )
            texts = [manifest.vault_id, manifest.created_at, manifest.kind, manifest.mac]
            numbers = (manifest.snapshot_bytes, *manifest.counts.values())
            if manifest.slots_sha256 is not None:
                texts.append(manifest.slots_sha256)
            if not all(isinstance(v, str) for v in texts) or not all(
                isinstance(v, int) for v in numbers
            ):
                raise ValueError("wrong field types")
            datetime.fromisoformat(manifest.created_at)
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
            raise BackupInvalid(f"the backup's manifest is damaged ({exc})") from None
        return manifest


_BODY = ("vault_id", "created_at", "kind", "counts", "snapshot_sha256", "snapshot_bytes",
         "schema_revision", "app_version")  # fmt: skip


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


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


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


def _write_archive(
    tmp: Path, slots: bytes, snapshot: Path, manifest_for: Callable[[str, int], Manifest]
) -> Manifest:
    """Key slots, then the snapshot (hashed while copied), then the manifest naming the hash."""
    digest, size = hashlib.sha256(), 0
    os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # owner-only from the start
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_STORED, allowZip64=True) as archive:
        archive.writestr(SLOTS, slots)
        info = zipfile.ZipInfo(SNAPSHOT, date_time=time.gmtime()[:6])
        info.compress_type = zipfile.ZIP_STORED
        with snapshot.open("rb") as src, archive.open(info, "w", force_zip64=True) as out:
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
                out.write(chunk)
                size += len(chunk)
        manifest = manifest_for(digest.hexdigest(), size)
        archive.writestr(MANIFEST, manifest.to_bytes())
    with tmp.open("rb+") as handle:
        os.fsync(handle.fileno())
    return manifest


def _copy_into(source: Path, out: BinaryIO) -> None:
    with source.open("rb") as src:
        while chunk := src.read(_CHUNK):
            out.write(chunk)


def read_archive(path: Path) -> tuple[Manifest, bytes, zipfile.ZipInfo]:
    """The manifest, the key-slot bytes and the snapshot's entry; structural checks only."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = {info.filename: info for info in archive.infolist()}
            if set(infos) != MEMBERS or len(archive.infolist()) != len(MEMBERS):
                raise BackupInvalid("this file is not an AJO Cases backup")
            for name in (MANIFEST, SLOTS):
                if infos[name].file_size > MAX_SIDE_MEMBER:
                    raise BackupInvalid("this file is not an AJO Cases backup")
            if infos[SNAPSHOT].compress_type != zipfile.ZIP_STORED:
                raise BackupInvalid("this file is not an AJO Cases backup")
            manifest = Manifest.parse(archive.read(MANIFEST))
            slots = archive.read(SLOTS)
            if infos[SNAPSHOT].file_size != manifest.snapshot_bytes:
                raise BackupInvalid("the backup is truncated or damaged")
            return manifest, slots, infos[SNAPSHOT]
    except FileNotFoundError:
        raise BackupInvalid(f"no backup file at {path}") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
        raise BackupInvalid(f"the backup file is damaged or truncated ({exc})") from None
    except OSError as exc:
        raise BackupInvalid(f"the backup file cannot be read ({exc.strerror})") from None


def extract_snapshot(source: Path, target: Path, manifest: Manifest) -> None:
    """Copy the snapshot out of the archive, checking its SHA-256 against the manifest."""
    digest = hashlib.sha256()
    try:
        with zipfile.ZipFile(source) as archive, archive.open(SNAPSHOT) as src:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as out:
                while chunk := src.read(_CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise BackupInvalid(f"the backup file is damaged or truncated ({exc})") from None
    if not hmac.compare_digest(digest.hexdigest(), manifest.snapshot_sha256):
        raise BackupInvalid("the backup is damaged: its database does not match its checksum")


def _verify_written(path: Path, manifest: Manifest) -> None:
    written, _slots, info = read_archive(path)
    if written.to_bytes() != manifest.to_bytes():
        raise BackupFailed("the backup did not read back correctly; nothing was changed")
    digest = hashlib.sha256()
    with zipfile.ZipFile(path) as archive, archive.open(info) as src:
        while chunk := src.read(_CHUNK):
            digest.update(chunk)
    if digest.hexdigest() != manifest.snapshot_sha256:
        raise BackupFailed("the backup did not read back correctly; nothing was changed")


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
    if vault.on_server:
        raise BackupFailed(
            "a backup of an office-server vault is not available in this version; "
            "the server administrator backs the database up (docs/server.md)"
        )
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
        _snapshot(vault, snapshot)
        note("verify")
        facts = check_database_file(
            snapshot, vault.keys.k_db, expect_vault_id=vault.slot_file.vault_id
        )
        head = _head(vault, facts)
        slots = SlotFile(vault.slot_file.vault_id, list(vault.slot_file.slots), head).to_bytes()
        note("write")
        manifest = _write_archive(
            tmp,
            slots,
            snapshot,
            lambda sha, size: _manifest(vault, sha, size, facts, created, kind, slots),
        )
        note("check")
        _verify_written(tmp, manifest)
        size = tmp.stat().st_size
        if is_special(final):
            write_output(final, lambda out: _copy_into(tmp, out))
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
        meta_repo.put(session, "backup.last_good_at", info.manifest.created_at)
        meta_repo.put(session, "backup.last_head_seq", str(head.seq if head else 0))
        vault.record(
            session, "backup", target_table="vault", detail=f"kind={info.manifest.kind} "
            f"file={info.path.name} bytes={info.size}",
        )  # fmt: skip


def main_counts(counts: dict[str, int]) -> dict[str, int]:
    return {name: counts.get(name, 0) for name in MAIN_TABLES}

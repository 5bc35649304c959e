"""The ``.ajobackup`` file format: a zip of the snapshot, the key slots and a signed manifest.

The file is a zip archive (stored, not compressed: the snapshot is encrypted noise) with three
members. ``cases.db`` is an SQLCipher database encrypted under ``K_db``; ``keyslots.json``
holds every account's slot, so the backup opens with any administrator's password or the
recovery code; ``manifest.json`` (format, vault id, time, row counts, SHA-256 of the snapshot,
audit head) carries an HMAC under the audit key, so it cannot be edited unnoticed.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from ajo_cases import __version__
from ajo_cases.services.backup.snapshot import BackupFailed, BackupInvalid
from ajo_cases.vault.auditchain import head_is_authentic
from ajo_cases.vault.keyslots import AuditHead, canonical_json

FORMAT = 1
SUFFIX = ".ajobackup"
MANIFEST, SLOTS, SNAPSHOT = "manifest.json", "keyslots.json", "cases.db"
MEMBERS = frozenset({MANIFEST, SLOTS, SNAPSHOT})
MAX_SIDE_MEMBER = 2 * 1024 * 1024  # manifest and key slots are small; refuse anything bigger
# The tables a person recognises, in the order a summary shows them.
MAIN_TABLES = ("beneficiary", "case_file", "assistance", "referral", "attachment", "grant_plan")
_CHUNK = 1024 * 1024


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


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def write_archive(
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


def copy_into(source: Path, out: BinaryIO) -> None:
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


def verify_written(path: Path, manifest: Manifest) -> None:
    written, _slots, info = read_archive(path)
    if written.to_bytes() != manifest.to_bytes():
        raise BackupFailed("the backup did not read back correctly; nothing was changed")
    digest = hashlib.sha256()
    with zipfile.ZipFile(path) as archive, archive.open(info) as src:
        while chunk := src.read(_CHUNK):
            digest.update(chunk)
    if digest.hexdigest() != manifest.snapshot_sha256:
        raise BackupFailed("the backup did not read back correctly; nothing was changed")


def main_counts(counts: dict[str, int]) -> dict[str, int]:
    return {name: counts.get(name, 0) for name in MAIN_TABLES}

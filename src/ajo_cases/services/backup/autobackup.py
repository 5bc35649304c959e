"""Automatic rotating backups, the backup settings, and the status the Home screen shows.

``maybe_backup(vault)`` is meant to run when a vault closes and once a day while it is open. It
backs up when records changed since the last good backup, or when that backup is older than a
day. Backups go to ``<data dir>/backups/`` and, when the administrator chose one, are copied to
a second folder (a USB disk or a network share). Old automatic backups are thinned out: the
newest ``keep_last``, the newest of each of the last ``keep_daily`` days, and the newest of each
of the last ``keep_monthly`` months stay; manual backups are never deleted.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from ajo_cases.errors import AjoError, InvalidInput
from ajo_cases.services.backup import archive, backup
from ajo_cases.services.backup.archive import SUFFIX, Manifest
from ajo_cases.services.backup.backup import BackupInfo
from ajo_cases.services.changes import Changes
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.storage import meta_repo
from ajo_cases.storage.base import utc_now
from ajo_cases.storage.models_core import AuditEntry

_LOG = logging.getLogger(__name__)

SECOND_FOLDER = "backup.second_folder"
MAX_AGE_DAYS = "backup.max_age_days"
KEEP_LAST = "backup.keep_last"
KEEP_MONTHLY = "backup.keep_monthly"
LAST_GOOD_AT = "backup.last_good_at"
LAST_HEAD_SEQ = "backup.last_head_seq"
DAILY = timedelta(hours=24)
# Events that do not change any record: a session of only these needs no new backup.
_QUIET_EVENTS = (
    "login_success", "login_failed", "recovery_unlock", "lock", "unlock", "verify", "backup",
    "backup_failed", "view", "kdf_upgraded", "export", "print", "keyslots_restored_from_backup",
    "signing_key",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class BackupSettings:
    second_folder: Path | None = None
    max_age_days: int = 7
    keep_last: int = 7
    keep_daily: int = 7
    keep_monthly: int = 12

    @property
    def changes(self) -> Changes:
        """Returned by the setters: the backup settings changed."""
        return Changes.of("backups")


@dataclass(frozen=True, slots=True)
class BackupStatus:
    last_good_at: datetime | None
    max_age_days: int
    overdue: bool  # the Home screen warns when True


@dataclass(frozen=True, slots=True)
class BackupEntry:
    path: Path
    created_at: datetime
    kind: str
    counts: dict[str, int]
    size: int
    location: str  # "data" (the vault's own folder) or "second"


def _int(value: str | None, default: int, low: int, high: int) -> int:
    try:
        number = int(value) if value is not None else default
    except ValueError:
        return default
    return min(max(number, low), high)


def get_settings(vault: OpenVault) -> BackupSettings:
    with vault.read_session() as session:
        folder = meta_repo.get(session, SECOND_FOLDER)
        return BackupSettings(
            second_folder=Path(folder) if folder else None,
            max_age_days=_int(meta_repo.get(session, MAX_AGE_DAYS), 7, 1, 365),
            keep_last=_int(meta_repo.get(session, KEEP_LAST), 7, 1, 100),
            keep_monthly=_int(meta_repo.get(session, KEEP_MONTHLY), 12, 0, 120),
        )


def set_second_folder(vault: OpenVault, folder: Path | None) -> BackupSettings:
    """Choose (or clear, with None) the folder every automatic backup is also copied to."""
    vault.require_role("admin")
    if folder is not None:
        folder = folder.expanduser().resolve()
        if not folder.is_dir() or not os.access(folder, os.W_OK):
            raise InvalidInput(f"the folder {folder} does not exist or cannot be written")
        if folder == backup.default_folder(vault.data_dir).resolve():
            raise InvalidInput("choose a folder outside the vault's own backup folder")
    with vault.unit_of_work() as session:
        meta_repo.put(session, SECOND_FOLDER, str(folder) if folder else "")
        vault.record(session, "setting_changed", target_table="vault", detail=SECOND_FOLDER)
    return get_settings(vault)


def set_max_age(vault: OpenVault, days: int) -> BackupSettings:
    vault.require_role("admin")
    if not 1 <= days <= 365:
        raise InvalidInput("the warning age must be between 1 and 365 days")
    with vault.unit_of_work() as session:
        meta_repo.put(session, MAX_AGE_DAYS, str(days))
        vault.record(session, "setting_changed", target_table="vault", detail=MAX_AGE_DAYS)
    return get_settings(vault)


def status(vault: OpenVault, now: datetime | None = None) -> BackupStatus:
    now = now or utc_now()
    settings = get_settings(vault)
    with vault.read_session() as session:
        stamp = meta_repo.get(session, LAST_GOOD_AT)
    last = datetime.fromisoformat(stamp) if stamp else None
    overdue = last is None or now - last > timedelta(days=settings.max_age_days)
    # a server vault is backed up by the server's administrator, a moved one changes no more:
    # no PC is told to back up
    overdue = overdue and not vault.on_server and not vault.moved_to
    return BackupStatus(last, settings.max_age_days, overdue)


def changed_since_last_backup(vault: OpenVault) -> bool:
    with vault.read_session() as session:
        after = _int(meta_repo.get(session, LAST_HEAD_SEQ), 0, 0, 2**62)
        changes = session.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.seq > after, AuditEntry.event.not_in(_QUIET_EVENTS))
        )
    return bool(changes)


def is_due(vault: OpenVault, now: datetime | None = None) -> bool:
    now = now or utc_now()
    last = status(vault, now).last_good_at
    return last is None or now - last >= DAILY or changed_since_last_backup(vault)


def maybe_backup(
    vault: OpenVault, *, now: datetime | None = None, force: bool = False
) -> BackupInfo | None:
    """Back up if due; never raises for an expected failure (closing must still work).

    A failure is logged (no personal data), audited, and shows as an overdue backup.
    """
    if vault.on_server:  # the server's own backups, not a copy on each PC (docs/server.md)
        return None
    from ajo_cases.services.backup import anchors  # it reads this module's settings

    with contextlib.suppress(AjoError, OSError, SQLAlchemyError):  # closing must still work
        anchors.write_anchor(vault)  # at every close, whether or not a backup is due
    if vault.moved_to:  # moved onto the office server: read-only here, nothing new to keep
        return None
    try:
        if not force and not is_due(vault, now):
            return None
        info = backup.create_backup(vault, kind="auto")
        settings = get_settings(vault)
        prune(backup.default_folder(vault.data_dir), settings, now)
        if settings.second_folder is not None:
            copy_to_second(info, settings)
        anchors.write_anchor(vault)
        return info
    except (AjoError, OSError, SQLAlchemyError) as exc:
        code = getattr(exc, "code", type(exc).__name__)
        _LOG.warning("automatic backup failed: %s", code)
        with contextlib.suppress(Exception), vault.unit_of_work(audit_only=True) as session:
            vault.record(session, "backup_failed", target_table="vault", detail=str(code))
        return None


def copy_to_second(info: BackupInfo, settings: BackupSettings) -> None:
    folder = settings.second_folder
    assert folder is not None
    if not folder.is_dir():
        _LOG.warning("the second backup folder is not available")
        return
    tmp = folder / f"{backup.TEMP_PREFIX}{secrets.token_hex(6)}.tmp"
    try:
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        shutil.copyfile(info.path, tmp)  # into the owner-only file made above
        with tmp.open("rb+") as handle:
            os.fsync(handle.fileno())
        if archive.sha256_file(tmp) != archive.sha256_file(info.path):
            raise OSError("the copy did not read back correctly")
        os.replace(tmp, folder / info.path.name)
        backup.fsync_dir(folder)
    except OSError as exc:
        _LOG.warning("copy to the second backup folder failed: %s", exc.strerror or "error")
        with contextlib.suppress(OSError):
            tmp.unlink()
        return
    prune(folder, settings)


def read_entry(path: Path, location: str) -> BackupEntry | None:
    try:
        manifest, _slots, _info = archive.read_archive(path)
        size = path.stat().st_size
    except (AjoError, OSError):
        return None
    return BackupEntry(path, manifest.created, manifest.kind, manifest.counts, size, location)


def list_backups(vault: OpenVault) -> list[BackupEntry]:
    """Every readable backup of this vault, newest first (the vault's folder and the second)."""
    settings = get_settings(vault)
    places = [(backup.default_folder(vault.data_dir), "data")]
    if settings.second_folder is not None:
        places.append((settings.second_folder, "second"))
    found: list[BackupEntry] = []
    for folder, location in places:
        with contextlib.suppress(OSError):
            for path in folder.glob(f"*{SUFFIX}"):
                entry = read_entry(path, location)
                if entry is not None:
                    found.append(entry)
    return sorted(found, key=lambda e: (e.created_at, e.path.name), reverse=True)


def _kept(
    entries: list[tuple[datetime, Path]], settings: BackupSettings, now: datetime
) -> set[Path]:
    newest_first = sorted(entries, reverse=True)
    keep = {path for _when, path in newest_first[: settings.keep_last]}
    days: set[object] = set()
    months: set[object] = set()
    for when, path in newest_first:
        day, month = when.date(), (when.year, when.month)
        if now - when <= timedelta(days=settings.keep_daily) and day not in days:
            days.add(day)
            keep.add(path)
        recent = now - when <= timedelta(days=366)
        if recent and month not in months and len(months) < settings.keep_monthly:
            months.add(month)
            keep.add(path)
    return keep


def prune(folder: Path, settings: BackupSettings, now: datetime | None = None) -> list[Path]:
    """Delete automatic backups the retention rule no longer keeps; returns what was deleted."""
    now = now or utc_now()
    entries: list[tuple[datetime, Path]] = []
    for path in folder.glob(f"*{SUFFIX}"):
        manifest = _manifest_or_none(path)
        if manifest is not None and manifest.kind == "auto":
            entries.append((manifest.created, path))
    keep = _kept(entries, settings, now)
    removed = []
    for _when, path in entries:
        if path not in keep:
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def _manifest_or_none(path: Path) -> Manifest | None:
    try:
        return archive.read_archive(path)[0]
    except AjoError:
        return None

"""Restoring a backup: verify everything first, then swap the live vault in (``swap.py``).

A backup opens with an administrator's password or the recovery code; its manifest, key slots,
snapshot (cipher and page integrity, counts, audit chain) and schema revision are checked
before anything in the data folder changes.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from cryptography.exceptions import InvalidTag

from ajo_cases.errors import (
    DatabaseTooNew,
    DataDirUnusable,
    InvalidInput,
    KeySlotsCorrupt,
    PermissionDenied,
    WrongCredentials,
)
from ajo_cases.services.access.passwords import RESERVED_NAME
from ajo_cases.services.backup import anchors, archive, backup, restore_guard, swap
from ajo_cases.services.backup.archive import Manifest
from ajo_cases.services.backup.snapshot import BackupInvalid, check_database_file
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.people import erasure
from ajo_cases.storage.base import utc_now
from ajo_cases.storage.engine import DB_NAME, make_engine
from ajo_cases.vault import kdf, keyfile_mac, keyslots, recovery, server_login
from ajo_cases.vault.atomic import atomic_write_bytes
from ajo_cases.vault.keys import VaultKeys
from ajo_cases.vault.keyslots import RECOVERY_SLOT, Slot, SlotFile
from ajo_cases.vault.layout import is_server_vault
from ajo_cases.vault.lock import VaultLock

RECOVERY_ACTOR = RESERVED_NAME
_SLOTS = keyslots.FILE_NAME


@dataclass(frozen=True, slots=True)
class RestorePreview:
    """What a restore would put in place, for the confirmation."""

    source: Path
    manifest: Manifest
    actor: str
    live_exists: bool
    same_vault: bool | None  # None when there is no readable live vault
    # changes the live vault recorded after the backup was made (None: unknown)
    live_changes: int | None = None

    @property
    def older_than_live(self) -> bool:
        """The live vault has changes the backup lacks (they would be lost)."""
        return bool(self.live_changes)

    @property
    def backup_seq(self) -> int:
        head = self.manifest.audit_head
        return head.seq if head else 0

    @property
    def counts(self) -> dict[str, int]:
        return archive.main_counts(self.manifest.counts)


@dataclass(frozen=True, slots=True)
class RestoreResult:
    preview: RestorePreview
    replaced_dir: Path | None


@dataclass(frozen=True, slots=True, repr=False)
class _OpenedBackup:
    manifest: Manifest
    slot_file: SlotFile
    keys: VaultKeys
    actor: str
    role: str = field(default="admin")
    slot: Slot | None = None


# -- opening and checking a backup ----------------------------------------------------------


def _open_backup(source: Path, user: str, secret: str, use_recovery: bool) -> _OpenedBackup:
    manifest, slot_bytes, _info = archive.read_archive(source)
    try:
        slot_file = keyslots.parse(slot_bytes)
    except KeySlotsCorrupt:
        raise BackupInvalid("the key slots in the backup are damaged") from None
    if slot_file.vault_id != manifest.vault_id:
        raise BackupInvalid("the backup's key slots belong to another vault")
    if use_recovery:
        slot = slot_file.recovery_slot()
        try:
            secret_bytes = recovery.secret_bytes(secret)
        except recovery.RecoveryCodeInvalid as exc:
            raise WrongCredentials(f"the recovery code is not valid: {exc}") from None
    else:
        slot = slot_file.user_slot(user)
        secret_bytes = kdf.password_bytes(secret)
    if slot is None:
        raise WrongCredentials("wrong user name or password for this backup")
    try:
        keys = server_login.unwrap_here_or_server(slot, kdf.derive_kek(secret_bytes, slot.kdf))
    except InvalidTag:
        raise WrongCredentials("wrong user name or password for this backup") from None
    if slot.role != "admin":
        raise PermissionDenied("only an administrator may restore a backup", role=slot.role)
    if not manifest.is_authentic(keys.audit_key()):
        raise BackupInvalid("the backup's manifest was altered")
    restore_guard.check_slot_bytes(manifest.slots_sha256, slot_bytes)
    actor = RECOVERY_ACTOR if slot.kind == RECOVERY_SLOT else slot.user
    return _OpenedBackup(manifest, slot_file, keys, actor, slot.role, slot)


def _check_snapshot(opened: _OpenedBackup, source: Path, target: Path) -> list[Slot]:
    """Check the snapshot; returns the backup's slots its database accepts."""
    archive.extract_snapshot(source, target, opened.manifest)
    facts = check_database_file(
        target,
        opened.keys.k_db,
        expect_vault_id=opened.manifest.vault_id,
        expect_counts=opened.manifest.counts,
        expect_head=opened.manifest.audit_head,
    )
    _refuse_newer_schema(facts.schema_revision)
    assert opened.slot is not None
    return restore_guard.restorable_slots(target, opened.keys.k_db, opened.slot_file, opened.slot)


def _refuse_newer_schema(revision: str | None) -> None:
    from ajo_cases.storage import migrate

    if revision is None:
        return
    if revision not in migrate.known_revisions():
        raise DatabaseTooNew("this backup was made by a newer version of AJO Cases")


def _live_slots(data_dir: Path) -> SlotFile | None:
    try:
        return keyslots.load_with_fallback(data_dir / _SLOTS)[0]
    except (KeySlotsCorrupt, FileNotFoundError, OSError):
        return None


def _preview(data_dir: Path, source: Path, opened: _OpenedBackup) -> RestorePreview:
    live = _live_slots(data_dir)
    live_exists = (data_dir / DB_NAME).exists() or (data_dir / _SLOTS).exists()
    same = None if live is None else live.vault_id == opened.manifest.vault_id
    return RestorePreview(source, opened.manifest, opened.actor, live_exists, same)


def _refuse_server_profile(data_dir: Path) -> None:
    if is_server_vault(data_dir):  # a local vault beside a server profile would be ignored
        raise InvalidInput(
            f"{data_dir} connects to the office server; restore into another folder",
            field="data_dir",
        )


def preview_restore(
    data_dir: Path,
    source: Path,
    user: str,
    secret: str,
    *,
    use_recovery: bool = False,
    live: OpenVault | None = None,
) -> RestorePreview:
    """Check a backup completely without touching the live vault (which may be open: pass it
    as ``live`` so its current audit position tells whether the backup is older)."""
    _refuse_server_profile(data_dir)
    opened = _open_backup(source, user, secret, use_recovery)
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    scratch = data_dir / f"{backup.TEMP_PREFIX}check-{os.getpid()}-{id(opened)}.db"
    try:
        _check_snapshot(opened, source, scratch)
    finally:
        with contextlib.suppress(OSError):
            scratch.unlink()
    preview = _preview(data_dir, source, opened)
    if live is not None and preview.same_vault:
        changes = restore_guard.live_changes_after(live, preview.backup_seq)
        preview = replace(preview, live_changes=changes)
    return preview


def restore_backup(
    data_dir: Path,
    source: Path,
    user: str,
    secret: str,
    *,
    use_recovery: bool = False,
    allow_other_vault: bool = False,
    confirm: Callable[[RestorePreview], bool] | None = None,
    live: restore_guard.LiveAuthority | None = None,
) -> RestoreResult | None:
    """Verify ``source``, ask ``confirm``, then replace the vault in ``data_dir``.

    The vault must be closed (its lock is taken here). Returns None when not confirmed.
    Replacing a live vault needs ``live`` (taken from an administrator's open vault) or the
    same credentials opening the live vault as an administrator.
    """
    _refuse_server_profile(data_dir)
    source = source.resolve()
    opened = _open_backup(source, user, secret, use_recovery)
    try:
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise DataDirUnusable(f"cannot create {data_dir} ({exc.strerror})") from None
    lock = VaultLock(data_dir)
    lock.acquire()
    try:
        live = restore_guard.require_live_authority(data_dir, live, user, secret, use_recovery)
        folder = swap.begin_staging(data_dir)
        preview = _preview(data_dir, source, opened)
        if live is not None and preview.same_vault:
            preview = replace(preview, live_changes=live.changes_after(preview.backup_seq))
        if preview.same_vault is False and not allow_other_vault:
            raise BackupInvalid(
                "this backup belongs to another vault than the one in the data folder; "
                "nothing was changed"
            )
        try:
            erasure.check_ledger(data_dir, opened.keys.k_pii, opened.manifest.vault_id)
            accepted = _check_snapshot(opened, source, folder / DB_NAME)
            head = opened.manifest.audit_head
            slots = SlotFile(opened.slot_file.vault_id, accepted, head)
            keyfile_mac.sign(opened.keys.k_db, slots)
            atomic_write_bytes(folder / _SLOTS, slots.to_bytes(), keep_previous=False)
            confirmed = confirm is None or confirm(preview)
        except OSError as exc:
            shutil.rmtree(folder, ignore_errors=True)
            raise backup._disk_error(exc, data_dir) from None
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)  # nothing was swapped: only leftovers
            raise
        if not confirmed:
            shutil.rmtree(folder, ignore_errors=True)
            return None
        replaced = None
        if preview.live_exists:
            replaced = f"{swap.REPLACED_PREFIX}{utc_now().strftime('%Y%m%d-%H%M%S-%f')}"
        swap.mark_ready(data_dir, replaced=replaced, kind="restore", k_db=opened.keys.k_db)
        swap.roll_forward(data_dir, opened.keys.k_db)
        _record_restore(data_dir, opened, lock, source)
    finally:
        lock.release()
    return RestoreResult(preview, data_dir / replaced if replaced else None)


def _record_restore(data_dir: Path, opened: _OpenedBackup, lock: VaultLock, source: Path) -> None:
    """The restored vault's own log says when and from which file it came back."""
    slot_file = keyslots.load(data_dir / _SLOTS)
    engine = make_engine(data_dir / DB_NAME, opened.keys.k_db)
    vault = OpenVault(data_dir, opened.actor, opened.role, opened.keys, engine, lock, slot_file)
    try:
        with vault.unit_of_work() as session:
            vault.record(
                session,
                "restore",
                target_table="vault",
                detail=f"file={source.name} made={opened.manifest.created_at}",
            )
        # people erased after the backup was made are erased again at once
        erasure.reapply_ledger(vault, extra=[source.parent / erasure.LEDGER_FILE])
        vault.save_slots()
        anchors.write_anchor(vault, reset=True)  # a restore moves the head back on purpose
    finally:
        engine.dispose()

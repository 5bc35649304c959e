"""Creating a vault, and unlocking one with a password or the recovery code."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import uuid
from pathlib import Path

from cryptography.exceptions import InvalidTag
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from ajo_cases.domain import passwords as policy
from ajo_cases.errors import (
    DataDirUnusable,
    KeySlotsCorrupt,
    VaultDamaged,
    VaultExists,
    VaultNotFound,
    VaultRolledBack,
    WrongCredentials,
)
from ajo_cases.services.access import keyfile_check, parked_events, signing_keys, slot_check
from ajo_cases.services.access.passwords import (
    RESERVED_NAME,
    normalise,
    require_acceptable_password,
    validate_user_name,
)
from ajo_cases.services.backup import anchors
from ajo_cases.services.backup.swap import (
    finish_interrupted_swap,
    pending_slots_path,
    roll_forward,
    swap_pending,
)
from ajo_cases.services.open_vault import AUDIT_TAMPERED, OpenVault
from ajo_cases.services.people import erasure
from ajo_cases.storage import meta_repo, migrate
from ajo_cases.storage.base import utc_now
from ajo_cases.storage.engine import DB_NAME, make_engine
from ajo_cases.vault import (
    audit_anchor,
    kdf,
    keyfile_mac,
    keyslots,
    layout,
    recovery,
    server_login,
    signing,
)
from ajo_cases.vault.atomic import backup_path
from ajo_cases.vault.auditchain import head_is_authentic
from ajo_cases.vault.keys import VaultKeys
from ajo_cases.vault.keyslots import RECOVERY_SLOT, USER_SLOT, Slot, SlotFile
from ajo_cases.vault.lock import VaultLock

_LOG = logging.getLogger(__name__)
RECOVERY_ACTOR = RESERVED_NAME  # the audit log's actor for the recovery code (no account)
_WRONG = "wrong user name or password"
TEMPORARY_WARNING = "password_temporary"  # a warning: set by someone else, choose your own


vault_exists = layout.vault_exists  # kept here for callers of the services API


def prepare_dir(data_dir: Path) -> None:
    try:
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise DataDirUnusable(
            f"cannot create the data directory {data_dir} ({exc.strerror})", path=str(data_dir)
        ) from None
    if not os.access(data_dir, os.W_OK):
        raise DataDirUnusable(f"the data directory {data_dir} is not writable", path=str(data_dir))


def seal_password_slot(
    *,
    user: str,
    role: str,
    vault_id: str,
    password: str,
    keys: VaultKeys,
    seed: bytes | None,
    slot_id: str | None = None,
    temporary: bool = False,
    previous_seed: bytes | None = None,
) -> Slot:
    """``seed``: the account's own signing seed (services/access/signing_keys.py)."""
    params = kdf.new_password_params()
    kek = kdf.derive_kek(kdf.password_bytes(password), params)
    return Slot.seal(
        kind=USER_SLOT,
        user=user,
        role=role,
        vault_id=vault_id,
        kdf=params,
        kek=kek,
        keys=keys,
        seed=seed,
        slot_id=slot_id,
        temporary=temporary,
        previous_seed=previous_seed,
    )


def record_creation(
    vault: OpenVault, session: Session, vault_id: str, admin_seed: bytes, recovery_seed: bytes
) -> None:
    """The vault's first entries: the first entry introduces the administrator's key, signed
    by it; the administrator then registers the recovery code's key."""
    meta_repo.put(session, "vault_id", vault_id)
    meta_repo.put(session, keyfile_mac.REQUIRED_META, "1")
    meta_repo.put(session, "created_at", utc_now().isoformat())
    vault.record(session, "vault_created", target_table="vault", target_id=vault_id,
                 detail=signing.key_text(signing.public_key(admin_seed)))  # fmt: skip
    vault.record(session, "user_added", target_table="user", target_id=vault.user, detail="admin")
    signing_keys.register(vault, session, RECOVERY_ACTOR, recovery_seed)


def create_vault(
    data_dir: Path, admin: str, password: str, *, demo: bool = False
) -> tuple[OpenVault, str]:
    """A new vault with one admin. Returns the open vault and the recovery code (shown once).

    ``demo``: a vault of invented records whose password is published (``DEMO_PASSWORD``): the
    only password the policy is not applied to, and the only one it may be.
    """
    admin = validate_user_name(admin)
    if demo and password == policy.DEMO_PASSWORD:
        password = normalise(password)
    else:
        password = require_acceptable_password(password, admin)
    prepare_dir(data_dir)
    lock = VaultLock(data_dir)
    lock.acquire()
    try:
        if vault_exists(data_dir):
            raise VaultExists(f"a vault already exists in {data_dir}", path=str(data_dir))
        keys, vault_id = VaultKeys.generate(), str(uuid.uuid4())
        admin_seed, recovery_seed = signing.new_seed(), signing.new_seed()
        code = recovery.generate()
        recovery_params = kdf.new_recovery_params()
        recovery_slot = Slot.seal(
            kind=RECOVERY_SLOT,
            user=RECOVERY_ACTOR,
            role="admin",
            vault_id=vault_id,
            kdf=recovery_params,
            kek=kdf.derive_kek(recovery.secret_bytes(code), recovery_params),
            keys=keys,
            seed=recovery_seed,
        )
        admin_slot = seal_password_slot(
            user=admin, role="admin", vault_id=vault_id, password=password, keys=keys,
            seed=admin_seed,
        )  # fmt: skip
        keys = keys.with_seed(admin_seed)  # the session signs as the administrator
        # The database is built under a temporary name and the key file written last, so an
        # interrupted creation never leaves something that looks like a usable vault.
        staging = data_dir / (DB_NAME + ".creating")
        for leftover in (staging, Path(f"{staging}-wal"), Path(f"{staging}-shm")):
            leftover.unlink(missing_ok=True)
        engine = make_engine(staging, keys.k_db, create=True)
        try:
            migrate.upgrade(engine)
            slot_file = SlotFile(vault_id, [admin_slot, recovery_slot])
            vault = OpenVault(data_dir, admin, "admin", keys, engine, lock, slot_file)
            with vault.unit_of_work() as session:
                record_creation(vault, session, vault_id, admin_seed, recovery_seed)
        finally:
            engine.dispose()
        os.replace(staging, data_dir / DB_NAME)
        engine = make_engine(data_dir / DB_NAME, keys.k_db)
        vault = OpenVault(data_dir, admin, "admin", keys, engine, lock, slot_file)
        vault.save_slots()
    except BaseException:
        lock.release()
        raise
    return vault, code


def unwrap_slot(
    slot_file: SlotFile, user: str, secret: str, use_recovery: bool
) -> tuple[Slot, VaultKeys]:
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
        raise WrongCredentials(_WRONG)
    try:
        master = kdf.derive_kek(secret_bytes, slot.kdf)
        return slot, server_login.unwrap_here_or_server(slot, master)
    except InvalidTag:
        if not slot_file.intact:
            raise KeySlotsCorrupt(
                "the key file was altered or damaged; restore it from a backup "
                "or use the recovery code"
            ) from None
        raise WrongCredentials(_WRONG) from None


def _check_identity_and_head(vault: OpenVault, engine: Engine) -> None:
    with vault.read_session() as session:
        stored_id = meta_repo.get(session, "vault_id")
        if stored_id != vault.slot_file.vault_id:
            raise VaultDamaged("the database belongs to another vault; restore the right one")
        head = vault.slot_file.audit_head
        if head is None:
            if vault.audit.last(session) is not None:  # a vault with entries always has one
                vault.warnings.append(AUDIT_TAMPERED)
            return
        if not head_is_authentic(vault.audit_key, head):
            raise KeySlotsCorrupt("the key file was altered; restore it from a backup")
        last = vault.audit.last(session)
        mac = vault.audit.mac_at(session, head.seq)
        if last is None or last.seq < head.seq or mac is None or mac.hex() != head.mac:
            raise VaultRolledBack(
                "the database is older than the key file: an old copy may have been put in its "
                "place; restore the latest backup or ask the administrator"
            )


def _check_anchors(vault: OpenVault) -> None:
    """Behind a head kept outside the vault folder (second folder, backups): tampering."""
    if anchors.check(vault)[0] != audit_anchor.REACHED and AUDIT_TAMPERED not in vault.warnings:
        vault.warnings.append(AUDIT_TAMPERED)


def _backup_before_upgrade(data_dir: Path, engine: Engine) -> None:
    def backup(revision: str) -> None:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        target = data_dir / f"{DB_NAME}.before-upgrade-{revision}"
        shutil.copyfile(data_dir / DB_NAME, target)  # still encrypted by SQLCipher

    migrate.upgrade(engine, backup)


def open_vault(data_dir: Path, user: str, secret: str, *, use_recovery: bool = False) -> OpenVault:
    """Unlock: derive the key, unwrap the slot, open and check the database."""
    if layout.is_server_vault(data_dir):
        from ajo_cases.services.access.server_vault import open_server_vault

        return open_server_vault(data_dir, user, secret, use_recovery=use_recovery)
    finish_interrupted_swap(data_dir)  # a restore or key rotation cut short by a crash
    slots_path = data_dir / keyslots.FILE_NAME
    if not slots_path.exists() and not backup_path(slots_path).exists():
        if (data_dir / DB_NAME).exists():
            raise KeySlotsCorrupt("the key file keyslots.json is missing; restore it from a backup")
        raise VaultNotFound(f"no vault in {data_dir}", path=str(data_dir))
    if not os.access(data_dir, os.W_OK):
        raise DataDirUnusable(f"the data directory {data_dir} is not writable", path=str(data_dir))
    lock = VaultLock(data_dir)
    lock.acquire()
    try:
        opened = _finish_pending_swap(data_dir, user, secret, use_recovery)
        slot_file, used_backup = keyslots.load_with_fallback(slots_path)
        try:
            slot, keys = opened or unwrap_slot(slot_file, user, secret, use_recovery)
        except WrongCredentials:
            parked_events.note_failure(slots_path, user, use_recovery=use_recovery)
            raise
        mac_ok = keyfile_mac.is_authentic(keys.k_db, slot_file)  # before anything edits it
        engine = make_engine(data_dir / DB_NAME, keys.k_db)
        actor = RECOVERY_ACTOR if use_recovery else slot.user
        vault = OpenVault(data_dir, actor, slot.role, keys, engine, lock, slot_file,
                          with_recovery_code=use_recovery)  # fmt: skip
        try:
            slot_check.refuse_unknown(vault, slot)  # before anything else reads the database
            _check_identity_and_head(vault, engine)
            if (
                anchors.check(vault)[0] != audit_anchor.REACHED
                and AUDIT_TAMPERED not in vault.warnings
            ):
                vault.warnings.append(AUDIT_TAMPERED)  # behind a head kept outside the folder
            _backup_before_upgrade(data_dir, engine)
            finish_unlock(vault, slot, secret, used_backup, mac_ok)
            erasure.apply_at_unlock(vault)  # an erased person never comes back
            _note_migration(vault)
        except BaseException:
            engine.dispose()
            raise
    except BaseException:
        lock.release()
        raise
    return vault


MIGRATED_WARNING = "vault_migrated"


def _note_migration(vault: OpenVault) -> None:
    """A vault moved onto the office server opens read-only, for reference."""
    with vault.read_session() as session:
        moved = meta_repo.get(session, meta_repo.MIGRATED_KEY)
    if moved:
        try:
            vault.moved_to = str(json.loads(moved)["url"]) or "?"
        except (ValueError, KeyError, TypeError):  # still moved: read-only all the same
            vault.moved_to = "?"
        vault.warnings.append(MIGRATED_WARNING)


def _finish_pending_swap(
    data_dir: Path, user: str, secret: str, use_recovery: bool
) -> tuple[Slot, VaultKeys] | None:
    """A restore or key rotation a crash interrupted after its READY marker: open the staged
    key file, check the marker under its key, then finish the swap (the lock is held)."""
    if not swap_pending(data_dir):
        return None
    staged = keyslots.load(pending_slots_path(data_dir))
    slot, keys = unwrap_slot(staged, user, secret, use_recovery)
    try:
        roll_forward(data_dir, keys.k_db)
    except OSError as exc:
        raise DataDirUnusable(
            f"an interrupted restore could not be finished in {data_dir} ({exc.strerror})",
            path=str(data_dir),
        ) from None
    return slot, keys


def finish_unlock(
    vault: OpenVault, slot: Slot, secret: str, used_backup: bool, mac_ok: bool
) -> None:
    slot_file = vault.slot_file
    resealed = None
    if not vault.on_server:  # a server vault's slots carry their keys from the start
        resealed = signing_keys.give_own_key(vault, slot, secret)  # a slot from before signatures
        signing_keys.finish_pending(vault)  # a password change cut short before its registration
    with vault.unit_of_work() as session:
        file_ok = keyfile_check.file_checks_out(vault, session, mac_ok) and slot_file.intact
        dropped = parked_events.write(vault, session, file_ok)
        if dropped:
            vault.record(session, "integrity_failure", detail=f"{dropped} parked events dropped")
        if used_backup:
            vault.record(session, "keyslots_restored_from_backup")
            vault.warnings.append("keyslots_restored_from_backup")
        if not slot_file.intact:
            vault.warnings.append("keyslots_checksum_mismatch")
            vault.record(session, "integrity_failure", detail="keyslots checksum mismatch")
        if AUDIT_TAMPERED in vault.warnings:
            vault.record(session, "integrity_failure", detail="audit head missing or behind")
        if slot.kind == USER_SLOT and slot.temporary:
            vault.warnings.append(TEMPORARY_WARNING)
        event = "recovery_unlock" if slot.kind == RECOVERY_SLOT else "login_success"
        vault.record(session, event, target_table="user", target_id=slot.user)
    # (an office-server slot is re-sealed by server_vault, with its login secret)
    if (
        not vault.on_server
        and slot.kind == USER_SLOT
        and kdf.below_policy(slot.kdf)
        and resealed is None
    ):
        slot_file.replace_slot(
            seal_password_slot(
                user=slot.user,
                role=slot.role,
                vault_id=slot.vault_id,
                password=secret,
                keys=vault.keys,
                seed=vault.keys.signing_seed,
                slot_id=slot.slot_id,
                temporary=slot.temporary,
            )
        )
        with vault.unit_of_work() as session:
            vault.record(session, "kdf_upgraded", target_table="user", target_id=slot.user)
    with contextlib.suppress(OSError):
        vault.save_slots()

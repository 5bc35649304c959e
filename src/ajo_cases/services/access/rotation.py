"""Key rotation: re-encrypt the database under a new K_db so old copies of slots become useless.

What changes and what stays:

- ``K_db`` is new. The database is exported (``sqlcipher_export``) into a staging file under the
  new key, checked, and swapped in with the crash-safe swap of ``services.restore``.
- ``K_pii`` is new too: every personal field is sealed again under it in the staged copy
  (rotation_pii), and the erasure ledger is signed again, so a former case worker's ``K_pii``
  opens nothing current. The slot registry of the staged copy lists the new slots only.
- Copies still under the old keys (automatic backups, replaced vaults) are listed in the
  result; ``forget_old_copies`` deletes them once a new backup exists (the admin confirms).
- The audit key is HKDF(``K_db``), so it changes too. Before the swap the whole chain is checked
  under the old key; only a chain that verifies is re-linked under the new key (same rows, same
  order, new MACs), with the old head's MAC kept in ``vault_meta`` and in the
  ``key_rotation`` entry. Every entry, old and new, then verifies under the current key.
- Slots are wrapped under keys derived from each person's password, which the administrator
  does not know. So rotation re-seals the administrator's own slot (password re-entered),
  creates a new recovery code, and gives every other account a temporary password, shown once,
  which the administrator hands out and the person changes at their next sign-in.
"""

from __future__ import annotations

import logging
import secrets
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from ajo_cases.errors import IntegrityFailure, InvalidInput, WrongCredentials
from ajo_cases.services.access import rotation_pii, signing_keys
from ajo_cases.services.access.opening import seal_password_slot
from ajo_cases.services.backup import archive, autobackup, backup, swap
from ajo_cases.services.backup.backup import BackupInfo
from ajo_cases.services.backup.snapshot import BackupFailed, check_database_file, text_counts_names
from ajo_cases.services.changes import Changes
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.people import erasure
from ajo_cases.storage import meta_repo, slot_registry_repo
from ajo_cases.storage.base import utc_now
from ajo_cases.storage.engine import DB_NAME, IMMEDIATE, make_engine
from ajo_cases.storage.models_core import AuditEntry
from ajo_cases.vault import kdf, keyfile_mac, keyslots, recovery, slot_registry
from ajo_cases.vault.atomic import atomic_write_bytes
from ajo_cases.vault.auditchain import GENESIS, entry_mac, make_head
from ajo_cases.vault.keys import KEY_BYTES, VaultKeys
from ajo_cases.vault.keyslots import RECOVERY_SLOT, Slot, SlotFile

_LOG = logging.getLogger(__name__)
_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L: read aloud and typed by hand
_BATCH = 5000


@dataclass(frozen=True, slots=True, repr=False)
class RotationResult:
    """Secrets to show once: the new recovery code and each other account's temporary password."""

    recovery_code: str
    temporary_passwords: dict[str, str] = field(default_factory=dict)
    audit_entries: int = 0
    fields_resealed: int = 0
    old_copies: tuple[Path, ...] = ()  # still under the old keys: offer forget_old_copies

    def __repr__(self) -> str:
        return f"RotationResult(accounts_reset={sorted(self.temporary_passwords)})"

    @property
    def changes(self) -> Changes:
        return Changes.of("users", "backups")


def temporary_password() -> str:
    groups = ("".join(secrets.choice(_ALPHABET) for _ in range(5)) for _ in range(4))
    return "-".join(groups)  # about 99 bits


def _check_admin_password(vault: OpenVault, password: str) -> Slot:
    vault.require_role("admin")
    if vault.with_recovery_code:
        raise InvalidInput("sign in with an administrator account (not the recovery code) first")
    own = vault.slot_file.user_slot(vault.user)
    if own is None:
        raise InvalidInput("your account has no key slot; sign in again")
    try:
        own.unwrap(kdf.derive_kek(kdf.password_bytes(password), own.kdf))
    except InvalidTag:
        raise WrongCredentials("wrong password") from None
    return own


def _export(vault: OpenVault, target: Path, new_key: bytes) -> dict[str, int]:
    """Copy the live database into ``target`` under ``new_key``; returns the live row counts."""
    with vault.engine.connect() as conn:
        raw: Any = conn.connection.dbapi_connection
        raw.execute("ATTACH DATABASE ? AS rotated KEY ?", (str(target), f"x'{new_key.hex()}'"))
        try:
            raw.execute("BEGIN IMMEDIATE")  # no write slips in between the copy and the counts
            try:
                raw.execute("SELECT sqlcipher_export('rotated')")
                counts = {
                    name: int(raw.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])  # noqa: S608
                    for name in text_counts_names(raw)
                }
            finally:
                raw.execute("COMMIT")
        finally:
            raw.execute("DETACH DATABASE rotated")
    return counts


def _relink_audit(path: Path, old_key: bytes, new_keys: VaultKeys) -> tuple[int, int, bytes]:
    """Check the chain under the old key and re-link it under the new one.

    Returns (entries, last seq, last new MAC). Raises when the old chain does not verify.
    """
    engine = make_engine(path, new_keys.k_db)
    new_audit_key = new_keys.audit_key()
    trigger_sql = (
        "SELECT name, sql FROM sqlite_master WHERE type='trigger' AND tbl_name='audit_log'"
    )
    try:
        with Session(engine) as session, session.begin():
            session.connection(execution_options={IMMEDIATE: True})
            triggers = session.execute(text(trigger_sql)).all()
            for name, _sql in triggers:
                session.execute(text(f'DROP TRIGGER "{name}"'))
            old_prev, new_prev, expected = GENESIS, GENESIS, 1
            while True:
                rows = session.scalars(
                    select(AuditEntry)
                    .where(AuditEntry.seq >= expected)
                    .order_by(AuditEntry.seq)
                    .limit(_BATCH)
                ).all()
                if not rows:
                    break
                updates = []
                for entry in rows:
                    canonical = entry.canonical()
                    if entry.seq != expected or entry.mac != entry_mac(
                        old_key, old_prev, canonical
                    ):
                        raise BackupFailed(
                            f"the audit log is broken at entry {expected}; run verify and "
                            "restore a backup before rotating keys"
                        )
                    new_mac = entry_mac(new_audit_key, new_prev, canonical)
                    updates.append({"mac": new_mac, "seq": entry.seq})
                    old_prev, new_prev, expected = entry.mac, new_mac, expected + 1
                session.expunge_all()
                session.execute(text("UPDATE audit_log SET mac = :mac WHERE seq = :seq"), updates)
            for _name, ddl in triggers:
                session.execute(text(ddl))
            meta_repo.put(
                session,
                "audit.relinked",
                f"{utc_now().isoformat()} entries={expected - 1} old_head={old_prev.hex()}",
            )
    finally:
        engine.dispose()
    return expected - 1, expected - 1, new_prev


def _new_slots(
    vault: OpenVault, own: Slot, password: str, keys: VaultKeys
) -> tuple[list[Slot], str, dict[str, str], dict[str, bytes]]:
    """The new slots, the recovery code, each other account's temporary password, and the
    signing seeds made for them (the administrator registers them: they know them)."""
    code = recovery.generate()
    temporary: dict[str, str] = {}
    seeds: dict[str, bytes] = {}
    slots: list[Slot] = []
    vault_id = vault.slot_file.vault_id
    for slot in vault.slot_file.slots:
        mine = slot.slot_id == own.slot_id
        seed = vault.keys.signing_seed if mine else signing_keys.new_seed()
        if not mine and seed is not None:
            seeds[slot.user] = seed
        if slot.kind == RECOVERY_SLOT:
            params = kdf.new_recovery_params()
            kek = kdf.derive_kek(recovery.secret_bytes(code), params)
            slots.append(
                Slot.seal(
                    kind=RECOVERY_SLOT,
                    user=slot.user,
                    role=slot.role,
                    vault_id=vault_id,
                    kdf=params,
                    kek=kek,
                    keys=keys,
                    seed=seed,
                    slot_id=slot.slot_id,
                )
            )
            continue
        secret = password if mine else temporary_password()
        if not mine:
            temporary[slot.user] = secret
        slots.append(
            seal_password_slot(
                user=slot.user,
                role=slot.role,
                vault_id=vault_id,
                password=secret,
                keys=keys,
                seed=seed,
                slot_id=slot.slot_id,
                temporary=not mine or slot.temporary,
            )
        )
    return slots, code, temporary, seeds


def rotate_keys(
    vault: OpenVault, password: str, progress: rotation_pii.Progress | None = None
) -> RotationResult:
    """Re-encrypt under new keys (K_db and K_pii) and re-seal every slot; the open vault
    switches over. ``progress(done, total)`` follows the personal fields; returning False
    cancels (RotationCancelled) while nothing has changed yet."""
    if vault.on_server:
        raise InvalidInput(
            "an office-server vault rotates its personal-data key online (rotate-keys there)"
        )
    own = _check_admin_password(vault, password)
    old_pii = vault.keys.k_pii
    if old_pii is None:  # an administrator always holds it
        raise InvalidInput("this account does not hold the personal-data key")
    data_dir = vault.data_dir
    vault_id = vault.slot_file.vault_id
    new_keys = VaultKeys(secrets.token_bytes(KEY_BYTES), secrets.token_bytes(KEY_BYTES))
    with vault.unit_of_work() as session:
        vault.record(session, "key_rotation", target_table="vault", detail="started")
    folder = swap.begin_staging(data_dir)
    staged = folder / DB_NAME
    try:
        counts = _export(vault, staged, new_keys.k_db)
        entries, last_seq, last_mac = _relink_audit(staged, vault.audit_key, new_keys)
        assert new_keys.k_pii is not None
        fields = rotation_pii.reseal(
            staged, new_keys.k_db, vault.cipher, new_keys.k_pii, progress or (lambda _d, _t: True)
        )
        counts["vault_meta"] = counts.get("vault_meta", 0) + _meta_added(vault)
        head = make_head(new_keys.audit_key(), last_seq, last_mac) if entries else None
        check_database_file(
            staged, new_keys.k_db, expect_vault_id=vault_id,
            expect_counts=counts, expect_head=head,
        )  # fmt: skip
        slots, code, temporary, seeds = _new_slots(vault, own, password, new_keys)
        _register(staged, new_keys.k_db, slots)
        slot_file = keyfile_mac.sign(new_keys.k_db, SlotFile(vault_id, slots, head))
        atomic_write_bytes(folder / keyslots.FILE_NAME, slot_file.to_bytes(), keep_previous=False)
        ledger_path = data_dir / erasure.LEDGER_FILE
        rotation_pii.resign_ledger(
            ledger_path, folder / erasure.LEDGER_FILE, vault_id, old_pii, new_keys.k_pii
        )
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    swap.mark_ready(data_dir, replaced=None, kind="rotation", k_db=new_keys.k_db)
    vault.engine.dispose()
    swap.roll_forward(data_dir, new_keys.k_db)
    _switch(vault, new_keys.with_seed(vault.keys.signing_seed), slot_file)
    _resign_second_ledger(vault, old_pii)
    with vault.unit_of_work() as session:
        vault.record(
            session, "keys_rotated", target_table="vault",
            detail=f"audit_relinked={entries} accounts_reset={len(temporary)} "
            f"recovery_code=new personal_fields_resealed={fields}",
        )  # fmt: skip
        for user in sorted(temporary):
            vault.record(session, "password_reset", target_table="user", target_id=user)
        for account in sorted(seeds):  # the recovery code's new key as well
            signing_keys.register(vault, session, account, seeds[account])
    vault.save_slots()
    return RotationResult(code, temporary, entries, fields, old_copies(vault))


def _register(staged: Path, k_db: bytes, slots: list[Slot]) -> None:
    """The staged database accepts exactly the new slots (before the swap, so a crash after
    it never leaves a key file the database refuses)."""
    engine = make_engine(staged, k_db)
    try:
        with Session(engine) as session, session.begin():
            session.connection(execution_options={IMMEDIATE: True})
            slot_registry_repo.replace_all(session, slot_registry.entries(slots))
    finally:
        engine.dispose()


def _resign_second_ledger(vault: OpenVault, old_pii: bytes) -> None:
    """The copy of the erasure ledger in the second backup folder (best effort, as written)."""
    folder = autobackup.get_settings(vault).second_folder
    if folder is None or vault.keys.k_pii is None:
        return
    path = folder / erasure.LEDGER_FILE
    try:
        rotation_pii.resign_ledger(path, path, vault.slot_file.vault_id, old_pii, vault.keys.k_pii)
    except (OSError, IntegrityFailure) as exc:
        _LOG.warning("the erasure ledger in the second folder was not signed again: %s",
                     type(exc).__name__)  # fmt: skip


def old_copies(vault: OpenVault) -> tuple[Path, ...]:
    """Copies of the vault still under the old keys: backups (both folders), replaced vaults,
    copies kept before a schema upgrade."""
    found = list(erasure.older_copies(vault.data_dir))
    second = autobackup.get_settings(vault).second_folder
    if second is not None and second.is_dir():
        found += sorted(second.glob(f"*{archive.SUFFIX}"))
    return tuple(found)


def forget_old_copies(vault: OpenVault, paths: tuple[Path, ...]) -> BackupInfo:
    """After a rotation: make a new backup under the new keys, then delete ``paths`` (the
    administrator confirmed the list). Returns the new backup."""
    vault.require_role("admin")
    listed = set(old_copies(vault))
    paths = tuple(p for p in paths if p in listed)  # never anything else, whatever is asked
    info = backup.create_backup(vault)
    settings = autobackup.get_settings(vault)
    if settings.second_folder is not None:
        autobackup.copy_to_second(info, settings)
    removed = 0
    for path in paths:
        if path == info.path or (settings.second_folder and path.parent == settings.second_folder
                                 and path.name == info.path.name):  # fmt: skip
            continue
        try:
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink(missing_ok=True)
            removed += 1
        except OSError as exc:
            _LOG.warning("an old copy could not be deleted: %s", exc.strerror)
    with vault.unit_of_work(audit_only=True) as session:
        vault.record(session, "old_copies_deleted", target_table="vault",
                     detail=f"deleted={removed} of={len(paths)}")  # fmt: skip
    return info


def _meta_added(vault: OpenVault) -> int:
    with vault.read_session() as session:
        return 0 if meta_repo.get(session, "audit.relinked") is not None else 1


def _switch(vault: OpenVault, keys: VaultKeys, slot_file: SlotFile) -> None:
    """Point the open vault at the new database and keys (pages keep working after rotation)."""
    vault.keys = keys
    vault.slot_file = slot_file
    vault.engine = make_engine(vault.data_dir / DB_NAME, keys.k_db)
    vault.__post_init__()  # session factory, field cipher and audit repository for the new keys
    vault.caches.clear()

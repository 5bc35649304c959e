"""Who may restore, and which key slots a restored vault accepts.

- A backup's key file is covered by its manifest (``slots_sha256`` inside the authenticated
  body): a slot added to the backup (a removed administrator's, say) fails the check.
- The snapshot's own list of accepted slots (``key_slot_registry``) is applied too: the slot
  used to open the backup must be on it, and slots it does not know are not restored. This
  also covers backups made before the manifest named the key file.
- Restoring over a live vault needs an administrator of that vault (or its recovery code),
  checked against the live key file and, when the live database still opens, its list.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3
from cryptography.exceptions import InvalidTag

from ajo_cases.errors import AjoError, KeySlotsCorrupt, PermissionDenied, SlotRevoked
from ajo_cases.services.backup.snapshot import BackupInvalid, open_snapshot
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.storage.engine import DB_NAME
from ajo_cases.storage.slot_registry_repo import READY_KEY
from ajo_cases.vault import kdf, keyslots, recovery, slot_registry
from ajo_cases.vault.keyslots import Slot, SlotFile
from ajo_cases.vault.sqlcipher import key_pragma

_LIVE_REFUSED = (
    "restoring over the current vault needs an administrator of the current vault or its "
    "recovery code; nothing was changed"
)


def slots_digest(slot_bytes: bytes) -> str:
    return hashlib.sha256(slot_bytes).hexdigest()


def check_slot_bytes(expected: str | None, slot_bytes: bytes) -> None:
    """The backup's key file is the one its (authenticated) manifest names."""
    if expected is not None and not hmac.compare_digest(expected, slots_digest(slot_bytes)):
        raise BackupInvalid("the key file in the backup was altered; nothing was changed")


def accepted_in(db: Path, k_db: bytes) -> set[slot_registry.Entry] | None:
    """The slots a database file accepts, or None when it predates the list."""
    with open_snapshot(db, k_db) as conn:
        return _read_accepted(conn)


def _read_accepted(conn: Any) -> set[slot_registry.Entry] | None:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    if "key_slot_registry" not in tables:
        return None
    ready = conn.execute("SELECT 1 FROM vault_meta WHERE key = ?", (READY_KEY,)).fetchone()
    if ready is None:
        return None
    rows = conn.execute("SELECT slot_id, fingerprint FROM key_slot_registry").fetchall()
    return {(str(a), str(b)) for a, b in rows}


def _live_accepted(db: Path, k_db: bytes) -> set[slot_registry.Entry] | None:
    """As accepted_in, for the live (closed) vault: an ordinary connection, so its WAL files
    are cleaned up on close as the app itself leaves them."""
    if not db.exists():
        return None
    conn = sqlcipher3.connect(str(db))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_pragma(k_db))
        return _read_accepted(conn)
    finally:
        conn.close()


def restorable_slots(db: Path, k_db: bytes, slot_file: SlotFile, used: Slot) -> list[Slot]:
    """The backup's slots its database accepts; refuses when the one used is not among them."""
    known = accepted_in(db, k_db)
    if known is None:
        return list(slot_file.slots)
    if slot_registry.entry(used) not in known:
        raise SlotRevoked("this account's key is not valid in the backup; nothing was changed")
    return [s for s in slot_file.slots if slot_registry.entry(s) in known]


@dataclass(frozen=True, slots=True)
class LiveAuthority:
    """Proof, taken before the swap, that an administrator of the live vault agreed."""

    data_dir: Path
    actor: str
    k_db: bytes | None = field(default=None, repr=False, compare=False)

    @classmethod
    def of(cls, vault: OpenVault) -> LiveAuthority:
        """From a vault unlocked by an administrator (the desktop's Restore)."""
        vault.require_role("admin")
        return cls(vault.data_dir.resolve(), vault.user, vault.keys.k_db)

    def changes_after(self, seq: int) -> int | None:
        """Changes the live vault recorded after audit entry ``seq`` (None: unreadable)."""
        if self.k_db is None or not (self.data_dir / DB_NAME).exists():
            return None
        try:
            conn = sqlcipher3.connect(str(self.data_dir / DB_NAME))
            try:
                conn.execute("PRAGMA cipher_log_level = NONE")
                conn.execute(key_pragma(self.k_db))
                return int(conn.execute(CHANGES_AFTER_SQL, (seq,)).fetchone()[0])
            finally:
                conn.close()
        except sqlcipher3.Error:
            return None


# Audit events that change nothing a restore would lose (reading, printing, backing up). A
# signing key comes with a change counted already (account added, password), or alone at
# a first sign-in.
READ_EVENTS = ("backup", "backup_failed", "login_success", "login_failed", "recovery_unlock",
               "view", "print", "export", "stats_export", "stats_exact", "stats_drill_down",
               "verify", "lock", "unlock", "kdf_upgraded", "signing_key")  # fmt: skip
CHANGES_AFTER_SQL = (
    "SELECT count(*) FROM audit_log WHERE seq > ? AND event NOT IN "  # noqa: S608
    f"({', '.join(repr(e) for e in READ_EVENTS)})"
)


def live_changes_after(vault: OpenVault, seq: int) -> int:
    """As LiveAuthority.changes_after, through the open vault."""
    with vault.engine.connect() as conn:
        raw: Any = conn.connection.dbapi_connection
        return int(raw.execute(CHANGES_AFTER_SQL, (seq,)).fetchone()[0])


def authorize_live(
    data_dir: Path, user: str, secret: str, *, use_recovery: bool = False
) -> LiveAuthority | None:
    """An administrator of the vault in ``data_dir``; None when no live key file is usable
    (nothing left to protect: the vault is lost without a restore)."""
    try:
        slot_file, _ = keyslots.load_with_fallback(data_dir / keyslots.FILE_NAME)
    except (KeySlotsCorrupt, FileNotFoundError, OSError):
        return None
    slot = slot_file.recovery_slot() if use_recovery else slot_file.user_slot(user)
    if slot is None or slot.role != "admin":
        raise PermissionDenied(_LIVE_REFUSED, role=slot.role if slot else "")
    try:
        raw = recovery.secret_bytes(secret) if use_recovery else kdf.password_bytes(secret)
        keys = slot.unwrap(kdf.derive_kek(raw, slot.kdf))
    except (InvalidTag, recovery.RecoveryCodeInvalid):
        raise PermissionDenied(_LIVE_REFUSED, role="") from None
    try:
        known = _live_accepted(data_dir / DB_NAME, keys.k_db)
    except (sqlcipher3.Error, AjoError):
        known = None  # a damaged live database: the password is proof enough to replace it
    if known is not None and slot_registry.entry(slot) not in known:
        raise PermissionDenied(_LIVE_REFUSED, role=slot.role)
    return LiveAuthority(data_dir.resolve(), slot.user, keys.k_db)


def require_live_authority(
    data_dir: Path, given: LiveAuthority | None, user: str, secret: str, use_recovery: bool
) -> LiveAuthority | None:
    """Before a restore replaces ``data_dir``: an administrator of it agreed."""
    if given is not None:
        if given.data_dir != data_dir.resolve():
            raise PermissionDenied(_LIVE_REFUSED, role="")
        return given
    return authorize_live(data_dir, user, secret, use_recovery=use_recovery)

"""At unlock, right after the database opens: accept only the key slots the vault knows.

The database keeps the id and fingerprint of every slot it accepts (``key_slot_registry``).
A removed account's slot copied back into the key file, or an old key file put back after a
password change, unwraps with the old password, but the database does not know that version
of the slot: the unlock is refused and recorded as a failed login. Unknown slots beside the
one used are dropped from the key file at this unlock and recorded as an integrity failure.
"""

from __future__ import annotations

import logging

from sqlalchemy.exc import SQLAlchemyError

from ajo_cases.errors import KeySlotsCorrupt, SlotRevoked
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.storage import meta_repo, slot_registry_repo
from ajo_cases.vault import keyslots, slot_registry
from ajo_cases.vault.keyslots import Slot

_LOG = logging.getLogger(__name__)
UNKNOWN_REMOVED = "keyslots_unknown_removed"  # a warning for the administrator


def accepted(vault: OpenVault) -> set[slot_registry.Entry] | None:
    """The accepted slots, or None when this database does not keep the list yet."""
    with vault.engine.connect() as conn:
        if not slot_registry_repo.table_exists(conn):
            return None
    with vault.read_session() as session:
        if not slot_registry_repo.is_ready(session):
            return None
        return slot_registry_repo.known(session)


def refuse_unknown(vault: OpenVault, slot: Slot) -> None:
    """Raise SlotRevoked when ``slot`` is not accepted; drop other unknown slots."""
    known = accepted(vault)
    if known is None:
        return  # a database from before the list: it is filled from this key file
    if slot_registry.entry(slot) not in known:
        _record(vault, slot.user, "login_failed", "key slot not accepted: removed or replaced")
        raise SlotRevoked(
            "this account's key is no longer valid (the account was removed or its password "
            "changed); ask the administrator"
        )
    unknown = [s for s in vault.slot_file.slots if slot_registry.entry(s) not in known]
    if not unknown:
        return
    vault.slot_file.slots = [s for s in vault.slot_file.slots if s not in unknown]
    vault.warnings.append(UNKNOWN_REMOVED)
    names = ",".join(sorted(s.slot_id for s in unknown))
    _record(vault, vault.user, "integrity_failure", f"unknown key slots removed: {names}")


def _record(vault: OpenVault, actor: str, event: str, detail: str) -> None:
    """Into the vault's own log, when the database is the vault's (else only refused)."""
    try:
        with vault.read_session() as session:
            if meta_repo.get(session, "vault_id") != vault.slot_file.vault_id:
                return
        with vault.unit_of_work(audit_only=True) as session:
            # a refused login is not vouched for (its slot's key is no longer trusted)
            vault.audit.append(session, actor=actor, event=event, target_table="user",
                               target_id=actor, detail=detail,
                               sign=event != "login_failed")  # fmt: skip
    except SQLAlchemyError as exc:
        _LOG.warning("could not record a refused key slot: %s", type(exc).__name__)


def unknown_in_file(vault: OpenVault) -> list[str] | None:
    """For `verify`: ids of slots in the key file on disk the database does not accept
    (None when the database keeps no list yet or the file cannot be read)."""
    known = accepted(vault)
    if known is None:
        return None
    try:
        on_disk = keyslots.load(vault.slots_path)
    except (OSError, KeySlotsCorrupt):
        return None
    return sorted(s.slot_id for s in on_disk.slots if slot_registry.entry(s) not in known)

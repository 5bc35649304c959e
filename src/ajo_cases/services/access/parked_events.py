"""Failed logins parked in the key file until the next unlock writes them into the audit log.

They are written before anyone is signed in, so nothing can authenticate them: whoever can
edit the key file can add to them. Only what a failed login produces is accepted (the event
name, an existing account or "unknown account", a time), at most ``MAX_ACCEPTED`` of them,
marked unverified in the log, and none from a key file that fails its check. A typed name
that is not an account (often a password typed in the wrong box) is never stored as typed.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from ajo_cases.errors import KeySlotsCorrupt
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.storage.base import utc_now
from ajo_cases.vault import keyslots
from ajo_cases.vault.keyslots import SlotFile

_LOG = logging.getLogger(__name__)
EVENT = "login_failed"
UNKNOWN_ACCOUNT = "unknown account"
RECOVERY_CODE = "recovery code"
MAX_ACCEPTED = 100


def _account(slot_file: SlotFile, typed: str) -> str:
    slot = slot_file.user_slot(typed)
    return slot.user if slot is not None else UNKNOWN_ACCOUNT


def note_failure(slots_path: Path, typed_user: str, *, use_recovery: bool = False) -> None:
    """Park one failed login; the name is the account's own, or "unknown account"."""
    try:
        slot_file = keyslots.load(slots_path)
        who = RECOVERY_CODE if use_recovery else _account(slot_file, typed_user)
        slot_file.add_pending({"event": EVENT, "user": who, "at": utc_now().isoformat()})
        keyslots.save(slots_path, slot_file)
    except (OSError, KeySlotsCorrupt) as exc:
        _LOG.warning("could not record a failed login: %s", type(exc).__name__)


def _time(value: str) -> str:
    try:
        return datetime.fromisoformat(value).isoformat(timespec="seconds")
    except ValueError:
        return "?"


def accepted(slot_file: SlotFile, file_checks_out: bool) -> list[tuple[str, str]]:
    """(account, time) of each failed login the audit log may take; the rest is dropped."""
    if not file_checks_out:
        return []
    found: list[tuple[str, str]] = []
    for event in slot_file.pending_events:
        if event.get("event") != EVENT:
            continue
        user = str(event.get("user", ""))
        who = user if user in (UNKNOWN_ACCOUNT, RECOVERY_CODE) else _account(slot_file, user)
        found.append((who, _time(str(event.get("at", "")))))
    return found[-MAX_ACCEPTED:]


def write(vault: OpenVault, session: Session, file_checks_out: bool) -> int:
    """Append the accepted failed logins; returns how many parked events were dropped."""
    events = accepted(vault.slot_file, file_checks_out)
    for who, at in events:
        vault.audit.append(  # never signed: nobody signed in vouches for it
            session, actor=who, event=EVENT, detail=f"unverified; at {at}", sign=False
        )
    dropped = len(vault.slot_file.pending_events) - len(events)
    vault.slot_file.pending_events = []
    return dropped

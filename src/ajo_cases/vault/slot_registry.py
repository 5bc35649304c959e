"""A slot's fingerprint: what the vault's database remembers to accept it.

The SHA-256 of the slot's sealed form (header, nonce, ciphertext). Sealing always draws a new
nonce, so every re-seal of a slot (new password, rotation, stronger KDF) has a new fingerprint
and an older copy of the same slot id no longer matches.
"""

from __future__ import annotations

import hashlib

from ajo_cases.vault.keyslots import Slot, canonical_json

Entry = tuple[str, str]  # (slot id, fingerprint)


def fingerprint(slot: Slot) -> str:
    return hashlib.sha256(canonical_json(slot.to_json())).hexdigest()


def entry(slot: Slot) -> Entry:
    return slot.slot_id, fingerprint(slot)


def entries(slots: list[Slot]) -> set[Entry]:
    return {entry(slot) for slot in slots}

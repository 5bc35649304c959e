"""An HMAC over the key file's contents outside the slots, under a key only an unlock gives.

The SHA-256 checksum in the key file tells damage from a wrong password, but anyone can
recompute it. The slots authenticate themselves (AES-GCM); the rest (vault id, the slot list,
the audit head) is covered here by HMAC(HKDF(K_db)). Failed logins parked before unlock are
left out: they are written when nobody is signed in, so nothing could authenticate them.
"""

from __future__ import annotations

import hashlib
import hmac

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ajo_cases.vault.keyslots import SlotFile, canonical_json

# the database remembers that its key file carries a MAC, so stripping it is not a way back
REQUIRED_META = "keyfile.mac"


def mac_key(k_db: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, None, b"ajo-cases key file v1").derive(k_db)


def compute(k_db: bytes, slot_file: SlotFile) -> str:
    body = slot_file.body()
    covered = {k: v for k, v in body.items() if k not in ("pending_events", "mac")}
    return hmac.new(mac_key(k_db), canonical_json(covered), hashlib.sha256).hexdigest()


def sign(k_db: bytes, slot_file: SlotFile) -> SlotFile:
    slot_file.mac = compute(k_db, slot_file)
    return slot_file


def is_authentic(k_db: bytes, slot_file: SlotFile) -> bool:
    return slot_file.mac is not None and hmac.compare_digest(
        slot_file.mac, compute(k_db, slot_file)
    )

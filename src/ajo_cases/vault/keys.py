"""The vault's data keys and what each role may hold."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
SEED_BYTES = 32
# A payload that carries the account's signing seed starts with this tag; older payloads are
# K_db (32 bytes) or K_db + K_pii (64 bytes) and still unwrap (the account then has no seed).
_SEEDED = b"AJS1"

# Roles that hold K_pii and so can read personal fields. A manager's slot carries K_db only.
ROLES = ("admin", "case_worker", "shelter_staff", "manager")
PII_ROLES = frozenset({"admin", "case_worker", "shelter_staff"})


def role_holds_pii(role: str) -> bool:
    return role in PII_ROLES


@dataclass(frozen=True, slots=True, repr=False)
class VaultKeys:
    k_db: bytes
    k_pii: bytes | None
    # the account's own Ed25519 seed (vault/signing.py): one per slot, never shared
    signing_seed: bytes | None = None

    def __post_init__(self) -> None:
        if len(self.k_db) != KEY_BYTES or (self.k_pii is not None and len(self.k_pii) != KEY_BYTES):
            raise ValueError("vault keys must be 32 bytes")
        if self.signing_seed is not None and len(self.signing_seed) != SEED_BYTES:
            raise ValueError("a signing seed is 32 bytes")

    @classmethod
    def generate(cls) -> VaultKeys:
        return cls(secrets.token_bytes(KEY_BYTES), secrets.token_bytes(KEY_BYTES))

    def for_role(self, role: str) -> VaultKeys:
        """The subset of the shared keys a slot of ``role`` may carry (never a signing seed:
        each slot is sealed with its own, see ``with_seed``)."""
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}")
        return VaultKeys(self.k_db, self.k_pii if role_holds_pii(role) else None)

    def with_seed(self, seed: bytes | None) -> VaultKeys:
        return VaultKeys(self.k_db, self.k_pii, seed)

    def audit_key(self) -> bytes:
        hkdf = HKDF(hashes.SHA256(), KEY_BYTES, None, b"ajo-cases audit chain v1")
        return hkdf.derive(self.k_db)

    def to_payload(self) -> bytes:
        if self.signing_seed is None:
            return self.k_db + (self.k_pii or b"")
        return _SEEDED + self.k_db + self.signing_seed + (self.k_pii or b"")

    @classmethod
    def from_payload(cls, payload: bytes) -> VaultKeys:
        if len(payload) == KEY_BYTES:
            return cls(payload, None)
        if len(payload) == 2 * KEY_BYTES:
            return cls(payload[:KEY_BYTES], payload[KEY_BYTES:])
        seeded = len(_SEEDED) + KEY_BYTES + SEED_BYTES
        if payload[: len(_SEEDED)] == _SEEDED and len(payload) in (seeded, seeded + KEY_BYTES):
            k_db = payload[len(_SEEDED) : len(_SEEDED) + KEY_BYTES]
            seed = payload[len(_SEEDED) + KEY_BYTES : seeded]
            return cls(k_db, payload[seeded:] or None, seed)
        raise ValueError("slot payload has the wrong length")

    def __repr__(self) -> str:  # never print key material
        return f"VaultKeys(pii={'yes' if self.k_pii else 'no'})"

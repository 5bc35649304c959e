"""The vault's data keys and what each role may hold."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32

# Roles that hold K_pii and so can read personal fields. A manager's slot carries K_db only.
ROLES = ("admin", "case_worker", "shelter_staff", "manager")
PII_ROLES = frozenset({"admin", "case_worker", "shelter_staff"})


def role_holds_pii(role: str) -> bool:
    return role in PII_ROLES


@dataclass(frozen=True, slots=True, repr=False)
class VaultKeys:
    k_db: bytes
    k_pii: bytes | None

    def __post_init__(self) -> None:
        if len(self.k_db) != KEY_BYTES or (self.k_pii is not None and len(self.k_pii) != KEY_BYTES):
            raise ValueError("vault keys must be 32 bytes")

    @classmethod
    def generate(cls) -> VaultKeys:
        return cls(secrets.token_bytes(KEY_BYTES), secrets.token_bytes(KEY_BYTES))

    def for_role(self, role: str) -> VaultKeys:
        """The subset of keys a slot of ``role`` may carry."""
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}")
        return VaultKeys(self.k_db, self.k_pii if role_holds_pii(role) else None)

    def audit_key(self) -> bytes:
        hkdf = HKDF(hashes.SHA256(), KEY_BYTES, None, b"ajo-cases audit chain v1")
        return hkdf.derive(self.k_db)

    def to_payload(self) -> bytes:
        return self.k_db + (self.k_pii or b"")

    @classmethod
    def from_payload(cls, payload: bytes) -> VaultKeys:
        if len(payload) == KEY_BYTES:
            return cls(payload, None)
        if len(payload) == 2 * KEY_BYTES:
            return cls(payload[:KEY_BYTES], payload[KEY_BYTES:])
        raise ValueError("slot payload has the wrong length")

    def __repr__(self) -> str:  # never print key material
        return f"VaultKeys(pii={'yes' if self.k_pii else 'no'})"

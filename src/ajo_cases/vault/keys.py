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
# ... and the seed it replaces, until the log has registered the new one (a password change
# cut short between writing the key file and committing the registration is finished at the
# next unlock, signed with the previous seed)
_SEEDED_PENDING = b"AJS2"
# ... and, during an online rotation of K_pii, the previous personal-data key(s) needed to read
# values not sealed again yet: tag, K_db, a count of seeds (0-2) and of previous keys, the
# seeds, the previous keys, then K_pii. Only written while a rotation runs.
_RING = b"AJR1"

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
    previous_seed: bytes | None = None
    # older personal-data keys, oldest first, held for reading during an online rotation
    previous_pii: tuple[bytes, ...] = ()

    def __post_init__(self) -> None:
        if len(self.k_db) != KEY_BYTES or (self.k_pii is not None and len(self.k_pii) != KEY_BYTES):
            raise ValueError("vault keys must be 32 bytes")
        if any(len(k) != KEY_BYTES for k in self.previous_pii) or (
            self.previous_pii and self.k_pii is None
        ):
            raise ValueError("previous personal-data keys are 32 bytes, beside a current one")
        for seed in (self.signing_seed, self.previous_seed):
            if seed is not None and len(seed) != SEED_BYTES:
                raise ValueError("a signing seed is 32 bytes")

    @classmethod
    def generate(cls) -> VaultKeys:
        return cls(secrets.token_bytes(KEY_BYTES), secrets.token_bytes(KEY_BYTES))

    def for_role(self, role: str) -> VaultKeys:
        """The subset of the shared keys a slot of ``role`` may carry (never a signing seed:
        each slot is sealed with its own, see ``with_seed``)."""
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}")
        if not role_holds_pii(role):
            return VaultKeys(self.k_db, None)
        return VaultKeys(self.k_db, self.k_pii, previous_pii=self.previous_pii)

    def with_seed(self, seed: bytes | None, previous: bytes | None = None) -> VaultKeys:
        return VaultKeys(
            self.k_db, self.k_pii, seed, previous if seed is not None else None, self.previous_pii
        )

    def with_pii(self, k_pii: bytes, previous: tuple[bytes, ...] = ()) -> VaultKeys:
        """The same keys with another personal-data key ring (an online rotation)."""
        return VaultKeys(self.k_db, k_pii, self.signing_seed, self.previous_seed, previous)

    def audit_key(self) -> bytes:
        hkdf = HKDF(hashes.SHA256(), KEY_BYTES, None, b"ajo-cases audit chain v1")
        return hkdf.derive(self.k_db)

    def to_payload(self) -> bytes:
        if self.previous_pii:
            seeds = [s for s in (self.signing_seed, self.previous_seed) if s is not None]
            return (
                _RING + self.k_db + bytes([len(seeds), len(self.previous_pii)])
                + b"".join(seeds) + b"".join(self.previous_pii) + (self.k_pii or b"")
            )  # fmt: skip
        if self.signing_seed is None:
            return self.k_db + (self.k_pii or b"")
        if self.previous_seed is not None:
            return (
                _SEEDED_PENDING + self.k_db + self.signing_seed + self.previous_seed
                + (self.k_pii or b"")
            )  # fmt: skip
        return _SEEDED + self.k_db + self.signing_seed + (self.k_pii or b"")

    @classmethod
    def from_payload(cls, payload: bytes) -> VaultKeys:
        if len(payload) == KEY_BYTES:
            return cls(payload, None)
        if len(payload) == 2 * KEY_BYTES:
            return cls(payload[:KEY_BYTES], payload[KEY_BYTES:])
        tag, rest = payload[:4], payload[4:]
        if tag == _RING:
            return cls._from_ring(rest)
        seeds = {_SEEDED: 1, _SEEDED_PENDING: 2}.get(tag)
        fixed = KEY_BYTES + (seeds or 0) * SEED_BYTES
        if seeds is not None and len(rest) in (fixed, fixed + KEY_BYTES):
            k_db, seed = rest[:KEY_BYTES], rest[KEY_BYTES : KEY_BYTES + SEED_BYTES]
            previous = rest[KEY_BYTES + SEED_BYTES : fixed] or None
            return cls(k_db, rest[fixed:] or None, seed, previous)
        raise ValueError("slot payload has the wrong length")

    @classmethod
    def _from_ring(cls, rest: bytes) -> VaultKeys:
        if len(rest) < KEY_BYTES + 2:
            raise ValueError("slot payload has the wrong length")
        k_db, seeds, keys = rest[:KEY_BYTES], rest[KEY_BYTES], rest[KEY_BYTES + 1]
        body = rest[KEY_BYTES + 2 :]
        if seeds > 2 or keys < 1 or len(body) != seeds * SEED_BYTES + (keys + 1) * KEY_BYTES:
            raise ValueError("slot payload has the wrong length")
        found = [body[i * SEED_BYTES : (i + 1) * SEED_BYTES] for i in range(seeds)]
        start = seeds * SEED_BYTES
        ring = [body[start + i * KEY_BYTES : start + (i + 1) * KEY_BYTES] for i in range(keys + 1)]
        return cls(
            k_db, ring[-1], found[0] if found else None, found[1] if seeds > 1 else None,
            tuple(ring[:-1]),
        )  # fmt: skip

    def __repr__(self) -> str:  # never print key material
        return f"VaultKeys(pii={'yes' if self.k_pii else 'no'})"

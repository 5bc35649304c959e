"""Per-account Ed25519 signatures on the audit log.

The HMAC chain (auditchain.py) proves the log was not rewritten by someone without ``K_db``.
Signatures prove who wrote an entry: each account's private seed lives only in its own slot,
so holding ``K_db`` (a manager, a case worker) is not enough to write in someone else's name.

One signature covers a *run*: the consecutive entries one account appends in one
transaction. Every entry of a run carries a signature over the run so far, and the verifier
checks only the last one of each run (one Ed25519 verification per commit, not per entry).
What is signed never depends on the HMAC key, so a key rotation (new ``K_db``, re-linked
MACs) leaves every signature valid:

    link(e)  = SHA-256(canonical(e) || blob(e))                  (blob is b"" when unsigned)
    H(first) = SHA-256(link(entry before first) || canonical(first))
    H(e)     = SHA-256(H(entry before e in the run) || canonical(e))
    blob(e)  = VERSION || first seq (8 bytes, big-endian) || Ed25519(seed, CONTEXT || first || H(e))

On the office server the chain (sequence number and link) is set by the server at insert
(storage/server_chain.py), after the author signed, so its entries are signed one by one over
what the author writes and nothing the server assigns (version 2):

    payload(e) = canonical(e) without its sequence number
    blob(e)    = VERSION_2 || nonce (8 random bytes)
                 || Ed25519(seed, CONTEXT_2 || nonce || payload(e))

The actor is in the payload (moved to another account, the signature no longer verifies);
the nonce makes each signed entry unique, so a copy of one inserted again is reported by the
replay (vault/audit_trust.py). Both versions fit the same 73-byte column.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Mapping
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ajo_cases.vault.keyslots import canonical_json

SEED_BYTES = 32
PUBLIC_BYTES = 32
_SIGNATURE_BYTES = 64
_VERSION = b"\x01"
_VERSION_2 = b"\x02"
_CONTEXT = b"ajo-cases audit signature v1\x00"
_CONTEXT_2 = b"ajo-cases audit entry signature v2\x00"
_NONCE_BYTES = 8
BLOB_BYTES = len(_VERSION) + 8 + _SIGNATURE_BYTES
GENESIS_LINK = bytes(32)
KEY_PREFIX = "ed25519:"  # how an audit entry's detail carries a public key


def new_seed() -> bytes:
    return secrets.token_bytes(SEED_BYTES)


def public_key(seed: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes_raw()


def key_text(public: bytes) -> str:
    return KEY_PREFIX + public.hex()


def parse_key_text(text: str) -> bytes | None:
    """The public key in an entry's detail ("ed25519:<hex>"), or None."""
    if not text.startswith(KEY_PREFIX):
        return None
    try:
        raw = bytes.fromhex(text[len(KEY_PREFIX) :])
    except ValueError:
        return None
    return raw if len(raw) == PUBLIC_BYTES else None


def payload(entry: Mapping[str, object]) -> bytes:
    """What a version 2 blob signs: the entry's canonical form without its sequence number."""
    return canonical_json({k: v for k, v in entry.items() if k != "seq"})


def link(canonical: bytes, blob: bytes | None) -> bytes:
    return hashlib.sha256(canonical + (blob or b"")).digest()


def run_hash(before: bytes, canonical: bytes) -> bytes:
    """H of an entry: ``before`` is the previous link (first of a run) or the previous H."""
    return hashlib.sha256(before + canonical).digest()


def _message(first_seq: int, run: bytes) -> bytes:
    return _CONTEXT + first_seq.to_bytes(8, "big") + run


@dataclass(frozen=True, slots=True, repr=False)
class Signer:
    """Who signs (the account name written as the actor) and their private seed."""

    actor: str
    seed: bytes

    def __post_init__(self) -> None:
        if len(self.seed) != SEED_BYTES:
            raise ValueError("a signing seed is 32 bytes")

    def sign(self, first_seq: int, run: bytes) -> bytes:
        key = Ed25519PrivateKey.from_private_bytes(self.seed)
        signature = key.sign(_message(first_seq, run))
        return _VERSION + first_seq.to_bytes(8, "big") + signature

    def sign_entry(self, payload: bytes) -> bytes:
        """Version 2: one entry, whatever sequence number the server gives it."""
        nonce = secrets.token_bytes(_NONCE_BYTES)
        key = Ed25519PrivateKey.from_private_bytes(self.seed)
        return _VERSION_2 + nonce + key.sign(_CONTEXT_2 + nonce + payload)

    @property
    def public(self) -> bytes:
        return public_key(self.seed)

    def __repr__(self) -> str:  # never print the seed
        return f"Signer(actor={self.actor!r})"


def is_per_entry(blob: bytes) -> bool:
    """A version 2 blob: it signs its own entry alone (payload), not a run."""
    return len(blob) == BLOB_BYTES and blob[:1] == _VERSION_2


def nonce(blob: bytes) -> bytes:
    """A version 2 blob's nonce: two entries carrying the same one are one entry copied."""
    return blob[1 : 1 + _NONCE_BYTES]


def first_seq(blob: bytes) -> int | None:
    """The first entry a blob's run starts at, or None when the blob is malformed."""
    if len(blob) != BLOB_BYTES or blob[:1] != _VERSION:
        return None
    return int.from_bytes(blob[1:9], "big")


def verifies(public: bytes, blob: bytes, run: bytes) -> bool:
    """``run``: the run's hash H for a version 1 blob, the entry's payload for version 2."""
    if is_per_entry(blob):
        message = _CONTEXT_2 + nonce(blob) + run
    else:
        first = first_seq(blob)
        if first is None:
            return False
        message = _message(first, run)
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(blob[9:], message)
    except (InvalidSignature, ValueError):
        return False
    return True

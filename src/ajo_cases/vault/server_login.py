"""The sign-in to an office-server vault: one Argon2id run, two keys.

From the account's password and its slot's KDF parameters, one Argon2id run gives a master
secret; HKDF with two distinct labels turns it into the key that opens the slot and the secret
the PC logs in with (SCRAM). The login secret is not the password and cannot be guessed faster
than Argon2id; the server only ever holds its SCRAM verifier, computed here, so it never sees
the secret either. A local vault's slots keep their own derivation (kdf.derive_kek).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ajo_cases.vault import kdf
from ajo_cases.vault.kdf import KdfParams
from ajo_cases.vault.keys import VaultKeys
from ajo_cases.vault.keyslots import USER_SLOT, Slot

_SLOT_LABEL = b"ajo-cases server slot kek v1"
_LOGIN_LABEL = b"ajo-cases server login secret v1"
SCRAM_ITERATIONS = 4096  # PostgreSQL's own default; the secret is already Argon2id-strong


@dataclass(frozen=True, slots=True, repr=False)
class SignIn:
    kek: bytes  # opens the account's slot
    secret: str  # the PostgreSQL login's password (SCRAM); never the account's password

    def __repr__(self) -> str:  # keys stay out of logs and tracebacks
        return "SignIn(...)"


def _expand(master: bytes, label: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, None, label).derive(master)


def derive(password: str, params: KdfParams) -> SignIn:
    """The slot key and the login secret of a password under ``params`` (Argon2id once)."""
    if params.algorithm != kdf.ARGON2ID:
        raise ValueError("a server account's slot is always Argon2id")
    master = kdf.derive_kek(kdf.password_bytes(password), params)
    secret = _expand(master, _LOGIN_LABEL).hex()
    return SignIn(_expand(master, _SLOT_LABEL), secret)


def scram_verifier(secret: str, *, iterations: int = SCRAM_ITERATIONS) -> str:
    """PostgreSQL's ``SCRAM-SHA-256$iter:salt$StoredKey:ServerKey`` for ``secret`` (RFC 5802).

    The secret is hex, so SASLprep leaves it as it is."""
    salt = secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", secret.encode("ascii"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(raw: bytes) -> str:
        return base64.b64encode(raw).decode("ascii")

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def unwrap_here_or_server(slot: Slot, master: bytes) -> VaultKeys:
    """Open ``slot`` with the Argon2id output of its password: a slot sealed for a local vault
    takes it as it is, an account's slot from the office server (in a server vault's backup
    restored as a local vault) takes the slot key derived from it. No second Argon2id run."""
    try:
        return slot.unwrap(master)
    except InvalidTag:
        if slot.kind != USER_SLOT:
            raise
    return slot.unwrap(_expand(master, _SLOT_LABEL))

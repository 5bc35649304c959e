"""Unsaved edits kept across a lock, sealed while the vault is closed.

At a lock the desktop hands each page's unsaved edits here while the vault is still open; they
are sealed (AES-256-GCM) under a key derived from the signed-in account's vault key, and the
keys leave memory when the vault closes. So while the screen is locked the drafts are only
ciphertext: nothing in the process can read them until the same account unlocks again. The
page and the account are the associated data, so a draft opens only where it was taken.
"""

from __future__ import annotations

import pickle  # our own objects, sealed and opened in this process: never read from outside
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ajo_cases.services.open_vault import OpenVault

_NONCE = 12


def _key(vault: OpenVault) -> bytes:
    base = vault.keys.k_pii or vault.keys.k_db
    return HKDF(hashes.SHA256(), 32, None, b"ajo-cases drafts v1").derive(base)


def _associated(vault: OpenVault, page: str) -> bytes:
    return f"{vault.user}|{page}".encode()


def seal_draft(vault: OpenVault, page: str, draft: object) -> bytes:
    nonce = secrets.token_bytes(_NONCE)
    plain = pickle.dumps(draft, protocol=pickle.HIGHEST_PROTOCOL)
    return nonce + AESGCM(_key(vault)).encrypt(nonce, plain, _associated(vault, page))


def open_draft(vault: OpenVault, page: str, sealed: bytes) -> object | None:
    """The draft, or None when it was sealed for another account or page (then it is dropped)."""
    try:
        plain = AESGCM(_key(vault)).decrypt(
            sealed[:_NONCE], sealed[_NONCE:], _associated(vault, page)
        )
    except InvalidTag:
        return None
    draft: object = pickle.loads(plain)  # noqa: S301 - authenticated, sealed in this process
    return draft

"""AES-256-GCM for personal fields inside the database, bound to table|column|row|version.

A sealed value is ``version ‖ [key id] ‖ nonce ‖ ciphertext``. Version 2 (written now) carries
the 4-byte id of the ``K_pii`` that sealed it, so the key can rotate online: during a rotation
a cipher holds the current key and the previous one(s), writes with the current one and opens
each value with the key its id names. Version 1 (written before key ids) has no id and is
opened with the oldest key held: the key the vault had when key ids came in, which a rotation
keeps until every such value was sealed again. The id is HKDF of the key itself: it names the
key, and nothing in it comes from the data.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ajo_cases.errors import IntegrityFailure, PersonalDataRestricted

LEGACY = 1  # no key id
FORMAT = 2  # with the key id
KEY_ID_BYTES = 4
_NONCE = 12
_TAG = 16


def key_id(k_pii: bytes) -> bytes:
    """The short public name of a personal-data key (never of anything personal)."""
    return HKDF(hashes.SHA256(), KEY_ID_BYTES, None, b"ajo-cases pii key id v1").derive(k_pii)


def associated_data(table: str, column: str, row_uuid: str, kid: bytes | None = None) -> bytes:
    if kid is None:
        return f"{table}|{column}|{row_uuid}|{LEGACY}".encode()
    return f"{table}|{column}|{row_uuid}|{FORMAT}|{kid.hex()}".encode()


def sealed_key_id(blob: bytes) -> bytes | None:
    """The key id a sealed value names (None for a version-1 value)."""
    return bytes(blob[1 : 1 + KEY_ID_BYTES]) if blob[:1] == bytes([FORMAT]) else None


def prefix(k_pii: bytes) -> bytes:
    """How every value sealed now with ``k_pii`` starts (the sweep looks for others)."""
    return bytes([FORMAT]) + key_id(k_pii)


class FieldCipher:
    """Encrypts and decrypts personal fields. Built without a key, every call is refused.

    ``previous``: older keys still held during a rotation (oldest first), for reading only."""

    def __init__(self, k_pii: bytes | None, previous: Sequence[bytes] = ()) -> None:
        self._aead = AESGCM(k_pii) if k_pii is not None else None
        self._kid = key_id(k_pii) if k_pii is not None else b""
        ring = [*previous, k_pii] if k_pii is not None else []
        self._by_id = {key_id(k): AESGCM(k) for k in ring}
        self._legacy = AESGCM(ring[0]) if ring else None

    @property
    def can_read_personal(self) -> bool:
        return self._aead is not None

    @property
    def current_key_id(self) -> bytes:
        return self._kid

    def holds(self, kid: bytes) -> bool:
        return kid in self._by_id

    def _require(self) -> AESGCM:
        if self._aead is None:
            raise PersonalDataRestricted("this account may not read or write personal data")
        return self._aead

    def encrypt(self, table: str, column: str, row_uuid: str, value: str | None) -> bytes | None:
        if value is None:
            return None
        return self.encrypt_bytes(table, column, row_uuid, value.encode("utf-8"))

    def encrypt_bytes(self, table: str, column: str, row_uuid: str, value: bytes) -> bytes:
        aead = self._require()
        nonce = secrets.token_bytes(_NONCE)
        sealed = aead.encrypt(nonce, value, associated_data(table, column, row_uuid, self._kid))
        return bytes([FORMAT]) + self._kid + nonce + sealed

    def decrypt_bytes(self, table: str, column: str, row_uuid: str, blob: bytes) -> bytes:
        self._require()
        blob = bytes(blob)
        kid = sealed_key_id(blob)
        start = 1 + (KEY_ID_BYTES if kid is not None else 0)
        if len(blob) < start + _NONCE + _TAG or blob[0] not in (LEGACY, FORMAT):
            raise IntegrityFailure("an encrypted field is malformed", table=table, column=column)
        aead = self._legacy if kid is None else self._by_id.get(kid)
        if aead is None:
            raise IntegrityFailure(
                "an encrypted field was sealed with a key this account does not hold; sign "
                "in again (after a key rotation, with the temporary password)",
                table=table,
                column=column,
            )
        try:
            return aead.decrypt(
                blob[start : start + _NONCE],
                blob[start + _NONCE :],
                associated_data(table, column, row_uuid, kid),
            )
        except InvalidTag:
            # Either tampering or a value copied from another row: refuse, never guess.
            raise IntegrityFailure(
                "an encrypted field failed authentication", table=table, column=column
            ) from None

    def decrypt(self, table: str, column: str, row_uuid: str, blob: bytes | None) -> str | None:
        if blob is None:
            return None
        return self.decrypt_bytes(table, column, row_uuid, blob).decode("utf-8")

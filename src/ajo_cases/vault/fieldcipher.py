"""AES-256-GCM for personal fields inside the database, bound to table|column|row|version."""

from __future__ import annotations

import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ajo_cases.errors import IntegrityFailure, PersonalDataRestricted

FORMAT = 1
_NONCE = 12


def associated_data(table: str, column: str, row_uuid: str) -> bytes:
    return f"{table}|{column}|{row_uuid}|{FORMAT}".encode()


class FieldCipher:
    """Encrypts and decrypts personal fields. Built without a key, every call is refused."""

    def __init__(self, k_pii: bytes | None) -> None:
        self._aead = AESGCM(k_pii) if k_pii is not None else None

    @property
    def can_read_personal(self) -> bool:
        return self._aead is not None

    def _require(self) -> AESGCM:
        if self._aead is None:
            raise PersonalDataRestricted("this account may not read or write personal data")
        return self._aead

    def encrypt(self, table: str, column: str, row_uuid: str, value: str | None) -> bytes | None:
        if value is None:
            return None
        aead = self._require()
        nonce = secrets.token_bytes(_NONCE)
        sealed = aead.encrypt(
            nonce, value.encode("utf-8"), associated_data(table, column, row_uuid)
        )
        return bytes([FORMAT]) + nonce + sealed

    def encrypt_bytes(self, table: str, column: str, row_uuid: str, value: bytes) -> bytes:
        aead = self._require()
        nonce = secrets.token_bytes(_NONCE)
        return (
            bytes([FORMAT])
            + nonce
            + aead.encrypt(nonce, value, associated_data(table, column, row_uuid))
        )

    def decrypt_bytes(self, table: str, column: str, row_uuid: str, blob: bytes) -> bytes:
        aead = self._require()
        if len(blob) < 1 + _NONCE + 16 or blob[0] != FORMAT:
            raise IntegrityFailure("an encrypted field is malformed", table=table, column=column)
        try:
            return aead.decrypt(
                blob[1 : 1 + _NONCE], blob[1 + _NONCE :], associated_data(table, column, row_uuid)
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

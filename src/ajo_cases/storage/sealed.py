"""Reading and writing the ``*_enc`` columns of a row through the field cipher.

The associated data is the row's table, the column and the row id, so a ciphertext copied
into another row or column fails to decrypt.
"""

from __future__ import annotations

from typing import Any

from ajo_cases.vault.fieldcipher import FieldCipher


def seal(cipher: FieldCipher, row: Any, column: str, value: str | None) -> None:
    """Encrypt ``value`` into ``row.<column>`` (the row must already have its id)."""
    if row.id is None:
        raise ValueError("a row needs its id before personal fields are sealed")
    setattr(row, column, seal_value(cipher, row.__tablename__, column, row.id, value))


def seal_value(
    cipher: FieldCipher, table: str, column: str, row_id: str, value: str | None
) -> bytes | None:
    """The ciphertext a row of ``table`` with ``row_id`` stores in ``column`` (bulk inserts)."""
    return cipher.encrypt(table, column, row_id, _blank_to_none(value))


def unseal(cipher: FieldCipher, row: Any, column: str) -> str | None:
    return cipher.decrypt(row.__tablename__, column, row.id, getattr(row, column))


def unseal_or_none(cipher: FieldCipher, row: Any, column: str) -> str | None:
    """The value, or None for a session that may not read personal data."""
    if not cipher.can_read_personal:
        return None
    return unseal(cipher, row, column)


def _blank_to_none(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


SEALED_SUFFIX = "_enc"


def sealed_column_names(table: Any) -> list[str]:
    """The personal columns of a table (every ``*_enc`` column): what a manager's login on the
    office server may never read (storage/server_grants.py, storage/manager_view.py)."""
    return [c.name for c in table.columns if c.name.endswith(SEALED_SUFFIX)]

"""Small key/value facts about the vault stored inside the encrypted database."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ajo_cases.storage.models_core import VaultMeta


def get(session: Session, key: str) -> str | None:
    row = session.get(VaultMeta, key)
    return row.value if row else None


def put(session: Session, key: str, value: str) -> None:
    row = session.get(VaultMeta, key)
    if row is None:
        session.add(VaultMeta(key=key, value=value))
    else:
        row.value = value


# An office-server vault keeps its key-slot file here, so that every PC sees the same accounts.
SLOT_FILE_KEY = "keyslots"
# a local vault moved onto the office server: the address (no password) and when; read-only since
MIGRATED_KEY = "vault.migrated_to"


def get_slot_file(session: Session) -> bytes | None:
    value = get(session, SLOT_FILE_KEY)
    return None if value is None else value.encode("ascii")


def put_slot_file(session: Session, raw: bytes) -> None:
    put(session, SLOT_FILE_KEY, raw.decode("ascii"))

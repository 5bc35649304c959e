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


# a local vault moved onto the office server: the address (no password) and when; read-only since
MIGRATED_KEY = "vault.migrated_to"

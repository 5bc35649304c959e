"""The key slots as stored by either backend: the vault folder's file, or the server's table
(read here as the database owner: a login sees only its own slot row)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, text

from ajo_cases.services.open_vault import OpenVault
from ajo_cases.storage.server_engine import make_server_engine
from ajo_cases.vault import kdf, keyslots, server_login, server_profile
from ajo_cases.vault.keyslots import Slot


def stored_slot_file(vault: OpenVault) -> keyslots.SlotFile:
    if vault.on_server:
        profile = server_profile.load(vault.data_dir)
        owner = make_server_engine(profile.url)  # PGPASSWORD: the test cluster's owner
        try:
            with owner.connect() as conn:
                rows = conn.execute(text("SELECT body FROM ajo_slots ORDER BY slot_id")).scalars()
                slots = [Slot.from_json(body, profile.vault_id) for body in rows]
        finally:
            owner.dispose()
        return keyslots.SlotFile(profile.vault_id, slots)
    return keyslots.load(vault.data_dir / keyslots.FILE_NAME)


def slot_key(vault: OpenVault, password: str, slot: Slot) -> bytes:
    """The key that opens an account's slot on the vault's backend."""
    if vault.on_server:
        return server_login.derive(password, slot.kdf).kek
    return kdf.derive_kek(kdf.password_bytes(password), slot.kdf)


@contextmanager
def owner_engine(vault: OpenVault) -> Iterator[Engine]:
    """What an attacker with the database's keys writes through: the SQLCipher engine on
    this PC; on the office server the database owner (never an account's login)."""
    if not vault.on_server:
        yield vault.engine
        return
    owner = make_server_engine(server_profile.load(vault.data_dir).url)
    try:
        yield owner
    finally:
        owner.dispose()

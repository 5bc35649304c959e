"""The key slots as stored by either backend: the vault folder's file, or the server's table."""

from __future__ import annotations

from ajo_cases.services.open_vault import OpenVault
from ajo_cases.storage import meta_repo
from ajo_cases.vault import keyslots


def stored_slot_file(vault: OpenVault) -> keyslots.SlotFile:
    if vault.on_server:
        with vault.read_session() as session:
            raw = meta_repo.get_slot_file(session)
        assert raw is not None
        return keyslots.parse(raw)
    return keyslots.load(vault.data_dir / keyslots.FILE_NAME)

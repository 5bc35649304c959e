"""The files of a vault folder. Light on purpose: the app checks them before importing much."""

from __future__ import annotations

from pathlib import Path

KEYSLOTS_FILE = "keyslots.json"
DB_FILE = "cases.db"
# An office-server vault's folder holds only this connection profile (no database, no keys).
SERVER_PROFILE_FILE = "server.json"


def vault_exists(data_dir: Path) -> bool:
    """Something of a vault is there (so first-run creation must not start)."""
    return any((data_dir / name).exists() for name in (KEYSLOTS_FILE, DB_FILE, SERVER_PROFILE_FILE))


def is_server_vault(data_dir: Path) -> bool:
    return (data_dir / SERVER_PROFILE_FILE).exists()

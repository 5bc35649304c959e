"""The files of a vault folder. Light on purpose: the app checks them before importing much."""

from __future__ import annotations

from pathlib import Path

KEYSLOTS_FILE = "keyslots.json"
DB_FILE = "cases.db"


def vault_exists(data_dir: Path) -> bool:
    """Something of a vault is there (so first-run creation must not start)."""
    return (data_dir / KEYSLOTS_FILE).exists() or (data_dir / DB_FILE).exists()

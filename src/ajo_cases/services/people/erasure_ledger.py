"""The erasure ledger: which people were erased, kept outside the database and its backups.

A backup made before an erasure still holds the person. Restoring it must not bring them
back, so every erasure is also written to ``erasures.json`` in the vault folder (and, when one
is set, in the second backup folder). The file lives beside the database, not in it, so a
restore does not replace it; the restore and every unlock apply it again (services/people/
erasure.py). It holds person ids (random UUIDs) and times, never a name.

The file is authenticated with an HMAC under a key derived from the personal-data key, so a
planted or edited ledger cannot make the vault erase people: one that fails its check is not
applied, and a restore refuses to go ahead (nothing is changed).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ajo_cases.vault.atomic import atomic_write_bytes, backup_path

FILE_NAME: Final = "erasures.json"
FORMAT: Final = "ajo-cases-erasures"


class LedgerInvalid(ValueError):
    """The ledger exists but fails its check (edited, planted or damaged)."""


@dataclass(frozen=True, slots=True)
class Erasure:
    person_id: str
    at: datetime


def ledger_key(k_pii: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, None, b"ajo-cases erasure ledger v1").derive(k_pii)


def _mac(key: bytes, vault_id: str, entries: list[dict[str, str]]) -> str:
    body = json.dumps({"vault_id": vault_id, "erased": entries}, sort_keys=True).encode()
    return hmac.new(key, body, hashlib.sha256).hexdigest()


def _entries(erasures: list[Erasure]) -> list[dict[str, str]]:
    return [{"person": e.person_id, "at": e.at.isoformat()} for e in erasures]


def read(path: Path, k_pii: bytes, vault_id: str) -> list[Erasure]:
    """The erasures of this vault in the ledger at `path` ([] when there is none, or when it
    belongs to another vault). Raises LedgerInvalid when it fails its check."""
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as exc:
        raise LedgerInvalid(f"{path.name} cannot be read ({type(exc).__name__})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise LedgerInvalid(f"{path.name} is not an erasure ledger")
    if data.get("vault_id") != vault_id:
        return []
    entries = data.get("erased")
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise LedgerInvalid(f"{path.name} is damaged")
    expected = _mac(ledger_key(k_pii), vault_id, entries)
    if not hmac.compare_digest(expected, str(data.get("mac", ""))):
        raise LedgerInvalid(f"{path.name} was altered")
    try:
        return [Erasure(str(e["person"]), datetime.fromisoformat(str(e["at"]))) for e in entries]
    except (KeyError, ValueError):
        raise LedgerInvalid(f"{path.name} is damaged") from None


def write(path: Path, k_pii: bytes, vault_id: str, erasures: list[Erasure]) -> None:
    entries = _entries(erasures)
    data = {
        "format": FORMAT,
        "version": 1,
        "vault_id": vault_id,
        "erased": entries,
        "mac": _mac(ledger_key(k_pii), vault_id, entries),
    }
    atomic_write_bytes(path, (json.dumps(data, indent=1) + "\n").encode())


def read_or_backup(path: Path, k_pii: bytes, vault_id: str) -> list[Erasure]:
    """The ledger, or its previous copy when the ledger fails its check; LedgerInvalid when
    both do."""
    try:
        return read(path, k_pii, vault_id)
    except LedgerInvalid:
        previous = backup_path(path)
        if not previous.exists():
            raise
        try:
            return read(previous, k_pii, vault_id)
        except LedgerInvalid:
            message = f"{path.name} was altered or damaged, and so was its copy"
            raise LedgerInvalid(message) from None


def set_aside(path: Path) -> Path:
    """Keep a ledger that fails its check for inspection, out of the way."""
    target = path.with_name(f"{path.name}.invalid-{datetime.now():%Y%m%d-%H%M%S}")
    path.replace(target)
    return target


def merged(*lists: list[Erasure]) -> list[Erasure]:
    """One entry per person, the earliest time kept, in order of time."""
    first: dict[str, Erasure] = {}
    for erasures in lists:
        for erasure in erasures:
            known = first.get(erasure.person_id)
            if known is None or erasure.at < known.at:
                first[erasure.person_id] = erasure
    return sorted(first.values(), key=lambda e: (e.at, e.person_id))

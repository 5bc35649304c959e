"""The READY marker of a restore or key rotation: a strict form and a MAC under the new vault.

The marker tells the next unlock to finish a swap a crash interrupted: move the old files into
``replaced-<time>/`` and the staged ones in. Anyone who can write the vault folder could plant
one, so it is acted on only when (1) it has exactly the expected form, with a folder name that
stays inside the vault folder, and (2) its MAC verifies under a key derived from the staged
vault's database key, which exists only after the staged key file was unlocked. A planted
marker therefore never moves a file before login, nor anywhere outside the vault folder.
"""

from __future__ import annotations

import hmac
import json
import re
from dataclasses import dataclass
from hashlib import sha256
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ajo_cases.errors import VaultDamaged

FORMAT = 1
KINDS = frozenset({"restore", "rotation"})
REPLACED_PREFIX = "replaced-"
# what restore_backup names the folder of the vault it replaces: replaced-YYYYmmdd-HHMMSS-ffffff
_REPLACED_NAME = re.compile(r"replaced-[0-9]{8}-[0-9]{6}-[0-9]{6}")
_MAX_BYTES = 4096


class SwapMarkerInvalid(VaultDamaged):
    """A READY marker that is malformed, points outside the vault or fails its MAC."""


@dataclass(frozen=True, slots=True)
class SwapMarker:
    replaced: str | None
    kind: str
    mac: str

    def body(self) -> dict[str, object]:
        return {"format": FORMAT, "replaced": self.replaced, "kind": self.kind}


def _key(k_db: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, None, b"ajo-cases swap marker v1").derive(k_db)


def _mac(body: dict[str, object], k_db: bytes) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    return hmac.new(_key(k_db), canonical, sha256).hexdigest()


def _refuse(why: str) -> SwapMarkerInvalid:
    return SwapMarkerInvalid(
        f"an unfinished restore marker in the vault folder was not acted on ({why}); nothing "
        "was moved: ask the administrator to check the .swap folder or restore a backup"
    )


def valid_replaced_name(name: str) -> bool:
    return bool(_REPLACED_NAME.fullmatch(name))


def make(replaced: str | None, kind: str, k_db: bytes) -> bytes:
    if kind not in KINDS or (replaced is not None and not valid_replaced_name(replaced)):
        raise ValueError("a swap marker needs a known kind and a replaced-<time> folder name")
    body: dict[str, object] = {"format": FORMAT, "replaced": replaced, "kind": kind}
    return json.dumps({**body, "mac": _mac(body, k_db)}).encode()


def parse(raw: bytes) -> SwapMarker:
    """The marker's form only (no key needed); raises SwapMarkerInvalid."""
    try:
        if len(raw) > _MAX_BYTES:
            raise ValueError
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or set(data) != {"format", "replaced", "kind", "mac"}:
            raise ValueError
        replaced, kind, mac = data["replaced"], data["kind"], data["mac"]
        if data["format"] != FORMAT or kind not in KINDS or not isinstance(mac, str):
            raise ValueError
        if replaced is not None and not (
            isinstance(replaced, str) and valid_replaced_name(replaced)
        ):
            raise _refuse("its folder name is not one a restore makes")
    except (ValueError, UnicodeDecodeError):
        raise _refuse("it is not in the expected form") from None
    return SwapMarker(replaced, kind, mac)


def read(path: Path) -> SwapMarker:
    """Parse the marker file: never through a link, never more than a few KiB."""
    if path.is_symlink() or not path.is_file():
        raise _refuse("it is a link or not a file")
    with path.open("rb") as handle:
        return parse(handle.read(_MAX_BYTES + 1))


def check(marker: SwapMarker, k_db: bytes) -> None:
    if not hmac.compare_digest(marker.mac, _mac(marker.body(), k_db)):
        raise _refuse("it does not verify under the staged vault's key")


def replaced_folder(data_dir: Path, marker: SwapMarker) -> Path | None:
    """The folder the old files move to: a plain folder directly inside the vault folder."""
    if marker.replaced is None:
        return None
    folder = data_dir / marker.replaced
    if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
        raise _refuse("its folder is a link or a file")
    if folder.resolve().parent != data_dir.resolve():
        raise _refuse("its folder is outside the vault folder")
    return folder

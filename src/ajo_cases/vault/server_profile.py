"""The connection profile of an office-server vault: where the server is and which vault it holds.

It holds no account password and no key: the server address (``postgresql://USER@HOST:PORT/DB``),
the vault id (a server holding another vault is refused), the prelogin login's credential and
the server's CA certificate (PEM) that every connection pins. Written atomically like every
side file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ajo_cases.errors import KeySlotsCorrupt
from ajo_cases.vault.atomic import atomic_write_bytes
from ajo_cases.vault.keyslots import AuditHead
from ajo_cases.vault.layout import SERVER_PROFILE_FILE

FORMAT = 1


@dataclass(frozen=True, slots=True)
class ServerProfile:
    url: str
    vault_id: str
    # the low-privilege login that may only ask for an account's KDF parameters
    prelogin_user: str = ""
    prelogin_password: str = field(default="", repr=False)
    # the CA that signed the server's certificate (PEM); empty only for a server on this PC
    ca_pem: str = ""

    def to_bytes(self) -> bytes:
        body: dict[str, object] = {"format": FORMAT, "url": self.url, "vault_id": self.vault_id}
        if self.prelogin_user:
            body["prelogin"] = {"user": self.prelogin_user, "password": self.prelogin_password}
        if self.ca_pem:
            body["ca"] = self.ca_pem
        return json.dumps(body, indent=1, sort_keys=True).encode()

    @classmethod
    def parse(cls, raw: bytes) -> ServerProfile:
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                raise ValueError("unknown format")
            url, vault_id = data["url"], data["vault_id"]
            if not isinstance(url, str) or not isinstance(vault_id, str) or not vault_id:
                raise ValueError("missing fields")
            prelogin = data.get("prelogin") or {}
            user, password = str(prelogin.get("user", "")), str(prelogin.get("password", ""))
            ca_pem = data.get("ca") or ""
            if not isinstance(ca_pem, str):
                raise ValueError("the CA certificate is not text")
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError) as exc:
            raise KeySlotsCorrupt(f"the server connection file is damaged ({exc})") from None
        return cls(url, vault_id, user, password, ca_pem)


def load(data_dir: Path) -> ServerProfile:
    path = data_dir / SERVER_PROFILE_FILE
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise KeySlotsCorrupt(
            f"the server connection file cannot be read ({exc.strerror})"
        ) from None
    return ServerProfile.parse(raw)


def save(data_dir: Path, profile: ServerProfile) -> None:
    atomic_write_bytes(data_dir / SERVER_PROFILE_FILE, profile.to_bytes(), keep_previous=False)


CONNECTION_SUFFIX = ".ajoconnect"
_MAX_CONNECTION_FILE = 64 * 1024


def read_connection_file(path: Path) -> ServerProfile:
    """A ``.ajoconnect`` file another PC was given (same content as the profile)."""
    try:
        if path.stat().st_size > _MAX_CONNECTION_FILE:
            raise KeySlotsCorrupt("this is not a connection file (too large)")
        raw = path.read_bytes()
    except OSError as exc:
        raise KeySlotsCorrupt(f"the connection file cannot be read ({exc.strerror})") from None
    return ServerProfile.parse(raw)


def write_connection_file(path: Path, profile: ServerProfile) -> None:
    atomic_write_bytes(path, profile.to_bytes(), keep_previous=False)


# The newest audit-log link this PC has seen on the server, tagged with the audit key: a server
# put back to an older state (a restored dump, a rolled-back disk) no longer holds it.
PIN_FILE = "server-pin.json"


def load_pin(data_dir: Path) -> AuditHead | None:
    path = data_dir / PIN_FILE
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise KeySlotsCorrupt(f"the audit pin cannot be read ({exc.strerror})") from None
    try:
        data = json.loads(raw.decode("utf-8"))
        return AuditHead(int(data["seq"]), str(data["mac"]), str(data["tag"]))
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise KeySlotsCorrupt(f"the audit pin on this PC is damaged ({exc})") from None


def save_pin(data_dir: Path, head: AuditHead) -> None:
    body = json.dumps(head.to_json(), sort_keys=True).encode()
    atomic_write_bytes(data_dir / PIN_FILE, body, keep_previous=False)

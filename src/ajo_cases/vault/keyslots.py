"""The key-slots file: one AES-GCM slot per user (and one for the recovery code).

Each slot wraps the keys its role may hold under a key derived from the user's password. The
slot header (format, vault id, slot id, kind, user, role, KDF parameters) is the associated
data, so editing any of it makes the slot fail to open. A SHA-256 checksum over the whole file
tells accidental damage or editing apart from a wrong password before any key is derived.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ajo_cases.errors import KeySlotsCorrupt
from ajo_cases.vault.atomic import atomic_write_bytes, backup_path
from ajo_cases.vault.kdf import KdfParams
from ajo_cases.vault.keys import ROLES, VaultKeys
from ajo_cases.vault.layout import KEYSLOTS_FILE

FORMAT = 1
# A slot whose password was set by someone else. A format of its own rather than a field: a
# build that predates it refuses the key file instead of rewriting it without the mark, which
# would break the slot (the header is authenticated).
TEMPORARY_SLOT_FORMAT = 2
FILE_NAME = KEYSLOTS_FILE
USER_SLOT = "user"
RECOVERY_SLOT = "recovery"
MAX_PENDING_EVENTS = 100
MAX_FILE_BYTES = 1024 * 1024


def canonical_json(data: object) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


@dataclass(frozen=True, slots=True)
class Slot:
    slot_id: str
    kind: str
    user: str
    role: str
    vault_id: str
    kdf: KdfParams
    nonce: bytes
    ciphertext: bytes
    # the password was set by someone else (an administrator, a key rotation): its owner is
    # asked to choose their own. Shown by the slot's format, part of the authenticated header,
    # so it cannot be changed by editing the file; ordinary slots keep format 1, unchanged.
    temporary: bool = False

    def header(self) -> dict[str, object]:
        return {
            "format": TEMPORARY_SLOT_FORMAT if self.temporary else FORMAT,
            "vault_id": self.vault_id,
            "slot_id": self.slot_id,
            "kind": self.kind,
            "user": self.user,
            "role": self.role,
            "kdf": self.kdf.to_json(),
        }

    def to_json(self) -> dict[str, object]:
        return {
            "header": self.header(),
            "nonce": self.nonce.hex(),
            "ciphertext": self.ciphertext.hex(),
        }

    def unwrap(self, kek: bytes) -> VaultKeys:
        """The keys inside; raises InvalidTag when the secret is wrong or the slot was edited."""
        payload = AESGCM(kek).decrypt(self.nonce, self.ciphertext, canonical_json(self.header()))
        keys = VaultKeys.from_payload(payload)
        if (keys.k_pii is None) != (self.role == "manager"):
            raise InvalidTag()
        return keys

    @classmethod
    def seal(
        cls,
        *,
        kind: str,
        user: str,
        role: str,
        vault_id: str,
        kdf: KdfParams,
        kek: bytes,
        keys: VaultKeys,
        seed: bytes | None,
        slot_id: str | None = None,
        temporary: bool = False,
        previous_seed: bytes | None = None,
    ) -> Slot:
        """``seed``: this slot's own signing seed (never another account's), or None;
        ``previous_seed``: the one it replaces, while its registration is pending."""
        draft = cls(
            slot_id or secrets.token_hex(8),
            kind,
            user,
            role,
            vault_id,
            kdf,
            secrets.token_bytes(12),
            b"",
            temporary,
        )
        sealed = AESGCM(kek).encrypt(
            draft.nonce,
            keys.for_role(role).with_seed(seed, previous_seed).to_payload(),
            canonical_json(draft.header()),
        )
        return replace(draft, ciphertext=sealed)

    @classmethod
    def from_json(cls, data: Any, vault_id: str) -> Slot:
        header = data["header"]
        if header["format"] not in (FORMAT, TEMPORARY_SLOT_FORMAT):
            raise ValueError("unknown slot format")
        if header["vault_id"] != vault_id:
            raise ValueError("a slot belongs to another vault")
        if header["kind"] not in (USER_SLOT, RECOVERY_SLOT) or header["role"] not in ROLES:
            raise ValueError("unknown slot kind or role")
        return cls(
            slot_id=str(header["slot_id"]),
            kind=header["kind"],
            user=str(header["user"]),
            role=header["role"],
            vault_id=vault_id,
            kdf=KdfParams.from_json(header["kdf"]),
            nonce=bytes.fromhex(data["nonce"]),
            ciphertext=bytes.fromhex(data["ciphertext"]),
            temporary=header["format"] == TEMPORARY_SLOT_FORMAT,
        )


@dataclass(frozen=True, slots=True)
class AuditHead:
    """The newest audit-log link, tagged with the audit key so it cannot be forged."""

    seq: int
    mac: str
    tag: str

    def to_json(self) -> dict[str, object]:
        return {"seq": self.seq, "mac": self.mac, "tag": self.tag}


@dataclass(slots=True)
class SlotFile:
    vault_id: str
    slots: list[Slot]
    audit_head: AuditHead | None = None
    pending_events: list[dict[str, str]] = field(default_factory=list)
    intact: bool = True  # False when the checksum did not match what was read
    mac: str | None = None  # HMAC over all but the parked events (vault/keyfile_mac.py)

    def body(self) -> dict[str, object]:
        body: dict[str, object] = {
            "format": FORMAT,
            "vault_id": self.vault_id,
            "slots": [slot.to_json() for slot in self.slots],
            "audit_head": self.audit_head.to_json() if self.audit_head else None,
            "pending_events": self.pending_events,
        }
        if self.mac is not None:
            body["mac"] = self.mac
        return body

    def to_bytes(self) -> bytes:
        body = self.body()
        body["checksum"] = hashlib.sha256(canonical_json(body)).hexdigest()
        return json.dumps(body, indent=1, sort_keys=True, ensure_ascii=True).encode()

    def user_slot(self, user: str) -> Slot | None:
        wanted = fold_user(user)
        return next(
            (s for s in self.slots if s.kind == USER_SLOT and fold_user(s.user) == wanted), None
        )

    def recovery_slot(self) -> Slot | None:
        return next((s for s in self.slots if s.kind == RECOVERY_SLOT), None)

    def users(self) -> list[Slot]:
        return sorted(
            (s for s in self.slots if s.kind == USER_SLOT), key=lambda s: fold_user(s.user)
        )

    def replace_slot(self, slot: Slot) -> None:
        self.slots = [slot if s.slot_id == slot.slot_id else s for s in self.slots]

    def add_pending(self, event: dict[str, str]) -> None:
        self.pending_events = [*self.pending_events, event][-MAX_PENDING_EVENTS:]


def fold_user(name: str) -> str:
    return " ".join(name.split()).casefold()


def parse(raw: bytes) -> SlotFile:
    """Parse and validate; raises KeySlotsCorrupt when the file cannot be used at all."""
    try:
        if len(raw) > MAX_FILE_BYTES:
            raise ValueError("file too large")
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("unknown key-slots format")
        vault_id = data["vault_id"]
        if not isinstance(vault_id, str) or not vault_id:
            raise ValueError("no vault id")
        slots = [Slot.from_json(item, vault_id) for item in data["slots"]]
        head_data = data.get("audit_head")
        head = None
        if head_data is not None:
            head = AuditHead(int(head_data["seq"]), str(head_data["mac"]), str(head_data["tag"]))
        pending = [{str(k): str(v) for k, v in e.items()} for e in data.get("pending_events", [])]
        mac = data.get("mac")
        if mac is not None and not isinstance(mac, str):
            raise ValueError("the key file's MAC is not text")
        checksum = data.pop("checksum", None)
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
        raise KeySlotsCorrupt(f"the key file is damaged ({exc})") from None
    intact = checksum == hashlib.sha256(canonical_json(data)).hexdigest()
    if len({s.slot_id for s in slots}) != len(slots):
        intact = False
    return SlotFile(vault_id, slots, head, pending, intact, mac)


def load(path: Path) -> SlotFile:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise KeySlotsCorrupt(f"the key file cannot be read ({exc.strerror})") from None
    return parse(raw)


def load_with_fallback(path: Path) -> tuple[SlotFile, bool]:
    """The slot file, or its ``.bak`` when the main one is damaged. Returns (file, used_backup).

    A main file that parses but fails its checksum is still returned when no intact backup
    exists: each slot authenticates itself, so the recovery code keeps working.
    """
    main_error: KeySlotsCorrupt | None = None
    main: SlotFile | None = None
    try:
        main = load(path)
    except KeySlotsCorrupt as exc:
        main_error = exc
    if main is not None and main.intact:
        return main, False
    try:
        backup = load(backup_path(path))
    except (KeySlotsCorrupt, FileNotFoundError):
        backup = None
    if backup is not None and backup.intact and (main is None or backup.vault_id == main.vault_id):
        return backup, True
    if main is not None:
        return main, False
    assert main_error is not None
    raise main_error


def save(path: Path, slot_file: SlotFile) -> None:
    """Write atomically; the file replaced becomes ``.bak`` only if it was itself intact."""
    try:
        keep = load(path).intact
    except (KeySlotsCorrupt, FileNotFoundError):
        keep = False
    atomic_write_bytes(path, slot_file.to_bytes(), keep_previous=keep)
    slot_file.intact = True

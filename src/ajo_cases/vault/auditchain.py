"""The audit log's HMAC chain: each entry's MAC covers the previous MAC and the entry itself."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping

from ajo_cases.vault.keyslots import AuditHead, canonical_json

GENESIS = bytes(32)


def entry_mac(audit_key: bytes, previous_mac: bytes, entry: Mapping[str, object]) -> bytes:
    return canonical_mac(audit_key, previous_mac, canonical_json(dict(entry)))


def canonical_mac(audit_key: bytes, previous_mac: bytes, canonical: bytes) -> bytes:
    """entry_mac over an entry already made canonical (encoded once, also for signatures)."""
    return hmac.new(audit_key, previous_mac + canonical, hashlib.sha256).digest()


def head_tag(audit_key: bytes, seq: int, mac_hex: str) -> str:
    message = f"head|{seq}|{mac_hex}".encode()
    return hmac.new(audit_key, message, hashlib.sha256).hexdigest()


def make_head(audit_key: bytes, seq: int, mac: bytes) -> AuditHead:
    return AuditHead(seq, mac.hex(), head_tag(audit_key, seq, mac.hex()))


def head_is_authentic(audit_key: bytes, head: AuditHead) -> bool:
    return hmac.compare_digest(head.tag, head_tag(audit_key, head.seq, head.mac))

"""Where the audit log's newest link is remembered, and whether a chain still reaches it.

A recorded head (sequence number, MAC) only ever moves forward: a database whose chain is
shorter than the head, or holds another MAC at the head's sequence number, was truncated or
rewritten. The caller supplies the chain as ``mac_at`` (the MAC stored at a sequence number).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable, Iterable

from ajo_cases.vault.auditchain import head_is_authentic
from ajo_cases.vault.keyslots import AuditHead

MacAt = Callable[[int], bytes | None]

REACHED = "ok"
SHORTER = "shorter"  # the chain ends before the recorded head
DIVERGED = "diverged"  # another entry stands where the recorded head was
MISSING = "missing"  # entries exist but no head was recorded anywhere


def reaches(head: AuditHead, mac_at: MacAt, last_seq: int | None) -> str:
    """Does the chain (ending at ``last_seq``) contain the recorded head?"""
    if last_seq is None or last_seq < head.seq:
        return SHORTER
    mac = mac_at(head.seq)
    if mac is None:
        return SHORTER
    return REACHED if hmac.compare_digest(mac.hex(), head.mac) else DIVERGED


def authentic(audit_key: bytes, heads: Iterable[AuditHead | None]) -> list[AuditHead]:
    """The heads whose tag is right (forged or absent ones are left out); each must be
    reached, so two different heads at one sequence number cannot both pass."""
    return [h for h in heads if h is not None and head_is_authentic(audit_key, h)]


def status(head: AuditHead | None, mac_at: MacAt, last_seq: int | None) -> str:
    if head is None:
        return REACHED if last_seq is None else MISSING
    return reaches(head, mac_at, last_seq)


# The head kept outside the vault folder (the second backup folder), one file per vault.
ANCHOR_FORMAT = 1


def anchor_name(vault_id: str, data_dir: str) -> str:
    """One file per vault and place: a copy restored elsewhere (same vault id) sharing the
    second folder keeps its own head instead of moving the original's back."""
    place = hashlib.sha256(data_dir.encode("utf-8")).hexdigest()[:12]
    return f"audit-head-{vault_id}-{place}.json"


def _anchor_sig(audit_key: bytes, vault_id: str, head: AuditHead) -> str:
    message = f"anchor|{vault_id}|{head.seq}|{head.mac}".encode()
    return hmac.new(audit_key, message, hashlib.sha256).hexdigest()


def encode_anchor(audit_key: bytes, vault_id: str, head: AuditHead) -> bytes:
    body = {"format": ANCHOR_FORMAT, "vault_id": vault_id, "head": head.to_json()}
    body["sig"] = _anchor_sig(audit_key, vault_id, head)
    return json.dumps(body, sort_keys=True, indent=1).encode()


def decode_anchor(audit_key: bytes, vault_id: str, raw: bytes) -> AuditHead | None:
    """The anchored head, or None when the file is damaged, forged or of another vault."""
    try:
        data = json.loads(raw.decode("utf-8"))
        item = data["head"]
        head = AuditHead(int(item["seq"]), str(item["mac"]), str(item["tag"]))
        sig = str(data["sig"])
        if data.get("format") != ANCHOR_FORMAT or data.get("vault_id") != vault_id:
            return None
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        return None
    if not hmac.compare_digest(sig, _anchor_sig(audit_key, vault_id, head)):
        return None
    return head if head_is_authentic(audit_key, head) else None

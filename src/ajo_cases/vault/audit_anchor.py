"""Where the audit log's newest link is remembered, and whether a chain still reaches it.

A recorded head (sequence number, MAC) only ever moves forward: a database whose chain is
shorter than the head, or holds another MAC at the head's sequence number, was truncated or
rewritten. The caller supplies the chain as ``mac_at`` (the MAC stored at a sequence number).
"""

from __future__ import annotations

import hmac
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


def highest(audit_key: bytes, heads: Iterable[AuditHead | None]) -> AuditHead | None:
    """The furthest authentic head among those known (forged or absent ones are ignored)."""
    known = [h for h in heads if h is not None and head_is_authentic(audit_key, h)]
    return max(known, key=lambda h: h.seq, default=None)


def status(head: AuditHead | None, mac_at: MacAt, last_seq: int | None) -> str:
    if head is None:
        return REACHED if last_seq is None else MISSING
    return reaches(head, mac_at, last_seq)

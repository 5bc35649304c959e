"""Does the audit log still reach the furthest head recorded for it?

Heads are read from every place that remembers one (the key file on disk, the one held since
unlock, and the anchors outside the vault folder), before anything is written, and the
furthest authentic one is compared with the database's chain.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from ajo_cases.errors import KeySlotsCorrupt
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.vault import audit_anchor, keyslots
from ajo_cases.vault.auditchain import head_is_authentic
from ajo_cases.vault.keyslots import AuditHead


def key_file_head(vault: OpenVault) -> tuple[AuditHead | None, bool]:
    """The head in the key file on disk, and whether its tag is authentic (or it is absent)."""
    try:
        head = keyslots.load(vault.slots_path).audit_head
    except (OSError, KeySlotsCorrupt):
        return None, True
    return head, head is None or head_is_authentic(vault.audit_key, head)


def chain_status(
    vault: OpenVault, session: Session, heads: Iterable[AuditHead | None]
) -> tuple[str, AuditHead | None]:
    """(status, the head it concerns): ``audit_anchor.REACHED`` when the chain reaches every
    authentic head known; otherwise the furthest head it does not reach."""
    known = audit_anchor.authentic(vault.audit_key, heads)
    last = vault.audit.last(session)
    last_seq = last.seq if last else None
    if not known:
        return audit_anchor.status(None, lambda _seq: None, last_seq), None
    for head in sorted(known, key=lambda h: h.seq, reverse=True):
        found = audit_anchor.reaches(head, lambda seq: vault.audit.mac_at(session, seq), last_seq)
        if found != audit_anchor.REACHED:
            return found, head
    return audit_anchor.REACHED, known[0]


def describe(found: str, head: AuditHead | None) -> str:
    if found == audit_anchor.REACHED:
        return ""
    if found == audit_anchor.MISSING:
        return "no audit head recorded for a vault that has entries"
    seq = head.seq if head else 0
    if found == audit_anchor.SHORTER:
        return f"the audit log ends before entry {seq} recorded earlier (entries deleted)"
    return f"entry {seq} differs from the one recorded earlier (log rewritten)"

"""Appending to and checking the audit log's HMAC chain."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ajo_cases.storage.base import utc_now
from ajo_cases.storage.models_core import AuditEntry
from ajo_cases.storage.take_turns import AUDIT_CHAIN, take_turn
from ajo_cases.vault.auditchain import GENESIS, entry_mac


@dataclass(frozen=True, slots=True)
class ChainCheck:
    entries: int
    first_broken_seq: int | None

    @property
    def ok(self) -> bool:
        return self.first_broken_seq is None


class AuditRepository:
    def __init__(self, audit_key: bytes) -> None:
        self._key = audit_key

    def last(self, session: Session) -> AuditEntry | None:
        return session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).first()

    def append(
        self,
        session: Session,
        *,
        actor: str,
        event: str,
        target_table: str | None = None,
        target_id: str | None = None,
        fields: Iterable[str] = (),
        detail: str = "",
        at: datetime | None = None,
    ) -> AuditEntry:
        """Add one event in the caller's transaction (so it commits or rolls back with it)."""
        take_turn(session, AUDIT_CHAIN)  # several PCs append at once on the office server
        previous = self.last(session)
        entry = AuditEntry(
            seq=(previous.seq + 1) if previous else 1,
            at=at or utc_now(),
            actor=actor,
            event=event,
            target_table=target_table,
            target_id=target_id,
            fields=json.dumps(sorted(fields), ensure_ascii=True) if fields else "",
            detail=detail,
        )
        entry.mac = entry_mac(self._key, previous.mac if previous else GENESIS, entry.canonical())
        session.add(entry)
        session.flush()
        return entry

    def count(self, session: Session) -> int:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0

    def _in_order(self, session: Session, batch: int = 5000) -> Iterator[AuditEntry]:
        after = 0
        while True:
            rows = session.scalars(
                select(AuditEntry)
                .where(AuditEntry.seq > after)
                .order_by(AuditEntry.seq)
                .limit(batch)
            ).all()
            if not rows:
                return
            yield from rows
            after = rows[-1].seq
            session.expunge_all()

    def verify(self, session: Session) -> ChainCheck:
        """Walk the chain; report the first entry whose MAC or sequence does not follow."""
        previous_mac, expected_seq, count = GENESIS, 1, 0
        for entry in self._in_order(session):
            count += 1
            if entry.seq != expected_seq or entry.mac != entry_mac(
                self._key, previous_mac, entry.canonical()
            ):
                return ChainCheck(count, entry.seq if entry.seq == expected_seq else expected_seq)
            previous_mac, expected_seq = entry.mac, expected_seq + 1
        return ChainCheck(count, None)

    def mac_at(self, session: Session, seq: int) -> bytes | None:
        return session.scalar(select(AuditEntry.mac).where(AuditEntry.seq == seq))

"""Appending to and checking the audit log's chain.

In a local vault each entry's MAC is the HMAC chain under the audit key, computed here. On the
office server the database computes the chain itself (storage/server_chain.py): entries are
queued and inserted as the last statements of the transaction, and the trigger sets their
sequence number and hash.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import event, func, insert, select
from sqlalchemy.orm import Session

from ajo_cases.storage import server_chain
from ajo_cases.storage.base import utc_now
from ajo_cases.storage.models_core import AuditEntry
from ajo_cases.vault.auditchain import GENESIS, entry_mac

_PENDING = "ajo_audit_pending"  # in Session.info: server entries waiting for the commit


def _on_server(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


@event.listens_for(Session, "before_commit")
def _append_pending(session: Session) -> None:
    """The server's audit rows go last: every other change first, then the chain's lock (taken
    by the trigger) is held only from here to the commit, never while waiting for a row."""
    pending: list[dict[str, object]] = session.info.pop(_PENDING, [])
    if not pending:
        return
    session.flush()
    for values in pending:
        session.execute(insert(AuditEntry).values(**values))


@event.listens_for(Session, "after_rollback")
def _drop_pending(session: Session) -> None:
    session.info.pop(_PENDING, None)


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
    ) -> None:
        """Add one event in the caller's transaction (so it commits or rolls back with it).

        On the office server the row is written at the commit and the server numbers it."""
        values: dict[str, object] = {
            "at": at or utc_now(),
            "actor": actor,
            "event": event,
            "target_table": target_table,
            "target_id": target_id,
            "fields": json.dumps(sorted(fields), ensure_ascii=True) if fields else "",
            "detail": detail,
        }
        if _on_server(session):
            # placeholders: the trigger sets both, whatever a client sends
            session.info.setdefault(_PENDING, []).append({**values, "seq": 0, "mac": b""})
            return
        previous = self.last(session)
        entry = AuditEntry(seq=(previous.seq + 1) if previous else 1, **values)
        entry.mac = entry_mac(self._key, previous.mac if previous else GENESIS, entry.canonical())
        session.add(entry)
        session.flush()

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

    def _links(self, session: Session) -> Callable[[bytes, AuditEntry], set[bytes]]:
        """The MACs an entry may carry after ``previous``: the HMAC link in a local vault; on
        the office server the trigger's link, or the HMAC link of an entry written before the
        server computed the chain (schema 0012), so such a vault and its PCs' pins stay valid."""

        def hmac_link(previous: bytes, entry: AuditEntry) -> bytes:
            return entry_mac(self._key, previous, entry.canonical())

        if not _on_server(session):
            return lambda previous, entry: {hmac_link(previous, entry)}
        return lambda previous, entry: {
            server_chain.link(previous, server_chain.canonical(**entry.chained_fields())),
            hmac_link(previous, entry),
        }

    def verify(self, session: Session) -> ChainCheck:
        """Walk the chain; report the first entry whose MAC or sequence does not follow."""
        links = self._links(session)
        previous_mac, expected_seq, count = GENESIS, 1, 0
        for entry in self._in_order(session):
            count += 1
            if entry.seq != expected_seq or entry.mac not in links(previous_mac, entry):
                return ChainCheck(count, entry.seq if entry.seq == expected_seq else expected_seq)
            previous_mac, expected_seq = entry.mac, expected_seq + 1
        return ChainCheck(count, None)

    def mac_at(self, session: Session, seq: int) -> bytes | None:
        return session.scalar(select(AuditEntry.mac).where(AuditEntry.seq == seq))

"""Appending to and checking the audit log's chain and its writers' signatures.

In a local vault each entry's MAC is the HMAC chain under the audit key, computed here, and
signatures cover runs of entries (vault/signing.py, version 1). On the office server the
database numbers and links entries itself (storage/server_chain.py): entries are signed one by
one when recorded (version 2, nothing the server assigns is signed), queued, and written as the
last statements of the transaction, when the trigger takes the chain's lock until the commit.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import event as orm_event
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session, undefer

from ajo_cases.storage import server_chain
from ajo_cases.storage.base import utc_now
from ajo_cases.storage.models_core import AuditEntry
from ajo_cases.vault import signing
from ajo_cases.vault.auditchain import GENESIS, canonical_mac
from ajo_cases.vault.keyslots import canonical_json

# called with each entry and its canonical bytes as the chain is walked (audit_trust.Replay)
Observer = Callable[[AuditEntry, bytes], None]

_PENDING = "ajo_audit_pending"  # in Session.info: server entries waiting for the commit
_WRITTEN = ("at", "actor", "event", "target_table", "target_id", "fields", "detail", "signature")


def _on_server(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def write_pending(session: Session) -> None:
    """Write the queued entries now, after every other change of the transaction (the commit
    does it; a session that never commits itself, bound to a connection, calls it)."""
    pending: list[AuditEntry] = session.info.pop(_PENDING, [])
    if not pending:
        return
    session.flush()
    for entry in pending:  # one by one: the trigger numbers each in this order
        values = {name: getattr(entry, name) for name in _WRITTEN}
        session.execute(insert(AuditEntry).values(seq=0, mac=b"", **values))


@orm_event.listens_for(Session, "before_commit")
def _write_at_commit(session: Session) -> None:
    write_pending(session)


@orm_event.listens_for(Session, "after_rollback")
def _drop_pending(session: Session) -> None:
    session.info.pop(_PENDING, None)


@dataclass(frozen=True, slots=True)
class _Run:
    """The signer's newest entry: a next entry right after it extends the same run."""

    first_seq: int
    last_seq: int
    last_link: bytes
    hash: bytes


@dataclass(frozen=True, slots=True)
class ChainCheck:
    entries: int
    first_broken_seq: int | None

    @property
    def ok(self) -> bool:
        return self.first_broken_seq is None


class AuditRepository:
    def __init__(self, audit_key: bytes, signer: signing.Signer | None = None) -> None:
        self._key = audit_key
        self.signer = signer
        self._run: _Run | None = None

    def set_signer(self, signer: signing.Signer | None) -> None:
        """A new key (password changed): the next entry starts a new run under it."""
        self.signer, self._run = signer, None

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
        sign: bool = True,
    ) -> AuditEntry:
        """Add one event in the caller's transaction (so it commits or rolls back with it).
        Signed when the signer is the actor; ``sign=False`` for what nobody can vouch for
        (failed logins parked before unlock). On the office server the entry is written at
        the commit and the server gives its number: the one returned has none yet (0)."""
        signs = sign and self.signer is not None and self.signer.actor == actor
        if _on_server(session):
            entry = self._entry(0, actor, event, target_table, target_id, fields, detail, at)
            if signs:
                assert self.signer is not None
                entry.signature = self.signer.sign_entry(signing.payload(entry.canonical()))
            session.info.setdefault(_PENDING, []).append(entry)
            return entry
        previous = self.last(session)
        seq = (previous.seq + 1) if previous else 1
        entry = self._entry(seq, actor, event, target_table, target_id, fields, detail, at)
        canonical = canonical_json(entry.canonical())
        entry.mac = canonical_mac(self._key, previous.mac if previous else GENESIS, canonical)
        if signs:
            entry.signature = self._sign(previous, entry.seq, canonical)
        session.add(entry)
        session.flush()
        return entry

    @staticmethod
    def _entry(
        seq: int,
        actor: str,
        event: str,
        target_table: str | None,
        target_id: str | None,
        fields: Iterable[str],
        detail: str,
        at: datetime | None,
    ) -> AuditEntry:
        return AuditEntry(
            seq=seq,
            at=at or utc_now(),
            actor=actor,
            event=event,
            target_table=target_table,
            target_id=target_id,
            fields=json.dumps(sorted(fields), ensure_ascii=True) if fields else "",
            detail=detail,
        )

    def _sign(self, previous: AuditEntry | None, seq: int, canonical: bytes) -> bytes:
        """Extend the signer's run when the entry before this one is the signer's own newest
        (the vault has one writer, so a session is mostly one run: one verification), else
        start a new run here. A rolled-back or foreign entry in between starts a new run."""
        assert self.signer is not None
        before = signing.GENESIS_LINK
        if previous is not None:
            before = signing.link(canonical_json(previous.canonical()), previous.signature)
        run = self._run
        extends = previous is not None and run is not None and run.last_seq == previous.seq
        if run is not None and extends and run.last_link == before:
            first, running = run.first_seq, signing.run_hash(run.hash, canonical)
        else:
            first, running = seq, signing.run_hash(before, canonical)
        blob = self.signer.sign(first, running)
        self._run = _Run(first, seq, signing.link(canonical, blob), running)
        return blob

    def count(self, session: Session) -> int:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0

    def _in_order(self, session: Session, batch: int = 5000) -> Iterator[AuditEntry]:
        after = 0
        while True:
            rows = session.scalars(
                select(AuditEntry)
                .options(undefer(AuditEntry.signature))
                .where(AuditEntry.seq > after)
                .order_by(AuditEntry.seq)
                .limit(batch)
            ).all()
            if not rows:
                return
            yield from rows
            after = rows[-1].seq
            session.expunge_all()

    def verify(self, session: Session, observer: Observer | None = None) -> ChainCheck:
        """Walk the chain; report the first entry whose MAC or sequence does not follow.
        ``observer`` sees every entry (the signature replay rides on the same walk).

        An entry carries the HMAC link this program makes in a local vault, or the office
        server's link (its trigger's; also in a local vault restored from a server's backup):
        either one proves the order, since whoever can write the database file or bypass the
        trigger can compute both; who wrote each entry is the signatures' part."""
        previous_mac, expected_seq, count = GENESIS, 1, 0
        for entry in self._in_order(session):
            count += 1
            canonical = canonical_json(entry.canonical())
            if observer is not None:
                observer(entry, canonical)
            linked = entry.mac == canonical_mac(self._key, previous_mac, canonical) or (
                entry.mac == server_chain.link(previous_mac, server_chain.entry_canonical(entry))
            )
            if entry.seq != expected_seq or not linked:
                return ChainCheck(count, entry.seq if entry.seq == expected_seq else expected_seq)
            previous_mac, expected_seq = entry.mac, expected_seq + 1
        return ChainCheck(count, None)

    def mac_at(self, session: Session, seq: int) -> bytes | None:
        return session.scalar(select(AuditEntry.mac).where(AuditEntry.seq == seq))

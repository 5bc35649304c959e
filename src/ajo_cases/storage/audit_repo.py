"""Appending to and checking the audit log's HMAC chain and its writers' signatures."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, undefer

from ajo_cases.storage.base import utc_now
from ajo_cases.storage.models_core import AuditEntry
from ajo_cases.storage.take_turns import AUDIT_CHAIN, take_turn
from ajo_cases.vault import signing
from ajo_cases.vault.auditchain import GENESIS, canonical_mac
from ajo_cases.vault.keyslots import canonical_json

# called with each entry and its canonical bytes as the chain is walked (audit_trust.Replay)
Observer = Callable[[AuditEntry, bytes], None]


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
        newest = select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)
        if session.get_bind().dialect.name == "postgresql":
            # the signature with the row (the next entry's signature covers it): a second read
            # would be a round trip under the chain's lock. A local vault keeps it deferred,
            # as an old vault being upgraded has no such column yet.
            newest = newest.options(undefer(AuditEntry.signature))
        return session.scalars(newest).first()

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
        (failed logins parked before unlock)."""
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
        canonical = canonical_json(entry.canonical())
        entry.mac = canonical_mac(self._key, previous.mac if previous else GENESIS, canonical)
        if sign and self.signer is not None and self.signer.actor == actor:
            entry.signature = self._sign(previous, entry.seq, canonical)
        session.add(entry)
        session.flush()
        return entry

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
        ``observer`` sees every entry (the signature replay rides on the same walk)."""
        previous_mac, expected_seq, count = GENESIS, 1, 0
        for entry in self._in_order(session):
            count += 1
            canonical = canonical_json(entry.canonical())
            if observer is not None:
                observer(entry, canonical)
            if entry.seq != expected_seq or entry.mac != canonical_mac(
                self._key, previous_mac, canonical
            ):
                return ChainCheck(count, entry.seq if entry.seq == expected_seq else expected_seq)
            previous_mac, expected_seq = entry.mac, expected_seq + 1
        return ChainCheck(count, None)

    def mac_at(self, session: Session, seq: int) -> bytes | None:
        return session.scalar(select(AuditEntry.mac).where(AuditEntry.seq == seq))

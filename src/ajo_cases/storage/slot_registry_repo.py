"""Reading and writing the list of accepted key slots (``key_slot_registry``)."""

from __future__ import annotations

from sqlalchemy import Connection, Engine, delete, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from ajo_cases.storage import meta_repo
from ajo_cases.storage.engine import IMMEDIATE
from ajo_cases.storage.models_access import KeySlotEntry

Entry = tuple[str, str]
READY_KEY = "slot_registry.ready"  # set once the list holds every slot of the vault


def table_exists(connection: Connection) -> bool:
    return inspect(connection).has_table(KeySlotEntry.__tablename__)


def is_ready(session: Session) -> bool:
    return meta_repo.get(session, READY_KEY) is not None


def known(session: Session) -> set[Entry]:
    rows = session.execute(select(KeySlotEntry.slot_id, KeySlotEntry.fingerprint)).all()
    return {(slot_id, fp) for slot_id, fp in rows}


def add(session: Session, entries: set[Entry]) -> None:
    session.add_all(KeySlotEntry(slot_id=s, fingerprint=f) for s, f in sorted(entries))
    if not is_ready(session):
        meta_repo.put(session, READY_KEY, "1")


def remove(session: Session, entries: set[Entry]) -> None:
    for slot_id, fp in entries:
        session.execute(
            delete(KeySlotEntry).where(
                KeySlotEntry.slot_id == slot_id, KeySlotEntry.fingerprint == fp
            )
        )


def replace_all(session: Session, entries: set[Entry]) -> None:
    session.execute(delete(KeySlotEntry))
    add(session, entries)


def stage(engine: Engine, sessions: sessionmaker[Session], wanted: set[Entry]) -> set[Entry]:
    """Before the key file is written: accept its new slots. Returns the entries to drop once
    the file is on disk (a crash in between leaves both accepted, never neither)."""
    with engine.connect() as conn:
        if not table_exists(conn):
            return set()  # an older schema (a restore not yet migrated): nothing to keep
    with sessions() as session:
        registered, ready = known(session), is_ready(session)
    if wanted - registered or not ready:  # a write only when something changes
        with sessions() as session, session.begin():
            session.connection(execution_options={IMMEDIATE: True})
            add(session, wanted - known(session))
    return registered - wanted


def prune(sessions: sessionmaker[Session], stale: set[Entry]) -> None:
    if not stale:
        return
    with sessions() as session, session.begin():
        session.connection(execution_options={IMMEDIATE: True})
        remove(session, stale)

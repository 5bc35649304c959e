"""An unlocked vault: who is signed in, what keys they hold, and units of work on the database."""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from ajo_cases.errors import InvalidInput, PermissionDenied, VaultDamaged, VaultMigrated
from ajo_cases.storage import meta_repo, slot_registry_repo
from ajo_cases.storage.audit_repo import AuditRepository
from ajo_cases.storage.engine import IMMEDIATE, make_session_factory
from ajo_cases.storage.models_core import AuditEntry
from ajo_cases.vault import audit_anchor, keyfile_mac, keyslots, server_profile, slot_registry
from ajo_cases.vault.auditchain import make_head
from ajo_cases.vault.fieldcipher import FieldCipher
from ajo_cases.vault.keys import VaultKeys, role_holds_pii
from ajo_cases.vault.keyslots import SlotFile
from ajo_cases.vault.lock import VaultLock

_LOG = logging.getLogger(__name__)
STALE_MESSAGE = "someone else changed this record meanwhile; reopen it"
# a warning: the audit log no longer reaches the head recorded earlier (truncated or rewritten)
AUDIT_TAMPERED = "audit_tampered"


def _refuse_data_writes(session: Session, server: str) -> None:
    """A vault moved onto the office server: reading (and the audit of reading) goes on,
    any other change is refused with a sentence naming the server."""

    def refuse() -> None:
        raise VaultMigrated(
            f"this vault was moved to the office server {server} and is read-only here; "
            "open the office server's vault to work",
            server=server,
        )

    @event.listens_for(session, "before_flush")
    def _flush(flushing: Session, _context: object, _instances: object) -> None:
        changed = [*flushing.new, *flushing.dirty, *flushing.deleted]
        if any(not isinstance(item, AuditEntry) for item in changed):
            refuse()

    @event.listens_for(session, "do_orm_execute")
    def _statement(state: ORMExecuteState) -> None:
        if state.is_insert or state.is_update or state.is_delete:
            table = getattr(state.statement, "table", None)
            if getattr(table, "name", None) != AuditEntry.__tablename__:
                refuse()


@dataclass(eq=False)
class OpenVault:
    data_dir: Path
    user: str
    role: str
    keys: VaultKeys
    engine: Engine
    lock: VaultLock
    slot_file: SlotFile
    warnings: list[str] = field(default_factory=list)
    # per-session caches (the name index, statistics facts); dropped on close
    caches: dict[str, object] = field(default_factory=dict)
    # units of work begun in this session that may have changed data: a cache made at one
    # count is current while the count stays (this session is the vault's only writer)
    writes: int = 0
    # unlocked with the recovery code rather than an account's password
    with_recovery_code: bool = False
    # on the office server (PostgreSQL): the key slots live in the database, not in a file
    on_server: bool = False
    # a local vault moved onto the office server: that server's address; no data writes here
    moved_to: str = ""
    _writes_lock: threading.Lock = field(init=False, default_factory=threading.Lock)
    _sessions: sessionmaker[Session] = field(init=False)
    cipher: FieldCipher = field(init=False)
    audit: AuditRepository = field(init=False)

    def __post_init__(self) -> None:
        self._sessions = make_session_factory(self.engine)
        self.cipher = FieldCipher(self.keys.k_pii)
        self.audit = AuditRepository(self.keys.audit_key())

    @property
    def slots_path(self) -> Path:
        return self.data_dir / keyslots.FILE_NAME

    @property
    def password_is_temporary(self) -> bool:
        """The signed-in account's password was set by someone else (see keyslots.Slot)."""
        slot = self.slot_file.user_slot(self.user)
        return slot is not None and slot.temporary

    @property
    def may_read_personal(self) -> bool:
        return self.cipher.can_read_personal and role_holds_pii(self.role)

    def require_role(self, *roles: str) -> None:
        if self.role not in roles:
            raise PermissionDenied("your account may not do this", role=self.role)

    @contextlib.contextmanager
    def unit_of_work(self, *, audit_only: bool = False) -> Iterator[Session]:
        """One transaction: everything inside, audit rows included, commits or none of it does.
        `audit_only`: the caller only appends to the audit log, so caches stay current."""
        try:
            with self._sessions() as session, session.begin():
                session.connection(execution_options={IMMEDIATE: True})
                if self.moved_to:
                    _refuse_data_writes(session, self.moved_to)
                yield session
        except StaleDataError:
            # another PC saved the same row between this one's check and its write (the
            # row's version no longer matched): the same answer as a check that saw it
            raise InvalidInput(STALE_MESSAGE, field="version") from None
        finally:
            if not audit_only:
                with self._writes_lock:  # units of work may end on two threads at once
                    self.writes += 1

    def read_session(self) -> Session:
        return self._sessions()

    def record(
        self,
        session: Session,
        event: str,
        *,
        target_table: str | None = None,
        target_id: str | None = None,
        fields: Iterable[str] = (),
        detail: str = "",
    ) -> None:
        self.audit.append(
            session,
            actor=self.user,
            event=event,
            target_table=target_table,
            target_id=target_id,
            fields=fields,
            detail=detail,
        )

    def save_slots(self) -> None:
        """Write the slot file with the current audit head copied into it."""
        with self.read_session() as session:
            last = self.audit.last(session)
            current = self.slot_file.audit_head
            # the head never moves backwards: a chain that no longer reaches it keeps it
            moves = (
                current is None
                or audit_anchor.reaches(
                    current, lambda seq: self.audit.mac_at(session, seq), last.seq if last else None
                )
                == audit_anchor.REACHED
            )
        if last is not None and moves:
            self.slot_file.audit_head = make_head(self.audit_key, last.seq, last.mac)
        elif not moves and AUDIT_TAMPERED not in self.warnings:
            self.warnings.append(AUDIT_TAMPERED)
        # the database learns the slots first and forgets the replaced ones after the write
        wanted = slot_registry.entries(self.slot_file.slots)
        stale = slot_registry_repo.stage(self.engine, self._sessions, wanted)
        signed = keyfile_mac.sign(self.keys.k_db, self.slot_file)
        if self.on_server:
            with self.unit_of_work(audit_only=True) as session:
                meta_repo.put_slot_file(session, signed.to_bytes())
            self.slot_file.intact = True
            if self.slot_file.audit_head is not None:  # this PC pins what it has seen
                server_profile.save_pin(self.data_dir, self.slot_file.audit_head)
        else:
            keyslots.save(self.slots_path, signed)
        slot_registry_repo.prune(self._sessions, stale)

    @property
    def audit_key(self) -> bytes:
        return self.keys.audit_key()

    def close(self) -> None:
        try:
            self.save_slots()
        except OSError as exc:  # the vault still closes; the head is refreshed next unlock
            _LOG.warning("could not update the key file on close: %s", exc.strerror)
        except (VaultDamaged, DBAPIError):  # a damaged database: reported, never a crash
            _LOG.warning("could not update the key file on close: the database is damaged")
        finally:
            self.caches.clear()
            self.engine.dispose()
            self.lock.release()

    def __repr__(self) -> str:  # caches and keys stay out of logs and tracebacks
        return f"OpenVault(user={self.user!r}, role={self.role!r})"

    def __enter__(self) -> OpenVault:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

"""An unlocked vault: who is signed in, what keys they hold, and units of work on the database."""

from __future__ import annotations

import contextlib
import logging
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from ajo_cases.errors import (
    AccountRemoved,
    PermissionDenied,
    ServerUnreachable,
    VaultDamaged,
    VaultMigrated,
)
from ajo_cases.services import versions
from ajo_cases.storage import manager_view, server_identity, slot_registry_repo
from ajo_cases.storage.audit_repo import AuditRepository
from ajo_cases.storage.change_feed_sql import own_transaction
from ajo_cases.storage.engine import IMMEDIATE, make_session_factory
from ajo_cases.storage.models_core import AuditEntry
from ajo_cases.storage.server_engine import is_unreachable
from ajo_cases.vault import (
    audit_anchor,
    keyfile_mac,
    keyslots,
    server_profile,
    signing,
    slot_registry,
)
from ajo_cases.vault.auditchain import make_head
from ajo_cases.vault.fieldcipher import FieldCipher
from ajo_cases.vault.keys import VaultKeys, role_holds_pii
from ajo_cases.vault.keyslots import SlotFile
from ajo_cases.vault.lock import VaultLock

_LOG = logging.getLogger(__name__)
OWN_KEPT = 2000  # own transactions remembered for the change feed (services/change_feed.py)
STALE_MESSAGE = versions.STALE_MESSAGE
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


def lost_server(exc: BaseException) -> bool:
    """The failure is a lost or refused connection to the office server."""
    return isinstance(exc, DBAPIError) and is_unreachable(exc)


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
    # units of work begun in this session that may have changed data, and changes other PCs
    # made (services/change_feed.py): a cache made at one count is current while it stays
    writes: int = 0
    # unlocked with the recovery code rather than an account's password
    with_recovery_code: bool = False
    # on the office server (PostgreSQL): the key slots live in the database, not in a file
    on_server: bool = False
    # a local vault moved onto the office server: that server's address; no data writes here
    moved_to: str = ""
    # office server: the ids of this session's committed write transactions, most recent last
    own_transactions: deque[int] = field(default_factory=lambda: deque(maxlen=OWN_KEPT))
    _writes_lock: threading.Lock = field(init=False, default_factory=threading.Lock)
    _sessions: sessionmaker[Session] = field(init=False)
    cipher: FieldCipher = field(init=False)
    audit: AuditRepository = field(init=False)

    def __post_init__(self) -> None:
        self._sessions = make_session_factory(self.engine)
        if self.on_server and not role_holds_pii(self.role):
            manager_view.hide_sealed(self._sessions)  # the server refuses them to a manager
        self.cipher = FieldCipher(self.keys.k_pii, self.keys.previous_pii)
        self.audit = AuditRepository(self.keys.audit_key(), self._signer())

    def _signer(self) -> signing.Signer | None:
        seed = self.keys.signing_seed
        return None if seed is None else signing.Signer(self.user, seed)

    def use_signing_seed(self, seed: bytes) -> None:
        """After this account's new key was registered: sign from now on with it."""
        self.keys = self.keys.with_seed(seed, self.keys.previous_seed)
        self.audit.set_signer(self._signer())

    @property
    def place(self) -> str:
        """Where the vault is, for the status bar: the office server's host, port and
        database, or this PC's folder. Never a password."""
        if self.on_server:
            url = self.engine.url
            return f"{url.host}:{url.port or 5432}/{url.database}"
        return str(self.data_dir)

    @property
    def slots_path(self) -> Path:
        return self.data_dir / keyslots.FILE_NAME

    @property
    def password_is_temporary(self) -> bool:
        """The signed-in account's password was set by someone else (see keyslots.Slot)."""
        slot = self.slot_file.user_slot(self.user)
        return slot is not None and slot.temporary

    def accounts(self) -> list[tuple[str, str]]:
        """(name, role) of every account, by folded name: the key file's slots on this PC,
        the accounts table on the office server (where a login sees only its own slot)."""
        if self.on_server:
            with self.read_session() as session:
                return [(a.user, a.role) for a in server_identity.accounts(session)]
        return [(slot.user, slot.role) for slot in self.slot_file.users()]

    def has_account(self, name: str) -> bool:
        wanted = keyslots.fold_user(name)
        return any(keyslots.fold_user(user) == wanted for user, _role in self.accounts())

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
        session = self._sessions()
        try:
            with session, session.begin():
                connection = session.connection(execution_options={IMMEDIATE: True})
                # the transaction's id is read first, not after the audit append: that holds
                # the chain's lock until commit, and every round trip under it delays other PCs
                mine = own_transaction(connection) if self.on_server else None
                if self.moved_to:
                    _refuse_data_writes(session, self.moved_to)
                yield session
            if mine is not None:  # committed: the change feed need not tell this PC again
                self.own_transactions.append(mine)
        except StaleDataError as exc:
            # another PC saved the same row between this one's check and its write (the
            # row's version no longer matched): the same answer as a check that saw it
            raise versions.stale(session, *versions.moved_row(session, exc)) from None
        except DBAPIError as exc:
            if self.on_server and is_unreachable(exc):
                # the transaction was not committed: nothing of it is kept on the server
                raise ServerUnreachable("the office server is not reachable") from None
            raise
        finally:
            if not audit_only:
                with self._writes_lock:  # units of work may end on two threads at once
                    self.writes += 1

    def note_outside_change(self) -> None:
        """Another PC changed the vault (the office server's change feed): caches made
        before now are stale, as after a write of this session's own."""
        with self._writes_lock:
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
        """Write the slot file with the current audit head copied into it (on the office
        server: only the head, into this PC's pin)."""
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
        if self.on_server:
            # the slots live in the server's tables, changed only by its account functions
            # (storage/server_identity.py); this PC pins the newest link it has seen
            if self.slot_file.audit_head is not None:
                server_profile.save_pin(self.data_dir, self.slot_file.audit_head)
            return
        # the database learns the slots first and forgets the replaced ones after the write
        wanted = slot_registry.entries(self.slot_file.slots)
        stale = slot_registry_repo.stage(self.engine, self._sessions, wanted)
        keyslots.save(self.slots_path, keyfile_mac.sign(self.keys.k_db, self.slot_file))
        slot_registry_repo.prune(self._sessions, stale)

    @property
    def audit_key(self) -> bytes:
        return self.keys.audit_key()

    def close(self) -> None:
        try:
            self.save_slots()
        except OSError as exc:  # the vault still closes; the head is refreshed next unlock
            _LOG.warning("could not update the key file on close: %s", exc.strerror)
        except ServerUnreachable:
            _LOG.warning("could not update the pin on close: the office server is not reachable")
        except (VaultDamaged, DBAPIError):  # a damaged database: reported, never a crash
            _LOG.warning("could not update the key file on close: the database is damaged")
        except AccountRemoved:  # removed on the office server meanwhile: nothing to keep
            _LOG.warning("could not update the audit pin on close: the account was removed")
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

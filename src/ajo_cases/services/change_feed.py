"""Following the office server's change feed, so this PC's views show other PCs' changes.

The server numbers every committed change (storage/change_feed_sql.py) and rings a doorbell
(`NOTIFY ajo_changes`, empty). A `FeedFollower` runs on a thread of its own: it listens on a
dedicated connection and, at connect, at every reconnect and at each ring, reads what was
numbered after the last change it saw and hands it on as the same `Changes` this PC's own
saves announce. The name index (names decrypted on this PC) is brought up to date first, and
caches made before the change are dropped. A lost connection is reported, then retried with
growing pauses; nothing is lost meanwhile, because the catch-up reads by number.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from ajo_cases.services.changes import Changes
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.people import search
from ajo_cases.storage import feed_pruning_sql
from ajo_cases.storage.models import Beneficiary, Case
from ajo_cases.storage.server_listen import Listener, feed_head, read_feed

_LOG = logging.getLogger(__name__)
BATCH = 5000  # feed rows read at once
BACKOFF = (0.5, 1.0, 2.0, 4.0, 8.0, 15.0, 30.0)  # seconds between reconnect attempts
# The feed keeps the newest KEEP entries (one per saving statement: weeks of an office's
# work); each PC prunes it at connect and every PRUNE_EVERY seconds (feed_pruning_sql.py).
KEEP = 20_000
PRUNE_EVERY = 3600.0

# what a change to each table means to the views (the kinds of services/changes.py)
KINDS: dict[str, tuple[str, ...]] = {
    "beneficiary": ("person", "case"),
    "case_file": ("case",),
    "consent": ("consent", "case"),
    "assessment": ("assessment", "case"),
    "plan_action": ("plan_action", "follow_up", "case"),
    "assistance": ("assistance", "case"),
    "shelter_stay": ("stay", "bed", "case"),
    "referral": ("referral", "follow_up", "case"),
    "follow_up": ("follow_up", "case"),
    "attachment": ("attachment", "case"),
    "grant_plan": ("grant", "case"),
    "grant_budget_line": ("grant", "case"),
    "grant_purchase": ("grant", "case"),
    "monitoring_visit": ("grant", "case"),
    "bed": ("bed",),
    "partner_org": ("partner",),
    "project": ("project",),
    "activity": ("activity",),
    "account_profile": ("users",),
    "vault_meta": ("users", "settings", "letterhead"),
}


ALL_KINDS = frozenset(kind for kinds in KINDS.values() for kind in kinds)

START = "feed_start"  # vault.caches: the change number the vault was unlocked at


def start_here(vault: OpenVault) -> None:
    """Note the newest change number at unlock, before any list reads the vault: a
    follower started later catches up from here and misses nothing in between."""
    vault.caches[START] = head(vault)


def head(vault: OpenVault) -> int:
    """The newest change number: where a PC that has just read everything starts."""
    with vault.read_session() as session:
        return feed_head(session)


def catch_up(vault: OpenVault, after: int) -> tuple[int, Changes]:
    """Everything committed after change `after`: the new position and what it changed.

    People whose rows changed are read again into the name index (or dropped from it once
    erased), and the session's caches (statistics facts) are made stale."""
    changes, position, person_ids = Changes(), after, set[str]()
    while True:
        with vault.read_session() as session:
            rows = read_feed(session, position, BATCH)
        for row in rows:
            position = row.seq
            if row.table == feed_pruning_sql.PRUNED:
                # changes this PC never read were pruned: everything is read afresh
                vault.caches.pop("names", None)
                changes |= Changes(frozenset(ALL_KINDS), everything=True)
                continue
            if row.txid is not None and row.txid in vault.own_transactions:
                continue  # this PC's own save: announced and indexed when it was made
            listed = tuple(row.ids.split(",")) if row.ids else ()
            cases = tuple(row.case_ids.split(",")) if row.case_ids else ()
            kinds = frozenset(KINDS.get(row.table, ()))
            changes |= Changes(kinds, frozenset(cases), frozenset(listed))
            if row.table == "beneficiary":
                if row.ids is None:  # too many to list: the whole index is read again
                    vault.caches.pop("names", None)
                person_ids.update(listed)
        if len(rows) < BATCH:
            break
    if changes:
        vault.note_outside_change()
        changes |= _people(vault, person_ids)
    return position, changes


def prune(vault: OpenVault, keep: int | None = None) -> int:
    """Prune the feed down to its newest `keep` entries; how many were deleted."""
    with vault.engine.begin() as conn:
        return feed_pruning_sql.prune(conn, KEEP if keep is None else keep)


def _people(vault: OpenVault, person_ids: Iterable[str]) -> Changes:
    """Refresh changed people in the name index; their cases are part of the change."""
    wanted = sorted(set(person_ids))
    if not wanted:
        return Changes()
    with vault.read_session() as session:
        rows = session.scalars(select(Beneficiary).where(Beneficiary.id.in_(wanted))).all()
        case_ids = session.scalars(select(Case.id).where(Case.beneficiary_id.in_(wanted))).all()
        for row in rows:
            if row.erased_at is not None or row.search_enc is None:
                search.forget_person(vault, row.id)
            else:
                search.note_person(vault, row.id, row)
    return Changes(frozenset({"person", "case"}), frozenset(case_ids), frozenset(wanted))


class FeedFollower:
    """The thread that follows the feed for one open vault (office server only).

    `on_changes(Changes)` and `on_reachable(bool)` are called on that thread; a UI hands them
    over to its own thread. `stop()` returns at once; the thread ends within `poll` seconds.
    """

    def __init__(
        self,
        vault: OpenVault,
        on_changes: Callable[[Changes], None],
        on_reachable: Callable[[bool], None],
        *,
        start_after: int | None = None,
        poll: float = 0.5,
    ) -> None:
        self.vault = vault
        self.on_changes, self.on_reachable = on_changes, on_reachable
        noted = vault.caches.get(START)
        if start_after is None and isinstance(noted, int):
            start_after = noted
        self.position: int | None = start_after  # None: read at the first connect
        self.poll = poll
        self.reachable: bool | None = None
        self._failures = 0  # attempts since the connection was last good: the next pause
        self._pruned_at: float | None = None  # monotonic time of this PC's last pruning
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="change-feed", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, wait: float = 0.0) -> None:
        self._stop.set()
        if wait and self._thread.is_alive():
            self._thread.join(wait)

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def _say(self, reachable: bool) -> None:
        if reachable != self.reachable:
            self.reachable = reachable
            self.on_reachable(reachable)

    def _run(self) -> None:
        while not self._stop.is_set():
            listener = None
            try:
                listener = Listener(self.vault.engine)
                if self.position is None:
                    self.position = head(self.vault)
                self._follow(listener)
            except Exception as exc:
                if self._stop.is_set():
                    break
                if not _is_connection_failure(exc):
                    _LOG.warning("the change feed stopped on %s; retrying", type(exc).__name__)
                self._say(False)
                pause = BACKOFF[min(self._failures, len(BACKOFF) - 1)]
                self._failures += 1
                self._stop.wait(pause)
            finally:
                if listener is not None:
                    listener.close()

    def _follow(self, listener: Listener) -> None:
        """Catch up (at connect and reconnect), then at each ring, until stopped."""
        rang = True
        while not self._stop.is_set():
            if rang:
                assert self.position is not None
                self.position, changes = catch_up(self.vault, self.position)
                self._say(True)
                self._failures = 0
                if changes and not self._stop.is_set():
                    self.on_changes(changes)
            self._prune_now_and_then()
            rang = listener.wait(self.poll)

    def _prune_now_and_then(self) -> None:
        now = time.monotonic()
        if self._pruned_at is not None and now - self._pruned_at < PRUNE_EVERY:
            return
        self._pruned_at = now
        try:
            prune(self.vault)
        except DBAPIError as exc:  # the next catch-up says whether the server is away
            _LOG.warning("pruning the change feed failed (%s)", type(exc.orig).__name__)


def _is_connection_failure(exc: BaseException) -> bool:
    if isinstance(exc, DBAPIError):
        return True
    return type(exc).__module__.startswith("psycopg")

"""Listening for the change feed's doorbell on a connection of its own (PostgreSQL).

The connection comes from the vault's engine, so it signs in exactly as the PC's other
connections do; it is taken out of the pool for good (LISTEN belongs to one session) and
thrown away when closed. Reading the feed itself goes through ordinary sessions.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from ajo_cases.storage.change_feed_sql import CHANNEL
from ajo_cases.storage.models_core import ChangeFeedEntry

if TYPE_CHECKING:
    from sqlalchemy.pool import PoolProxiedConnection


class Listener:
    """`LISTEN ajo_changes` on a dedicated connection; `wait` blocks only its own thread."""

    def __init__(self, engine: Engine) -> None:
        self._raw: PoolProxiedConnection = engine.raw_connection()
        conn: Any = self._raw.dbapi_connection
        conn.rollback()
        conn.autocommit = True
        conn.execute(f"LISTEN {CHANNEL}")
        self._conn = conn

    def wait(self, timeout: float) -> bool:
        """True when the doorbell rang within `timeout` seconds (several rings count once).
        A dropped connection raises psycopg's OperationalError."""
        rang = False
        for _note in self._conn.notifies(timeout=timeout, stop_after=1):
            rang = True
        if rang:  # swallow the rings that came together with this one
            for _note in self._conn.notifies(timeout=0):
                pass
        return rang

    def close(self) -> None:
        # never back into the pool: it still listens; closing a dead one may fail, it is gone
        with contextlib.suppress(Exception):
            self._raw.invalidate()


def feed_head(session: Session) -> int:
    return int(session.scalar(select(func.coalesce(func.max(ChangeFeedEntry.seq), 0))) or 0)


@dataclass(frozen=True, slots=True)
class FeedRow:
    seq: int
    table: str
    ids: str | None  # comma-separated; None: too many to list
    case_ids: str | None
    txid: int | None  # the writing transaction


def read_feed(session: Session, after: int, limit: int) -> list[FeedRow]:
    """Committed changes numbered after `after`, oldest first."""
    feed = ChangeFeedEntry
    rows = session.execute(
        select(feed.seq, feed.tbl, feed.ids, feed.case_ids, feed.txid)
        .where(feed.seq > after)
        .order_by(feed.seq)
        .limit(limit)
    )
    return [FeedRow(int(seq or 0), tbl, ids, cases, txid) for seq, tbl, ids, cases, txid in rows]

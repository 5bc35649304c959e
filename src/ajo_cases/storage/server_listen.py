"""Listening for the change feed's doorbell on a connection of its own (PostgreSQL).

The connection comes from the vault's engine, so it signs in exactly as the PC's other
connections do; it is taken out of the pool for good (LISTEN belongs to one session) and
thrown away when closed. Reading the feed itself goes through ordinary sessions.
"""

from __future__ import annotations

import contextlib
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


def read_feed(
    session: Session, after: int, limit: int
) -> list[tuple[int, str, str | None, str | None]]:
    """Committed changes numbered after `after`, oldest first: (seq, table, ids, case ids)."""
    rows = session.execute(
        select(
            ChangeFeedEntry.seq, ChangeFeedEntry.tbl, ChangeFeedEntry.ids, ChangeFeedEntry.case_ids
        )
        .where(ChangeFeedEntry.seq > after)
        .order_by(ChangeFeedEntry.seq)
        .limit(limit)
    )
    return [(int(seq or 0), tbl, ids, case_ids) for seq, tbl, ids, case_ids in rows]

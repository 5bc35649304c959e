"""Writers that read something and then write what depends on it take turns.

A case code (the year's counter), a bed on a night, the audit chain's head: two writers must
not both read the same state and both write. On SQLite every writer already holds the
database's write lock from its first statement (``BEGIN IMMEDIATE``). On PostgreSQL several PCs
write at once, so such a writer takes a transaction-scoped advisory lock, released at commit or
rollback; the loser then reads the winner's result and gets the domain's own answer.
"""

from __future__ import annotations

from typing import Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

AUDIT_CHAIN: Final = 0x414A4F01  # the audit trigger, per entry (storage/server_chain.py)
CASE_CODES: Final = 0x414A4F02
SHELTER_BEDS: Final = 0x414A4F03
CHANGE_FEED: Final = 0x414A4F04  # numbering the change feed at commit (change_feed_sql.py)
FEED_PRUNING: Final = 0x414A4F05  # one PC at a time prunes the change feed (feed_pruning_sql.py)
KEY_ROTATION: Final = 0x414A4F06  # starting an online key rotation (services/access)
STATS_FACTS: Final = 0x414A4F07  # refreshing the statistics' compact facts (stats_refresh.py)


def take_turn(session: Session, key: int) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(key)))

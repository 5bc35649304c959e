"""Pruning the office server's change feed, so it does not grow for ever (PostgreSQL).

`ajo_feed_prune(keep)` keeps the newest `keep` numbered entries (never fewer than
`MIN_KEEP`, whoever asks) and deletes the older ones. The newest entry it removes is not
deleted but turned into a marker (`tbl = PRUNED`, no ids): a PC that had not read up to it
reads the marker first, knows that changes it never saw are gone, and refreshes everything
(services/change_feed.py). A PC that had read past it never sees it. Entries are deleted only
below a number every reader either has passed or will learn about from the marker, so no PC
misses a change, however long it was away.

The function runs as the owner (SECURITY DEFINER: app logins have no DELETE); a second PC
pruning at the same moment skips (a transaction-scoped advisory lock, tried, not waited for).
"""

from __future__ import annotations

from typing import Final

from sqlalchemy import Connection, text

from ajo_cases.storage.take_turns import FEED_PRUNING

FUNCTION: Final = "ajo_feed_prune"
PRUNED: Final = "*pruned*"  # the marker's table name: no table is called that
MIN_KEEP: Final = 1000


def _function(schema: str) -> str:
    # only this module's constants and the schema's own name go into the text
    return f"""
CREATE OR REPLACE FUNCTION {FUNCTION}(keep bigint) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $fn$
DECLARE cut bigint; gone bigint;
BEGIN
  IF NOT pg_try_advisory_xact_lock({FEED_PRUNING}) THEN RETURN 0; END IF;
  SELECT seq INTO cut FROM change_feed WHERE seq IS NOT NULL
   ORDER BY seq DESC OFFSET GREATEST(keep, {MIN_KEEP}) LIMIT 1;
  IF cut IS NULL THEN RETURN 0; END IF;
  DELETE FROM change_feed WHERE seq < cut;
  GET DIAGNOSTICS gone = ROW_COUNT;
  UPDATE change_feed SET tbl = '{PRUNED}', ids = NULL, case_ids = NULL, txid = NULL
   WHERE seq = cut AND tbl <> '{PRUNED}';
  RETURN gone;
END $fn$"""  # noqa: S608


def install(conn: Connection) -> None:
    """Create the function (in a migration, as the owner); grants: storage/server_grants.py."""
    schema = conn.execute(text("SELECT current_schema()")).scalar_one()
    conn.execute(text(_function(schema)))
    conn.execute(text(f"REVOKE ALL ON FUNCTION {FUNCTION}(bigint) FROM PUBLIC"))


def uninstall(conn: Connection) -> None:
    conn.execute(text(f"DROP FUNCTION IF EXISTS {FUNCTION}(bigint)"))


def prune(conn: Connection, keep: int) -> int:
    """Prune down to the newest `keep` entries (as an app login); how many were deleted."""
    return int(conn.execute(text(f"SELECT {FUNCTION}(:keep)"), {"keep": keep}).scalar_one())

"""The office server's change feed: triggers that note every committed change (ids only).

Each change to an editable table adds one `change_feed` row per statement, holding the table
name, the ids of the rows and the cases they belong to (a statement touching many rows lists
none: the readers then refresh that kind whole). At commit, a deferred trigger numbers the row
under a transaction-scoped advisory lock and rings the doorbell (`NOTIFY ajo_changes` with an
empty payload): the lock is held until the commit is visible, so `seq` grows in commit order
and a PC that read everything up to `seq` has missed nothing before it.

The functions run as their owner (SECURITY DEFINER): an app's login needs no right on the feed
but SELECT. PostgreSQL only; a local vault has one writer, which tells its own windows.
"""

from __future__ import annotations

from typing import Final

from sqlalchemy import Connection, text

from ajo_cases.storage.take_turns import CHANGE_FEED

CHANNEL: Final = "ajo_changes"
MANY: Final = 500  # more rows than this in one statement: the feed lists no ids

_VIA_GRANT = "JOIN grant_plan g ON g.id = r.grant_id"
_TXID = "pg_current_xact_id()::text::bigint"  # what `own_transaction` reads on the writer

# table -> (id column, expression of its case id, join needed for it)
TABLES: Final[dict[str, tuple[str, str | None, str]]] = {
    "beneficiary": ("id", None, ""),
    "case_file": ("id", "r.id", ""),
    "consent": ("id", "r.case_id", ""),
    "assessment": ("id", "r.case_id", ""),
    "plan_action": ("id", "r.case_id", ""),
    "assistance": ("id", "r.case_id", ""),
    "shelter_stay": ("id", "r.case_id", ""),
    "referral": ("id", "r.case_id", ""),
    "follow_up": ("id", "r.case_id", ""),
    "attachment": ("id", "r.case_id", ""),
    "grant_plan": ("id", "r.case_id", ""),
    "grant_budget_line": ("id", "g.case_id", _VIA_GRANT),
    "grant_purchase": ("id", "g.case_id", _VIA_GRANT),
    "monitoring_visit": ("id", "g.case_id", _VIA_GRANT),
    "bed": ("id", None, ""),
    "partner_org": ("id", None, ""),
    "project": ("id", None, ""),
    "activity": ("id", None, ""),
    "account_profile": ('"user"', None, ""),
    "vault_meta": ("key", None, ""),
}
_EVENTS = (("ins", "INSERT", "NEW"), ("upd", "UPDATE", "NEW"), ("del", "DELETE", "OLD"))


def _note_function(schema: str, table: str) -> str:
    id_col, case_expr, join = TABLES[table]
    cases = f"string_agg(DISTINCT {case_expr}::text, ',')" if case_expr else "NULL"
    # only this module's constants and the schema's own name go into the text
    return f"""
CREATE OR REPLACE FUNCTION ajo_feed_{table}() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $fn$
DECLARE n bigint;
BEGIN
  SELECT count(*) INTO n FROM changed_rows;
  IF n = 0 THEN RETURN NULL; END IF;
  IF n > {MANY} THEN
    INSERT INTO change_feed (tbl, ids, case_ids, txid)
    VALUES ('{table}', NULL, NULL, {_TXID});
  ELSE
    INSERT INTO change_feed (tbl, ids, case_ids, txid)
    SELECT '{table}', string_agg(DISTINCT r.{id_col}::text, ','), {cases}, {_TXID}
    FROM changed_rows r {join};
  END IF;
  RETURN NULL;
END $fn$"""  # noqa: S608


def _stamp_function(schema: str) -> str:
    return f"""
CREATE OR REPLACE FUNCTION ajo_feed_stamp() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $fn$
BEGIN
  PERFORM pg_advisory_xact_lock({CHANGE_FEED});
  UPDATE change_feed SET seq = nextval('change_feed_seq') WHERE id = NEW.id;
  PERFORM pg_notify('{CHANNEL}', '');
  RETURN NULL;
END $fn$"""  # noqa: S608


def own_transaction(conn: Connection) -> int:
    """The id of the current transaction (the feed's `txid` of what it writes), assigned now
    if it has none yet, so it can be read before the transaction's first write."""
    return int(conn.execute(text("SELECT pg_current_xact_id()::text::bigint")).scalar_one())


def install(conn: Connection) -> None:
    """Create the sequence, the functions and the triggers (in a migration, as the owner)."""
    schema = conn.execute(text("SELECT current_schema()")).scalar_one()
    conn.execute(text("CREATE SEQUENCE IF NOT EXISTS change_feed_seq"))
    conn.execute(text(_stamp_function(schema)))
    conn.execute(
        text(
            "CREATE CONSTRAINT TRIGGER ajo_feed_stamp AFTER INSERT ON change_feed "
            "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ajo_feed_stamp()"
        )
    )
    for table in TABLES:
        conn.execute(text(_note_function(schema, table)))
        for suffix, event, which in _EVENTS:
            conn.execute(
                text(
                    f"CREATE TRIGGER ajo_feed_{suffix} AFTER {event} ON {table} "
                    f"REFERENCING {which} TABLE AS changed_rows "
                    f"FOR EACH STATEMENT EXECUTE FUNCTION ajo_feed_{table}()"
                )
            )


def uninstall(conn: Connection) -> None:
    for table in TABLES:
        for suffix, _event, _which in _EVENTS:
            conn.execute(text(f"DROP TRIGGER IF EXISTS ajo_feed_{suffix} ON {table}"))
        conn.execute(text(f"DROP FUNCTION IF EXISTS ajo_feed_{table}()"))
    conn.execute(text("DROP TRIGGER IF EXISTS ajo_feed_stamp ON change_feed"))
    conn.execute(text("DROP FUNCTION IF EXISTS ajo_feed_stamp()"))
    conn.execute(text("DROP SEQUENCE IF EXISTS change_feed_seq"))

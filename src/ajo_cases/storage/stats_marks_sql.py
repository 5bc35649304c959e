"""Triggers that mark a person whose statistics facts changed (storage/models_stats.py).

Every insert, update and delete of a person, a case, a consent, a service or a referral raises
``stats_mark.marked`` for the persons it touches (both the old and the new person of an
update), in the writer's own transaction. Being triggers, they cover every path that writes:
the services, import, restore, ``server init --from-vault``, erasure, removal and any SQL run
by hand. Projects and partners are not watched: the compact rows hold their ids, and their
codes and kinds are looked up at each computation.

SQLite gets row triggers; PostgreSQL statement triggers over the transition tables (one insert
per statement, however many rows), as SECURITY DEFINER functions like the change feed's.
"""

from __future__ import annotations

from typing import Final

from sqlalchemy import Connection, text

_VIA_CASE = "JOIN case_file c ON c.id = r.case_id"
# table -> (the person of a row `r`, the join that expression needs)
WATCHED: Final[dict[str, tuple[str, str]]] = {
    "beneficiary": ("r.id", ""),
    "case_file": ("r.beneficiary_id", ""),
    "consent": ("c.beneficiary_id", _VIA_CASE),
    "assistance": ("c.beneficiary_id", _VIA_CASE),
    "referral": ("c.beneficiary_id", _VIA_CASE),
}
_EVENTS = (("ins", "INSERT"), ("upd", "UPDATE"), ("del", "DELETE"))


def _sqlite_person(table: str, row: str) -> str:
    expression, join = WATCHED[table]
    if not join:
        return expression.replace("r.", f"{row}.")
    return f"(SELECT beneficiary_id FROM case_file WHERE id = {row}.case_id)"  # noqa: S608


def _sqlite_mark(person: str) -> str:
    # `person` is an expression made here from this module's constants, never input
    insert = "INSERT OR IGNORE INTO stats_mark (person, marked, folded) SELECT p, 0, 0 FROM"
    mark = "UPDATE stats_mark SET marked = marked + 1 WHERE person ="
    return f"{insert} (SELECT {person} AS p) WHERE p IS NOT NULL;\n{mark} {person};\n"


def _sqlite_triggers() -> list[str]:
    made = []
    for table in WATCHED:
        rows = {"ins": ("NEW",), "upd": ("OLD", "NEW"), "del": ("OLD",)}
        for suffix, event in _EVENTS:
            body = "".join(_sqlite_mark(_sqlite_person(table, row)) for row in rows[suffix])
            made.append(
                f"CREATE TRIGGER ajo_stats_{table}_{suffix} AFTER {event} ON {table} "
                f"BEGIN\n{body}END"
            )
    return made


def _pg_function(schema: str, table: str) -> str:
    person, join = WATCHED[table]
    new = f"SELECT {person} AS p FROM changed_rows r {join}"  # noqa: S608 - constants
    old = f"SELECT {person} AS p FROM old_rows r {join}"  # noqa: S608
    upsert = "ON CONFLICT (person) DO UPDATE SET marked = m.marked + 1"
    into = "INSERT INTO stats_mark AS m (person, marked, folded)"
    # each person once (an upsert may not touch a row twice), in order (fewer lock waits)
    once = f"WHERE p IS NOT NULL GROUP BY p ORDER BY p {upsert}"
    # only this module's constants and the schema's own name go into the text
    return f"""
CREATE OR REPLACE FUNCTION ajo_stats_mark_{table}() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    {into} SELECT p, 1, 0 FROM ({new} UNION ALL {old}) s {once};
  ELSE
    {into} SELECT p, 1, 0 FROM ({new}) s {once};
  END IF;
  RETURN NULL;
END $fn$"""  # noqa: S608


def install(conn: Connection) -> None:
    """Create the triggers (in a migration, as the database's owner)."""
    if conn.dialect.name == "sqlite":
        for statement in _sqlite_triggers():
            conn.exec_driver_sql(statement)
        return
    schema = conn.execute(text("SELECT current_schema()")).scalar_one()
    references = {
        "ins": "REFERENCING NEW TABLE AS changed_rows",
        "upd": "REFERENCING OLD TABLE AS old_rows NEW TABLE AS changed_rows",
        "del": "REFERENCING OLD TABLE AS changed_rows",
    }
    for table in WATCHED:
        conn.execute(text(_pg_function(schema, table)))
        for suffix, event in _EVENTS:
            conn.execute(
                text(
                    f"CREATE TRIGGER ajo_stats_{suffix} AFTER {event} ON {table} "
                    f"{references[suffix]} FOR EACH STATEMENT "
                    f"EXECUTE FUNCTION ajo_stats_mark_{table}()"
                )
            )


def uninstall(conn: Connection) -> None:
    for table in WATCHED:
        for suffix, _event in _EVENTS:
            if conn.dialect.name == "sqlite":
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS ajo_stats_{table}_{suffix}")
            else:
                conn.execute(text(f"DROP TRIGGER IF EXISTS ajo_stats_{suffix} ON {table}"))
        if conn.dialect.name != "sqlite":
            conn.execute(text(f"DROP FUNCTION IF EXISTS ajo_stats_mark_{table}()"))

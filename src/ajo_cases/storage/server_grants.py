"""What each group of logins may do on the office server, enforced by PostgreSQL.

For database ``DB`` the NOLOGIN groups are ``DB_staff`` (every account), ``DB_pii`` (the roles
that hold K_pii: admin, case_worker, shelter_staff), ``DB_manager`` and ``DB_admin``; each
account's login is a member of ``DB_staff`` and of its role's groups.

- No group may DELETE or TRUNCATE any table: the rows the app removes go through
  ``ajo_remove`` (storage/removal.py), which records each removal.
- The audit log: INSERT and SELECT only (its trigger numbers and chains every row).
- The sealed (``*_enc``) columns are granted to ``DB_pii`` alone: a manager's login gets
  "permission denied" for them, whatever the app does.
- ``removed_row`` and ``alembic_version``: SELECT only.

``apply`` is idempotent: it resets every table's grants to exactly these, so it runs after
``server init``'s migrations and after every later migration (new tables get their grants).
It runs as the database owner, who needs CREATEROLE.
"""

from __future__ import annotations

import re
from typing import Final

from sqlalchemy import Connection, text

from ajo_cases.storage.feed_pruning_sql import FUNCTION as PRUNE
from ajo_cases.storage.models import Base
from ajo_cases.storage.removal import ADMIN_ONLY, FUNCTION, REMOVABLE
from ajo_cases.storage.sealed import sealed_column_names

GROUPS: Final = ("staff", "pii", "manager", "admin")
APPEND_ONLY: Final = ("audit_log",)
READ_ONLY: Final = ("removed_row", "alembic_version", "change_feed")  # feed: by triggers only
_ROLE_CHARS = re.compile(r"[^a-z0-9_]")


def group(database: str, name: str) -> str:
    """``DB_<name>``: the database's name folded to ``[a-z0-9_]``, its first 40 characters
    (room for an account's ``_u_<12 hex>`` within PostgreSQL's 63)."""
    return f"{_ROLE_CHARS.sub('_', database.lower())[:40] or 'ajo'}_{name}"


def _quoted(names: list[str]) -> str:
    return ", ".join(f'"{n}"' for n in names)


def _remove_function(admin: str) -> str:
    allowed = ", ".join(f"'{t}'" for t in REMOVABLE)
    keys = " ".join(f"WHEN '{t}' THEN '{k}'" for t, k in REMOVABLE.items())
    admin_only = ", ".join(f"'{t}'" for t in ADMIN_ONLY)
    return f"""
CREATE OR REPLACE FUNCTION {FUNCTION}(target text, ids text[]) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
DECLARE
  removed integer;
  owner_role name;
BEGIN
  IF target IS NULL OR target NOT IN ({allowed}) THEN
    RAISE EXCEPTION 'rows of % are never removed', target USING ERRCODE = '42501';
  END IF;
  SELECT pg_get_userbyid(datdba) INTO owner_role FROM pg_database
   WHERE datname = current_database();
  IF target IN ({admin_only}) AND NOT (pg_has_role(session_user, '{admin}', 'MEMBER')
                                      OR pg_has_role(session_user, owner_role, 'MEMBER')) THEN
    RAISE EXCEPTION 'only administrators remove rows of %', target USING ERRCODE = '42501';
  END IF;
  EXECUTE format(
    'WITH gone AS (DELETE FROM %I WHERE %I = ANY($1) RETURNING %I AS key) '
    'INSERT INTO removed_row (table_name, row_id, removed_at, login) '
    'SELECT %L, key, timezone(''UTC'', now()), session_user FROM gone',
    target, CASE target {keys} END, CASE target {keys} END, target
  ) USING ids;
  GET DIAGNOSTICS removed = ROW_COUNT;
  RETURN removed;
END
$fn$
"""  # noqa: S608 - table names from REMOVABLE, never from input


def apply(conn: Connection, database: str) -> None:
    """Create the groups when missing and grant them exactly what the app needs."""
    names = {g: group(database, g) for g in GROUPS}
    for role in names.values():
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role})
        if exists.first() is None:
            conn.exec_driver_sql(f'CREATE ROLE "{role}" NOLOGIN')
    staff, pii, everyone = names["staff"], names["pii"], _quoted(list(names.values()))
    conn.exec_driver_sql(f'GRANT USAGE ON SCHEMA public TO "{staff}"')
    tables = [t.name for t in Base.metadata.sorted_tables] + ["alembic_version"]
    for table in tables:
        conn.exec_driver_sql(f'REVOKE ALL ON TABLE "{table}" FROM PUBLIC, {everyone}')
        if table in APPEND_ONLY:
            conn.exec_driver_sql(f'GRANT SELECT, INSERT ON TABLE "{table}" TO "{staff}"')
            continue
        if table in READ_ONLY:
            conn.exec_driver_sql(f'GRANT SELECT ON TABLE "{table}" TO "{staff}"')
            continue
        columns = Base.metadata.tables[table].columns
        sealed = sealed_column_names(Base.metadata.tables[table])
        plain = _quoted([c.name for c in columns if c.name not in sealed])
        conn.exec_driver_sql(
            f"GRANT SELECT ({plain}), INSERT ({plain}), UPDATE ({plain}) "
            f'ON TABLE "{table}" TO "{staff}"'
        )
        if sealed:
            held = _quoted(sealed)
            conn.exec_driver_sql(
                f"GRANT SELECT ({held}), INSERT ({held}), UPDATE ({held}) "
                f'ON TABLE "{table}" TO "{pii}"'
            )
    conn.exec_driver_sql(f'GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO "{staff}"')
    # psycopg reads % as a parameter mark in anything it is handed: doubled, it is sent as one
    conn.exec_driver_sql(_remove_function(names["admin"]).replace("%", "%%"))
    conn.exec_driver_sql(f"REVOKE ALL ON FUNCTION {FUNCTION}(text, text[]) FROM PUBLIC")
    conn.exec_driver_sql(f'GRANT EXECUTE ON FUNCTION {FUNCTION}(text, text[]) TO "{staff}"')
    # every PC that follows the feed prunes it now and then (feed_pruning_sql.py)
    conn.exec_driver_sql(f'GRANT EXECUTE ON FUNCTION {PRUNE}(bigint) TO "{staff}"')

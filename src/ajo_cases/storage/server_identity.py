"""The office server's identity: each account is its own PostgreSQL login.

``install`` (at ``server init``, as the owner) creates the accounts and slots tables, the
functions of server_identity_sql.py, the groups and the privileges. The rest are the calls the
PC makes as a signed-in account; each goes through a SECURITY DEFINER function, so accounts and
slots change only as those functions allow.
"""

from __future__ import annotations

import json
import secrets
from typing import Any, NamedTuple

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from ajo_cases.storage import server_grants, server_roles
from ajo_cases.storage.server_identity_sql import ACCOUNTS, FUNCTIONS, PRELOGIN, TABLES

PREFIX_KEY = "role_prefix"
SECRET_KEY = "prelogin_secret"  # noqa: S105 - a key name, not a secret
IDENTITY_TABLES = ("ajo_identity_settings", "ajo_accounts", "ajo_slots")


class Account(NamedTuple):
    user: str
    role: str
    temporary: bool
    login_role: str


Runner = Connection | Session  # the owner's set-up connection, or a signed-in unit of work


def _script(conn: Connection, sql: str) -> None:
    """Several statements at once, passed as they are (their ``%I`` are PostgreSQL's)."""
    cursor = conn.connection.cursor()
    try:
        cursor.execute(sql)
    finally:
        cursor.close()


def install(conn: Connection, prefix: str) -> None:
    """Tables, settings, functions and groups; privileges come with ``grant`` once every table
    exists. Run by the owner in the set-up transaction."""
    _script(conn, TABLES)
    conn.execute(
        text("INSERT INTO ajo_identity_settings (key, value) VALUES (:p, :pv), (:s, :sv)"),
        {"p": PREFIX_KEY, "pv": prefix, "s": SECRET_KEY, "sv": secrets.token_hex(32)},
    )
    _script(conn, PRELOGIN)
    _script(conn, ACCOUNTS)
    for function in FUNCTIONS:
        conn.exec_driver_sql(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")
    server_roles.ensure_groups(conn, prefix)


def refresh_functions(conn: Connection) -> None:
    """``server upgrade``: the account functions of this version (CREATE OR REPLACE), so a
    server set up by an older one gains the new ones; ``grant`` gives them to the groups."""
    _script(conn, ACCOUNTS)
    for function in FUNCTIONS:
        conn.exec_driver_sql(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")


def grant(conn: Connection, prefix: str, prelogin_role: str) -> None:
    """The groups' privileges on the app's tables (storage/server_grants.py), then the identity
    tables' and functions' own."""
    server_grants.apply(conn, prefix)
    staff = f'"{server_roles.group(prefix, server_roles.STAFF)}"'
    tables = ", ".join(IDENTITY_TABLES)
    conn.exec_driver_sql(f"REVOKE ALL ON {tables} FROM PUBLIC, {staff}")
    # the account list without its keys; slots: row-level security shows a login its own
    conn.exec_driver_sql(f"GRANT SELECT ON ajo_accounts, ajo_slots TO {staff}")
    for function, who in FUNCTIONS.items():
        if not who:
            continue
        grantee = prelogin_role if who == "prelogin" else server_roles.group(prefix, who)
        conn.exec_driver_sql(f'GRANT EXECUTE ON FUNCTION {function} TO "{grantee}"')


def prefix(conn: Connection) -> str:
    value = conn.execute(
        text("SELECT value FROM ajo_identity_settings WHERE key = :k"), {"k": PREFIX_KEY}
    ).scalar_one()
    return str(value)


def put_recovery_slot(conn: Connection, slot: dict[str, Any]) -> None:
    """The owner stores the recovery slot (no login may read it: docs/server.md)."""
    conn.execute(
        text("INSERT INTO ajo_slots (slot_id, kind, body) VALUES (:i, 'recovery', :b)"),
        {"i": slot["header"]["slot_id"], "b": json.dumps(slot)},
    )


def recovery_slot(session: Session) -> dict[str, Any] | None:
    raw = session.execute(text("SELECT body FROM ajo_slots WHERE kind = 'recovery'")).scalar()
    return None if raw is None else dict(raw)


def own_slot(session: Session) -> dict[str, Any] | None:
    """The signed-in login's slot: row-level security shows it no other."""
    raw = session.execute(
        text("SELECT body FROM ajo_slots WHERE kind = 'user' AND login_role = current_user")
    ).scalar()
    return None if raw is None else dict(raw)


def accounts(session: Session) -> list[Account]:
    rows = session.execute(
        text(
            "SELECT user_name, role, temporary, login_role FROM ajo_accounts "
            "WHERE removed_at IS NULL ORDER BY user_folded"
        )
    ).all()
    return [Account(str(u), str(r), bool(t), str(login)) for u, r, t, login in rows]


def login_of(session: Session, folded: str) -> str | None:
    found = session.execute(
        text("SELECT login_role FROM ajo_accounts WHERE user_folded = :f AND removed_at IS NULL"),
        {"f": folded},
    ).scalar()
    return None if found is None else str(found)


def add_account(
    session: Runner, login_id: str, folded: str, slot: dict[str, Any], verifier: str
) -> str:
    found = session.execute(
        text("SELECT ajo_add_account(:i, :f, CAST(:s AS jsonb), :v)"),
        {"i": login_id, "f": folded, "s": json.dumps(slot), "v": verifier},
    ).scalar_one()
    return str(found)


def change_own_password(session: Session, slot: dict[str, Any], verifier: str) -> None:
    session.execute(
        text("SELECT ajo_change_own_password(CAST(:s AS jsonb), :v)"),
        {"s": json.dumps(slot), "v": verifier},
    )


def reset_account(session: Session, login: str, slot: dict[str, Any], verifier: str) -> None:
    session.execute(
        text("SELECT ajo_reset_account(:l, CAST(:s AS jsonb), :v)"),
        {"l": login, "s": json.dumps(slot), "v": verifier},
    )


def remove_account(session: Session, login: str) -> int:
    ended = session.execute(text("SELECT ajo_remove_account(:l)"), {"l": login}).scalar_one()
    return int(ended)


def end_sessions(session: Session, login: str) -> int:
    ended = session.execute(text("SELECT ajo_end_sessions(:l)"), {"l": login}).scalar_one()
    return int(ended)


def replace_recovery_slot(session: Session, slot: dict[str, Any]) -> None:
    """An administrator's key rotation: the new recovery slot (its row stays the owner's)."""
    session.execute(
        text("SELECT ajo_put_recovery_slot(CAST(:s AS jsonb))"), {"s": json.dumps(slot)}
    )


def end_sessions_after_reset(session: Session, login: str) -> int:
    found = session.execute(text("SELECT ajo_end_sessions_after_reset(:l)"), {"l": login})
    return int(found.scalar() or 0)


def account_kdf(session: Session, login: str) -> dict[str, Any] | None:
    """The KDF parameters an account's slot has now (every account reads the list)."""
    raw = session.execute(
        text("SELECT kdf FROM ajo_accounts WHERE login_role = :l AND removed_at IS NULL"),
        {"l": login},
    ).scalar()
    return None if raw is None else dict(raw)

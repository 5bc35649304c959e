"""The office server's group roles: their names, and which an account of each role is in.

For a database ``DB`` the NOLOGIN groups are ``DB_staff`` (every account), ``DB_pii`` (the roles
that hold ``K_pii``: admin, case worker, shelter staff), ``DB_manager`` and ``DB_admin``; each
account's own login (``DB_u_<12 hex>``) is a member of ``DB_staff`` and its role's groups.

What the groups may do with the app's tables is said in one place, storage/server_grants.py
(managers without sealed columns, no DELETE); the identity tables and functions grant their own
(storage/server_identity.py), after it.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, text

from ajo_cases.vault.keys import ROLES, role_holds_pii

STAFF, PII, MANAGER, ADMIN = "staff", "pii", "manager", "admin"
GROUPS = (STAFF, PII, MANAGER, ADMIN)
_ROLE_CHARS = re.compile(r"[^a-z0-9_]")
_MAX_PREFIX = 40  # room for "_u_" + 12 hex and the group suffixes within 63 characters


def prefix_for(database: str) -> str:
    """Role names start with the database's name, folded to what a role name may hold."""
    return _ROLE_CHARS.sub("_", database.lower())[:_MAX_PREFIX] or "ajo"


def group(prefix: str, name: str) -> str:
    return f"{prefix}_{name}"


def groups_of(role: str) -> list[str]:
    """The groups (short names) an account of ``role`` belongs to."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    found = [STAFF]
    if role_holds_pii(role):
        found.append(PII)
    if role in (MANAGER, ADMIN):
        found.append(role)
    return found


def ensure_groups(conn: Connection, prefix: str) -> None:
    """Create the NOLOGIN groups that do not exist yet (running twice changes nothing)."""
    for name in GROUPS:
        role = group(prefix, name)
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role})
        if exists.first() is None:
            conn.execute(text(f'CREATE ROLE "{role}" NOLOGIN'))

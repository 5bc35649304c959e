"""The office server's prelogin login and ``ajo_prelogin(name)``.

Before signing in, a PC connects as this low-privilege login (its credential is in the
connection profile) and learns, for a name folded as at sign-in, the salt and KDF parameters of
the account's slot and the name of the account's own login, and nothing else. A name that is
not an account gets a fake answer shaped like a real one and stable per name (a keyed hash of
the name under a random secret the login cannot read), so the answer does not tell which
accounts exist. The login may execute that function and ``ajo_vault_id()``, and read no table.
The functions are in storage/server_identity_sql.py.
"""

from __future__ import annotations

import re
import secrets

from sqlalchemy import Connection

FUNCTION = "ajo_prelogin"
VAULT_ID_FUNCTION = "ajo_vault_id"
_ROLE_CHARS = re.compile(r"[^a-z0-9_]")


def role_name(database: str) -> str:
    return (_ROLE_CHARS.sub("_", database.lower()) + "_prelogin")[-63:]


def create_login(conn: Connection, database: str) -> tuple[str, str]:
    """Create the prelogin login; returns (login, password). Its grants: server_identity."""
    role, password = role_name(database), secrets.token_urlsafe(24)
    # the password is random URL-safe text and the role name is [a-z0-9_]: safe to inline
    conn.exec_driver_sql(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'")
    return role, password

"""The office server's ``ajo_prelogin(name)``: before signing in, a PC learns the KDF parameters
of an account's slot and nothing else; an unknown name gets fake parameters, stable per name and
shaped like real ones, so the answer does not tell which accounts exist.

It runs as its owner (SECURITY DEFINER) and is the only thing the low-privilege prelogin login may
do: that login can read no table. The fake salt is a keyed hash of the name under a random secret
kept in the database, out of the prelogin login's reach.
"""

from __future__ import annotations

import re
import secrets

from sqlalchemy import Connection, text

FUNCTION = "ajo_prelogin"
SECRET_KEY = "prelogin_secret"  # in vault_meta  # noqa: S105 - a key name, not a secret
_ROLE_CHARS = re.compile(r"[^a-z0-9_]")

_CREATE = r"""
CREATE OR REPLACE FUNCTION ajo_prelogin(name text) RETURNS jsonb
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
  WITH slots AS (
    SELECT s -> 'header' AS h
    FROM vault_meta AS m, jsonb_array_elements(m.value::jsonb -> 'slots') AS s
    WHERE m.key = 'keyslots'
  ), wanted AS (
    SELECT lower(regexp_replace(btrim(name), '\s+', ' ', 'g')) AS folded
  ), found AS (
    SELECT h -> 'kdf' AS kdf FROM slots, wanted
    WHERE h ->> 'kind' = 'user'
      AND lower(regexp_replace(btrim(h ->> 'user'), '\s+', ' ', 'g')) = wanted.folded
    LIMIT 1
  ), shape AS (
    SELECT h -> 'kdf' AS kdf FROM slots WHERE h ->> 'kind' = 'user' LIMIT 1
  )
  SELECT COALESCE(
    (SELECT kdf FROM found),
    (SELECT jsonb_set(shape.kdf, '{salt}', to_jsonb(encode(substring(sha256(
        convert_to((SELECT value FROM vault_meta WHERE key = 'prelogin_secret')
                   || '|' || wanted.folded, 'UTF8')) FROM 1 FOR 16), 'hex')))
     FROM shape, wanted)
  )
$fn$
"""


def role_name(database: str) -> str:
    return (_ROLE_CHARS.sub("_", database.lower()) + "_prelogin")[-63:]


def install(conn: Connection, database: str) -> tuple[str, str]:
    """Create the function, its secret and the prelogin login; returns (login, password)."""
    conn.execute(
        text("INSERT INTO vault_meta (key, value) VALUES (:k, :v)"),
        {"k": SECRET_KEY, "v": secrets.token_hex(32)},
    )
    conn.execute(text(_CREATE))
    conn.execute(text(f"REVOKE ALL ON FUNCTION {FUNCTION}(text) FROM PUBLIC"))
    role, password = role_name(database), secrets.token_urlsafe(24)
    # the password is random URL-safe text and the role name is [a-z0-9_]: safe to inline
    conn.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'"))
    conn.execute(text(f"GRANT EXECUTE ON FUNCTION {FUNCTION}(text) TO {role}"))
    return role, password

"""The audit chain on the office server, computed by PostgreSQL itself.

A BEFORE INSERT trigger on ``audit_log`` takes the chain's transaction-scoped advisory lock,
then sets ``seq = head + 1`` and ``mac = SHA-256(previous mac || canonical entry)``, whatever
the client sent: no PC computes or chooses a link, and the lock is held until commit, so the
chain's order is the order of commits. The app writes its audit rows as the last statements
of each transaction (storage/audit_repo.py), so the lock is held for an instant.

The canonical entry is each field as ``<byte length>:<UTF-8 bytes>|`` in a fixed order (no
escaping, no ambiguity), the author's signature (hex, empty when unsigned) last. ``canonical``
below is the same encoding in Python, used by ``verify``. The link needs no key: it proves
the order and that nothing was changed behind it; who wrote an entry is its signature's job,
and a rewritten chain is caught by the PCs' pins.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Final

from sqlalchemy import Connection, text

from ajo_cases.storage.models_core import AuditEntry
from ajo_cases.storage.take_turns import AUDIT_CHAIN

GENESIS: Final = bytes(32)
TRIGGER: Final = "audit_log_chain"


def _create_sql(schema: str) -> tuple[str, ...]:
    # only this module's constants and the schema's own name go into the text
    return (
        """
CREATE OR REPLACE FUNCTION ajo_audit_field(value text) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $fn$
  SELECT convert_to(octet_length(convert_to(coalesce(value, ''), 'UTF8'))::text || ':', 'UTF8')
      || convert_to(coalesce(value, ''), 'UTF8') || '\\x7c'::bytea
$fn$
""",
        f"""
CREATE OR REPLACE FUNCTION ajo_audit_canonical(e audit_log) RETURNS bytea
LANGUAGE sql STABLE SET search_path = {schema}, pg_temp AS $fn$
  SELECT ajo_audit_field(e.seq::text)
      || ajo_audit_field(to_char(e.at, 'YYYY-MM-DD"T"HH24:MI:SS.US'))
      || ajo_audit_field(e.actor)
      || ajo_audit_field(e.event)
      || ajo_audit_field(e.target_table)
      || ajo_audit_field(e.target_id)
      || ajo_audit_field(e.fields)
      || ajo_audit_field(e.detail)
      || ajo_audit_field(encode(e.signature, 'hex'))
$fn$
""",
        f"""
CREATE OR REPLACE FUNCTION {TRIGGER}() RETURNS trigger
LANGUAGE plpgsql SET search_path = {schema}, pg_temp AS $fn$
DECLARE
  head integer;
  previous bytea;
BEGIN
  PERFORM pg_advisory_xact_lock({AUDIT_CHAIN});
  SELECT seq, mac INTO head, previous FROM audit_log ORDER BY seq DESC LIMIT 1;
  NEW.seq := coalesce(head, 0) + 1;
  NEW.mac := sha256(coalesce(previous, '\\x{GENESIS.hex()}'::bytea) || ajo_audit_canonical(NEW));
  RETURN NEW;
END
$fn$
""",  # noqa: S608
        f"CREATE TRIGGER {TRIGGER} BEFORE INSERT ON audit_log "
        f"FOR EACH ROW EXECUTE FUNCTION {TRIGGER}()",
    )


def install(conn: Connection) -> None:
    """Create the functions and the trigger (in a migration, as the owner)."""
    schema = conn.execute(text("SELECT current_schema()")).scalar_one()
    for statement in _create_sql(schema):
        conn.execute(text(statement))


def uninstall(conn: Connection) -> None:
    conn.execute(text(f"DROP TRIGGER IF EXISTS {TRIGGER} ON audit_log"))
    conn.execute(text(f"DROP FUNCTION IF EXISTS {TRIGGER}()"))
    conn.execute(text("DROP FUNCTION IF EXISTS ajo_audit_canonical(audit_log)"))
    conn.execute(text("DROP FUNCTION IF EXISTS ajo_audit_field(text)"))


def set_enabled(conn: Connection, enabled: bool) -> None:
    """Off while a local vault's entries are copied as they are (``server init --from-vault``,
    the owner, in the copy's transaction): they keep their own sequence numbers and links."""
    action = "ENABLE" if enabled else "DISABLE"
    conn.execute(text(f"ALTER TABLE audit_log {action} TRIGGER {TRIGGER}"))


def _field(value: str | None) -> bytes:
    raw = (value or "").encode("utf-8")
    return str(len(raw)).encode() + b":" + raw + b"|"


def canonical(
    *,
    seq: int,
    at: datetime,
    actor: str,
    event: str,
    target_table: str | None,
    target_id: str | None,
    fields: str | None,
    detail: str | None,
    signature: bytes | None,
) -> bytes:
    """The bytes ``ajo_audit_canonical`` hashes for one entry."""
    parts = (
        str(seq),
        at.isoformat(timespec="microseconds"),
        actor,
        event,
        target_table,
        target_id,
        fields,
        detail,
        signature.hex() if signature else "",
    )
    return b"".join(_field(part) for part in parts)


def entry_canonical(entry: AuditEntry) -> bytes:
    return canonical(
        seq=entry.seq,
        at=entry.at,
        actor=entry.actor,
        event=entry.event,
        target_table=entry.target_table,
        target_id=entry.target_id,
        fields=entry.fields,
        detail=entry.detail,
        signature=entry.signature,
    )


def link(previous: bytes, entry: bytes) -> bytes:
    return hashlib.sha256(previous + entry).digest()

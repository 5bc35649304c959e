"""The audit chain on the office server, computed by PostgreSQL itself.

A BEFORE INSERT trigger on ``audit_log`` takes the chain's transaction-scoped advisory lock,
then sets ``seq = head + 1`` and ``mac = SHA-256(previous mac || canonical entry)``, whatever
the client sent: no PC computes or chooses a link, and the lock is held until commit, so the
chain's order is the order of commits. The app appends its audit rows as the last statement of
each transaction (storage/audit_repo.py) so the lock is held for an instant.

The canonical entry is each field as ``<byte length>:<UTF-8 bytes>|`` in a fixed order (no
escaping, no ambiguity). ``canonical`` below is the same encoding in Python, used by ``verify``.
Adding a field (the author's Ed25519 signature) is one line in ``ajo_audit_canonical``:

    || CASE WHEN e.signature IS NULL THEN ''::bytea
            ELSE ajo_audit_field(encode(e.signature, 'hex')) END

(entries without a signature keep their hash) and the same line in ``canonical``.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Final

from ajo_cases.storage.take_turns import AUDIT_CHAIN

GENESIS: Final = bytes(32)

CREATE_CHAIN_SQL: Final = (
    """
CREATE OR REPLACE FUNCTION ajo_audit_field(value text) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $fn$
  SELECT convert_to(octet_length(convert_to(coalesce(value, ''), 'UTF8'))::text || ':', 'UTF8')
      || convert_to(coalesce(value, ''), 'UTF8') || '\\x7c'::bytea
$fn$
""",
    """
CREATE OR REPLACE FUNCTION ajo_audit_canonical(e audit_log) RETURNS bytea
LANGUAGE sql STABLE AS $fn$
  SELECT ajo_audit_field(e.seq::text)
      || ajo_audit_field(to_char(e.at, 'YYYY-MM-DD"T"HH24:MI:SS.US'))
      || ajo_audit_field(e.actor)
      || ajo_audit_field(e.event)
      || ajo_audit_field(e.target_table)
      || ajo_audit_field(e.target_id)
      || ajo_audit_field(e.fields)
      || ajo_audit_field(e.detail)
$fn$
""",
    f"""
CREATE OR REPLACE FUNCTION audit_log_chain() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $fn$
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
""",  # noqa: S608 - constants only
    "CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION audit_log_chain()",
)

DROP_CHAIN_SQL: Final = (
    "DROP TRIGGER IF EXISTS audit_log_chain ON audit_log",
    "DROP FUNCTION IF EXISTS audit_log_chain()",
    "DROP FUNCTION IF EXISTS ajo_audit_canonical(audit_log)",
    "DROP FUNCTION IF EXISTS ajo_audit_field(text)",
)


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
) -> bytes:
    """The bytes ``ajo_audit_canonical`` hashes for one entry."""
    return b"".join(
        _field(part)
        for part in (
            str(seq),
            at.isoformat(timespec="microseconds"),
            actor,
            event,
            target_table,
            target_id,
            fields,
            detail,
        )
    )


def link(previous: bytes, entry: bytes) -> bytes:
    return hashlib.sha256(previous + entry).digest()

"""Optimistic versions: a save made from what a window read is refused once the row moved on.

Every editable row carries a version (storage/base.py `Versioned`); SQLAlchemy raises it on
each UPDATE and writes only where it still has the value it read, so two PCs (or two windows
on one PC) never overwrite each other silently. A service given the version its caller read
checks it first, and the refusal says who changed the record and when, from the audit log,
so the person can copy what they typed, reopen the record and apply it again.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from ajo_cases.errors import StaleRecord
from ajo_cases.storage.models import AuditEntry

STALE_MESSAGE = "someone else changed this record meanwhile; reopen it"
# audit events that read, never change, a record: they do not answer "who changed it"
_READS = ("view", "print", "export", "person_export", "integrity_failure")
_CHECKED = "ajo_checked_rows"


def audit_target(row: Any) -> tuple[str, str]:
    """The (target_table, target_id) under which the audit log records changes of `row`."""
    table = str(row.__tablename__)
    key = inspect(row).identity
    row_id = str(key[0]) if key else str(getattr(row, "id", ""))
    return ("user", row_id) if table == "account_profile" else (table, row_id)


def require(session: Session, row: Any, expected: int | None) -> None:
    """Refuse when the row's version is not the one the caller read (None: no check)."""
    target = audit_target(row)
    session.info.setdefault(_CHECKED, []).append(target)
    if expected is not None and row.version != expected:
        raise stale(session, *target)


def stale(session: Session, table: str | None, row_id: str | None) -> StaleRecord:
    """The refusal, naming the last writer of the row and when, if the audit log knows."""
    params: dict[str, object] = {"field": "version"}
    if table is not None and row_id is not None:
        last = session.execute(
            select(AuditEntry.actor, AuditEntry.at)
            .where(AuditEntry.target_id == row_id, AuditEntry.target_table == table)
            .where(AuditEntry.event.not_in(_READS))
            .order_by(AuditEntry.seq.desc())
            .limit(1)
        ).first()
        if last is not None:
            params.update(who=last.actor, at=last.at.isoformat(timespec="seconds"))
    return StaleRecord(STALE_MESSAGE, **params)


def moved_row(session: Session, exc: Exception) -> tuple[str | None, str | None]:
    """The checked row whose write found its version moved (SQLAlchemy names the table)."""
    checked: list[tuple[str, str]] = session.info.get(_CHECKED, [])
    said = str(exc)
    for table, row_id in reversed(checked):
        named = "account_profile" if table == "user" else table
        if f"'{named}'" in said:
            return table, row_id
    return None, None

"""Reading the audit log for the administrator: newest first, filtered, a page at a time.

Read-only. The log holds ids, event names and field names, never personal values, and so does
every AuditRecord returned here. Reading it is itself not audited (it would flood the log).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, select

from ajo_cases.domain.records import AuditRecord
from ajo_cases.errors import InvalidInput
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.storage.models_core import AuditEntry

PAGE_SIZE = 200
MAX_PAGE = 1000


@dataclass(frozen=True, slots=True)
class AuditFilter:
    event: str | None = None
    actor: str | None = None
    since: date | None = None  # first day, inclusive (UTC)
    until: date | None = None  # last day, inclusive (UTC)
    target_id: str | None = None


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min)  # the log keeps naive UTC times


def _filtered(query: Select[Any], where: AuditFilter) -> Select[Any]:
    if where.event:
        query = query.where(AuditEntry.event == where.event)
    if where.actor:
        query = query.where(AuditEntry.actor == where.actor.strip())
    if where.target_id:
        query = query.where(AuditEntry.target_id == where.target_id.strip())
    if where.since is not None:
        query = query.where(AuditEntry.at >= _day_start(where.since))
    if where.until is not None:
        query = query.where(AuditEntry.at < _day_start(where.until + timedelta(days=1)))
    return query


def _record(entry: AuditEntry) -> AuditRecord:
    return AuditRecord(
        seq=entry.seq,
        at=entry.at,
        actor=entry.actor,
        event=entry.event,
        target_table=entry.target_table,
        target_id=entry.target_id,
        fields=tuple(json.loads(entry.fields)) if entry.fields else (),
        detail=entry.detail,
    )


def audit_page(
    vault: OpenVault,
    where: AuditFilter | None = None,
    *,
    before_seq: int | None = None,
    limit: int = PAGE_SIZE,
) -> list[AuditRecord]:
    """Up to `limit` entries newest first; pass the last seq seen as `before_seq` for more."""
    vault.require_role("admin")
    if not 1 <= limit <= MAX_PAGE:
        raise InvalidInput(f"a page holds 1 to {MAX_PAGE} entries", field="limit")
    where = where or AuditFilter()
    if where.since and where.until and where.until < where.since:
        raise InvalidInput("the period ends before it starts", field="until")
    query = _filtered(select(AuditEntry), where)
    if before_seq is not None:
        query = query.where(AuditEntry.seq < before_seq)
    query = query.order_by(AuditEntry.seq.desc()).limit(limit)
    with vault.read_session() as session:
        return [_record(entry) for entry in session.scalars(query)]


def audit_choices(vault: OpenVault) -> tuple[list[str], list[str]]:
    """The event names and the actors that occur in the log, for the filter boxes."""
    vault.require_role("admin")
    with vault.read_session() as session:
        events = list(session.scalars(select(AuditEntry.event).distinct().order_by("event")))
        actors = list(session.scalars(select(AuditEntry.actor).distinct().order_by("actor")))
    return events, actors

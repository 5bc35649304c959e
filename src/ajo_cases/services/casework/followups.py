"""Follow-up tasks: the vault-wide due list and marking done, plus the helpers every case-work
service uses to open and close tasks while keeping ``Case.next_due`` right."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ajo_cases.domain.followups import FollowUpSource, FollowUpTask
from ajo_cases.domain.records_casework import FollowUpRecord
from ajo_cases.errors import InvalidInput, NotFound
from ajo_cases.services import versions
from ajo_cases.services.access import profiles
from ajo_cases.services.changes import Changes
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.people import people
from ajo_cases.services.people.people import STAFF_ROLES
from ajo_cases.storage import removal
from ajo_cases.storage.base import new_uuid
from ajo_cases.storage.models import Beneficiary, Case, FollowUp, PlanAction

DEFAULT_DUE_WINDOW_DAYS = 7


def require_case(session: Session, case_id: str, *, to_change: bool = True) -> Case:
    """The case, for a change unless `to_change` is False: the case of an erased person is
    kept for statistics and refuses every change (RecordErased)."""
    row = session.get(Case, case_id)
    if row is None:
        raise NotFound("no such case")
    if to_change:
        people.require_not_erased(session.get(Beneficiary, row.beneficiary_id))
    return row


def refresh_next_due(session: Session, case_ids: Iterable[str]) -> None:
    """Set each case's next_due to its earliest open follow-up (None when there is none).

    A Core UPDATE on purpose: next_due is derived, so changing it must not bump the case's
    version and make a worker's open case form look stale.
    """
    for case_id in set(case_ids):
        # by case only (indexed, a handful of rows): an open-task index would scan the vault
        rows = session.execute(
            select(FollowUp.due_on, FollowUp.done_on).where(FollowUp.case_id == case_id)
        ).all()
        earliest = min((due for due, done in rows if done is None), default=None)
        session.execute(
            update(Case).where(Case.id == case_id).values(next_due=earliest),
            execution_options={"synchronize_session": "evaluate"},
        )


def open_tasks(
    vault: OpenVault, session: Session, case: Case, tasks: Iterable[FollowUpTask]
) -> list[FollowUp]:
    """Insert tasks for the case (assigned to its worker), audited; refreshes next_due."""
    rows = []
    for task in tasks:
        row = FollowUp(
            id=new_uuid(),
            case_id=case.id,
            kind=task.kind.value,
            source=task.source.value,
            source_id=task.source_id,
            due_on=task.due,
            assigned_to=case.worker or vault.user,
        )
        session.add(row)
        rows.append(row)
    session.flush()
    for row in rows:
        vault.record(
            session, "create", target_table="follow_up", target_id=row.id,
            fields=["due_on", "kind"], detail=row.kind,
        )  # fmt: skip
    refresh_next_due(session, [case.id])
    return rows


def _open_for(
    session: Session, case_id: str, source: FollowUpSource, source_id: str
) -> list[FollowUp]:
    rows = session.scalars(
        select(FollowUp)
        .where(
            FollowUp.case_id == case_id,
            FollowUp.source == source.value,
            FollowUp.source_id == source_id,
        )
        .order_by(FollowUp.due_on)
    )
    return [row for row in rows if row.done_on is None]


def close_tasks(
    vault: OpenVault,
    session: Session,
    case_id: str,
    *,
    source: FollowUpSource,
    source_id: str,
    on: date,
    first_only: bool = False,
) -> list[FollowUp]:
    """Mark the source's open tasks done (only the earliest with first_only), audited."""
    rows = _open_for(session, case_id, source, source_id)
    if first_only:
        rows = rows[:1]
    for row in rows:
        row.done_on = on
    session.flush()
    for row in rows:
        vault.record(
            session, "update", target_table="follow_up", target_id=row.id, fields=["done_on"]
        )
    refresh_next_due(session, [case_id])
    return rows


def cancel_tasks(
    vault: OpenVault, session: Session, case_id: str, *, source: FollowUpSource, source_id: str
) -> int:
    """Delete open tasks that are no longer needed (withdrawn referral, closed grant)."""
    rows = _open_for(session, case_id, source, source_id)
    for row in rows:
        vault.record(
            session, "delete", target_table="follow_up", target_id=row.id,
            detail=f"case_file:{case_id}",
        )  # fmt: skip
        removal.remove(session, row)
    session.flush()
    refresh_next_due(session, [case_id])
    return len(rows)


def to_record(
    row: FollowUp, case_code: str, today: date, name: str | None = None
) -> FollowUpRecord:
    return FollowUpRecord(
        id=row.id, case_id=row.case_id, case_code=case_code, kind=row.kind, source=row.source,
        source_id=row.source_id, due_on=row.due_on, done_on=row.done_on,
        assigned_to=row.assigned_to, overdue=row.done_on is None and row.due_on < today,
        name=name, version=row.version,
    )  # fmt: skip


def for_case(session: Session, case: Case, today: date) -> list[FollowUpRecord]:
    rows = session.scalars(
        select(FollowUp).where(FollowUp.case_id == case.id).order_by(FollowUp.due_on)
    )
    return [to_record(row, case.code, today) for row in rows]


def list_due(
    vault: OpenVault,
    *,
    assigned_to: str | None = None,
    within_days: int = DEFAULT_DUE_WINDOW_DAYS,
    overdue_only: bool = False,
    today: date | None = None,
    limit: int = 1000,
) -> list[FollowUpRecord]:
    """Open tasks due within the window (overdue ones first, oldest first), vault-wide."""
    today = today or date.today()
    if within_days < 0:
        raise InvalidInput("the window cannot be negative", field="within_days")
    last = today - timedelta(days=1) if overdue_only else today + timedelta(days=within_days)
    query = (
        select(FollowUp, Case.code, Beneficiary)
        .join(Case, FollowUp.case_id == Case.id)
        .join(Beneficiary, Case.beneficiary_id == Beneficiary.id)
        .where(FollowUp.done_on.is_(None), FollowUp.due_on <= last)
        .order_by(FollowUp.due_on, Case.code)
        .limit(limit)
    )
    if assigned_to is not None:
        query = query.where(FollowUp.assigned_to == assigned_to)
    with vault.read_session() as session:
        rows = session.execute(query).all()
        names = profiles.shown_names(session, (task.assigned_to or "" for task, _c, _p in rows))
        return [
            dataclasses.replace(
                to_record(task, code, today, _name(vault, person)),
                assigned_name=names.get(task.assigned_to or "", task.assigned_to or ""),
            )
            for task, code, person in rows
        ]


def _name(vault: OpenVault, person: Beneficiary) -> str | None:
    if not vault.may_read_personal:
        return None
    return people.to_record(vault, person).display_name


def mark_done(
    vault: OpenVault,
    follow_up_id: str,
    on: date | None = None,
    *,
    expected_version: int | None = None,
) -> tuple[FollowUpRecord, Changes]:
    """Close one task; a plan-action task also marks its action done."""
    vault.require_role(*STAFF_ROLES)
    on = on or date.today()
    with vault.unit_of_work() as session:
        row = session.get(FollowUp, follow_up_id)
        if row is None:
            raise NotFound("no such follow-up")
        versions.require(session, row, expected_version)
        if row.done_on is not None:
            raise InvalidInput("this follow-up is already done", field="done_on")
        row.done_on = on
        if row.source == FollowUpSource.PLAN_ACTION.value and row.source_id:
            action = session.get(PlanAction, row.source_id)
            if action is not None and action.done_on is None:
                action.done_on = on
                vault.record(
                    session, "update", target_table="plan_action", target_id=action.id,
                    fields=["done_on"],
                )  # fmt: skip
        session.flush()
        vault.record(
            session, "update", target_table="follow_up", target_id=row.id, fields=["done_on"]
        )
        refresh_next_due(session, [row.case_id])
        case = require_case(session, row.case_id)
        record = to_record(row, case.code, date.today())
    return record, Changes.of("follow_up", "case", case_id=row.case_id, ids=(row.id,))

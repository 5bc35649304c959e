"""Assessments (needs, risk, goals) and the planned actions of a case plan."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ajo_cases.domain.followups import FollowUpSource, PlannedAction, plan_action_tasks
from ajo_cases.domain.records_casework import (
    AssessmentForm,
    AssessmentRecord,
    PlanActionForm,
    PlanActionRecord,
)
from ajo_cases.domain.vocab import AssistanceType, RiskLevel
from ajo_cases.errors import InvalidInput, NotFound
from ajo_cases.services import versions
from ajo_cases.services.casework import followups
from ajo_cases.services.casework.cases import CASE_WORK_ROLES
from ajo_cases.services.changes import Changes
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.storage.base import new_uuid
from ajo_cases.storage.models import Assessment, PlanAction
from ajo_cases.storage.sealed import seal, unseal_or_none

_ASSISTANCE_TYPES = {t.value for t in AssistanceType}


def assessment_record(vault: OpenVault, row: Assessment) -> AssessmentRecord:
    form = AssessmentForm(
        assessed_on=row.assessed_on,
        risk_level=row.risk_level,
        needs=tuple(filter(None, row.needs.split(","))),
        summary=unseal_or_none(vault.cipher, row, "summary_enc"),
        goals=unseal_or_none(vault.cipher, row, "goals_enc"),
    )
    return AssessmentRecord(
        row.id, row.case_id, form, row.created_by, not vault.cipher.can_read_personal, row.version
    )


def action_record(vault: OpenVault, row: PlanAction) -> PlanActionRecord:
    form = PlanActionForm(
        description=unseal_or_none(vault.cipher, row, "description_enc"),
        due_on=row.due_on,
        assistance_type=row.assistance_type,
    )
    return PlanActionRecord(
        row.id, row.case_id, form, row.done_on, not vault.cipher.can_read_personal, row.version
    )


def add_assessment(
    vault: OpenVault, case_id: str, form: AssessmentForm
) -> tuple[AssessmentRecord, Changes]:
    """Save an assessment; its risk level becomes the case's current risk level."""
    vault.require_role(*CASE_WORK_ROLES)
    if form.risk_level not in {r.value for r in RiskLevel}:
        raise InvalidInput(f"unknown risk level {form.risk_level!r}", field="risk_level")
    unknown = set(form.needs) - _ASSISTANCE_TYPES
    if unknown:
        raise InvalidInput(f"unknown need codes {sorted(unknown)}", field="needs")
    if form.assessed_on > date.today():
        raise InvalidInput("the assessment date is in the future", field="assessed_on")
    with vault.unit_of_work() as session:
        case = followups.require_case(session, case_id)
        row = Assessment(
            id=new_uuid(),
            case_id=case_id,
            assessed_on=form.assessed_on,
            risk_level=form.risk_level,
            needs=",".join(dict.fromkeys(form.needs)),
            created_by=vault.user,
        )
        seal(vault.cipher, row, "summary_enc", form.summary)
        seal(vault.cipher, row, "goals_enc", form.goals)
        session.add(row)
        session.flush()
        vault.record(
            session, "create", target_table="assessment", target_id=row.id,
            fields=[n for n in ("risk_level", "needs", "summary", "goals") if getattr(form, n)],
        )  # fmt: skip
        if case.risk_level != form.risk_level:
            case.risk_level = form.risk_level
            session.flush()
            vault.record(
                session, "update", target_table="case_file", target_id=case_id,
                fields=["risk_level"],
            )  # fmt: skip
        record = assessment_record(vault, row)
    return record, Changes.of("assessment", "case", case_id=case_id, ids=(row.id,))


def add_plan_action(
    vault: OpenVault, case_id: str, form: PlanActionForm
) -> tuple[PlanActionRecord, Changes]:
    """Add a planned action; one with a due date gets a follow-up task."""
    vault.require_role(*CASE_WORK_ROLES)
    if form.assistance_type is not None and form.assistance_type not in _ASSISTANCE_TYPES:
        raise InvalidInput("unknown assistance type", field="assistance_type")
    if not (form.description and form.description.strip()) and form.assistance_type is None:
        raise InvalidInput("describe the action or choose its type", field="description")
    with vault.unit_of_work() as session:
        case = followups.require_case(session, case_id)
        row = PlanAction(
            id=new_uuid(),
            case_id=case_id,
            assistance_type=form.assistance_type,
            due_on=form.due_on,
        )
        seal(vault.cipher, row, "description_enc", form.description)
        session.add(row)
        session.flush()
        vault.record(
            session, "create", target_table="plan_action", target_id=row.id,
            fields=[n for n in ("description", "due_on", "assistance_type") if getattr(form, n)],
        )  # fmt: skip
        if form.due_on is not None:
            tasks = plan_action_tasks([PlannedAction(row.id, form.due_on)])
            followups.open_tasks(vault, session, case, tasks)
        record = action_record(vault, row)
    return record, Changes.of("plan_action", "follow_up", "case", case_id=case_id, ids=(row.id,))


def complete_plan_action(
    vault: OpenVault, action_id: str, on: date | None = None, *, expected_version: int | None = None
) -> tuple[PlanActionRecord, Changes]:
    """Mark the action done and close its follow-up task."""
    vault.require_role(*CASE_WORK_ROLES)
    on = on or date.today()
    with vault.unit_of_work() as session:
        row = _action(session, action_id)
        versions.require(session, row, expected_version)
        if row.done_on is not None:
            raise InvalidInput("this action is already done", field="done_on")
        row.done_on = on
        session.flush()
        vault.record(
            session, "update", target_table="plan_action", target_id=row.id, fields=["done_on"]
        )
        followups.close_tasks(
            vault, session, row.case_id, source=FollowUpSource.PLAN_ACTION, source_id=row.id, on=on
        )
        record = action_record(vault, row)
    return record, Changes.of(
        "plan_action", "follow_up", "case", case_id=row.case_id, ids=(row.id,)
    )


def _action(session: Session, action_id: str) -> PlanAction:
    row = session.get(PlanAction, action_id)
    if row is None:
        raise NotFound("no such plan action")
    return row


def list_assessments(vault: OpenVault, case_id: str) -> list[AssessmentRecord]:
    with vault.read_session() as session:
        rows = session.scalars(
            select(Assessment)
            .where(Assessment.case_id == case_id)
            .order_by(Assessment.assessed_on.desc())
        )
        return [assessment_record(vault, row) for row in rows]


def list_plan_actions(vault: OpenVault, case_id: str) -> list[PlanActionRecord]:
    with vault.read_session() as session:
        rows = session.scalars(
            select(PlanAction).where(PlanAction.case_id == case_id).order_by(PlanAction.due_on)
        )
        return [action_record(vault, row) for row in rows]

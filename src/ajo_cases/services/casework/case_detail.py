"""Everything the case window shows, in one transaction with one indexed query per tab."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ajo_cases.domain.records import AuditRecord
from ajo_cases.domain.records_casework import CaseDetail
from ajo_cases.services.access import profiles
from ajo_cases.services.casework import (
    assistance,
    attachments,
    cases,
    consents,
    followups,
    grant_records,
    plans,
    referrals,
    shelter,
)
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.people import people
from ajo_cases.storage.models import Assessment, AuditEntry, Beneficiary, Case, PlanAction

HISTORY_LIMIT = 2000


def case_detail(vault: OpenVault, case_id: str, *, today: date | None = None) -> CaseDetail:
    """Load a case with every tab and its history; audited as a view of the person.

    A manager gets the same structure with every personal value None (restricted).
    """
    with vault.unit_of_work() as session:
        case_row = followups.require_case(session, case_id, to_change=False)
        # recorded first, so the History this view loads already shows it (a case whose
        # records came in bulk, like the demo's, would otherwise open with an empty History)
        vault.record(session, "view", target_table="beneficiary", target_id=case_row.beneficiary_id)
        session.flush()
        detail = load_detail(vault, session, case_row, today or date.today())
    return detail


def load_detail(vault: OpenVault, session: Session, case_row: Case, today: date) -> CaseDetail:
    """Every tab of a case and its history, in the caller's session (not audited here)."""
    case_id = case_row.id
    person_row = session.get(Beneficiary, case_row.beneficiary_id)
    assert person_row is not None  # a foreign key guarantees it
    consent_rows = consents.rows_for_case(session, case_id)
    assessment_rows = session.scalars(
        select(Assessment)
        .where(Assessment.case_id == case_id)
        .order_by(Assessment.assessed_on.desc())
    ).all()
    action_rows = session.scalars(
        select(PlanAction).where(PlanAction.case_id == case_id).order_by(PlanAction.due_on)
    ).all()
    detail = CaseDetail(
        case=cases.to_record(vault, case_row),
        person=people.to_record(vault, person_row),
        restricted=not vault.may_read_personal,
        consents=[consents.to_record(row) for row in consent_rows],
        consent_summary=consents.summary(consent_rows, today),
        assessments=[plans.assessment_record(vault, row) for row in assessment_rows],
        plan_actions=[plans.action_record(vault, row) for row in action_rows],
        assistance=assistance.for_case(vault, session, case_id),
        stays=shelter.for_case(session, case_id),
        referrals=referrals.for_case(vault, session, case_id),
        follow_ups=followups.for_case(session, case_row, today),
        attachments=attachments.for_case(vault, session, case_id),
        grants=grant_records.for_case(vault, session, case_id),
    )
    # The person's own entries too: views of the case and edits of the profile.
    ids = child_ids(detail) | {detail.person.id}
    detail.history.extend(_history(session, case_id, ids))
    logins = {detail.case.form.worker or "", *(e.actor for e in detail.history)}
    for entry in detail.history:  # "worker a->b": both named in the History
        if entry.event == "update" and entry.detail.startswith("worker "):
            logins.update(entry.detail.removeprefix("worker ").split("->"))
    logins |= {task.assigned_to or "" for task in detail.follow_ups}
    detail.staff_names.update(profiles.shown_names(session, logins))
    return detail


def child_ids(detail: CaseDetail) -> set[str]:
    ids = {detail.case.id}
    for rows in (
        detail.consents, detail.assessments, detail.plan_actions, detail.assistance,
        detail.stays, detail.referrals, detail.follow_ups, detail.attachments, detail.grants,
    ):  # fmt: skip
        ids.update(row.id for row in rows)
    for grant in detail.grants:
        ids.update(line.id for line in grant.form.budget if line.id)
        ids.update(purchase.id for purchase in grant.purchases)
        ids.update(visit.id for visit in grant.visits)
    return ids


def _history(session: Session, case_id: str, ids: set[str]) -> list[AuditRecord]:
    """Audit entries about the case and its rows, newest first. Deleted rows are no longer
    known by id, so their deletions are found by the case named in the detail."""
    about_rows = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.target_id.in_(sorted(ids)))
        .order_by(AuditEntry.seq.desc())
        .limit(HISTORY_LIMIT)
    ).all()
    deletions = session.scalars(
        select(AuditEntry).where(
            AuditEntry.event == "delete", AuditEntry.detail == f"case_file:{case_id}"
        )
    ).all()
    entries = sorted({e.seq: e for e in [*about_rows, *deletions]}.values(), key=_newest_first)
    return [audit_record(entry) for entry in entries]


def _newest_first(entry: AuditEntry) -> int:
    return -entry.seq


def audit_record(entry: AuditEntry) -> AuditRecord:
    return AuditRecord(
        seq=entry.seq, at=entry.at, actor=entry.actor, event=entry.event,
        target_table=entry.target_table, target_id=entry.target_id,
        fields=tuple(json.loads(entry.fields)) if entry.fields else (), detail=entry.detail,
    )  # fmt: skip

"""A manager's approval of a case plan: the case worker submits the plan (its assessment and
planned actions), a manager (or an administrator) approves it or returns it for more work.
Each step is audited; nothing personal is needed to decide, so a manager never sees names."""

from __future__ import annotations

from datetime import date
from typing import Final

from sqlalchemy import func, select

from ajo_cases.domain.records import CaseRecord
from ajo_cases.errors import InvalidInput
from ajo_cases.services.casework import followups
from ajo_cases.services.casework.cases import CASE_WORK_ROLES, to_record
from ajo_cases.services.changes import Changes
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.storage.models import Assessment, PlanAction

APPROVE_ROLES: Final = ("admin", "manager")
PLAN_STATUSES: Final = ("draft", "submitted", "approved", "returned")
# step -> (statuses it starts from, status it leads to)
_STEPS: Final = {
    "submit": (("draft", "returned", "approved"), "submitted"),
    "approve": (("submitted",), "approved"),
    "return": (("submitted",), "returned"),
}


def _step(vault: OpenVault, case_id: str, step: str, on: date | None) -> tuple[CaseRecord, Changes]:
    starts, target = _STEPS[step]
    on = on or date.today()
    with vault.unit_of_work() as session:
        case = followups.require_case(session, case_id)
        if case.plan_status not in starts:
            raise InvalidInput(f"the plan is {case.plan_status}", field="plan_status")
        if step == "submit":
            parts = sum(
                session.scalar(select(func.count()).where(model.case_id == case_id)) or 0
                for model in (Assessment, PlanAction)
            )
            if not parts:
                raise InvalidInput("the plan has no assessment or action", field="plan_empty")
            case.plan_submitted_on, case.plan_decided_on, case.plan_decided_by = on, None, None
        else:
            case.plan_decided_on, case.plan_decided_by = on, vault.user
        previous, case.plan_status = case.plan_status, target
        session.flush()
        vault.record(
            session, "plan_" + step, target_table="case_file", target_id=case_id,
            fields=["plan_status"], detail=f"{previous}->{target}",
        )  # fmt: skip
        record = to_record(vault, case)
    return record, Changes.of("case", case_id=case_id)


def submit_plan(
    vault: OpenVault, case_id: str, on: date | None = None
) -> tuple[CaseRecord, Changes]:
    """Ask a manager to approve the plan (again, after it was returned or changed)."""
    vault.require_role(*CASE_WORK_ROLES)
    return _step(vault, case_id, "submit", on)


def approve_plan(
    vault: OpenVault, case_id: str, on: date | None = None
) -> tuple[CaseRecord, Changes]:
    vault.require_role(*APPROVE_ROLES)
    return _step(vault, case_id, "approve", on)


def return_plan(
    vault: OpenVault, case_id: str, on: date | None = None
) -> tuple[CaseRecord, Changes]:
    """Send the plan back to the case worker for more work (they submit it again)."""
    vault.require_role(*APPROVE_ROLES)
    return _step(vault, case_id, "return", on)

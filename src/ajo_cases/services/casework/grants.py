"""Reintegration grants: business plan and budget, donor decision, purchases, handover and
monitoring visits. The order is the domain's (lifecycle.change_grant_status): nothing is bought
or handed over before approval. Reading grants is in grant_records.py."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ajo_cases.domain import lifecycle
from ajo_cases.domain.followups import (
    DEFAULT_MONITORING_MONTHS,
    FollowUpSource,
    grant_monitoring_tasks,
)
from ajo_cases.domain.records_grants import GrantForm, GrantRecord, PurchaseForm, VisitForm
from ajo_cases.domain.vocab import Currency, GrantSector, GrantStatus
from ajo_cases.errors import InvalidInput
from ajo_cases.services import versions
from ajo_cases.services.casework import followups, partners
from ajo_cases.services.casework.cases import CASE_WORK_ROLES
from ajo_cases.services.casework.grant_records import records, require_grant
from ajo_cases.services.changes import Changes
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.storage import removal
from ajo_cases.storage.base import new_uuid
from ajo_cases.storage.models import (
    Grant,
    GrantBudgetLine,
    GrantPurchase,
    MonitoringVisit,
)
from ajo_cases.storage.sealed import seal

# The donor's decision is often entered by the manager who approves plans.
DECISION_ROLES = (*CASE_WORK_ROLES, "manager")


def _check_item(item: str, quantity: int, unit_cost_minor: int) -> None:
    if not item.strip() or len(item) > 200:
        raise InvalidInput("each item needs a name (at most 200 characters)", field="item")
    if quantity < 1:
        raise InvalidInput("a quantity is at least 1", field="quantity")
    if unit_cost_minor < 0:
        raise InvalidInput("a cost cannot be negative", field="unit_cost_minor")


def _check(form: GrantForm) -> None:
    if form.sector not in {s.value for s in GrantSector}:
        raise InvalidInput(f"unknown sector {form.sector!r}", field="sector")
    if form.currency not in {c.value for c in Currency}:
        raise InvalidInput(f"unknown currency {form.currency!r}", field="currency")
    if form.contribution_minor < 0:
        raise InvalidInput("the contribution cannot be negative", field="contribution_minor")
    for line in form.budget:
        _check_item(line.item, line.quantity, line.unit_cost_minor)


def _done(vault: OpenVault, session: Session, row: Grant) -> GrantRecord:
    session.flush()
    return records(vault, session, [row])[0]


def _changes(row: Grant, *kinds: str) -> Changes:
    return Changes.of("grant", "case", *kinds, case_id=row.case_id, ids=(row.id,))


# --- business plan -------------------------------------------------------------------------


def _write_plan(vault: OpenVault, session: Session, row: Grant, form: GrantForm) -> None:
    row.sector, row.currency = form.sector, form.currency
    row.contribution_minor = form.contribution_minor
    seal(vault.cipher, row, "title_enc", form.title)
    for old in session.scalars(select(GrantBudgetLine).where(GrantBudgetLine.grant_id == row.id)):
        removal.remove(session, old)
    for line in form.budget:
        session.add(
            GrantBudgetLine(
                id=new_uuid(),
                grant_id=row.id,
                item=line.item.strip(),
                quantity=line.quantity,
                unit_cost_minor=line.unit_cost_minor,
            )
        )


def create_grant(
    vault: OpenVault, case_id: str, form: GrantForm, on: date | None = None
) -> tuple[GrantRecord, Changes]:
    """Start a business plan (status "plan")."""
    vault.require_role(*CASE_WORK_ROLES)
    _check(form)
    with vault.unit_of_work() as session:
        case = followups.require_case(session, case_id)
        partners.require_project(session, form.project_id)
        row = Grant(
            id=new_uuid(), case_id=case_id, project_id=form.project_id or case.project_id,
            status=GrantStatus.PLAN.value, created_on=on or date.today(),
        )  # fmt: skip
        session.add(row)
        _write_plan(vault, session, row, form)
        session.flush()
        vault.record(
            session, "create", target_table="grant_plan", target_id=row.id,
            fields=["sector", "title", "budget", "contribution_minor", "currency"],
        )  # fmt: skip
        record = _done(vault, session, row)
    return record, _changes(row)


def update_plan(
    vault: OpenVault, grant_id: str, form: GrantForm, *, expected_version: int | None = None
) -> tuple[GrantRecord, Changes]:
    """Edit the plan and budget; only while it is a plan (not yet with the donor)."""
    vault.require_role(*CASE_WORK_ROLES)
    _check(form)
    with vault.unit_of_work() as session:
        row = require_grant(session, grant_id)
        versions.require(session, row, expected_version)
        if row.status != GrantStatus.PLAN.value:
            raise InvalidInput("the budget can only change while it is a plan", field="status")
        partners.require_project(session, form.project_id)
        before = records(vault, session, [row])[0].form
        if form.project_id is not None:
            row.project_id = form.project_id
        _write_plan(vault, session, row, form)
        session.flush()
        changed = [n for n in form.__dataclass_fields__ if getattr(form, n) != getattr(before, n)]
        vault.record(session, "update", target_table="grant_plan", target_id=row.id, fields=changed)
        record = _done(vault, session, row)
    return record, _changes(row)


def _move(vault: OpenVault, session: Session, row: Grant, target: GrantStatus) -> None:
    previous = row.status
    row.status = lifecycle.change_grant_status(GrantStatus(previous), target).value
    session.flush()
    vault.record(
        session, "status_change", target_table="grant_plan", target_id=row.id,
        fields=["status"], detail=f"{previous}->{row.status}",
    )  # fmt: skip


def submit(
    vault: OpenVault, grant_id: str, on: date | None = None, *, expected_version: int | None = None
) -> tuple[GrantRecord, Changes]:
    vault.require_role(*CASE_WORK_ROLES)
    with vault.unit_of_work() as session:
        row = require_grant(session, grant_id)
        versions.require(session, row, expected_version)
        has_lines = session.scalar(
            select(GrantBudgetLine.id).where(GrantBudgetLine.grant_id == grant_id).limit(1)
        )
        if has_lines is None:
            raise InvalidInput("add budget lines before submitting", field="budget")
        _move(vault, session, row, GrantStatus.SUBMITTED)
        row.submitted_on = on or date.today()
        record = _done(vault, session, row)
    return record, _changes(row)


def approve(
    vault: OpenVault,
    grant_id: str,
    approved_minor: int,
    on: date | None = None,
    *,
    expected_version: int | None = None,
) -> tuple[GrantRecord, Changes]:
    vault.require_role(*DECISION_ROLES)
    if approved_minor <= 0:
        raise InvalidInput("the approved amount must be positive", field="approved_minor")
    with vault.unit_of_work() as session:
        row = require_grant(session, grant_id)
        versions.require(session, row, expected_version)
        _move(vault, session, row, GrantStatus.APPROVED)
        row.approved_minor, row.decided_on = approved_minor, on or date.today()
        record = _done(vault, session, row)
    return record, _changes(row)


def reject(
    vault: OpenVault, grant_id: str, on: date | None = None, *, expected_version: int | None = None
) -> tuple[GrantRecord, Changes]:
    vault.require_role(*DECISION_ROLES)
    with vault.unit_of_work() as session:
        row = require_grant(session, grant_id)
        versions.require(session, row, expected_version)
        _move(vault, session, row, GrantStatus.REJECTED)
        row.decided_on = on or date.today()
        record = _done(vault, session, row)
    return record, _changes(row)


def rework(
    vault: OpenVault, grant_id: str, *, expected_version: int | None = None
) -> tuple[GrantRecord, Changes]:
    """A rejected plan goes back to "plan" to be reworked and submitted again."""
    vault.require_role(*CASE_WORK_ROLES)
    with vault.unit_of_work() as session:
        row = require_grant(session, grant_id)
        versions.require(session, row, expected_version)
        _move(vault, session, row, GrantStatus.PLAN)
        row.submitted_on = row.decided_on = None
        record = _done(vault, session, row)
    return record, _changes(row)


# --- after approval ------------------------------------------------------------------------


def add_purchase(
    vault: OpenVault,
    grant_id: str,
    form: PurchaseForm,
    *,
    expected_version: int | None = None,
) -> tuple[GrantRecord, Changes]:
    """Record an item bought; the first purchase moves an approved grant to "purchased"."""
    vault.require_role(*CASE_WORK_ROLES)
    _check_item(form.item, form.quantity, form.unit_cost_minor)
    if len(form.supplier) > 200 or len(form.receipt_no) > 64:
        raise InvalidInput("supplier or receipt number too long", field="supplier")
    with vault.unit_of_work() as session:
        row = require_grant(session, grant_id)
        versions.require(session, row, expected_version)
        if row.status != GrantStatus.PURCHASED.value:
            _move(vault, session, row, GrantStatus.PURCHASED)  # refuses before approval
        purchase = GrantPurchase(
            id=new_uuid(), grant_id=row.id, item=form.item.strip(), quantity=form.quantity,
            unit_cost_minor=form.unit_cost_minor, supplier=form.supplier.strip(),
            receipt_no=form.receipt_no.strip(), purchased_on=form.purchased_on,
        )  # fmt: skip
        session.add(purchase)
        session.flush()
        vault.record(
            session, "create", target_table="grant_purchase", target_id=purchase.id,
            fields=[n for n in form.__dataclass_fields__ if getattr(form, n) not in ("", None)],
        )  # fmt: skip
        record = _done(vault, session, row)
    return record, _changes(row)


def hand_over(
    vault: OpenVault,
    grant_id: str,
    on: date,
    place: str,
    *,
    monitoring_months: Sequence[int] = DEFAULT_MONITORING_MONTHS,
    expected_version: int | None = None,
) -> tuple[GrantRecord, Changes]:
    """Hand the purchased items over; opens monitoring visits (3, 6 and 12 months by default)."""
    vault.require_role(*CASE_WORK_ROLES)
    if len(place) > 100:
        raise InvalidInput("the place is limited to 100 characters", field="place")
    with vault.unit_of_work() as session:
        row = require_grant(session, grant_id)
        versions.require(session, row, expected_version)
        _move(vault, session, row, GrantStatus.HANDED_OVER)  # refuses before purchases
        row.handed_over_on, row.handover_place = on, place.strip()
        case = followups.require_case(session, row.case_id)
        tasks = grant_monitoring_tasks(row.id, on, monitoring_months)
        followups.open_tasks(vault, session, case, tasks)
        record = _done(vault, session, row)
    return record, _changes(row, "follow_up")


def record_visit(
    vault: OpenVault, grant_id: str, form: VisitForm, *, expected_version: int | None = None
) -> tuple[GrantRecord, Changes]:
    """Save a monitoring visit; closes the earliest open monitoring task of the grant."""
    vault.require_role(*CASE_WORK_ROLES)
    if form.sustainability_score is not None and not 1 <= form.sustainability_score <= 5:
        raise InvalidInput("the sustainability score is 1 to 5", field="sustainability_score")
    if form.monthly_income_minor is not None and form.monthly_income_minor < 0:
        raise InvalidInput("the income cannot be negative", field="monthly_income_minor")
    with vault.unit_of_work() as session:
        row = require_grant(session, grant_id)
        versions.require(session, row, expected_version)
        if row.status != GrantStatus.MONITORING.value:
            _move(vault, session, row, GrantStatus.MONITORING)  # only after handover
        if row.handed_over_on and form.visited_on < row.handed_over_on:
            raise InvalidInput("the visit is dated before the handover", field="visited_on")
        visit = MonitoringVisit(
            id=new_uuid(), grant_id=row.id, visited_on=form.visited_on,
            business_running=form.business_running,
            monthly_income_minor=form.monthly_income_minor,
            sustainability_score=form.sustainability_score,
        )  # fmt: skip
        seal(vault.cipher, visit, "problems_enc", form.problems)
        session.add(visit)
        session.flush()
        vault.record(
            session, "create", target_table="monitoring_visit", target_id=visit.id,
            fields=[n for n in form.__dataclass_fields__ if getattr(form, n) is not None],
        )  # fmt: skip
        followups.close_tasks(
            vault, session, row.case_id, source=FollowUpSource.GRANT, source_id=row.id,
            on=form.visited_on, first_only=True,
        )  # fmt: skip
        record = _done(vault, session, row)
    return record, _changes(row, "follow_up")


def close_grant(
    vault: OpenVault,
    grant_id: str,
    on: date | None = None,
    *,
    expected_version: int | None = None,
) -> tuple[GrantRecord, Changes]:
    """End monitoring; visits not yet made are cancelled."""
    vault.require_role(*CASE_WORK_ROLES)
    with vault.unit_of_work() as session:
        row = require_grant(session, grant_id)
        versions.require(session, row, expected_version)
        _move(vault, session, row, GrantStatus.CLOSED)
        row.closed_on = on or date.today()
        followups.cancel_tasks(
            vault, session, row.case_id, source=FollowUpSource.GRANT, source_id=row.id
        )
        record = _done(vault, session, row)
    return record, _changes(row, "follow_up")

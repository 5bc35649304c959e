"""Reintegration grants as records: a grant with its budget lines, purchases and monitoring
visits, read for a case, by id, or as a vault-wide list (the changes are in grants.py)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from ajo_cases.domain.records_grants import (
    BudgetLine,
    GrantForm,
    GrantRecord,
    PurchaseForm,
    PurchaseRecord,
    VisitForm,
    VisitRecord,
)
from ajo_cases.errors import IntegrityFailure, NotFound
from ajo_cases.services import damaged
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.storage.models import Case, Grant, GrantBudgetLine, GrantPurchase, MonitoringVisit
from ajo_cases.storage.sealed import unseal_or_none


def records(vault: OpenVault, session: Session, rows: Sequence[Grant]) -> list[GrantRecord]:
    """Build records with three queries for all the grants' lines, purchases and visits."""
    ids = [row.id for row in rows]
    lines: dict[str, list[BudgetLine]] = defaultdict(list)
    purchases: dict[str, list[PurchaseRecord]] = defaultdict(list)
    visits: dict[str, list[VisitRecord]] = defaultdict(list)
    restricted = not vault.cipher.can_read_personal
    if ids:
        for b in session.scalars(
            select(GrantBudgetLine)
            .where(GrantBudgetLine.grant_id.in_(ids))
            .order_by(GrantBudgetLine.item)
        ):
            lines[b.grant_id].append(BudgetLine(b.item, b.quantity, b.unit_cost_minor, b.id))
        for p in session.scalars(
            select(GrantPurchase)
            .where(GrantPurchase.grant_id.in_(ids))
            .order_by(GrantPurchase.purchased_on)
        ):
            form = PurchaseForm(
                p.item, p.quantity, p.unit_cost_minor, p.purchased_on, p.supplier, p.receipt_no
            )
            purchases[p.grant_id].append(PurchaseRecord(p.id, form))
        for v in session.scalars(
            select(MonitoringVisit)
            .where(MonitoringVisit.grant_id.in_(ids))
            .order_by(MonitoringVisit.visited_on)
        ):
            visit = VisitForm(
                v.visited_on, v.business_running, v.monthly_income_minor,
                v.sustainability_score, unseal_or_none(vault.cipher, v, "problems_enc"),
            )  # fmt: skip
            visits[v.grant_id].append(VisitRecord(v.id, visit, restricted))
    return [
        GrantRecord(
            id=row.id,
            case_id=row.case_id,
            form=GrantForm(
                row.sector,
                unseal_or_none(vault.cipher, row, "title_enc"),
                tuple(lines[row.id]),
                row.contribution_minor,
                row.currency,
                row.project_id,
            ),
            status=row.status,
            created_on=row.created_on,
            submitted_on=row.submitted_on,
            decided_on=row.decided_on,
            approved_minor=row.approved_minor,
            handed_over_on=row.handed_over_on,
            handover_place=row.handover_place,
            closed_on=row.closed_on,
            purchases=tuple(purchases[row.id]),
            visits=tuple(visits[row.id]),
            restricted=restricted,
            version=row.version,
        )
        for row in rows
    ]


def for_case(vault: OpenVault, session: Session, case_id: str) -> list[GrantRecord]:
    rows = session.scalars(
        select(Grant).where(Grant.case_id == case_id).order_by(Grant.created_on)
    ).all()
    return records(vault, session, rows)


def get_grant(vault: OpenVault, grant_id: str) -> GrantRecord:
    with vault.read_session() as session:
        return records(vault, session, [require_grant(session, grant_id)])[0]


def list_grants(
    vault: OpenVault, *, case_id: str | None = None, statuses: tuple[str, ...] = (),
    worker: str | None = None, limit: int = 1000,
) -> list[GrantRecord]:  # fmt: skip
    """For a case, or vault-wide by status (e.g. awaiting approval or monitoring) and by the
    worker the case is assigned to."""
    query = select(Grant).order_by(Grant.created_on.desc()).limit(limit)
    if worker is not None:
        query = query.join(Case, Grant.case_id == Case.id).where(Case.worker == worker)
    if case_id is not None:
        query = query.where(Grant.case_id == case_id)
    if statuses:
        query = query.where(Grant.status.in_(statuses))
    with vault.read_session() as session:
        rows = session.scalars(query).all()
        try:
            return records(vault, session, rows)
        except IntegrityFailure:  # one damaged grant: the others are still listed
            return damaged.each_or_skip(
                vault, rows, lambda row: records(vault, session, [row])[0], lambda row: row
            )


def require_grant(session: Session, grant_id: str) -> Grant:
    row = session.get(Grant, grant_id)
    if row is None:
        raise NotFound("no such grant")
    return row

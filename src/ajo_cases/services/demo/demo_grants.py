"""Reintegration grants for the demo: business plan, budget, purchases, handover, monitoring."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from ajo_cases.domain.followups import DEFAULT_MONITORING_MONTHS, add_months
from ajo_cases.services.demo import demo_names as names
from ajo_cases.storage.models import Grant, GrantBudgetLine, GrantPurchase, MonitoringVisit

if TYPE_CHECKING:
    from ajo_cases.services.demo.demo_cases import CaseMaker, Rows, _Ctx


def add_grant(maker: CaseMaker, ctx: _Ctx, rows: Rows) -> None:
    """A reintegration grant, as far along (plan ... monitoring, closed) as its dates allow."""
    rng, end = maker.rng, ctx.end
    grant_id = names.new_uuid()
    sector = rng.choice(names.SECTORS_F if ctx.female else names.SECTORS_M)
    created = ctx.opened + timedelta(rng.randint(5, 25))
    submitted = created + timedelta(rng.randint(7, 30))
    decided = submitted + timedelta(rng.randint(7, 45))
    rejected = rng.random() < 0.1
    purchased = decided + timedelta(rng.randint(7, 30))
    handed = purchased + timedelta(rng.randint(3, 20))
    if created > end or (ctx.closed and (rejected or handed > end)):
        return  # a closed case keeps only grants that were handed over
    items = rng.sample(
        names.GRANT_ITEMS[sector], min(len(names.GRANT_ITEMS[sector]), rng.randint(2, 3))
    )
    lines = [(item, rng.randint(1, 3), cost * 100) for item, cost in items]
    total = sum(qty * cost for _, qty, cost in lines)
    status = "plan"
    for step, day in (
        ("submitted", submitted),
        ("approved", decided),
        ("purchased", purchased),
        ("handed_over", handed),
    ):
        if day <= end:
            status = "rejected" if step == "approved" and rejected else step
        if status == "rejected":
            break
    visits: list[date] = []
    closed_on = None
    if status == "handed_over":
        for months in DEFAULT_MONITORING_MONTHS:
            due = add_months(handed, months)
            visit = due + timedelta(rng.randint(0, 10))
            done = visit if visit <= end else None
            if done:
                visits.append(done)
            maker._task(ctx, rows, "monitoring_visit", "grant", grant_id, due, done)
        status = "monitoring" if visits else status
        if len(visits) == len(DEFAULT_MONITORING_MONTHS) or ctx.closed:
            status, closed_on = "closed", (visits[-1] if visits and not ctx.closed else end)
    approved = status not in ("plan", "submitted", "rejected")
    maker._add(
        rows,
        Grant,
        id=grant_id,
        case_id=ctx.case_id,
        project_id=ctx.project_id,
        sector=sector,
        title_enc=maker._seal(Grant, "title_enc", grant_id, rng.choice(names.GRANT_TITLES)),
        status=status,
        currency="TJS",
        contribution_minor=total // 10,
        approved_minor=total if approved else None,
        created_on=created,
        submitted_on=submitted if submitted <= end else None,
        decided_on=decided if decided <= end else None,
        handed_over_on=handed if status in ("handed_over", "monitoring", "closed") else None,
        handover_place=rng.choice(("AJO office, Khujand", "at the business", "at home")),
        closed_on=closed_on,
    )
    for item, qty, cost in lines:
        maker._add(
            rows,
            GrantBudgetLine,
            grant_id=grant_id,
            item=item,
            quantity=qty,
            unit_cost_minor=cost,
        )
        if approved and status != "approved":
            maker._add(
                rows,
                GrantPurchase,
                grant_id=grant_id,
                item=item,
                quantity=qty,
                unit_cost_minor=cost * rng.randint(90, 110) // 100,
                supplier=rng.choice(names.SUPPLIERS),
                receipt_no=f"{rng.randrange(10**6):06d}",
                purchased_on=purchased,
            )
    for visited in visits:
        running = rng.random() < 0.85
        visit_id = names.new_uuid()
        problem = rng.choice(names.MONITORING_PROBLEMS) if rng.random() < 0.15 else None
        maker._add(
            rows,
            MonitoringVisit,
            id=visit_id,
            grant_id=grant_id,
            visited_on=visited,
            business_running=running,
            monthly_income_minor=rng.randint(500, 4000) * 100 if running else None,
            sustainability_score=rng.randint(3, 5) if running else rng.randint(1, 2),
            problems_enc=problem
            and maker._seal(MonitoringVisit, "problems_enc", visit_id, problem),
        )

"""Plain records for reintegration grants: the plan with its budget, the items bought, the
monitoring visits. Money is in minor units (hundredths); personal values are ``None`` when the
session may not read them and ``restricted`` is then True.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class BudgetLine:
    item: str
    quantity: int
    unit_cost_minor: int
    id: str | None = None  # set on records

    @property
    def total_minor(self) -> int:
        return self.quantity * self.unit_cost_minor


@dataclass(frozen=True, slots=True)
class GrantForm:
    sector: str  # GrantSector
    title: str | None  # personal: often names the person's business
    budget: tuple[BudgetLine, ...] = ()
    contribution_minor: int = 0  # the beneficiary's own contribution
    currency: str = "TJS"
    project_id: str | None = None  # None: the case's project

    @property
    def budget_total_minor(self) -> int:
        return sum(line.total_minor for line in self.budget)


@dataclass(frozen=True, slots=True)
class PurchaseForm:
    item: str
    quantity: int
    unit_cost_minor: int
    purchased_on: date
    supplier: str = ""
    receipt_no: str = ""


@dataclass(frozen=True, slots=True)
class PurchaseRecord:
    id: str
    form: PurchaseForm


@dataclass(frozen=True, slots=True)
class VisitForm:
    visited_on: date
    business_running: bool
    monthly_income_minor: int | None = None
    sustainability_score: int | None = None  # 1..5
    problems: str | None = None  # personal


@dataclass(frozen=True, slots=True)
class VisitRecord:
    id: str
    form: VisitForm
    restricted: bool


@dataclass(frozen=True, slots=True)
class GrantRecord:
    id: str
    case_id: str
    form: GrantForm
    status: str
    created_on: date
    submitted_on: date | None
    decided_on: date | None
    approved_minor: int | None
    handed_over_on: date | None
    handover_place: str
    closed_on: date | None
    purchases: tuple[PurchaseRecord, ...]
    visits: tuple[VisitRecord, ...]
    restricted: bool
    version: int = 0  # the row's version when read: a save from it checks it

    @property
    def purchased_minor(self) -> int:
        return sum(p.form.quantity * p.form.unit_cost_minor for p in self.purchases)

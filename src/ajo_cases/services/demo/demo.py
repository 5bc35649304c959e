"""Fill a vault with realistic synthetic records, fast: bulk inserts and one audit event.

Also the bulk path the importer shares: row values built by people.person_columns and
cases.case_columns (one AES-GCM call per personal field, the folded search key included),
case codes allocated in memory per year, and rows inserted with executemany in FK order.
Bulk rows are not audited one by one; the caller writes one event with counts.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from ajo_cases.domain.ages import age_at_intake
from ajo_cases.domain.casecode import format_case_code
from ajo_cases.domain.records import CaseForm, PersonForm
from ajo_cases.errors import InvalidInput
from ajo_cases.services.casework import cases
from ajo_cases.services.casework.cases import DEFAULT_PREFIX
from ajo_cases.services.changes import Changes
from ajo_cases.services.demo import demo_cases, demo_names
from ajo_cases.services.demo.demo_names import new_uuid
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.people import people
from ajo_cases.storage import meta_repo
from ajo_cases.storage.base import Base, utc_now
from ajo_cases.storage.models import (
    Activity,
    Assessment,
    Assistance,
    Bed,
    Beneficiary,
    Case,
    CodeCounter,
    Consent,
    FollowUp,
    Grant,
    GrantBudgetLine,
    GrantPurchase,
    MonitoringVisit,
    PartnerOrg,
    PlanAction,
    Project,
    Referral,
    ShelterStay,
)
from ajo_cases.storage.take_turns import CASE_CODES, take_turn

BATCH = 5000
DEMO_FLAG = "demo_data"
Progress = Callable[[int, int], bool]
# Parents before children, so foreign keys hold inside every executemany.
INSERT_ORDER: tuple[type[Base], ...] = (
    Beneficiary,
    Case,
    Consent,
    Assessment,
    PlanAction,
    Assistance,
    ShelterStay,
    Referral,
    Grant,
    GrantBudgetLine,
    GrantPurchase,
    MonitoringVisit,
    FollowUp,
    Activity,
)


def person_values(vault: OpenVault, form: PersonForm, now: datetime) -> dict[str, Any]:
    """Column values of a new beneficiary, exactly as people.register writes them."""
    row_id = new_uuid()
    values = people.person_columns(vault, row_id, form)
    values.update(id=row_id, created_at=now, updated_at=now, version=1)
    return values


def case_values(
    vault: OpenVault,
    person_id: str,
    person: PersonForm,
    form: CaseForm,
    code: str,
    now: datetime,
) -> dict[str, Any]:
    """Column values of a new open case, exactly as cases.open_case writes them."""
    row_id = new_uuid()
    age = age_at_intake(
        person.birth_date, person.estimated_age, person.estimated_on, form.opened_on
    )
    values = cases.case_columns(vault, row_id, form)
    values.update(
        id=row_id,
        code=code,
        beneficiary_id=person_id,
        status="open",
        closed_on=None,
        closure_reason=None,
        closure_note_enc=None,
        age_at_intake=age.years if age else None,
        age_estimated=bool(age and age.estimated),
        next_due=None,
        created_at=now,
        updated_at=now,
        version=1,
    )
    return values


class CodeAllocator:
    """Case codes for many new cases in one transaction (the counters are saved at the end)."""

    def __init__(self, session: Session) -> None:
        take_turn(session, CASE_CODES)  # an import on another PC draws from the same counters
        self._session = session
        self.prefix = meta_repo.get(session, "case_prefix") or DEFAULT_PREFIX
        self._last: dict[int, int] = {}

    def _counter(self, year: int) -> CodeCounter | None:
        return self._session.scalar(
            select(CodeCounter).where(CodeCounter.prefix == self.prefix, CodeCounter.year == year)
        )

    def next(self, year: int) -> str:
        if year not in self._last:
            counter = self._counter(year)
            self._last[year] = counter.last if counter else 0
        self._last[year] += 1
        return format_case_code(self.prefix, year, self._last[year])

    def save(self) -> None:
        for year, last in self._last.items():
            counter = self._counter(year)
            if counter is None:
                self._session.add(CodeCounter(prefix=self.prefix, year=year, last=last))
            else:
                counter.last = last
        self._session.flush()


def insert_rows(session: Session, rows: dict[type[Base], list[dict[str, Any]]]) -> None:
    """executemany per table in FK order, then empty the lists for the next batch."""
    for model in INSERT_ORDER:
        batch = rows.get(model)
        if batch:
            session.execute(insert(cast(Table, model.__table__)), batch)  # Core: one executemany
            batch.clear()


# Counter keys (table names) -> the names a summary shows.
SUMMARY_KEYS = {
    "people": "people", "cases": "cases", "children": "children", "consent": "consents",
    "statistics_withdrawn": "statistics_withdrawn", "assessment": "assessments",
    "plan_action": "plan_actions", "assistance": "assistance", "shelter_stay": "shelter_stays",
    "referral": "referrals", "grant_plan": "grants", "grant_budget_line": "budget_lines",
    "grant_purchase": "purchases", "monitoring_visit": "monitoring_visits",
    "follow_up": "follow_ups", "activity": "activities", "participants": "participants",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """What was added (keys of SUMMARY_KEYS' values), or cancelled with nothing added."""

    counts: dict[str, int] = field(default_factory=dict)
    cancelled: bool = False
    seconds: float = 0.0

    def __getitem__(self, key: str) -> int:
        return self.counts.get(key, 0)

    @property
    def changes(self) -> Changes:
        if self.cancelled or not self.counts:
            return Changes()
        return Changes.of("person", "case", "assistance", "partner", "project", "bed")


class _Cancelled(Exception):
    pass


def _ensure_directory(session: Session, today: date) -> demo_cases.Directory:
    """Projects, partners and 12 beds (created once; reused on a second demo run)."""
    projects = {p.code: p.id for p in session.scalars(select(Project))}
    for code, name, donor in demo_names.PROJECTS:
        if code not in projects:
            row = Project(
                id=new_uuid(),
                code=code,
                name=name,
                donor=donor,
                starts_on=date(2023, 1, 1),
                ends_on=date(2026, 12, 31),
            )
            session.add(row)
            projects[code] = row.id
    partners = {p.name: (p.id, p.kind) for p in session.scalars(select(PartnerOrg))}
    for name, kind, district in demo_names.PARTNERS:
        if name not in partners:
            org = PartnerOrg(id=new_uuid(), name=name, kind=kind, district=district)
            session.add(org)
            partners[name] = (org.id, kind)
    beds = list(session.scalars(select(Bed).where(Bed.active.is_(True)).order_by(Bed.label)))
    if not beds:
        beds = [
            Bed(id=new_uuid(), label=f"B{n:02d}", room=f"Ҳуҷраи {(n - 1) // 3 + 1}")
            for n in range(1, 13)
        ]
        session.add_all(beds)
    session.flush()
    free = {bed.id: date.min for bed in beds}
    for bed_id, last, open_stays in session.execute(
        select(
            ShelterStay.bed_id,
            func.max(ShelterStay.discharged_on),
            func.count().filter(ShelterStay.discharged_on.is_(None)),
        ).group_by(ShelterStay.bed_id)
    ):
        if bed_id in free:
            free[bed_id] = date.max if open_stays else (last or date.min)
    return demo_cases.Directory(projects, list(partners.values()), free, today)


def fill_demo(
    vault: OpenVault,
    cases: int = 300,
    seed: int = 1,
    progress: Progress | None = None,
    *,
    today: date | None = None,
) -> DemoSummary:
    """Add `cases` synthetic cases (one new person each) with their services, deterministic
    for a seed and a date. Refuses a vault that holds real records; cancel rolls back."""
    vault.require_role("admin")
    if cases < 1 or cases > 1_000_000:
        raise InvalidInput("the number of demo cases must be between 1 and 1,000,000")
    started = time.perf_counter()
    rng = random.Random(seed)  # noqa: S311 - synthetic data, not secrets
    today = today or date.today()
    try:
        with vault.unit_of_work() as session:
            _refuse_real_vault(session)
            directory = _ensure_directory(session, today)
            codes = CodeAllocator(session)
            maker = demo_cases.CaseMaker(rng, directory, vault.cipher)
            rows: dict[type[Base], list[dict[str, Any]]] = {m: [] for m in INSERT_ORDER}
            now = utc_now()
            for done, opened in enumerate(demo_cases.opening_dates(rng, cases, today), 1):
                maker.make(opened, rows, lambda p, c: _person_case(vault, codes, p, c, now))
                if done % BATCH == 0 or done == cases:
                    insert_rows(session, rows)
                    if progress is not None and progress(done, cases) is False:
                        raise _Cancelled
            rows[Activity] = maker.activities(max(4, cases // 25))
            insert_rows(session, rows)
            codes.save()
            meta_repo.put(session, DEMO_FLAG, "1")
            counts = {SUMMARY_KEYS[k]: v for k, v in sorted(maker.counts.items())}
            vault.record(session, "demo_fill", detail=_detail(counts, seed))
    except _Cancelled:
        return DemoSummary(cancelled=True, seconds=_since(started))
    vault.caches.pop("names", None)  # the name index is rebuilt with the new people
    return DemoSummary(counts, seconds=_since(started))


def _person_case(
    vault: OpenVault, codes: CodeAllocator, person: PersonForm, case: CaseForm, now: datetime
) -> tuple[dict[str, Any], dict[str, Any]]:
    person_row = person_values(vault, person, now)
    code = codes.next(case.opened_on.year)
    return person_row, case_values(vault, person_row["id"], person, case, code, now)


def _refuse_real_vault(session: Session) -> None:
    has_people = session.scalar(select(func.count()).select_from(Beneficiary)) or 0
    if has_people and meta_repo.get(session, DEMO_FLAG) != "1":
        raise InvalidInput(
            "this vault already holds real records; demo data goes only into a new or demo vault"
        )


def _detail(counts: dict[str, int], seed: int) -> str:
    return " ".join([f"seed={seed}", *(f"{k}={v}" for k, v in counts.items())])


def _since(started: float) -> float:
    return round(time.perf_counter() - started, 3)


def may_fill(vault: OpenVault) -> bool:
    """Whether demo data may go into this vault: it is empty of people, or a demo vault."""
    with vault.read_session() as session:
        try:
            _refuse_real_vault(session)
        except InvalidInput:
            return False
    return True

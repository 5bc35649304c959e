"""Anonymised statistics: gather pseudonymous facts with SQL, run the domain engine.

Only statistical columns are read (codes, dates, amounts, the person's row id as a
pseudonymous key): nothing is decrypted, so a manager's session without K_pii computes the
same figures as an administrator's. Rows are selected as tuples, narrowed in SQL to the
period and filter, never loaded as ORM objects. Definitions: docs/statistics.md.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Connection, String, and_, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from ajo_cases.domain import statistics as engine
from ajo_cases.domain.consent import Consent as ConsentRule
from ajo_cases.domain.consent import counted_in_statistics
from ajo_cases.domain.errors import RuleViolation
from ajo_cases.domain.stats_model import (
    ActivityFact,
    AssistanceFact,
    CaseFact,
    GrantFact,
    ReferralFact,
    StatsFacts,
    StatsFilter,
    StatsReport,
    StayFact,
)
from ajo_cases.domain.suppression import DEFAULT_THRESHOLD, check_threshold, protect_report
from ajo_cases.domain.vocab import BeneficiaryCategory, ConsentKind, District
from ajo_cases.errors import InvalidInput
from ajo_cases.services.vault import OpenVault
from ajo_cases.storage.models import (
    Activity,
    Assistance,
    Beneficiary,
    Case,
    Consent,
    Grant,
    GrantPurchase,
    MonitoringVisit,
    PartnerOrg,
    Project,
    Referral,
    ShelterStay,
)

STATS_ROLES = ("admin", "manager")
_CHUNK = 500  # ids per IN (...) list, well under any driver's parameter limit


def _raw(column: Any) -> Any:
    """A date column as its stored ISO text: date.fromisoformat (C) is many times faster than
    the driver's per-row conversion, which dominates at tens of thousands of rows."""
    return type_coerce(column, String())


def _day(text: str) -> date:
    return date.fromisoformat(text)


def _day_or_none(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _between(column: Any, start: date | None, end: date) -> ColumnElement[bool]:
    return and_(column <= end, column >= start) if start is not None else column <= end


def _withdrawn_persons(session: Connection) -> set[str]:
    """Persons with a case whose latest consent-to-be-counted record is a refusal. Only cases
    with some refusal are looked at closely (a later consent may have replaced it). Records
    of one day are taken in the order recorded: creation time, then id (bulk rows share a
    creation time and have growing ids)."""
    statistics = Consent.kind == ConsentKind.STATISTICS.value
    refused = select(Consent.case_id).where(statistics, Consent.given.is_(False))
    per_case: dict[str, list[ConsentRule]] = defaultdict(list)
    query = (
        select(Consent.case_id, Consent.given, Consent.recorded_on)
        .where(statistics, Consent.case_id.in_(refused))
        .order_by(Consent.recorded_on, Consent.created_at, Consent.id)
    )
    for case_id, given, on in session.execute(query):
        per_case[case_id].append(ConsentRule(ConsentKind.STATISTICS, given, on))
    withdrawn = [c for c, found in per_case.items() if not counted_in_statistics(found)]
    if not withdrawn:
        return set()
    return set(session.scalars(select(Case.beneficiary_id).where(Case.id.in_(withdrawn))).all())


class _Gatherer:
    def __init__(self, session: Session, flt: StatsFilter, today: date) -> None:
        # Core execution on the session's connection: plain tuples, no ORM result machinery
        self.session, self.flt = session.connection(), flt
        self.start, self.end = flt.date_from, flt.date_to or today
        self.projects: dict[str, str] = {
            pid: code for pid, code in session.execute(select(Project.id, Project.code))
        }
        if flt.project is not None and flt.project not in self.projects.values():
            raise InvalidInput(f"no project with the code {flt.project!r}", field="project")

    def code(self, project_id: str | None) -> str | None:
        return None if project_id is None else self.projects.get(project_id)

    def gather(self) -> StatsFacts:
        start, end = self.start, self.end
        in_period = {
            "assistance": _between(Assistance.given_on, start, end),
            "referral": _between(Referral.sent_on, start, end),
            "grant": or_(_between(Grant.decided_on, start, end), Grant.handed_over_on <= end),
            "stay": ShelterStay.admitted_on <= end,
        }
        if start is not None:
            in_period["stay"] = and_(
                in_period["stay"],
                or_(ShelterStay.discharged_on.is_(None), ShelterStay.discharged_on >= start),
            )
        records: dict[str, Sequence[Any]] = {
            "assistance": self.session.execute(
                select(Assistance.case_id, Assistance.type, _raw(Assistance.given_on),
                       Assistance.project_id, Assistance.cost_minor)
                .where(in_period["assistance"])).all(),
            "referral": self.session.execute(
                select(Referral.case_id, PartnerOrg.kind, Referral.status, _raw(Referral.sent_on))
                .join(PartnerOrg, PartnerOrg.id == Referral.partner_id)
                .where(in_period["referral"])).all(),
            "grant": self.session.execute(
                select(Grant.case_id, Grant.id, Grant.sector, Grant.status, Grant.project_id,
                       Grant.approved_minor, _raw(Grant.decided_on), _raw(Grant.handed_over_on))
                .where(in_period["grant"])).all(),
            "stay": self.session.execute(
                select(ShelterStay.case_id, _raw(ShelterStay.admitted_on),
                       _raw(ShelterStay.discharged_on))
                .where(in_period["stay"])).all(),
        }  # fmt: skip
        referenced: set[str] = {row[0] for rows in records.values() for row in rows}
        cases = self._cases(referenced)
        code = self.code
        return StatsFacts(
            cases=list(cases.values()),
            assistance=[
                AssistanceFact(cases[case_id].code, kind, _day(on), code(project), cost)
                for case_id, kind, on, project, cost in records["assistance"]
                if case_id in cases
            ],
            referrals=[
                ReferralFact(cases[case_id].code, kind, status, _day_or_none(sent))
                for case_id, kind, status, sent in records["referral"]
                if case_id in cases
            ],
            grants=self._grants(records["grant"], cases),
            stays=[
                StayFact(cases[case_id].code, _day(admitted), _day_or_none(discharged))
                for case_id, admitted, discharged in records["stay"]
                if case_id in cases
            ],
            activities=self._activities(),
        )

    def _cases(self, referenced: set[str]) -> dict[str, CaseFact]:
        """Cases open in the period, and the cases of records in it; keyed by case id."""
        open_in_period: ColumnElement[bool] = Case.opened_on <= self.end
        if self.start is not None:
            open_in_period = and_(
                open_in_period, or_(Case.closed_on.is_(None), Case.closed_on >= self.start)
            )
        columns = (Case.id, Case.code, Case.beneficiary_id, Case.age_at_intake,
                   _raw(Case.opened_on), _raw(Case.closed_on), Case.project_id,
                   Case.exploitation_types,
                   Case.country_exploitation)  # fmt: skip
        rows = list(self.session.execute(select(*columns).where(open_in_period)))
        missing = sorted(referenced - {row[0] for row in rows})
        for at in range(0, len(missing), _CHUNK):  # cases of records, not open in the period
            chunk = missing[at : at + _CHUNK]
            rows += self.session.execute(select(*columns).where(Case.id.in_(chunk))).all()
        people = self._people({row[2] for row in rows})
        withdrawn = _withdrawn_persons(self.session)
        found: dict[str, CaseFact] = {}
        for case_id, code, person, age, opened, closed, project, kinds, country in rows:
            attributes = people.get(person)
            if attributes is None:  # filtered out by district or category
                continue
            sex, category, district = attributes
            found[case_id] = CaseFact(
                code, person, sex, category, district, age, _day(opened), _day_or_none(closed),
                self.code(project),
                tuple(kinds.split(",")) if kinds else (), country, person not in withdrawn,
            )  # fmt: skip
        return found

    def _people(self, wanted: set[str]) -> dict[str, tuple[str, str, str | None]]:
        """Sex, category and district of the persons wanted (and passing the filter)."""
        query = select(Beneficiary.id, Beneficiary.sex, Beneficiary.category,
                       Beneficiary.district)  # fmt: skip
        if self.flt.district is not None:
            query = query.where(Beneficiary.district == self.flt.district)
        if self.flt.category is not None:
            query = query.where(Beneficiary.category == self.flt.category)
        return {
            person: (sex, category, district)
            for person, sex, category, district in self.session.execute(query)
            if person in wanted
        }

    def _grants(self, rows: Sequence[Any], cases: dict[str, CaseFact]) -> list[GrantFact]:
        ids = [row[1] for row in rows if row[0] in cases]
        spent: dict[str, int] = {}
        visits: dict[str, list[tuple[date, bool]]] = defaultdict(list)
        for at in range(0, len(ids), _CHUNK):
            chunk = ids[at : at + _CHUNK]
            for grant_id, total in self.session.execute(
                select(GrantPurchase.grant_id,
                       func.sum(GrantPurchase.quantity * GrantPurchase.unit_cost_minor))
                .where(GrantPurchase.grant_id.in_(chunk)).group_by(GrantPurchase.grant_id)
            ):  # fmt: skip
                spent[grant_id] = total
            for grant_id, on, running in self.session.execute(
                select(MonitoringVisit.grant_id, _raw(MonitoringVisit.visited_on),
                       MonitoringVisit.business_running)
                .where(MonitoringVisit.grant_id.in_(chunk), MonitoringVisit.visited_on <= self.end)
            ):  # fmt: skip
                visits[grant_id].append((_day(on), running))
        facts = []
        for case_id, grant_id, sector, status, project, approved, decided, handed in rows:
            if case_id in cases:
                value = spent.get(grant_id, 0) if handed else 0
                facts.append(GrantFact(
                    cases[case_id].code, sector, status, self.code(project), approved,
                    _day_or_none(decided), _day_or_none(handed), value,
                    tuple(visits.get(grant_id, ())),
                ))  # fmt: skip
        return facts

    def _activities(self) -> list[ActivityFact]:
        query = select(Activity.kind, _raw(Activity.held_on), Activity.district,
                       Activity.project_id,
                       Activity.women, Activity.men, Activity.girls, Activity.boys).where(
            _between(Activity.held_on, self.start, self.end))  # fmt: skip
        return [
            ActivityFact(kind, _day(on), district, self.code(project), women, men, girls, boys)
            for kind, on, district, project, women, men, girls, boys in self.session.execute(query)
        ]


def check_filter(flt: StatsFilter) -> None:
    if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
        raise InvalidInput("the period ends before it starts", field="date_to")
    if flt.category is not None and flt.category not in set(BeneficiaryCategory):
        raise InvalidInput(f"unknown category {flt.category!r}", field="category")
    if flt.district is not None and flt.district not in set(District):
        raise InvalidInput(f"unknown district {flt.district!r}", field="district")


def gather_facts(vault: OpenVault, flt: StatsFilter, *, today: date | None = None) -> StatsFacts:
    """The facts a filter needs (a superset: the engine applies the filter exactly)."""
    check_filter(flt)
    with vault.read_session() as session, _no_cyclic_gc():
        return _Gatherer(session, flt, today or date.today()).gather()


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while tens of thousands of tuples are made: they
    hold no cycles, and collections triggered by the allocations cost ~20 % of the time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def compute(
    vault: OpenVault,
    flt: StatsFilter | None = None,
    *,
    suppress: bool = True,
    threshold: int = DEFAULT_THRESHOLD,
    today: date | None = None,
) -> StatsReport:
    """Every statistics table for the filter; suppressed for donors unless `suppress=False`
    (exact counts for an internal view, recorded in the audit log as "stats_exact")."""
    vault.require_role(*STATS_ROLES)
    flt = flt or StatsFilter()
    check_threshold_input(threshold)
    today = today or date.today()
    facts = gather_facts(vault, flt, today=today)
    with _no_cyclic_gc():
        report = engine.compute(facts, flt, today=today)
    if suppress:
        return protect_report(report, threshold)
    with vault.unit_of_work() as session:
        vault.record(session, "stats_exact", detail=describe(flt))
    return report


def drill_down(
    vault: OpenVault,
    table: str,
    row: str,
    column: str,
    flt: StatsFilter | None = None,
    *,
    today: date | None = None,
) -> list[str]:
    """The case codes behind one number (row or column "total" for a total); never names.
    Audited as "stats_drill_down"."""
    vault.require_role(*STATS_ROLES)
    flt = flt or StatsFilter()
    today = today or date.today()
    try:
        codes = engine.contributing_cases(
            gather_facts(vault, flt, today=today), flt, table, row, column, today=today
        )
    except KeyError as exc:
        raise InvalidInput(f"no such statistics cell: {exc.args[0]}") from None
    with vault.unit_of_work() as session:
        vault.record(session, "stats_drill_down",
                     detail=f"table={table} row={row} column={column} {describe(flt)}")  # fmt: skip
    return codes


def check_threshold_input(threshold: int) -> None:
    try:
        check_threshold(threshold)
    except RuleViolation:
        raise InvalidInput("the suppression threshold must be between 2 and 100") from None


def describe(flt: StatsFilter) -> str:
    """The filter as audit detail: codes and dates only."""
    parts = {
        "from": flt.date_from.isoformat() if flt.date_from else "",
        "to": flt.date_to.isoformat() if flt.date_to else "",
        "project": flt.project or "", "district": flt.district or "",
        "category": flt.category or "", "bands": str(flt.age_bands),
    }  # fmt: skip
    return " ".join(f"{key}={value}" for key, value in parts.items() if value)

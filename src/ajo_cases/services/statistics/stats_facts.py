"""Pseudonymous statistics facts read from the vault with a few narrow SQL selects.

Only statistical columns are read (codes, dates, amounts, the person's row id as a
pseudonymous key): nothing is decrypted, so a manager's session without K_pii gathers the
same facts as an administrator's. Every select is answered from the covering indexes of
migrations 0003 and 0004, never from the wide rows holding encrypted fields. The selects
are plain SQL run on the driver's cursor: at 100,000 cases a year brings ~120,000 rows,
and SQLAlchemy's per-row result handling would double the time. Definitions:
docs/statistics.md.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date
from operator import itemgetter
from typing import Any, TypeVar

from sqlalchemy import Connection

from ajo_cases.domain.consent import Consent as ConsentRule
from ajo_cases.domain.consent import counted_in_statistics
from ajo_cases.domain.stats_model import (
    ActivityFact,
    AssistanceFact,
    CaseFact,
    GrantFact,
    ReferralFact,
    StatsFacts,
    StatsFilter,
    StayFact,
)
from ajo_cases.domain.vocab import ConsentKind
from ajo_cases.errors import InvalidInput
from ajo_cases.storage.raw_sql import as_day, for_dialect
from ajo_cases.vault.sqlcipher import damaged, is_damage

K = TypeVar("K")
V = TypeVar("V")
_CHUNK = 500  # ids per IN (...) list, well under any driver's parameter limit

# INDEXED BY: the planner would look rows up by the unique id index and read the wide row.
# {cases} names the case index: by period, or by id for a list of ids.
_CASE_COLUMNS = """
SELECT c.id, c.code, c.beneficiary_id, b.sex, b.category, b.district, c.age_at_intake,
       c.opened_on, c.closed_on, c.project_id, c.exploitation_types, c.country_exploitation
FROM case_file AS c {cases}
JOIN beneficiary AS b INDEXED BY ix_beneficiary_stats ON b.id = c.beneficiary_id
WHERE {where}"""
_ASSISTANCE = """
SELECT case_id, type, given_on, project_id, cost_minor FROM assistance
WHERE {given_on}"""
_REFERRALS = """
SELECT r.case_id, p.kind, r.status, r.sent_on
FROM referral AS r JOIN partner_org AS p ON p.id = r.partner_id
WHERE {sent_on}"""
# Grants that may count: decided, handed over or visited in the period. A grant counts as
# monitored when its last visit by the period's end falls in the period, so visits before the
# period never decide anything and are not read.
GRANTS_IN_PERIOD = (
    "({decided_on} OR {handed_over_on} OR g.id IN "
    "(SELECT grant_id FROM monitoring_visit WHERE {visited_on}))"
)
# The items bought are summed per grant in SQL (a correlated sum over the covering index of
# the grant's purchases): one value per grant reaches Python, not one per purchase; only for
# grants handed over in the period, the only ones whose value counts.
GRANT_VALUE = """CASE WHEN {handed_over_on} THEN
       (SELECT SUM(p.quantity * p.unit_cost_minor)
        FROM grant_purchase AS p INDEXED BY ix_grant_purchase_stats WHERE p.grant_id = g.id)
       END"""
_GRANTS = """
SELECT g.case_id, g.id, g.sector, g.status, g.project_id, g.approved_minor, g.decided_on,
       g.handed_over_on, {value}
FROM grant_plan AS g WHERE {grants}"""
VISITS = """
SELECT grant_id, visited_on, business_running
FROM monitoring_visit INDEXED BY ix_monitoring_visit_stats WHERE {visited_on}"""
_STAYS = """
SELECT case_id, admitted_on, discharged_on FROM shelter_stay WHERE {span}"""
ACTIVITIES = """
SELECT kind, held_on, district, project_id, women, men, girls, boys FROM activity
WHERE {held_on}"""
# Cases with some refusal of consent to be counted, with all their consent-to-be-counted
# records (a later consent may have replaced the refusal) and the case's person.
_STATISTICS_CONSENTS = """
SELECT k.recorded_on, k.created_at, k.id, k.case_id, c.beneficiary_id, k.given
FROM consent AS k JOIN case_file AS c INDEXED BY ix_case_file_stats_by_id ON c.id = k.case_id
WHERE k.kind = :kind AND k.case_id IN (
    SELECT case_id FROM consent WHERE kind = :kind AND given = :refused)"""


class Period:
    """SQL fragments for the period's bounds, bound as :start and :end (or the names given).
    With the start open the index range has one end only."""

    def __init__(self, start: date | None, names: tuple[str, str] = ("start", "end")) -> None:
        self.open_start = start is None
        self.start, self.end = (f":{name}" for name in names)

    def within(self, column: str) -> str:
        """The column's day falls in the period."""
        if self.open_start:
            return f"{column} <= {self.end}"
        return f"{column} BETWEEN {self.start} AND {self.end}"

    def overlaps(self, first: str, last: str) -> str:
        """A span (first day, last day or NULL: still going) touches the period."""
        if self.open_start:
            return f"{first} <= {self.end}"
        return f"{first} <= {self.end} AND ({last} IS NULL OR {last} >= {self.start})"


def kinds_of(text: str | None) -> tuple[str, ...]:
    return tuple(text.split(",")) if text else ()


class Memo(dict[K, V]):
    """Values made once per distinct key: a year has a few hundred distinct days and
    exploitation-type lists among ~100,000 rows, so rows share one object per value."""

    def __init__(self, make: Callable[[K], V]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, key: K) -> V:
        value = self[key] = self.make(key)
        return value


def chunks(ids: Sequence[str]) -> Iterator[tuple[str, dict[str, str]]]:
    """`IN (...)` placeholders and their parameters, _CHUNK ids at a time."""
    for at in range(0, len(ids), _CHUNK):
        chunk = ids[at : at + _CHUNK]
        names = [f"i{n}" for n in range(len(chunk))]
        yield ", ".join(f":{name}" for name in names), dict(zip(names, chunk, strict=True))


class Reader:
    """Runs the selects on the session's driver connection, returning plain tuples; every
    select gets the period's bounds (:start, :end) besides its own parameters."""

    def __init__(self, connection: Connection, bounds: Mapping[str, object]) -> None:
        self.cursor = connection.connection.cursor()
        self.bounds = dict(bounds)
        self.dialect = connection.dialect.name

    def rows(self, sql: str, params: Mapping[str, object] | None = None) -> list[tuple[Any, ...]]:
        try:
            self.cursor.execute(
                for_dialect(sql, self.dialect), {**self.bounds, **params} if params else self.bounds
            )
            return list(self.cursor.fetchall())
        except Exception as exc:  # the driver's cursor: no engine hook maps damage here
            if is_damage(exc):
                raise damaged() from None
            raise

    def close(self) -> None:
        self.cursor.close()


class Gatherer:
    def __init__(self, connection: Connection, flt: StatsFilter, today: date) -> None:
        self.flt, self.start, self.end = flt, flt.date_from, flt.date_to or today
        self.period = Period(self.start)
        start = None if self.start is None else self.start.isoformat()
        self.read = Reader(connection, {"start": start, "end": self.end.isoformat()})
        self.projects: dict[str | None, str] = dict(self.read.rows("SELECT id, code FROM project"))
        self.day: Memo[str | date, date] = Memo(as_day)
        self.maybe_day: Memo[str | date | None, date | None] = Memo(
            lambda text: None if text is None else self.day[text]
        )

    def gather(self) -> StatsFacts:
        try:
            return self._gather()
        finally:
            self.read.close()

    def _gather(self) -> StatsFacts:
        rows, period = self.read.rows, self.period
        assistance = rows(_ASSISTANCE.format(given_on=period.within("given_on")))
        referrals = rows(_REFERRALS.format(sent_on=period.within("r.sent_on")))
        grants = rows(_GRANTS.format(grants=self.grants_in_period(), value=self.grant_value()))
        stays = rows(_STAYS.format(span=period.overlaps("admitted_on", "discharged_on")))
        referenced = {row[0] for rows_ in (assistance, referrals, grants, stays) for row in rows_}
        cases = self._cases(referenced)
        codes = {case_id: case.code for case_id, case in cases.items()}
        project, day, maybe_day = self.projects.get, self.day, self.maybe_day
        return StatsFacts(
            cases=list(cases.values()),
            assistance=[
                AssistanceFact(codes[case_id], kind, day[on], project(project_id), cost)
                for case_id, kind, on, project_id, cost in assistance
                if case_id in codes
            ],
            referrals=[
                ReferralFact(codes[case_id], kind, status, maybe_day[sent])
                for case_id, kind, status, sent in referrals
                if case_id in codes
            ],
            grants=self._grants(grants, codes),
            stays=[
                StayFact(codes[case_id], day[admitted], maybe_day[discharged])
                for case_id, admitted, discharged in stays
                if case_id in codes
            ],
            activities=self._activities(),
        )

    def grants_in_period(self) -> str:
        within = self.period.within
        return GRANTS_IN_PERIOD.format(decided_on=within("g.decided_on"),
                                       handed_over_on=within("g.handed_over_on"),
                                       visited_on=within("visited_on"))  # fmt: skip

    def grant_value(self) -> str:
        return GRANT_VALUE.format(handed_over_on=self.period.within("g.handed_over_on"))

    def _cases(self, referenced: set[str]) -> dict[str, CaseFact]:
        """Cases open in the period and the cases of records in it (passing the district and
        category filter), keyed by case id."""
        terms, params = ["1 = 1"], {"district": self.flt.district, "category": self.flt.category}
        if self.flt.district is not None:
            terms.append("b.district = :district")
        if self.flt.category is not None:
            terms.append("b.category = :category")
        person = " AND ".join(terms)
        in_period = self.period.overlaps("c.opened_on", "c.closed_on")
        found = self.read.rows(
            _CASE_COLUMNS.format(
                cases="INDEXED BY ix_case_file_stats", where=f"{person} AND {in_period}"
            ),
            params,
        )
        missing = sorted(referenced - {row[0] for row in found})
        for placeholders, ids in chunks(missing):  # cases of records, not open in the period
            where = f"{person} AND c.id IN ({placeholders})"
            found += self.read.rows(
                _CASE_COLUMNS.format(cases="INDEXED BY ix_case_file_stats_by_id", where=where),
                {**params, **ids},
            )
        withdrawn = self._withdrawn_persons()
        project, day, maybe_day, kinds_memo = (
            self.projects.get,
            self.day,
            self.maybe_day,
            Memo(kinds_of),
        )
        return {
            case_id: CaseFact(
                code, person, sex, category, district, age, day[opened], maybe_day[closed],
                project(project_id), kinds_memo[kinds], country, person not in withdrawn,
            )
            for (case_id, code, person, sex, category, district, age, opened, closed,
                 project_id, kinds, country) in found
        }  # fmt: skip

    def _withdrawn_persons(self) -> set[str]:
        """Persons with a case whose latest consent-to-be-counted record is a refusal."""
        per_case: dict[str, list[ConsentRule]] = defaultdict(list)
        person_of: dict[str, str] = {}
        kind = ConsentKind.STATISTICS
        records = self.read.rows(_STATISTICS_CONSENTS, {"kind": kind.value, "refused": False})
        # in the order recorded: day, creation time, then id (bulk rows share a creation time
        # and have growing ids); sorted here, SQLite's sorter is slower for a few thousand
        records.sort(key=itemgetter(0, 1, 2))
        for on, _created, _id, case_id, person, given in records:
            per_case[case_id].append(ConsentRule(kind, bool(given), self.day[on]))
            person_of[case_id] = person
        return {
            person_of[case_id]
            for case_id, found in per_case.items()
            if not counted_in_statistics(found)
        }

    def _grants(self, rows: Sequence[Any], codes: dict[str, str]) -> list[GrantFact]:
        visits: dict[str, list[tuple[date, bool]]] = defaultdict(list)
        visited = VISITS.format(visited_on=self.period.within("visited_on"))
        for grant_id, on, running in self.read.rows(visited):
            visits[grant_id].append((self.day[on], bool(running)))
        project = self.projects.get
        return [
            GrantFact(
                codes[case_id], sector, status, project(project_id),
                approved, self.maybe_day[decided], self.maybe_day[handed],
                (spent or 0) if handed else 0, tuple(visits.get(grant_id, ())),
            )
            for (case_id, grant_id, sector, status, project_id, approved, decided, handed,
                 spent) in rows
            if case_id in codes
        ]  # fmt: skip

    def _activities(self) -> list[ActivityFact]:
        project = self.projects.get
        return [
            ActivityFact(kind, self.day[on], district, project(project_id),
                         women, men, girls, boys)
            for kind, on, district, project_id, women, men, girls, boys in self.read.rows(
                ACTIVITIES.format(held_on=self.period.within("held_on")))
        ]  # fmt: skip


@contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while tens of thousands of tuples are made: they
    hold no cycles, and collections triggered by the allocations cost ~20 % of the time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def check_project(connection: Connection, code: str | None) -> None:
    if code is None:
        return
    cursor = connection.connection.cursor()
    try:
        sql = for_dialect("SELECT 1 FROM project WHERE code = :code", connection.dialect.name)
        found = cursor.execute(sql, {"code": code}).fetchone()
    except Exception as exc:
        if is_damage(exc):
            raise damaged() from None
        raise
    finally:
        cursor.close()
    if found is None:
        raise InvalidInput(f"no project with the code {code!r}", field="project")


def read_facts(connection: Connection, flt: StatsFilter, today: date) -> StatsFacts:
    """The facts a filter needs (a superset: the engine applies the filter exactly)."""
    with no_cyclic_gc():
        return Gatherer(connection, flt, today).gather()

"""Which facts a statistics filter keeps, and who counts as a person assisted in the period.

Definitions (docs/statistics.md):
- a person is assisted in the period when one of their cases was open at any time in it
  (opened on or before the last day, and not closed before the first day);
- a person who withdrew consent to be counted on any of their cases is left out of every
  table, with all their cases and records; the cases in scope so left out are counted;
- a person's age is the age at intake of their earliest case in the period (cases ordered
  by opening date, then code); sex, category and district are the person's.

A person is represented by that earliest case (a CaseFact carries the person's key, sex,
category and district): a year at 100,000 cases has ~50,000 persons, and an object per
person would cost more than the tables themselves.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter
from typing import Protocol, TypeVar

from ajo_cases.domain.ages import CHILD_ADULT_BANDS
from ajo_cases.domain.stats_model import CaseFact, StatsFacts, StatsFilter
from ajo_cases.domain.vocab import Sex

UNKNOWN = "unknown"  # row or column code for a missing value (age, district)


class _OnACase(Protocol):
    @property
    def case(self) -> str: ...


RecordT = TypeVar("RecordT", bound=_OnACase)

_GROUPS: dict[int | None, str] = {None: UNKNOWN}
_GROUPS.update((years, CHILD_ADULT_BANDS.band_of(years)) for years in range(151))
_COLUMNS = {(sex.value, group): f"{sex.value}.{group}"
            for sex in Sex for group in (*CHILD_ADULT_BANDS.labels, UNKNOWN)}  # fmt: skip


def age_group(age: int | None) -> str:
    """ "0-17", "18+" or "unknown"."""
    found = _GROUPS.get(age)
    return found if found is not None else CHILD_ADULT_BANDS.band_of(max(age or 0, 0))


def sex_and_group(person: CaseFact) -> str:
    """The column of a person (given by their earliest case) in tables by sex and child or
    adult: "female.0-17" (girls), "male.18+" (men), "female.unknown" (age not known)."""
    return sex_age_column(person.sex, person.age)


def sex_age_column(sex: str, age: int | None) -> str:
    """sex_and_group from the sex and the age at intake."""
    group = _GROUPS.get(age) or age_group(age)
    return _COLUMNS.get((sex, group)) or f"{sex}.{group}"


# a case's place in a person's history: opening date, then code
_order: Callable[[CaseFact], tuple[date, str]] = itemgetter(6, 0)  # (opened_on, code)


@dataclass
class Scope:
    """The facts seen through one filter, with the period resolved against `today`."""

    facts: StatsFacts
    flt: StatsFilter
    today: date
    start: date | None = field(init=False)
    end: date = field(init=False)
    by_code: dict[str, CaseFact] = field(init=False)
    withdrawn: frozenset[str] = field(init=False)  # person keys
    in_scope: list[CaseFact] = field(init=False)  # counted cases open in the period
    excluded: list[CaseFact] = field(init=False)  # cases in scope left out (consent)
    # the persons assisted in the period: person key -> their earliest case in scope
    persons: dict[str, CaseFact] = field(init=False)
    # persons with several cases in scope: all of them, earliest first
    several: dict[str, tuple[CaseFact, ...]] = field(init=False)
    _earliest: dict[str, CaseFact] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.start, self.end = start, end = self.flt.date_from, self.flt.date_to or self.today
        cases = self.facts.cases
        self.by_code = {case.code: case for case in cases}
        self.withdrawn = frozenset(c.person for c in cases if not c.counted)
        candidates = [  # open in the period (inlined: tens of thousands of cases)
            case
            for case in cases
            if case.opened_on <= end
            and (start is None or case.closed_on is None or case.closed_on >= start)
        ]
        if self.filtered:
            candidates = [case for case in candidates if self.matches(case, case.project)]
        withdrawn = self.withdrawn
        self.in_scope = [c for c in candidates if c.person not in withdrawn]
        self.excluded = [c for c in candidates if c.person in withdrawn] if withdrawn else []
        self._group_by_person()

    @property
    def filtered(self) -> bool:
        """The filter names a project, district or category."""
        flt = self.flt
        return not (flt.project is None and flt.district is None and flt.category is None)

    def in_period(self, day: date | None) -> bool:
        return day is not None and (self.start is None or self.start <= day) and day <= self.end

    def matches(self, case: CaseFact, project: str | None) -> bool:
        """The filter's project, district and category (the record's project if it has one)."""
        flt = self.flt
        return (
            (flt.project is None or project == flt.project)
            and (flt.district is None or case.district == flt.district)
            and (flt.category is None or case.category == flt.category)
        )

    def _group_by_person(self) -> None:
        first: dict[str, CaseFact] = {}
        several: dict[str, list[CaseFact]] = {}
        for case in self.in_scope:  # one pass; only people with several cases are sorted
            person = case.person
            found = first.get(person)
            if found is None:
                first[person] = case
            elif person in several:
                several[person].append(case)
            else:
                several[person] = [found, case]
        self.several = {key: tuple(sorted(cases, key=_order)) for key, cases in several.items()}
        for key, cases in self.several.items():
            first[key] = cases[0]
        self.persons = first

    def codes_of(self, person: str) -> tuple[str, ...]:
        """A person's case codes in scope, earliest first (what drill-down lists)."""
        found = self.several.get(person)
        return (self.persons[person].code,) if found is None else tuple(c.code for c in found)

    def is_new(self, person: CaseFact) -> bool:
        """The person's earliest case in scope was opened in the period."""
        return self.start is None or person.opened_on >= self.start

    def person_of(self, case: CaseFact) -> CaseFact:
        """The person behind a record's case, as their earliest case in scope. One not
        assisted in the period (or filtered out by project) is given by their earliest case
        among the facts (whose age at intake is then theirs)."""
        found = self.persons.get(case.person)
        if found is not None:
            return found
        if not self._earliest:
            for other in sorted(self.facts.cases, key=_order, reverse=True):
                self._earliest[other.person] = other
        return self._earliest[case.person]

    def records(
        self, items: Iterable[RecordT], project: Callable[[RecordT], str | None] | None = None
    ) -> Iterator[tuple[int, RecordT, CaseFact]]:
        """Records (numbered) whose case is known, counted and passes the filter. A record's
        own project, when it has one, decides the project filter; the period is the caller's,
        since each kind of record has its own deciding date."""
        by_code, withdrawn, matches = self.by_code, self.withdrawn, self.matches
        filtered = self.filtered
        for index, item in enumerate(items):
            case = by_code.get(item.case)
            if case is None or case.person in withdrawn:
                continue
            if filtered:
                own = project(item) if project is not None else None
                if not matches(case, own if own is not None else case.project):
                    continue
            yield index, item, case

"""Which facts a statistics filter keeps, and who counts as a person assisted in the period.

Definitions (docs/statistics.md):
- a person is assisted in the period when one of their cases was open at any time in it
  (opened on or before the last day, and not closed before the first day);
- a person who withdrew consent to be counted on any of their cases is left out of every
  table, with all their cases and records; the cases in scope so left out are counted;
- a person's age is the age at intake of their earliest case in the period (cases ordered
  by opening date, then code); sex, category and district are the person's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter
from typing import NamedTuple, Protocol, TypeVar

from ajo_cases.domain.ages import ADULT_AGE, CHILD_ADULT_BANDS
from ajo_cases.domain.stats_model import CaseFact, StatsFacts, StatsFilter

UNKNOWN = "unknown"  # row or column code for a missing value (age, district)


class _OnACase(Protocol):
    @property
    def case(self) -> str: ...


RecordT = TypeVar("RecordT", bound=_OnACase)


class Person(NamedTuple):
    key: str
    sex: str
    category: str
    district: str | None
    age: int | None  # age at intake of the earliest case in the period
    age_group: str  # "0-17", "18+" or "unknown"
    cases: tuple[CaseFact, ...]  # the person's cases in scope, earliest first (may be empty)
    codes: tuple[str, ...]  # their case codes
    new: bool  # the earliest case in scope was opened in the period


_GROUPS: dict[int | None, str] = {None: UNKNOWN}
_GROUPS.update((years, CHILD_ADULT_BANDS.band_of(years)) for years in range(ADULT_AGE + 1))


def age_group(age: int | None) -> str:
    """ "0-17", "18+" or "unknown"."""
    found = _GROUPS.get(age)
    if found is None:
        found = CHILD_ADULT_BANDS.band_of(max(age or 0, 0))
    return found


# a case's place in a person's history: opening date, then code (C-level sort key)
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
    persons: dict[str, Person] = field(init=False)
    _earliest: dict[str, CaseFact] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.start, self.end = self.flt.date_from, self.flt.date_to or self.today
        self.by_code = {case.code: case for case in self.facts.cases}
        self.withdrawn = frozenset(c.person for c in self.facts.cases if not c.counted)
        candidates = [
            case
            for case in self.facts.cases
            if self.open_in_period(case) and self.matches(case, case.project)
        ]
        self.in_scope = [c for c in candidates if c.person not in self.withdrawn]
        self.excluded = [c for c in candidates if c.person in self.withdrawn]
        self.persons = self._persons()

    def in_period(self, day: date | None) -> bool:
        return day is not None and (self.start is None or self.start <= day) and day <= self.end

    def open_in_period(self, case: CaseFact) -> bool:
        if case.opened_on > self.end:
            return False
        return self.start is None or case.closed_on is None or case.closed_on >= self.start

    def matches(self, case: CaseFact, project: str | None) -> bool:
        """The filter's project, district and category (the record's project if it has one)."""
        flt = self.flt
        return (
            (flt.project is None or project == flt.project)
            and (flt.district is None or case.district == flt.district)
            and (flt.category is None or case.category == flt.category)
        )

    def _persons(self) -> dict[str, Person]:
        groups: dict[str, list[CaseFact]] = {}
        for case in sorted(self.in_scope, key=_order):
            found = groups.get(case.person)
            if found is None:
                groups[case.person] = [case]
            else:
                found.append(case)
        start = self.start
        out: dict[str, Person] = {}
        for key, cases in groups.items():
            first = cases[0]
            new = start is None or first.opened_on >= start
            codes = (first.code,) if len(cases) == 1 else tuple(c.code for c in cases)
            out[key] = Person(key, first.sex, first.category, first.district, first.age,
                              age_group(first.age), tuple(cases), codes, new)  # fmt: skip
        return out

    def person_of(self, case: CaseFact) -> Person:
        """The person behind a record's case. One not assisted in the period (or filtered out
        by project) gets the age at intake of their earliest case among the facts."""
        found = self.persons.get(case.person)
        if found is not None:
            return found
        if not self._earliest:
            for other in sorted(self.facts.cases, key=_order, reverse=True):
                self._earliest[other.person] = other
        first = self._earliest[case.person]
        return Person(first.person, first.sex, first.category, first.district, first.age,
                      age_group(first.age), (), (), new=False)  # fmt: skip

    def records(
        self, items: Iterable[RecordT], project: Callable[[RecordT], str | None] | None = None
    ) -> Iterator[tuple[int, RecordT, CaseFact]]:
        """Records (numbered) whose case is known, counted and passes the filter. A record's
        own project, when it has one, decides the project filter; the period is the caller's,
        since each kind of record has its own deciding date."""
        by_code, withdrawn, matches = self.by_code, self.withdrawn, self.matches
        for index, item in enumerate(items):
            case = by_code.get(item.case)
            if case is None or case.person in withdrawn:
                continue
            own = project(item) if project is not None else None
            if matches(case, own if own is not None else case.project):
                yield index, item, case

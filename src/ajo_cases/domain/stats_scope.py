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

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import compress
from operator import attrgetter, itemgetter, not_
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


# sex_age_column for the sexes and ages people have, looked up in C: (sex, age) -> column
SEX_AGE_COLUMNS: dict[tuple[str, int | None], str] = {
    (sex.value, age): sex_age_column(sex.value, age) for sex in Sex for age in _GROUPS
}


# a case's place in a person's history: opening date, then code
_order: Callable[[CaseFact], tuple[date, str]] = itemgetter(6, 0)  # (opened_on, code)
_person = itemgetter(1)
_case_of = attrgetter("case")  # a record's case code


@dataclass
class Scope:
    """The facts seen through one filter, with the period resolved against `today`.

    At 100,000 cases a year has ~52,000 cases and the work is bound by memory: the passes
    over them are few, each one comprehension or a map in C."""

    facts: StatsFacts
    flt: StatsFilter
    today: date
    start: date | None = field(init=False)
    end: date = field(init=False)
    withdrawn: frozenset[str] = field(init=False)  # person keys
    counted: dict[str, CaseFact] = field(init=False)  # by code, but the withdrawn persons'
    excluded: list[CaseFact] = field(init=False)  # cases in scope left out (consent)
    # the persons assisted in the period: person key -> their earliest case in scope
    persons: dict[str, CaseFact] = field(init=False)
    # persons with several cases in scope: all of them, earliest first
    several: dict[str, tuple[CaseFact, ...]] = field(init=False)
    # persons with a counted case that does not stand for them (person_of gives another):
    # a case outside the scope, or several in it. Anyone else has one counted case.
    mixed: frozenset[str] = field(init=False)
    _outside: list[CaseFact] = field(init=False)  # counted cases not in scope
    _earliest: dict[str, CaseFact] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.start, self.end = self.flt.date_from, self.flt.date_to or self.today
        cases = self.facts.cases
        self.withdrawn = withdrawn = frozenset([c.person for c in cases if not c.counted])
        self.counted = {case.code: case for case in cases}
        inside = self._in_scope(cases)
        self._group_by_person(list(compress(cases, inside)))
        outside = list(compress(cases, map(not_, inside)))
        self.excluded = []
        if withdrawn:  # left out of everything, with all their cases
            self.excluded = self._leave_out(withdrawn)
            gone = list(map(withdrawn.__contains__, map(_person, outside)))
            for case in (*self.excluded, *compress(outside, gone)):
                self.counted.pop(case.code, None)
            outside = list(compress(outside, map(not_, gone)))
        self._outside = outside
        self.mixed = frozenset(map(_person, outside)).union(self.several)

    def _leave_out(self, withdrawn: frozenset[str]) -> list[CaseFact]:
        """Takes the persons who withdrew consent out of the persons; their cases in scope."""
        excluded: list[CaseFact] = []
        for key in withdrawn:
            first = self.persons.pop(key, None)
            if first is not None:
                excluded.extend(self.several.pop(key, (first,)))
        return excluded

    def _in_scope(self, cases: Sequence[CaseFact]) -> list[bool]:
        """For each case: open in the period (opened on or before the last day and not
        closed before the first) and passing the filter."""
        start, end = self.start, self.end
        if start is None:
            inside = [case.opened_on <= end for case in cases]
        else:
            inside = [c.opened_on <= end and (c.closed_on or date.max) >= start for c in cases]
        if self.filtered:
            matches = self.matches
            inside = [ok and matches(c, c.project) for ok, c in zip(inside, cases, strict=True)]
        return inside

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

    def _group_by_person(self, cases: list[CaseFact]) -> None:
        first = {case.person: case for case in cases}  # in order of each one's first case
        self.several = {}
        if len(first) < len(cases):  # some have several cases: only theirs are sorted
            repeated = {key for key, n in Counter(map(_person, cases)).items() if n > 1}
            several: dict[str, list[CaseFact]] = defaultdict(list)
            for case in compress(cases, map(repeated.__contains__, map(_person, cases))):
                several[case.person].append(case)
            self.several = {key: tuple(sorted(found, key=_order)) for key, found in several.items()}
            for key, found in self.several.items():
                first[key] = found[0]
        self.persons = first

    def codes_of(self, person: str) -> tuple[str, ...]:
        """A person's case codes in scope, earliest first (what drill-down lists)."""
        found = self.several.get(person)
        return (self.persons[person].code,) if found is None else tuple(c.code for c in found)

    def is_new(self, person: CaseFact) -> bool:
        """The person's earliest case in scope was opened in the period."""
        return self.start is None or person.opened_on >= self.start

    def person_of(self, case: CaseFact) -> CaseFact:
        """The person behind a counted case, as their earliest case in scope. One not
        assisted in the period (or filtered out by project) is given by their earliest case
        among the facts (whose age at intake is then theirs)."""
        found = self.persons.get(case.person)
        if found is not None:
            return found
        if not self._earliest:  # all their counted cases are outside the scope: a few
            persons, outside = self.persons, self._outside
            cases = compress(outside, map(not_, map(persons.__contains__, map(_person, outside))))
            ordered = sorted(cases, key=_order, reverse=True)  # the earliest is set last
            self._earliest = dict(zip(map(_person, ordered), ordered, strict=True))
        return self._earliest[case.person]

    def kept(
        self, items: Sequence[RecordT], project: Callable[[RecordT], str | None] | None = None
    ) -> tuple[list[RecordT], list[CaseFact]]:
        """What records() yields, as two lists (records, their cases), without numbers: in
        C when nothing is filtered, as tens of thousands of services are."""
        if self.filtered:
            pairs = [(item, case) for _, item, case in self.records(items, project)]
            return [item for item, _ in pairs], [case for _, case in pairs]
        cases = list(map(self.counted.get, map(_case_of, items)))
        return list(compress(items, cases)), list(filter(None, cases))  # a case is never empty

    def records(
        self, items: Iterable[RecordT], project: Callable[[RecordT], str | None] | None = None
    ) -> Iterator[tuple[int, RecordT, CaseFact]]:
        """Records (numbered) whose case is known, counted and passes the filter. A record's
        own project, when it has one, decides the project filter; the period is the caller's,
        since each kind of record has its own deciding date."""
        counted, matches, filtered = self.counted, self.matches, self.filtered
        for index, item in enumerate(items):
            case = counted.get(item.case)
            if case is None:
                continue
            if filtered:
                own = project(item) if project is not None else None
                if not matches(case, own if own is not None else case.project):
                    continue
            yield index, item, case

"""The fast path of compute() for the persons tables: tallied without the contributions
(row, column, key, value, case codes) drill-down needs.

At 100,000 cases a year has ~51,000 persons. Each tally gives what
stats_tables.tally_contributions makes of the matching source in statistics.py (the property
tests in tests/domain/test_statistics.py compare both on random facts). The counting runs in
C (Counter over map and zip): Python only visits the few hundred distinct combinations.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection
from itertools import compress
from operator import itemgetter

from ajo_cases.domain.ages import AgeBands
from ajo_cases.domain.stats_model import CaseFact
from ajo_cases.domain.stats_scope import UNKNOWN, Scope, sex_age_column
from ajo_cases.domain.stats_tables import Cell, Tally

# fields of CaseFact, read in C
_CATEGORY_SEX_AGE, _DISTRICT_SEX = itemgetter(3, 2, 5), itemgetter(4, 2)
_KINDS, _KINDS_SEX = itemgetter(9), itemgetter(9, 2)
_COUNTRY, _COUNTRY_SEX = itemgetter(10), itemgetter(10, 2)


def band_lookup(bands: AgeBands) -> Callable[[int | None], str]:
    """An age's band, looked up in a table for the ages people have."""
    known: dict[int | None, str] = {years: bands.band_of(years) for years in range(151)}
    known[None] = UNKNOWN
    return lambda age: known.get(age) or bands.band_of(age or 0)


def _once(cells: Counter[Cell]) -> Tally:
    return Tally({row for row, _ in cells}, cells, Counter())


def once_tallies(scope: Scope) -> dict[str, Tally]:
    """persons_by_category, _by_age_band, _new_continuing and _by_district: each person
    (their earliest case in scope) once, so every cell is a plain count."""
    people = scope.persons.values()
    band_of, start = band_lookup(scope.flt.age_bands), scope.start
    category: Counter[Cell] = Counter()
    band: Counter[Cell] = Counter()
    sexes: Counter[str] = Counter()
    for (kind, sex, age), count in Counter(map(_CATEGORY_SEX_AGE, people)).items():
        category[(kind, sex_age_column(sex, age))] += count
        band[(band_of(age), sex)] += count
        sexes[sex] += count
    district: Counter[Cell] = Counter()
    for (home, sex), count in Counter(map(_DISTRICT_SEX, people)).items():
        district[(home or UNKNOWN, sex)] += count
    # continuing: the earliest case in scope was opened before the period
    before = Counter([p.sex for p in people if p.opened_on < start] if start is not None else [])
    new: Counter[Cell] = Counter()
    for sex, count in sexes.items():
        if count > before[sex]:
            new[("new", sex)] = count - before[sex]
        if before[sex]:
            new[("continuing", sex)] = before[sex]
    return {
        "persons_by_category": _once(category),
        "persons_by_age_band": _once(band),
        "persons_new_continuing": _once(new),
        "persons_by_district": _once(district),
    }


class _Overlapping:
    """A table where a person counts once in each row that applies (column: their sex)."""

    def __init__(self) -> None:
        self.cells: Counter[Cell] = Counter()
        self.columns: Counter[str] = Counter()
        self.persons = 0

    def add(self, rows: Collection[str], sex: str, count: int = 1) -> None:
        """`count` persons of one sex, each in every one of `rows` (distinct; none: not counted)."""
        if not rows:
            return
        for row in rows:
            self.cells[(row, sex)] += count
        self.columns[sex] += count
        self.persons += count

    def tally(self) -> Tally:
        return Tally({row for row, _ in self.cells}, self.cells, self.columns, self.persons)


def overlapping_tallies(scope: Scope) -> dict[str, Tally]:
    """Exploitation types and countries: each person once in each that applies. Persons
    with one case in scope are counted by their distinct (types, sex) and (country, sex)."""
    kinds, countries = _Overlapping(), _Overlapping()
    several = scope.several
    single: Collection[CaseFact] = scope.persons.values()
    if several:
        single = [person for person in single if person.person not in several]
    with_kinds = compress(single, map(_KINDS, single))  # most have none recorded
    for (found, sex), count in Counter(map(_KINDS_SEX, with_kinds)).items():
        kinds.add(set(found), sex, count)
    with_country = compress(single, map(_COUNTRY, single))
    for (country, sex), count in Counter(map(_COUNTRY_SEX, with_country)).items():
        countries.add((country,), sex, count)
    for key, cases in several.items():
        sex = scope.persons[key].sex
        kinds.add({kind for case in cases for kind in case.exploitation_types}, sex)
        countries.add({case.country for case in cases if case.country}, sex)
    return {"persons_by_exploitation": kinds.tally(), "persons_by_country": countries.tally()}

"""The fast path of compute(): the tables with many entries tallied in tight passes, without
the contributions (row, column, key, value, case codes) drill-down needs.

At 100,000 cases a year has ~50,000 persons, ~40,000 services and ~14,000 referrals. Each
tally here gives what stats_tables.build_table makes of the matching source in statistics.py
(the property test in tests/domain/test_statistics.py compares both on random facts):
- the four tables where each person counts once are read off one Counter of person profiles
  (category, sex, age, district, new), counted in C: a few thousand distinct profiles;
- services, exploitation types and countries in one loop each, a person's column looked up
  once per person;
- referrals as a Counter of (partner type, outcome).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Hashable
from datetime import date
from operator import attrgetter

from ajo_cases.domain.ages import AgeBands
from ajo_cases.domain.stats_scope import UNKNOWN, Scope, sex_age_column
from ajo_cases.domain.stats_tables import REFERRAL_OUTCOMES, Cell, Tally

_PROFILE = attrgetter("category", "sex", "age", "district")


def band_lookup(bands: AgeBands) -> Callable[[int | None], str]:
    """An age's band, looked up in a table for the ages people have."""
    known: dict[int | None, str] = {years: bands.band_of(years) for years in range(151)}
    known[None] = UNKNOWN
    return lambda age: known.get(age) or bands.band_of(age or 0)


def once_tallies(scope: Scope) -> dict[str, Tally]:
    """persons_by_category, _by_age_band, _new_continuing and _by_district."""
    people = scope.persons.values()
    start = scope.start
    news = [start is None or p.opened_on >= start for p in people]
    profiles = Counter(zip(map(_PROFILE, people), news, strict=True))
    band_of = band_lookup(scope.flt.age_bands)
    category: Counter[Cell] = Counter()
    band: Counter[Cell] = Counter()
    new: Counter[Cell] = Counter()
    district: Counter[Cell] = Counter()
    for ((kind, sex, age, home), is_new), count in profiles.items():
        category[(kind, sex_age_column(sex, age))] += count
        band[(band_of(age), sex)] += count
        new[("new" if is_new else "continuing", sex)] += count
        district[(home or UNKNOWN, sex)] += count
    return {
        name: ({row for row, _ in counts}, counts, {})
        for name, counts in (
            ("persons_by_category", category),
            ("persons_by_age_band", band),
            ("persons_new_continuing", new),
            ("persons_by_district", district),
        )
    }


def overlapping_tallies(scope: Scope) -> dict[str, Tally]:
    """Exploitation types and countries: each person once in each that applies."""
    kinds: dict[Cell, set[Hashable]] = defaultdict(set)
    countries: dict[Cell, set[Hashable]] = defaultdict(set)
    several = scope.several
    for key, person in scope.persons.items():
        if key in several:
            continue
        sex = person.sex
        for kind in person.exploitation_types:
            kinds[(kind, sex)].add(key)
        if person.country:
            countries[(person.country, sex)].add(key)
    for key, cases in several.items():
        sex = scope.persons[key].sex
        for case in cases:
            for kind in case.exploitation_types:
                kinds[(kind, sex)].add(key)
            if case.country:
                countries[(case.country, sex)].add(key)
    return {
        "persons_by_exploitation": ({row for row, _ in kinds}, Counter(), kinds),
        "persons_by_country": ({row for row, _ in countries}, Counter(), countries),
    }


def assistance_tallies(scope: Scope) -> dict[str, Tally]:
    """assistance_persons and assistance_services: the services given in the period whose
    case is counted and passes the filter (the service's own project before its case's)."""
    persons: dict[Cell, set[Hashable]] = defaultdict(set)
    services: Counter[str] = Counter()
    costs: Counter[str] = Counter()
    by_code, withdrawn, people = scope.by_code, scope.withdrawn, scope.persons
    filtered, matches, person_of = scope.filtered, scope.matches, scope.person_of
    start, end = scope.start or date.min, scope.end
    column_of: dict[str, str] = {}  # person key -> sex and age group
    for item in scope.facts.assistance:
        given = item.given_on
        if given > end or given < start:
            continue
        case = by_code.get(item.case)
        if case is None:
            continue
        key = case.person
        if key in withdrawn:
            continue
        if filtered:
            own = item.project
            if not matches(case, own if own is not None else case.project):
                continue
        column = column_of.get(key)
        if column is None:
            person = people.get(key) or person_of(case)
            column = column_of[key] = sex_age_column(person.sex, person.age)
        kind = item.type
        persons[(kind, column)].add(key)
        services[kind] += 1
        costs[kind] += item.cost_minor or 0
    sums: Counter[Cell] = Counter()
    for kind, count in services.items():
        sums[(kind, "services")] = count
        sums[(kind, "cost")] = costs[kind]
    return {
        "assistance_persons": (set(services), Counter(), persons),
        "assistance_services": (set(services), sums, {}),
    }


def referral_tally(scope: Scope) -> Tally:
    """Referrals sent in the period, by partner type and current status."""
    by_code, withdrawn, filtered, matches = (
        scope.by_code, scope.withdrawn, scope.filtered, scope.matches
    )  # fmt: skip
    start, end = scope.start or date.min, scope.end
    outcomes = set(REFERRAL_OUTCOMES)
    sums: Counter[Cell] = Counter()
    for item in scope.facts.referrals:
        sent = item.sent_on
        if sent is None or sent > end or sent < start or item.status not in outcomes:
            continue
        case = by_code.get(item.case)
        if case is None or case.person in withdrawn:
            continue
        if filtered and not matches(case, case.project):
            continue
        sums[(item.partner_type, item.status)] += 1
    return {row for row, _ in sums}, sums, {}

"""The statistics engine: pseudonymous facts and a filter in, named tables out (pure stdlib).

Every table has a source that yields contributions (row, column, key, value, case codes); a
cell counts distinct keys (persons) or sums values (records, money, bed-nights), and the
same contributions answer drill-down: which case codes stand behind a number. compute()
tallies the tables with many entries without them (stats_tally.py for persons,
stats_tally_records.py for services, referrals and grants) and builds the shelter and
activities tables from their contributions. Definitions of every figure:
docs/statistics.md, stats_scope.py.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from operator import attrgetter

from ajo_cases.domain.shelter import Stay, bed_nights
from ajo_cases.domain.stats_model import (
    TOTAL,
    AssistanceFact,
    CaseFact,
    StatsFacts,
    StatsFilter,
    StatsReport,
)
from ajo_cases.domain.stats_scope import UNKNOWN, Scope, sex_and_group
from ajo_cases.domain.stats_tables import (
    NOT_APPROVED,
    ONCE_TABLES,
    REFERRAL_OUTCOMES,
    TABLE_NAMES,
    Contribution,
    Tally,
    make_table,
)
from ajo_cases.domain.stats_tables import SPECS as SPECS
from ajo_cases.domain.stats_tables import build_table as build_table
from ajo_cases.domain.stats_tally import band_lookup, once_tallies, overlapping_tallies
from ajo_cases.domain.stats_tally_records import assistance_tallies, grant_tally, referral_tally

Of = Callable[[CaseFact], str]  # a person's row or column, from their earliest case in scope


def _once_cells(scope: Scope) -> dict[str, tuple[Of, Of]]:
    """Tables where every person in scope counts exactly once, and how to find the row and
    column a person falls in, for drill-down (each person with their case codes); compute()
    counts the same cells from person profiles (stats_tally.once_tallies)."""
    band_of, is_new = band_lookup(scope.flt.age_bands), scope.is_new
    sex: Of = attrgetter("sex")
    return {
        "persons_by_category": (attrgetter("category"), sex_and_group),
        "persons_by_age_band": (lambda person: band_of(person.age), sex),
        "persons_new_continuing": (lambda p: "new" if is_new(p) else "continuing", sex),
        "persons_by_district": (lambda person: person.district or UNKNOWN, sex),
    }


def _once_contributions(scope: Scope) -> dict[str, list[Contribution]]:
    """The once tables' contributions, for drill-down (each person with their case codes)."""
    people, codes_of = list(scope.persons.values()), scope.codes_of
    return {
        name: [(row(p), column(p), p.person, 1, codes_of(p.person)) for p in people]
        for name, (row, column) in _once_cells(scope).items()
    }


def _overlapping_persons(scope: Scope) -> dict[str, list[Contribution]]:
    """Exploitation types and countries: a person counts once in each that applies."""
    by_kind: list[Contribution] = []
    by_country: list[Contribution] = []
    several = scope.several
    for key, case in scope.persons.items():
        sex = case.sex
        if key not in several:
            codes = (case.code,)
            for kind in case.exploitation_types:
                by_kind.append((kind, sex, key, 1, codes))
            if case.country:
                by_country.append((case.country, sex, key, 1, codes))
            continue
        kinds: dict[str, list[str]] = defaultdict(list)
        countries: dict[str, list[str]] = defaultdict(list)
        for one in several[key]:
            for kind in one.exploitation_types:
                kinds[kind].append(one.code)
            if one.country:
                countries[one.country].append(one.code)
        by_kind.extend((kind, sex, key, 1, tuple(found)) for kind, found in kinds.items())
        by_country.extend((land, sex, key, 1, tuple(found)) for land, found in countries.items())
    return {"persons_by_exploitation": by_kind, "persons_by_country": by_country}


def _services(scope: Scope) -> Iterator[tuple[int, AssistanceFact, CaseFact, CaseFact]]:
    """Services given in the period that count: (number, service, case, the person)."""
    persons, person_of, start, end = scope.persons, scope.person_of, scope.start, scope.end
    for index, item, case in scope.records(scope.facts.assistance, attrgetter("project")):
        given = item.given_on
        if given > end or (start is not None and given < start):
            continue
        yield index, item, case, persons.get(case.person) or person_of(case)


def _assistance(scope: Scope) -> dict[str, list[Contribution]]:
    by_person: list[Contribution] = []
    services: list[Contribution] = []
    for index, item, case, person in _services(scope):
        codes = (case.code,)
        # one column per person (sex and age group): the rows add up
        by_person.append((item.type, sex_and_group(person), person.person, 1, codes))
        services.append((item.type, "services", index, 1, codes))
        services.append((item.type, "cost", index, item.cost_minor or 0, codes))
    return {"assistance_persons": by_person, "assistance_services": services}


def _referrals(scope: Scope) -> Iterator[Contribution]:
    for index, item, case in scope.records(scope.facts.referrals):
        if scope.in_period(item.sent_on) and item.status in REFERRAL_OUTCOMES:
            yield item.partner_type, item.status, index, 1, (case.code,)


def _grants(scope: Scope) -> Iterator[Contribution]:
    for index, grant, case in scope.records(scope.facts.grants, lambda item: item.project):
        row, codes = grant.sector, (case.code,)
        if scope.in_period(grant.decided_on) and grant.status not in NOT_APPROVED:
            yield row, "approved", index, 1, codes
            yield row, "approved_amount", index, grant.approved_minor or 0, codes
        if scope.in_period(grant.handed_over_on):
            yield row, "handed_over", index, 1, codes
            yield row, "handed_over_amount", index, grant.handed_over_minor, codes
        visits = [visit for visit in grant.visits if visit[0] <= scope.end]
        if visits and grant.handed_over_on is not None and grant.handed_over_on <= scope.end:
            last_on, running = max(visits)
            if scope.in_period(last_on):
                yield row, "monitored", index, 1, codes
                if running:
                    yield row, "running", index, 1, codes


def _shelter(scope: Scope) -> Iterator[Contribution]:
    first = scope.start or date.min
    for index, stay, case in scope.records(scope.facts.stays):
        nights = bed_nights(Stay(stay.admitted, stay.discharged, "-"), first, scope.end,
                            today=scope.today)  # fmt: skip
        admitted = scope.in_period(stay.admitted)
        if not (nights or admitted):
            continue
        person, codes = scope.person_of(case), (case.code,)
        if admitted:
            yield person.sex, "admissions", index, 1, codes
        yield person.sex, "persons", person.person, 1, codes
        yield person.sex, "bed_nights", index, nights, codes


def _activities(scope: Scope) -> Iterator[Contribution]:
    flt = scope.flt
    for index, item in enumerate(scope.facts.activities):
        if not scope.in_period(item.held_on):
            continue
        if (flt.project is not None and item.project != flt.project) or (
            flt.district is not None and item.district != flt.district
        ):
            continue
        yield item.kind, "activities", index, 1, ()
        counts = {"women": item.women, "men": item.men, "girls": item.girls, "boys": item.boys}
        for column, count in counts.items():
            yield item.kind, column, index, count, ()
        yield item.kind, "participants", index, sum(counts.values()), ()


def _sources(scope: Scope) -> dict[str, Callable[[], Iterable[Contribution]]]:
    """Each table's contributions, made on demand; tables made together are made once."""
    made: dict[str, list[Contribution]] = {}

    def part_of(
        build: Callable[[Scope], dict[str, list[Contribution]]], name: str
    ) -> Callable[[], list[Contribution]]:
        def source() -> list[Contribution]:
            if name not in made:
                made.update(build(scope))
            return made[name]

        return source

    together = (_once_contributions, _overlapping_persons, _assistance)
    sources: dict[str, Callable[[], Iterable[Contribution]]] = {
        name: part_of(build, name) for build in together for name in _MADE_BY[build]
    }
    sources["referrals"] = lambda: _referrals(scope)
    sources["grants_by_sector"] = lambda: _grants(scope)
    sources["shelter"] = lambda: _shelter(scope)
    sources["activities"] = lambda: _activities(scope)
    return sources


_MADE_BY: dict[Callable[[Scope], dict[str, list[Contribution]]], tuple[str, ...]] = {
    _once_contributions: ONCE_TABLES,
    _overlapping_persons: ("persons_by_exploitation", "persons_by_country"),
    _assistance: ("assistance_persons", "assistance_services"),
}


def compute(facts: StatsFacts, flt: StatsFilter, *, today: date) -> StatsReport:
    """All tables, exact (suppression is domain.suppression.protect_report)."""
    scope = Scope(facts, flt, today)
    sources = _sources(scope)
    tallied: dict[str, Tally] = {
        **once_tallies(scope),
        **overlapping_tallies(scope),
        **assistance_tallies(scope),
        "referrals": referral_tally(scope),
        "grants_by_sector": grant_tally(scope),
    }
    tables = tuple(
        make_table(spec, flt, tallied[spec.name])
        if spec.name in tallied
        else build_table(spec, flt, sources[spec.name]())
        for spec in SPECS
    )
    return StatsReport(
        filter=flt, period_start=scope.start, period_end=scope.end, tables=tables,
        excluded_cases=len(scope.excluded),
        excluded_persons=len({case.person for case in scope.excluded}),
    )  # fmt: skip


def contributing_cases(
    facts: StatsFacts, flt: StatsFilter, table: str, row: str, column: str, *, today: date
) -> list[str]:
    """Case codes behind one number of a table (row or column TOTAL for a total), sorted."""
    if table not in TABLE_NAMES:
        raise KeyError(table)
    spec = SPECS[TABLE_NAMES.index(table)]
    if column != TOTAL and column not in {col.code for col in spec.columns}:
        raise KeyError(column)
    codes: set[str] = set()
    for item_row, item_column, _key, value, found in contributions(facts, flt, table, today=today):
        if (row in (TOTAL, item_row)) and (column in (TOTAL, item_column)) and value:
            codes.update(found)
    return sorted(codes)


def contributions(
    facts: StatsFacts, flt: StatsFilter, table: str, *, today: date
) -> list[Contribution]:
    """Everything that adds to one table, with the case codes behind it; build_table over
    them gives the table compute() gives (compute counts the persons tables faster)."""
    return list(_sources(Scope(facts, flt, today))[table]())

"""The statistics engine: pseudonymous facts and a filter in, named tables out (pure stdlib).

Every table is built the same way: its source yields contributions (row, column, key, value,
case codes), and a cell counts distinct keys (persons) or sums values (records, money,
bed-nights). The same contributions answer drill-down: which case codes stand behind a
number. Definitions of every figure are in docs/statistics.md and stats_scope.py.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from operator import attrgetter, itemgetter

from ajo_cases.domain.ages import CHILD_ADULT_BANDS, AgeBands
from ajo_cases.domain.records_casework import ACTIVITY_KINDS
from ajo_cases.domain.shelter import Stay, bed_nights
from ajo_cases.domain.stats_model import (
    TOTAL,
    AssistanceFact,
    CaseFact,
    Column,
    Measure,
    StatsFacts,
    StatsFilter,
    StatsReport,
    Table,
)
from ajo_cases.domain.stats_scope import UNKNOWN, Scope, sex_and_group
from ajo_cases.domain.vocab import (
    AssistanceType,
    BeneficiaryCategory,
    District,
    ExploitationType,
    GrantSector,
    GrantStatus,
    PartnerType,
    Sex,
)

# (row, column, key, value, case codes); a key is a person key or a record's own number
Contribution = tuple[str, str, Hashable, int, tuple[str, ...]]
Cell = tuple[str, str]  # (row, column)
Tally = tuple[set[str], Counter[Cell], dict[Cell, set[Hashable]]]  # rows met, sums, persons
SEXES = tuple(sex.value for sex in Sex)
AGE_GROUPS = (*CHILD_ADULT_BANDS.labels, UNKNOWN)  # "0-17", "18+", "unknown"
SEX_AGE = tuple(f"{sex}.{group}" for sex in SEXES for group in AGE_GROUPS)
REFERRAL_OUTCOMES = ("sent", "accepted", "declined", "completed", "withdrawn")
_NOT_APPROVED = {GrantStatus.PLAN.value, GrantStatus.SUBMITTED.value, GrantStatus.REJECTED.value}


@dataclass(frozen=True, slots=True)
class TableSpec:
    name: str
    rows: tuple[str, ...]  # fixed rows, in order; values met in the data are added sorted
    columns: tuple[Column, ...]
    row_totals: bool = True  # only when every column has the same measure
    overlapping: bool = False
    protect: bool = True
    once: bool = False  # each person contributes exactly once: persons are plain counts


def _columns(codes: Iterable[str], measure: Measure) -> tuple[Column, ...]:
    return tuple(Column(code, measure) for code in codes)


def _codes(vocabulary: Iterable[object]) -> tuple[str, ...]:
    return tuple(str(item) for item in vocabulary)


SPECS: tuple[TableSpec, ...] = (
    TableSpec("persons_by_category", _codes(BeneficiaryCategory),
              _columns(SEX_AGE, Measure.PERSONS), once=True),
    TableSpec("persons_by_age_band", (), _columns(SEXES, Measure.PERSONS), once=True),
    TableSpec("persons_new_continuing", ("new", "continuing"),
              _columns(SEXES, Measure.PERSONS), once=True),
    TableSpec("persons_by_district", (*_codes(District), UNKNOWN),
              _columns(SEXES, Measure.PERSONS), once=True),
    TableSpec("persons_by_exploitation", _codes(ExploitationType),
              _columns(SEXES, Measure.PERSONS), overlapping=True),
    TableSpec("persons_by_country", (), _columns(SEXES, Measure.PERSONS), overlapping=True),
    TableSpec("assistance_persons", _codes(AssistanceType),
              _columns(SEX_AGE, Measure.PERSONS), overlapping=True),
    TableSpec("assistance_services", _codes(AssistanceType),
              (Column("services", Measure.COUNT), Column("cost", Measure.AMOUNT)),
              row_totals=False),
    TableSpec("referrals", _codes(PartnerType), _columns(REFERRAL_OUTCOMES, Measure.COUNT)),
    TableSpec("grants_by_sector", _codes(GrantSector), (
        Column("approved", Measure.COUNT), Column("approved_amount", Measure.AMOUNT),
        Column("handed_over", Measure.COUNT), Column("handed_over_amount", Measure.AMOUNT),
        Column("monitored", Measure.COUNT), Column("running", Measure.COUNT),
    ), row_totals=False),
    TableSpec("shelter", SEXES, (
        Column("admissions", Measure.COUNT), Column("persons", Measure.PERSONS),
        Column("bed_nights", Measure.NIGHTS),
    ), row_totals=False),
    TableSpec("activities", ACTIVITY_KINDS, (
        Column("activities", Measure.COUNT),
        *_columns(("women", "men", "girls", "boys", "participants"), Measure.PARTICIPANTS),
    ), row_totals=False, protect=False),
)  # fmt: skip
TABLE_NAMES = tuple(spec.name for spec in SPECS)


Of = Callable[[CaseFact], str]  # a person's row or column, from their earliest case in scope
ONCE_TABLES = ("persons_by_category", "persons_by_age_band", "persons_new_continuing",
               "persons_by_district")  # fmt: skip


def _once_cells(scope: Scope) -> dict[str, tuple[Of, Of]]:
    """Tables where every person in scope counts exactly once, and how to find the row and
    column a person falls in. compute() counts (row, column) pairs with C loops (~50,000
    persons at 100,000 cases); drill-down lists the same cells with each person's codes."""
    band_of, is_new = _band_of(scope.flt.age_bands), scope.is_new
    sex: Of = attrgetter("sex")
    return {
        "persons_by_category": (attrgetter("category"), sex_and_group),
        "persons_by_age_band": (lambda person: band_of(person.age), sex),
        "persons_new_continuing": (lambda p: "new" if is_new(p) else "continuing", sex),
        "persons_by_district": (lambda person: person.district or UNKNOWN, sex),
    }


def _band_of(bands: AgeBands) -> Callable[[int | None], str]:
    known: dict[int | None, str] = {years: bands.band_of(years) for years in range(151)}
    known[None] = UNKNOWN
    return lambda age: known.get(age) or bands.band_of(age or 0)


def _once_counts(scope: Scope) -> dict[str, Counter[Cell]]:
    people = list(scope.persons.values())
    return {
        name: Counter(zip(map(row, people), map(column, people), strict=True))
        for name, (row, column) in _once_cells(scope).items()
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


def _overlapping_tallies(scope: Scope) -> dict[str, Tally]:
    """What build_table makes of _overlapping_persons' contributions, without them."""
    kinds: dict[Cell, set[Hashable]] = defaultdict(set)
    countries: dict[Cell, set[Hashable]] = defaultdict(set)
    several = scope.several
    for key, person in scope.persons.items():
        sex = person.sex
        for case in several.get(key, (person,)):
            for kind in case.exploitation_types:
                kinds[(kind, sex)].add(key)
            if case.country:
                countries[(case.country, sex)].add(key)
    return {
        "persons_by_exploitation": ({row for row, _ in kinds}, Counter(), kinds),
        "persons_by_country": ({row for row, _ in countries}, Counter(), countries),
    }


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


def _assistance_tallies(scope: Scope) -> dict[str, Tally]:
    """What build_table makes of _assistance's contributions, counted in one pass without
    them (~40,000 services a year at 100,000 cases; drill-down still lists contributions)."""
    persons: dict[Cell, set[Hashable]] = defaultdict(set)
    sums: Counter[Cell] = Counter()
    for _index, item, _case, person in _services(scope):
        kind = item.type
        persons[(kind, sex_and_group(person))].add(person.person)
        sums[(kind, "services")] += 1
        sums[(kind, "cost")] += item.cost_minor or 0
    found = {kind for kind, _ in sums}
    return {
        "assistance_persons": (found, Counter(), persons),
        "assistance_services": (found, sums, {}),
    }


def _referrals(scope: Scope) -> Iterator[Contribution]:
    for index, item, case in scope.records(scope.facts.referrals):
        if scope.in_period(item.sent_on) and item.status in REFERRAL_OUTCOMES:
            yield item.partner_type, item.status, index, 1, (case.code,)


def _grants(scope: Scope) -> Iterator[Contribution]:
    for index, grant, case in scope.records(scope.facts.grants, lambda item: item.project):
        row, codes = grant.sector, (case.code,)
        if scope.in_period(grant.decided_on) and grant.status not in _NOT_APPROVED:
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


def _rows(spec: TableSpec, flt: StatsFilter, found: Iterable[str]) -> tuple[str, ...]:
    fixed = spec.rows
    if spec.name == "persons_by_age_band":
        fixed = (*flt.age_bands.labels, UNKNOWN)
    extra = sorted(set(found) - set(fixed))
    return (*fixed, *extra)


def build_table(spec: TableSpec, flt: StatsFilter, contributions: Iterable[Contribution]) -> Table:
    """Cells, totals and the grand total of one table from its contributions."""
    items = contributions if isinstance(contributions, list) else list(contributions)
    distinct = _distinct(spec)
    sums: Counter[Cell] = Counter()
    keys: dict[Cell, set[Hashable]] = defaultdict(set)  # distinct persons per cell
    if spec.once:  # every contribution is one person, once: count (row, column) pairs
        sums.update(map(_CELL, items))
    else:
        for row, column, key, value, _ in items:
            if column in distinct:
                keys[(row, column)].add(key)
            else:
                sums[(row, column)] += value
    return _table(spec, flt, set(map(_ROW, items)), sums, keys)


def _distinct(spec: TableSpec) -> set[str]:
    """Columns counting distinct persons (a person may contribute to several of their cells)."""
    return {c.code for c in spec.columns if c.measure is Measure.PERSONS and not spec.once}


def _table(
    spec: TableSpec,
    flt: StatsFilter,
    found: set[str],
    sums: Counter[Cell],
    keys: Mapping[Cell, set[Hashable]],
) -> Table:
    rows = _rows(spec, flt, found)
    codes = [column.code for column in spec.columns]
    distinct = _distinct(spec)

    def union(entries: Iterable[Cell]) -> int:
        return len(set().union(*(keys.get(entry, ()) for entry in entries)))

    def cell(row: str, column: str) -> int:
        if column in distinct:
            return len(keys.get((row, column), ()))
        return sums[(row, column)]

    cells = tuple(tuple(cell(row, column) for column in codes) for row in rows)
    column_totals = tuple(
        union((row, column) for row in rows)
        if column in distinct
        else sum(line[c] for line in cells)
        for c, column in enumerate(codes)
    )
    row_totals = grand = None
    if spec.row_totals:  # the columns share one measure; a person sits in one column
        row_totals = tuple(sum(line) for line in cells)
        grand = union(keys) if distinct else sum(row_totals)
    return Table(spec.name, rows, spec.columns, cells, row_totals, column_totals, grand,
                 overlapping=spec.overlapping, protect=spec.protect)  # fmt: skip


_ROW = itemgetter(0)
_CELL = itemgetter(0, 1)


def compute(facts: StatsFacts, flt: StatsFilter, *, today: date) -> StatsReport:
    """All tables, exact (suppression is domain.suppression.protect_report)."""
    scope = Scope(facts, flt, today)
    sources = _sources(scope)
    tallied: dict[str, Tally] = {
        name: ({row for row, _ in counts}, counts, {})
        for name, counts in _once_counts(scope).items()
    }
    tallied.update(_overlapping_tallies(scope))
    tallied.update(_assistance_tallies(scope))
    tables = tuple(
        _table(spec, flt, *tallied[spec.name])
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

"""The statistics tables' definitions (rows, columns, measures) and how a table is made from
a Tally: each cell's value (a sum, or distinct persons) and, where a person may sit in
several cells, the distinct persons per column and in all.

The fast tallies (stats_tally.py, stats_tally_records.py) feed make_table directly; the
contributions with their case codes (drill-down, the shelter and activities tables) go
through build_table. Definitions: docs/statistics.md.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from operator import itemgetter
from typing import NamedTuple

from ajo_cases.domain.ages import CHILD_ADULT_BANDS
from ajo_cases.domain.records_casework import ACTIVITY_KINDS
from ajo_cases.domain.stats_model import Column, Measure, StatsFilter, Table
from ajo_cases.domain.stats_scope import UNKNOWN
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
SEXES = tuple(sex.value for sex in Sex)
AGE_GROUPS = (*CHILD_ADULT_BANDS.labels, UNKNOWN)  # "0-17", "18+", "unknown"
SEX_AGE = tuple(f"{sex}.{group}" for sex in SEXES for group in AGE_GROUPS)
REFERRAL_OUTCOMES = ("sent", "accepted", "declined", "completed", "withdrawn")
NOT_APPROVED = frozenset(
    status.value for status in (GrantStatus.PLAN, GrantStatus.SUBMITTED, GrantStatus.REJECTED)
)


class Tally(NamedTuple):
    """What a table is made of. In tables where a person may sit in several cells
    (overlapping), the column totals and the grand total of persons count distinct persons,
    so they are tallied apart from the cells."""

    found: set[str]  # rows met
    cells: Counter[Cell]  # each cell's value: a sum, a count or distinct persons
    column_persons: Counter[str]  # distinct persons per column counting them
    persons: int = 0  # distinct persons in the whole table


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

ONCE_TABLES = ("persons_by_category", "persons_by_age_band", "persons_new_continuing",
               "persons_by_district")  # fmt: skip


def _rows(spec: TableSpec, flt: StatsFilter, found: Iterable[str]) -> tuple[str, ...]:
    fixed = spec.rows
    if spec.name == "persons_by_age_band":
        fixed = (*flt.age_bands.labels, UNKNOWN)
    extra = sorted(set(found) - set(fixed))
    return (*fixed, *extra)


def build_table(spec: TableSpec, flt: StatsFilter, contributions: Iterable[Contribution]) -> Table:
    """Cells, totals and the grand total of one table from its contributions."""
    return make_table(spec, flt, tally_contributions(spec, contributions))


def tally_contributions(spec: TableSpec, contributions: Iterable[Contribution]) -> Tally:
    """What build_table makes a table of: cells summed, or distinct persons per cell."""
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
    by_column: dict[str, set[Hashable]] = defaultdict(set)
    for cell, found in keys.items():
        sums[cell] = len(found)
        by_column[cell[1]].update(found)
    persons = Counter({column: len(found) for column, found in by_column.items()})
    return Tally(set(map(_ROW, items)), sums, persons, len(set().union(*keys.values())))


def _distinct(spec: TableSpec) -> set[str]:
    """Columns counting distinct persons (a person may contribute to several of their cells)."""
    return {c.code for c in spec.columns if c.measure is Measure.PERSONS and not spec.once}


def make_table(spec: TableSpec, flt: StatsFilter, tally: Tally) -> Table:
    rows = _rows(spec, flt, tally.found)
    codes = [column.code for column in spec.columns]
    distinct = _distinct(spec)
    sums = tally.cells
    cells = tuple(tuple(sums[(row, column)] for column in codes) for row in rows)
    column_totals = tuple(
        tally.column_persons[column] if column in distinct else sum(line[c] for line in cells)
        for c, column in enumerate(codes)
    )
    row_totals = grand = None
    if spec.row_totals:  # the columns share one measure; a person sits in one column
        row_totals = tuple(sum(line) for line in cells)
        grand = tally.persons if distinct else sum(row_totals)
    return Table(spec.name, rows, spec.columns, cells, row_totals, column_totals, grand,
                 overlapping=spec.overlapping, protect=spec.protect)  # fmt: skip


_ROW = itemgetter(0)
_CELL = itemgetter(0, 1)

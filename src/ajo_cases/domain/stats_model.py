"""The statistics engine's inputs (pseudonymous facts, a filter) and its output (named tables).

Facts carry only statistical columns: a pseudonymous person key, the case code, codes and
dates. Nothing here can hold a name. Definitions of every figure: docs/statistics.md.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Final, NamedTuple

from ajo_cases.domain.ages import DEFAULT_AGE_BANDS, AgeBands

TOTAL: Final = "total"  # the row or column code that names a total in drill-down


class CaseFact(NamedTuple):
    """One case with its person's statistical attributes (person-level fields repeat).

    Facts are named tuples: a year at 100,000 cases makes tens of thousands of them."""

    code: str  # case code, e.g. SH-2026-0042 (pseudonymous)
    person: str  # pseudonymous person key; two cases of one person share it
    sex: str
    category: str
    district: str | None
    age: int | None  # age at intake of this case
    opened_on: date
    closed_on: date | None = None
    project: str | None = None  # project code
    exploitation_types: tuple[str, ...] = ()
    country: str | None = None  # country of exploitation
    counted: bool = True  # False: the person withdrew consent to be counted


class AssistanceFact(NamedTuple):
    case: str  # case code
    type: str
    given_on: date
    project: str | None = None
    cost_minor: int | None = None


class ReferralFact(NamedTuple):
    case: str
    partner_type: str
    status: str
    sent_on: date | None  # None: a draft, never sent (not counted)


class GrantFact(NamedTuple):
    case: str
    sector: str
    status: str
    project: str | None = None
    approved_minor: int | None = None
    decided_on: date | None = None
    handed_over_on: date | None = None
    # value of the items bought and handed over (read for grants handed over in the period)
    handed_over_minor: int = 0
    visits: tuple[tuple[date, bool], ...] = ()  # monitoring: (visited on, business running)


class StayFact(NamedTuple):
    case: str
    admitted: date
    discharged: date | None = None


class ActivityFact(NamedTuple):
    kind: str
    held_on: date
    district: str | None = None
    project: str | None = None
    women: int = 0
    men: int = 0
    girls: int = 0
    boys: int = 0


@dataclass(frozen=True, slots=True)
class StatsFacts:
    cases: Sequence[CaseFact] = ()
    assistance: Sequence[AssistanceFact] = ()
    referrals: Sequence[ReferralFact] = ()
    grants: Sequence[GrantFact] = ()
    stays: Sequence[StayFact] = ()
    activities: Sequence[ActivityFact] = ()


@dataclass(frozen=True, slots=True)
class StatsFilter:
    """Which records count. Dates are inclusive; None leaves that side open."""

    date_from: date | None = None
    date_to: date | None = None
    project: str | None = None  # project code
    district: str | None = None
    category: str | None = None
    age_bands: AgeBands = DEFAULT_AGE_BANDS


class Measure(StrEnum):
    PERSONS = "persons"  # distinct persons
    COUNT = "count"  # records (services, referrals, grants, admissions, activities)
    AMOUNT = "amount"  # money in minor units (hundredths of a somoni)
    NIGHTS = "nights"  # bed-nights (a sum)
    PARTICIPANTS = "participants"  # a sum of head counts at group activities

    @property
    def is_count(self) -> bool:
        """Counts of people or their records: the cells small-cell suppression protects."""
        return self in (Measure.PERSONS, Measure.COUNT)


@dataclass(frozen=True, slots=True)
class Column:
    code: str
    measure: Measure


class Hidden(StrEnum):
    SMALL = "small"  # fewer than the threshold (primary suppression), shown "<5"
    COMPLEMENT = "complement"  # hidden so a small cell cannot be worked out (secondary), "x"


@dataclass(frozen=True, slots=True)
class Table:
    """A grid with totals. Entries are addressed on the grid extended by the totals:
    row index len(rows) is the totals row, column index len(columns) the totals column."""

    name: str
    rows: tuple[str, ...]
    columns: tuple[Column, ...]
    cells: tuple[tuple[int, ...], ...]
    row_totals: tuple[int, ...] | None  # None when the columns mix measures
    column_totals: tuple[int, ...]
    grand_total: int | None
    overlapping: bool = False  # one person may sit in several rows (column totals: distinct)
    protect: bool = True  # small-cell suppression applies
    hidden: Mapping[tuple[int, int], Hidden] = field(default_factory=dict)

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.rows), len(self.columns)

    def exact(self, row: int, column: int) -> int | None:
        """The true value of an entry (totals included), hidden or not; None: no such total."""
        n_rows, n_cols = self.shape
        if row < n_rows and column < n_cols:
            return self.cells[row][column]
        if row < n_rows:
            return None if self.row_totals is None else self.row_totals[row]
        if column < n_cols:
            return self.column_totals[column]
        return self.grand_total

    def value(self, row: int, column: int) -> int | None:
        """What may be shown: None for a hidden entry (or a total the table does not have)."""
        if (row, column) in self.hidden:
            return None
        return self.exact(row, column)

    def measure(self, column: int) -> Measure:
        """The measure of a column; the totals column shares the first column's."""
        return self.columns[min(column, len(self.columns) - 1)].measure

    def index(self, row: str, column: str) -> tuple[int, int]:
        """Grid position of a row and column code (TOTAL for the totals)."""
        try:
            r = len(self.rows) if row == TOTAL else self.rows.index(row)
            c = (
                len(self.columns)
                if column == TOTAL
                else [col.code for col in self.columns].index(column)
            )
        except ValueError:
            raise KeyError(f"{self.name}: no cell {row!r} x {column!r}") from None
        return r, c


@dataclass(frozen=True, slots=True)
class StatsReport:
    filter: StatsFilter
    period_start: date | None
    period_end: date
    tables: tuple[Table, ...]
    excluded_cases: int  # cases in scope left out: the person withdrew consent to be counted
    excluded_persons: int
    suppressed: bool = False
    threshold: int = 5

    def table(self, name: str) -> Table:
        for table in self.tables:
            if table.name == name:
                return table
        raise KeyError(name)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(table.name for table in self.tables)

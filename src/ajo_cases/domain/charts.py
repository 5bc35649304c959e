"""Charts of a statistics report, defined once for the screen (QPainter) and the PDF (ReportLab).

A ChartSpec holds codes and numbers only; the UI and the reports turn codes into words. A
value that small-cell suppression hid is never plotted: it is drawn as 0 and its category is
listed in `hidden`, so the chart shows "<5" (or "x") where the table does (pure stdlib).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final, Literal

from ajo_cases.domain.stats_model import Hidden, Measure, StatsReport, Table

ChartKind = Literal["bar", "stacked_bar", "pie"]
SEX_CODES: Final = ("female", "male", "other_unknown")
# Okabe-Ito colours (distinguishable with colour-blindness), shared by the screen and the PDF;
# each series or slice also carries a label, never colour alone.
PALETTE: Final = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
                  "#F0E442", "#999999")  # fmt: skip


@dataclass(frozen=True, slots=True)
class ChartSpec:
    """One chart. `series` holds (series code, one value per category); for "bar" and "pie"
    there is one series. `hidden` maps (series index, category index) to the reason a value
    is not shown; such values are 0 in `series`."""

    kind: ChartKind
    title_key: str  # the table name: reports/stats_texts and the UI hold its words
    table: str
    categories: tuple[str, ...]  # row codes of the table
    series: tuple[tuple[str, tuple[int, ...]], ...]
    row_vocab: str = ""  # which vocabulary names the categories ("" = the table's own codes)
    measure: Measure = Measure.PERSONS
    hidden: dict[tuple[int, int], Hidden] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not self.categories or not any(any(values) for _key, values in self.series)

    def total(self, category: int) -> int:
        return sum(values[category] for _key, values in self.series)

    def marker(self, series: int, category: int, threshold: int) -> str:
        """What a chart writes for a hidden value: "<5" or "x" as in the tables, with a "+"
        when the bar shows a part (the shown cells of a segment) and more is hidden."""
        reason = self.hidden.get((series, category))
        if reason is None:
            return ""
        shown_part = self.series[series][1][category] > 0
        return ("+" if shown_part else "") + hidden_marker(reason, threshold)


@dataclass(frozen=True, slots=True)
class _Plan:
    table: str
    kind: ChartKind
    row_vocab: str
    columns: tuple[str, ...] | None  # None: sum the sex × age columns per sex


# The charts donors ask for, in report order.
PLANS: Final = (
    _Plan("persons_by_category", "stacked_bar", "category", None),
    _Plan("assistance_persons", "bar", "assistance_type", ("total",)),
    _Plan("persons_by_exploitation", "bar", "exploitation_type", ("total",)),
    _Plan("referrals", "pie", "referral_status", ()),
    _Plan("grants_by_sector", "bar", "grant_sector", ("approved",)),
)


def _value(table: Table, row: int, column: int) -> tuple[int, Hidden | None]:
    reason = table.hidden.get((row, column))
    if reason is not None:
        return 0, reason
    return table.value(row, column) or 0, None


def _column_index(table: Table, code: str) -> int | None:
    if code == "total":
        return len(table.columns) if table.row_totals is not None else None
    codes = [column.code for column in table.columns]
    return codes.index(code) if code in codes else None


def _sex_stacks(table: Table) -> ChartSpec:
    """Persons by row, stacked by sex. A segment is the sum of the sex × age cells the table
    shows; when one of them is hidden the segment is marked ("+<5", "+x"): the chart draws
    only what the table shows and says that more is hidden, never how much."""
    n_rows = len(table.rows)
    series: list[tuple[str, tuple[int, ...]]] = []
    hidden: dict[tuple[int, int], Hidden] = {}
    sexes = [sex for sex in SEX_CODES if any(c.code.startswith(f"{sex}.") for c in table.columns)]
    for s, sex in enumerate(sexes):
        indexes = [i for i, c in enumerate(table.columns) if c.code.startswith(f"{sex}.")]
        values: list[int] = []
        for r in range(n_rows):
            found = [table.hidden[(r, c)] for c in indexes if (r, c) in table.hidden]
            if found:
                hidden[(s, r)] = Hidden.SMALL if Hidden.SMALL in found else Hidden.COMPLEMENT
            values.append(sum(table.value(r, c) or 0 for c in indexes))
        series.append((sex, tuple(values)))
    return ChartSpec("stacked_bar", table.name, table.name, table.rows, tuple(series),
                     "category", table.measure(0), hidden)  # fmt: skip


def _single(table: Table, plan: _Plan) -> ChartSpec | None:
    columns = plan.columns or ()
    if plan.kind == "pie":  # outcomes are the columns: the totals row, one slice each
        row = len(table.rows)
        categories = tuple(c.code for c in table.columns)
        pairs = [_value(table, row, c) for c in range(len(table.columns))]
        measure = table.measure(0)
    else:
        column = _column_index(table, columns[0])
        if column is None:
            return None
        categories = table.rows
        pairs = [_value(table, r, column) for r in range(len(table.rows))]
        measure = table.measure(column)
    hidden = {(0, i): reason for i, (_v, reason) in enumerate(pairs) if reason is not None}
    values = tuple(value for value, _reason in pairs)
    key = columns[0] if columns else "total"
    return ChartSpec(plan.kind, table.name, table.name, categories, ((key, values),),
                     plan.row_vocab, measure, hidden)  # fmt: skip


def _trim(spec: ChartSpec) -> ChartSpec:
    """Leave out categories with nothing to draw and nothing hidden (empty vocabulary rows)."""
    keep = [
        i for i in range(len(spec.categories))
        if spec.total(i) or any((s, i) in spec.hidden for s in range(len(spec.series)))
    ]  # fmt: skip
    where = {old: new for new, old in enumerate(keep)}
    return ChartSpec(
        spec.kind, spec.title_key, spec.table, tuple(spec.categories[i] for i in keep),
        tuple((key, tuple(values[i] for i in keep)) for key, values in spec.series),
        spec.row_vocab, spec.measure,
        {(s, where[c]): reason for (s, c), reason in spec.hidden.items() if c in where},
    )  # fmt: skip


def charts_for(report: StatsReport) -> list[ChartSpec]:
    """The standard charts of a report, in report order; tables missing from it are skipped."""
    found: list[ChartSpec] = []
    names = set(report.names)
    for plan in PLANS:
        if plan.table not in names:
            continue
        table = report.table(plan.table)
        spec = _sex_stacks(table) if plan.columns is None else _single(table, plan)
        if spec is not None:
            found.append(_trim(spec))
    return found


def ticks(peak: int, most: int = 5) -> list[int]:
    """Axis values 0, step, 2·step … up to at least `peak`, with a step of 1, 2 or 5 × 10^k."""
    step = 1
    while (max(peak, 1) + step - 1) // step > most - 1:
        for factor in (2, 5 / 2, 2):
            step = int(step * factor)
            if (max(peak, 1) + step - 1) // step <= most - 1:
                break
    top = -(-max(peak, 1) // step) * step
    return list(range(0, top + 1, step))


def hidden_marker(reason: Hidden, threshold: int) -> str:
    """The marker a chart shows for a hidden value, the same as the tables: "<5" or "x"."""
    return f"<{threshold}" if reason is Hidden.SMALL else "x"

"""Small-cell suppression for donor outputs: no small number, and no way to work one out.

Primary: every count (persons or records, totals included) from 1 to threshold-1 is hidden,
shown "<5". Zeros are shown. Amounts, bed-nights and activity head counts are never primary.

Secondary, tables with row and column totals: take the grid extended by its totals. Each row
and each column of it is one equation (the cells add up to the total). Treat the lines as the
vertices of a graph and every hidden entry as an edge between its row and its column. A hidden
entry can be worked out by adding and subtracting shown numbers exactly when its edge is a
bridge (on no cycle): a line holding a single hidden entry is the simplest case, and a chain of
two such equations the next. So while a bridge remains, one more entry is hidden ("x"): the
smallest one that closes a cycle through the bridge, or, for a line with a single hidden entry,
the smallest other entry of that line, preferring inner cells to totals and non-zero cells to
zeros (a hidden zero beside a small cell tells a reader too much). It ends, at worst with the
whole table hidden, and afterwards every line holds no hidden entry or at least two.

Secondary, tables without row totals (their columns mix counts and amounts): a row with a
small count is hidden whole, its amounts with it; when only one row is hidden the next
smallest row is hidden too, and a one-row table hides its column totals.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterable
from dataclasses import replace
from typing import Final

from ajo_cases.domain.errors import RuleViolation
from ajo_cases.domain.stats_model import Hidden, StatsReport, Table

DEFAULT_THRESHOLD: Final = 5
Entry = tuple[int, int]
_Vertex = tuple[str, int]  # ("r", row) or ("c", column) of the extended grid


def check_threshold(threshold: int) -> None:
    if not 2 <= threshold <= 100:
        raise RuleViolation("stats.bad_threshold", threshold=threshold)


def protect_report(report: StatsReport, threshold: int = DEFAULT_THRESHOLD) -> StatsReport:
    check_threshold(threshold)
    tables = tuple(protect_table(table, threshold) for table in report.tables)
    return replace(report, tables=tables, suppressed=True, threshold=threshold)


def protect_table(table: Table, threshold: int = DEFAULT_THRESHOLD) -> Table:
    if not table.protect:
        return replace(table, hidden={})
    if table.row_totals is None:
        return replace(table, hidden=_protect_rows(table, threshold))
    return replace(table, hidden=_protect_grid(table, threshold))


def _small(value: int | None, threshold: int) -> bool:
    return value is not None and 0 < value < threshold


# --- tables with row and column totals ------------------------------------------------------


def _protect_grid(table: Table, threshold: int) -> dict[Entry, Hidden]:
    n_rows, n_cols = table.shape
    values: dict[Entry, int] = {}
    for r in range(n_rows + 1):
        for c in range(n_cols + 1):
            found = table.exact(r, c)
            values[(r, c)] = 0 if found is None else found
    hidden = {entry: Hidden.SMALL for entry, v in values.items() if _small(v, threshold)}
    while (bridge := next(iter(bridges(hidden)), None)) is not None:
        hidden[_complement(bridge, hidden, values, n_rows, n_cols)] = Hidden.COMPLEMENT
    return hidden


def _ends(entry: Entry) -> tuple[_Vertex, _Vertex]:
    return ("r", entry[0]), ("c", entry[1])


def _adjacency(edges: Iterable[Entry]) -> dict[_Vertex, list[tuple[_Vertex, Entry]]]:
    adjacent: dict[_Vertex, list[tuple[_Vertex, Entry]]] = defaultdict(list)
    for edge in sorted(edges):
        row, column = _ends(edge)
        adjacent[row].append((column, edge))
        adjacent[column].append((row, edge))
    return adjacent


def bridges(hidden: Iterable[Entry]) -> list[Entry]:
    """Hidden entries that shown numbers determine: bridges of the line graph (Tarjan)."""
    adjacent = _adjacency(hidden)
    found: list[Entry] = []
    order: dict[_Vertex, int] = {}
    low: dict[_Vertex, int] = {}
    for root in sorted(adjacent):
        if root in order:
            continue
        order[root] = low[root] = len(order)
        # iterative depth-first search: (vertex, edge it was reached by, next neighbour index)
        stack: list[tuple[_Vertex, Entry | None, int]] = [(root, None, 0)]
        while stack:
            vertex, via, at = stack.pop()
            if at < len(adjacent[vertex]):
                stack.append((vertex, via, at + 1))
                neighbour, edge = adjacent[vertex][at]
                if edge == via:
                    continue
                if neighbour in order:
                    low[vertex] = min(low[vertex], order[neighbour])
                else:
                    order[neighbour] = low[neighbour] = len(order)
                    stack.append((neighbour, edge, 0))
            elif stack and via is not None:
                parent = stack[-1][0]
                low[parent] = min(low[parent], low[vertex])
                if low[vertex] > order[parent]:
                    found.append(via)
    return sorted(found)


def _side(start: _Vertex, adjacent: dict[_Vertex, list[tuple[_Vertex, Entry]]],
          without: Entry) -> set[_Vertex]:  # fmt: skip
    seen, queue = {start}, deque([start])
    while queue:
        for neighbour, edge in adjacent[queue.popleft()]:
            if edge != without and neighbour not in seen:
                seen.add(neighbour)
                queue.append(neighbour)
    return seen


def _complement(
    bridge: Entry, hidden: dict[Entry, Hidden], values: dict[Entry, int], n_rows: int, n_cols: int
) -> Entry:
    """The entry to hide next so that the bridge lies on a cycle (or its lone line grows)."""
    adjacent = _adjacency(hidden)
    row_end, column_end = _ends(bridge)
    side_a = _side(row_end, adjacent, bridge)
    side_b = _side(column_end, adjacent, bridge)
    joining: list[Entry] = []
    alone: list[Entry] = []
    for entry in values:
        if entry in hidden:
            continue
        row, column = _ends(entry)
        if (row in side_a and column in side_b) or (row in side_b and column in side_a):
            joining.append(entry)
        elif (side_a == {row_end} and row == row_end) or (
            side_b == {column_end} and column == column_end
        ):
            alone.append(entry)

    def cost(entry: Entry) -> tuple[bool, bool, bool, int, Entry]:
        is_total = entry[0] == n_rows or entry[1] == n_cols
        value = values[entry]
        return is_total, entry not in joining, value == 0, value, entry

    candidates = joining + alone
    if not candidates:  # cannot happen: a bridge without a leaf end always has joiners
        raise AssertionError("no complementary entry for a bridge")
    return min(candidates, key=cost)


# --- tables whose columns mix measures (no row totals) ----------------------------------------


def _protect_rows(table: Table, threshold: int) -> dict[Entry, Hidden]:
    n_rows, n_cols = table.shape
    counts = [c for c in range(n_cols) if table.columns[c].measure.is_count]
    hidden: dict[Entry, Hidden] = {}
    for c in counts:
        if _small(table.column_totals[c], threshold):
            hidden[(n_rows, c)] = Hidden.SMALL
    small_rows = [
        r for r in range(n_rows) if any(_small(table.cells[r][c], threshold) for c in counts)
    ]
    hidden_rows = list(small_rows)
    if len(hidden_rows) == 1:
        others = [r for r in range(n_rows) if r not in hidden_rows]
        if others:

            def size(r: int) -> tuple[bool, int, int]:
                total = sum(table.cells[r][c] for c in counts)
                return total == 0, total, r

            hidden_rows.append(min(others, key=size))
        else:
            for c in range(n_cols):
                hidden.setdefault((n_rows, c), Hidden.COMPLEMENT)
    for r in hidden_rows:
        for c in range(n_cols):
            small = r in small_rows and c in counts and _small(table.cells[r][c], threshold)
            hidden[(r, c)] = Hidden.SMALL if small else Hidden.COMPLEMENT
    return hidden

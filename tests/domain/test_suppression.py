"""Small-cell suppression: primary "<5", and no hidden number recoverable from what is shown."""

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from ajo_cases.domain.stats_model import Column, Hidden, Measure, Table
from ajo_cases.domain.suppression import bridges, protect_table

COUNTS = st.one_of(st.just(0), st.integers(1, 4), st.integers(5, 60))


def grid_table(cells, measure=Measure.PERSONS):
    n_cols = len(cells[0])
    columns = tuple(Column(f"c{j}", measure) for j in range(n_cols))
    column_totals = tuple(sum(row[j] for row in cells) for j in range(n_cols))
    return Table("t", tuple(f"r{i}" for i in range(len(cells))), columns,
                 tuple(tuple(row) for row in cells), tuple(sum(row) for row in cells),
                 column_totals, sum(column_totals))  # fmt: skip


def _rank(matrix):
    rows = [list(map(Fraction, row)) for row in matrix]
    rank, n_cols = 0, len(rows[0]) if rows else 0
    for col in range(n_cols):
        pivot = next((r for r in range(rank, len(rows)) if rows[r][col] != 0), None)
        if pivot is None:
            continue
        rows[rank], rows[pivot] = rows[pivot], rows[rank]
        for r in range(len(rows)):
            if r != rank and rows[r][col] != 0:
                factor = rows[r][col] / rows[rank][col]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[rank], strict=True)]
        rank += 1
    return rank


def determined(table):
    """Hidden entries a reader can compute exactly from the shown cells and totals."""
    n_rows, n_cols = table.shape
    unknown = sorted(table.hidden)
    if not unknown:
        return []
    equations = []
    for r in range(n_rows + 1):  # cells of a row add up to its total
        equations.append([(e[0] == r) * (1 if e[1] < n_cols else -1) for e in unknown])
    for c in range(n_cols + 1):  # cells of a column add up to its total
        equations.append([(e[1] == c) * (1 if e[0] < n_rows else -1) for e in unknown])
    full = _rank(equations)
    found = []
    for k, entry in enumerate(unknown):
        without = [row[:k] + row[k + 1 :] for row in equations]
        if _rank(without) < full:
            found.append(entry)
    return found


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 5).flatmap(lambda n: st.lists(
    st.lists(COUNTS, min_size=n, max_size=n), min_size=1, max_size=5)))  # fmt: skip
def test_no_hidden_value_can_be_recovered(cells):
    table = protect_table(grid_table(cells), threshold=5)
    n_rows, n_cols = table.shape
    for r in range(n_rows + 1):
        for c in range(n_cols + 1):
            value = table.exact(r, c)
            if 0 < value < 5:
                assert table.hidden.get((r, c)) is Hidden.SMALL  # every small count hidden
            if (r, c) in table.hidden:
                assert table.value(r, c) is None
    # every row and column (totals included) holds no hidden entry or at least two
    for r in range(n_rows + 1):
        assert sum((r, c) in table.hidden for c in range(n_cols + 1)) != 1
    for c in range(n_cols + 1):
        assert sum((r, c) in table.hidden for r in range(n_rows + 1)) != 1
    # and no combination of the equations isolates one of them
    assert determined(table) == []
    assert bridges(table.hidden) == []


def test_lone_small_cell_gets_the_next_smallest_as_complement():
    table = protect_table(grid_table([[3, 40, 50], [20, 30, 60]]))
    assert table.hidden == {
        (0, 0): Hidden.SMALL,
        (1, 0): Hidden.COMPLEMENT,  # the smallest cell closing a cycle: column 0 ...
        (0, 1): Hidden.COMPLEMENT,  # ... and row 0
        (1, 1): Hidden.COMPLEMENT,
    }
    assert table.value(2, 3) == 203 and table.value(0, 3) == 93  # totals stay shown


def test_zeros_are_shown_and_not_preferred_as_complements():
    table = protect_table(grid_table([[2, 0, 150], [0, 0, 10]]))
    assert table.value(0, 1) == 0 and table.value(1, 1) == 0
    assert (0, 2) in table.hidden  # 150 rather than a zero beside the 2


def test_small_total_is_hidden_too():
    table = protect_table(grid_table([[1, 0], [0, 0]]))
    assert table.hidden[(0, 0)] is Hidden.SMALL
    assert table.hidden[(2, 2)] is Hidden.SMALL  # the grand total is 1
    assert determined(table) == []


def test_nothing_small_nothing_hidden_and_threshold_is_configurable():
    cells = [[5, 6], [7, 8]]
    assert protect_table(grid_table(cells)).hidden == {}
    assert protect_table(grid_table(cells), threshold=6).hidden[(0, 0)] is Hidden.SMALL
    assert determined(protect_table(grid_table(cells), threshold=6)) == []


def test_unprotected_table_is_left_alone():
    table = grid_table([[1, 2]])
    assert protect_table(Table(**{**_fields(table), "protect": False})).hidden == {}


def _fields(table):
    return {name: getattr(table, name) for name in table.__dataclass_fields__}


def mixed_table(rows):
    columns = (Column("n", Measure.COUNT), Column("amount", Measure.AMOUNT))
    return Table("m", tuple(f"r{i}" for i in range(len(rows))), columns,
                 tuple(tuple(row) for row in rows), None,
                 tuple(sum(row[j] for row in rows) for j in range(2)), None)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(COUNTS, st.integers(0, 10**6)), min_size=1, max_size=8))
def test_mixed_tables_hide_whole_rows_in_pairs(rows):
    table = protect_table(mixed_table([list(row) for row in rows]))
    n_rows, n_cols = table.shape
    hidden_rows = {r for r, c in table.hidden if r < n_rows}
    for r in hidden_rows:  # a hidden row is hidden whole, amounts included
        assert all((r, c) in table.hidden for c in range(n_cols))
    for r in range(n_rows):
        if 0 < table.cells[r][0] < 5:
            assert r in hidden_rows
    for c in range(n_cols):  # one equation per column: never a single unknown in it
        unknowns = sum((r, c) in table.hidden for r in range(n_rows + 1))
        assert unknowns != 1


def test_single_row_mixed_table_hides_its_totals():
    table = protect_table(mixed_table([[2, 500]]))
    assert table.value(0, 0) is None and table.value(1, 0) is None and table.value(1, 1) is None


def test_the_checker_itself_finds_recoverable_cells():
    base = grid_table([[3, 40, 50], [20, 30, 60], [10, 11, 12]])
    lone = Table(**{**_fields(base), "hidden": {(0, 0): Hidden.SMALL}})
    assert determined(lone) == [(0, 0)]
    # two 2x2 blocks joined by one cell: every line holds two hidden entries, yet the
    # joining cell (1, 2) is a bridge and can be computed
    dumbbell = {(0, 0), (0, 1), (1, 0), (1, 1), (1, 2), (2, 2), (2, 3), (3, 2), (3, 3)}
    big = grid_table([[9] * 4 for _ in range(4)])
    trap = Table(**{**_fields(big), "hidden": dict.fromkeys(dumbbell, Hidden.SMALL)})
    assert determined(trap) == [(1, 2)] and bridges(dumbbell) == [(1, 2)]

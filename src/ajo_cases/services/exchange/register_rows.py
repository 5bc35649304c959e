"""A register's row as the import's fields: the mapping applied, a full name split, a birth
year kept apart, values for fields the register lacks filled in, and the rows that are not
people (a total line, the numbers under a header) recognised.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from ajo_cases.domain import names
from ajo_cases.domain.person_names import split_full_name
from ajo_cases.domain.vocab_synonyms import TOTAL_WORDS
from ajo_cases.services.exchange import import_rows as spec
from ajo_cases.services.exchange.import_mapping import BIRTH_YEAR, FULL_NAME, ImportMapping

_NAME_PARTS: Final = ("family_name", "given_name", "patronymic")
_TOTALS: Final = frozenset(names.fold(word) for word in TOTAL_WORDS)


@dataclass(slots=True)
class RowValues:
    number: int
    values: dict[str, object] = field(default_factory=dict)
    name_order_assumed: bool = False


def is_total_row(cells: Sequence[object]) -> bool:
    """ "Итого: 45" and the like: the first filled cell starts with a word for "total"."""
    first = next((c for c in cells if spec.cell_text(c)), None)
    words = names.fold(str(first)).split() if isinstance(first, str) else []
    return bool(words) and words[0] in _TOTALS


def is_numbering_row(cells: Sequence[object]) -> bool:
    """The row of column numbers (1, 2, 3, …) that forms print under the header."""
    filled = [spec.cell_text(c) for c in cells if spec.cell_text(c)]
    return len(filled) >= 3 and filled == [str(n) for n in range(1, len(filled) + 1)]


def row_values(number: int, cells: Sequence[object], mapping: ImportMapping) -> RowValues:
    """The row's non-empty cells under their fields (the register's own `ref` or, without one,
    the row number)."""
    found = RowValues(number)
    values = found.values
    for column in mapping.columns:
        if column.target == "ignore" or column.position >= len(cells):
            continue
        raw = cells[column.position]
        if spec.cell_text(raw) == "":
            continue
        if column.target == FULL_NAME:
            _split_name(found, str(raw), mapping)
        elif column.target == BIRTH_YEAR:
            values.setdefault("birth_date", raw)
        else:
            values[column.target] = raw
    if "ref" not in mapping.mapped:
        values["ref"] = f"row {number}"
    for target, value in mapping.defaults.items():
        values.setdefault(target, value)
    return found


def _split_name(found: RowValues, text: str, mapping: ImportMapping) -> None:
    parts = split_full_name(text)
    values = found.values
    for target, value in zip(
        _NAME_PARTS, (parts.family, parts.given, parts.patronymic), strict=True
    ):
        if value and target not in mapping.mapped:
            values[target] = value
    found.name_order_assumed = not parts.certain

"""Which column of a register holds which field: found from the headers, saved and reused.

The header row is the row among the first ones whose cells name most fields (title rows
above it name none). Each header is matched against the synonyms of domain.vocab_synonyms,
the column names of the import format and the field labels in three languages, folded across
scripts, abbreviations included ("Дата рожд." is "Дата рождения"). A column whose header says
nothing but whose values are sex, district or category words is recognised by its values.

A mapping is saved as JSON (``--mapping FILE.json``): the sheet, the header row, the field of
each column (or "ignore"), the code chosen for words the import could not map, and values for
fields the register lacks. It holds column headers and vocabulary words, never a person's data.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Final

from ajo_cases.domain import names
from ajo_cases.domain.vocab_synonyms import HEADER_SYNONYMS
from ajo_cases.services.exchange import import_rows as spec
from ajo_cases.services.exchange.vocab_words import COLUMN_VOCAB, code_for, vocabulary_labels
from ajo_cases.services.exchange.xlsx_reader import Row
from ajo_cases.vault.output import write_output_bytes

IGNORE: Final = "ignore"
FULL_NAME: Final = "full_name"
BIRTH_YEAR: Final = "birth_year"
TARGETS: Final = (*(c.name for c in spec.COLUMNS), FULL_NAME, BIRTH_YEAR)
FORMAT: Final = "ajo-cases-import-mapping"
_MIN_SCORE: Final = 10
_SNIFF_ROWS: Final = 200
_SNIFFED: Final = ("sex", "district", "category", "assistance_type")


class MappingInvalid(ValueError):
    """A mapping file that cannot be used, with a one-line reason."""


@dataclass(frozen=True, slots=True)
class ColumnChoice:
    position: int  # 0-based
    header: str
    target: str  # a field of TARGETS or IGNORE

    @property
    def letter(self) -> str:
        return column_letter(self.position)


@dataclass(slots=True)
class ImportMapping:
    header_row: int  # as the spreadsheet numbers it
    columns: list[ColumnChoice]
    values: dict[str, dict[str, str]] = field(default_factory=dict)  # field -> word -> code
    defaults: dict[str, str] = field(default_factory=dict)  # field -> value for every row
    sheet: str | None = None
    documented: bool = False  # the header is in the import format's own column names

    def target_of(self, position: int) -> str:
        return next((c.target for c in self.columns if c.position == position), IGNORE)

    @property
    def mapped(self) -> dict[str, int]:
        return {c.target: c.position for c in self.columns if c.target != IGNORE}

    def to_json(self) -> str:
        """Indented, one line per column, so that it is easy to change by hand."""

        def dump(value: object) -> str:
            return json.dumps(value, ensure_ascii=False)

        columns = ",\n".join(
            "    " + dump({"column": c.letter, "header": c.header, "field": c.target})
            for c in self.columns
        )
        values = json.dumps(self.values, ensure_ascii=False, indent=4).replace("\n", "\n  ")
        return (
            f'{{\n  "format": {dump(FORMAT)},\n  "version": 1,\n  "sheet": {dump(self.sheet)},\n'
            f'  "header_row": {self.header_row},\n  "columns": [\n{columns}\n  ],\n'
            f'  "values": {values},\n  "defaults": {dump(self.defaults)}\n}}\n'
        )


def column_letter(position: int) -> str:
    number, letters = position + 1, ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def header_text(cell: object) -> str:
    return " ".join(str(cell).split()) if cell is not None else ""


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(
        names.fold(text.replace("№", " no ").replace("#", " no ").replace("_", " ")).split()
    )


@cache
def _entries() -> tuple[tuple[str, tuple[str, ...]], ...]:
    found: list[tuple[str, tuple[str, ...]]] = []
    for target, words in HEADER_SYNONYMS.items():
        found += [(target, _tokens(word)) for word in words]
    found += [(column.name, _tokens(column.name)) for column in spec.COLUMNS]
    for target, words in vocabulary_labels("person_field").items():
        found += [(target, _tokens(word)) for word in words]
    return tuple((target, tokens) for target, tokens in found if tokens)


def _contains(header: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """The words appear in the header in order, others between them allowed ("вид оказанной
    помощи" holds "вид помощи")."""
    rest = iter(header)
    return all(word in rest for word in words)


def match_header(text: str) -> tuple[str, int] | None:
    """The field a header names and how surely (higher is surer), or None."""
    header = _tokens(text)
    if not header:
        return None
    best: tuple[str, int] | None = None
    for target, words in _entries():
        if header == words:
            score = 100 + len(words)
        elif _contains(header, words):
            score = 10 * len(words)
        elif len(header) == len(words) and all(
            w.startswith(h) and (len(h) >= 2 or len(w) == 1)
            for h, w in zip(header, words, strict=True)
        ):
            score = 9 * len(words)  # an abbreviation: "дата рожд" for "дата рождения"
        else:
            continue
        if best is None or score > best[1]:
            best = (target, score)
    return best if best is not None and best[1] >= _MIN_SCORE else None


def header_score(rows: Sequence[Row]) -> int:
    """How well the best header row among `rows` names fields (for choosing a sheet)."""
    return max((_row_score(cells) for _, cells in rows), default=0)


def _row_score(cells: Sequence[object]) -> int:
    targets = {m[0] for cell in cells if isinstance(cell, str) and (m := match_header(cell))}
    return len(targets)


def find_header(rows: Sequence[Row], scan: int = 30) -> int:
    """Index (into rows) of the header row: the first row naming most fields, else the first."""
    best_index, best = 0, 1
    for index, (_, cells) in enumerate(rows[:scan]):
        score = _row_score(cells)
        if score > best:
            best_index, best = index, score
    return best_index


def _documented(cells: Sequence[object]) -> bool:
    headers = [spec.header_name(cell) for cell in cells if header_text(cell)]
    exact = sum(1 for h in headers if h in spec.BY_NAME or h in spec.EXPORT_ONLY)
    return bool(headers) and exact * 2 >= len(headers)


def _sniff(values: list[object]) -> str | None:
    """A code field most of the column's values belong to (for a header that names none)."""
    texts = [str(v) for v in values if v is not None and str(v).strip()]
    if len(texts) < 3:
        return None
    for target in _SNIFFED:
        vocab_name = COLUMN_VOCAB[target]
        known = sum(1 for t in texts if code_for(vocab_name, t) is not None)
        if known >= 0.9 * len(texts):
            return target
    return None


def propose(rows: Sequence[Row], header_index: int, sheet: str | None = None) -> ImportMapping:
    """The mapping suggested for the header at rows[header_index] and the rows below it."""
    number, cells = rows[header_index]
    if _documented(cells):
        columns = [ColumnChoice(i, header_text(c), spec.header_name(c) if spec.header_name(c)
                                in spec.BY_NAME else IGNORE)
                   for i, c in enumerate(cells) if header_text(c)]  # fmt: skip
        return ImportMapping(number, columns, sheet=sheet, documented=True)
    scored = []
    for position, cell in enumerate(cells):
        found = match_header(header_text(cell)) if header_text(cell) else None
        scored.append((found[1] if found else 0, position, found[0] if found else None))
    taken: dict[str, int] = {}
    for _score, position, target in sorted(scored, key=lambda s: (-s[0], s[1])):
        if target is not None and target not in taken:
            taken[target] = position
    body = rows[header_index + 1 : header_index + 1 + _SNIFF_ROWS]
    chosen = {position: target for target, position in taken.items()}
    for _score, position, _target in scored:
        if position in chosen:
            continue
        sniffed = _sniff([row[position] if position < len(row) else None for _, row in body])
        if sniffed is not None and sniffed not in taken:
            taken[sniffed], chosen[position] = position, sniffed
    width = max(len(cells), max((len(row) for _, row in body), default=0))
    columns = [
        ColumnChoice(p, header_text(cells[p]) if p < len(cells) else "", chosen.get(p, IGNORE))
        for p in range(width)
    ]
    return ImportMapping(number, columns, sheet=sheet)


def _check_values(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key) or {}
    if not isinstance(value, dict):
        raise MappingInvalid(f"'{key}' must be an object")
    return value


def load(text: str) -> ImportMapping:
    """A mapping from its JSON; MappingInvalid says what is wrong."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MappingInvalid(f"not JSON (line {exc.lineno})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise MappingInvalid("not an AJO Cases import mapping")
    columns: list[ColumnChoice] = []
    for entry in data.get("columns") or []:
        target = str(entry.get("field", IGNORE))
        if target not in TARGETS and target != IGNORE:
            raise MappingInvalid(f"unknown field {target!r} for column {entry.get('column')}")
        position = _position(str(entry.get("column", "")))
        columns.append(ColumnChoice(position, header_text(entry.get("header")), target))
    values: dict[str, dict[str, str]] = {}
    for target, words in _check_values(data, "values").items():
        vocab_name = COLUMN_VOCAB.get(target)
        if vocab_name is None or not isinstance(words, dict):
            raise MappingInvalid(f"'values' may only hold words of code fields, not {target!r}")
        for code in words.values():
            if code_for(vocab_name, str(code)) != code:
                raise MappingInvalid(f"{code!r} is not a {target} code")
        values[target] = {str(w): str(c) for w, c in words.items()}
    defaults = {str(k): str(v) for k, v in _check_values(data, "defaults").items()}
    unknown = [k for k in defaults if k not in spec.BY_NAME]
    if unknown:
        raise MappingInvalid(f"unknown field {unknown[0]!r} in 'defaults'")
    row = data.get("header_row", 1)
    if not isinstance(row, int) or row < 1:
        raise MappingInvalid("'header_row' must be a row number")
    sheet = data.get("sheet")
    return ImportMapping(row, columns, values, defaults, str(sheet) if sheet else None)


def _position(letters: str) -> int:
    if not letters.isalpha() or not letters.isascii() or len(letters) > 3:
        raise MappingInvalid(f"{letters!r} is not a column letter")
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - 64
    return number - 1


def fit(saved: ImportMapping, rows: Sequence[Row]) -> tuple[int, ImportMapping]:
    """The saved mapping applied to this file: the header row found by its number, each column
    by its header text (folded; a column without a header by its letter). A column the mapping
    does not know is not imported. Returns the header's index into rows."""
    index = next((i for i, (number, _) in enumerate(rows) if number == saved.header_row), None)
    if index is None:
        raise MappingInvalid(f"row {saved.header_row} (the header in the mapping) is empty")
    cells = rows[index][1]
    by_header = {_tokens(c.header): c for c in saved.columns if c.header}
    columns: list[ColumnChoice] = []
    for position, cell in enumerate(cells):
        text = header_text(cell)
        if text:
            choice = by_header.get(_tokens(text))
        else:  # a column without a header is known by its letter only
            choice = next((c for c in saved.columns if c.position == position and not c.header),
                          None)  # fmt: skip
        columns.append(ColumnChoice(position, text, choice.target if choice else IGNORE))
    fitted = ImportMapping(saved.header_row, columns, saved.values, saved.defaults, saved.sheet)
    return index, fitted


def read_mapping_file(path: Path) -> ImportMapping:
    try:
        return load(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise MappingInvalid(f"cannot read {path.name} ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise MappingInvalid(f"{path.name} is not UTF-8 text") from None


def write_mapping_file(path: Path, mapping: ImportMapping) -> None:
    """Saved atomically; it holds headers and vocabulary words only (no person's data)."""
    write_output_bytes(path, mapping.to_json().encode("utf-8"))

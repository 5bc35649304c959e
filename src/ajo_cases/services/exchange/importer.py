"""Importing people, cases and assistance from CSV or XLSX: all rows valid, or nothing written.

The file is read within hard limits (table_reader), its header row found and a mapping of its
columns proposed (import_mapping) or taken from a saved one; every row is then checked
(import_check) and every problem reported with its row and column. Only a file without problems
is written, unless the user chose to skip the rows that have one (``skip_invalid``, reported).
A dry run shows all of it and writes nothing. See docs/import-format.md.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import chain, islice
from pathlib import Path
from typing import Final

from ajo_cases.services.changes import Changes
from ajo_cases.services.exchange import import_rows as spec
from ajo_cases.services.exchange.import_check import (
    Cancelled,
    ImportNote,
    Problems,
    Progress,
    RowChecker,
    SampleRow,
    Tally,
    UnmappedValue,
    sample_rows,
)
from ajo_cases.services.exchange.import_mapping import (
    FULL_NAME,
    IGNORE,
    ImportMapping,
    MappingInvalid,
    find_header,
    fit,
    header_score,
    propose,
)
from ajo_cases.services.exchange.import_rows import ImportProblem
from ajo_cases.services.exchange.import_write import write_groups
from ajo_cases.services.exchange.read_limits import DEFAULT_LIMITS, Limits, ReadProblem
from ajo_cases.services.exchange.register_rows import (
    RowValues,
    is_numbering_row,
    is_total_row,
    row_values,
)
from ajo_cases.services.exchange.table_reader import (
    PREVIEW_ROWS,
    TableSource,
    file_format,
    open_table,
)
from ajo_cases.services.exchange.xlsx_reader import Row
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.vault.output import write_output_bytes

MAX_BYTES = DEFAULT_LIMITS.max_file_bytes
MAX_ROWS = DEFAULT_LIMITS.max_data_rows
IMPORT_ROLES = ("admin", "case_worker")
_NAME_FIELDS: Final = ("family_name", "given_name", "latin_name", FULL_NAME)
_FILE_CODES: Final = frozenset({"too_many_rows", "too_large", "bad_file"})


@dataclass(frozen=True, slots=True)
class ImportReport:
    rows: int = 0
    people: int = 0
    cases: int = 0
    assistance: int = 0
    problems: tuple[ImportProblem, ...] = ()
    dry_run: bool = False
    written: bool = False
    cancelled: bool = False
    file_format: str = ""  # csv or xlsx
    encoding: str = ""  # for CSV: utf-8, utf-8-sig, utf-16 or cp1251
    sheet: str = ""
    sheets: tuple[str, ...] = ()
    mapping: ImportMapping | None = None
    notes: tuple[ImportNote, ...] = ()
    unmapped: tuple[UnmappedValue, ...] = ()
    skip_invalid: bool = False
    skipped_rows: tuple[int, ...] = ()  # rows left out because they have a problem
    sample: tuple[SampleRow, ...] = ()  # the first people as they will be written (preview)

    @property
    def ok(self) -> bool:
        return not self.problems and not self.cancelled

    @property
    def changes(self) -> Changes:
        if not self.written:
            return Changes()
        return Changes.of("person", "case", "assistance")

    @property
    def importable(self) -> bool:
        """Something would be written: no problem, or only row problems and skip_invalid."""
        if self.cancelled or self.people == 0:
            return False
        header = self.mapping.header_row if self.mapping else 1
        return self.ok or (self.skip_invalid and not blocking(self.problems, header))


def blocking(problems: Sequence[ImportProblem], header_row: int) -> bool:
    """A problem no skipping of rows can get round: the file's, the header's, too many rows."""
    return any(p.row <= header_row or p.code in _FILE_CODES for p in problems)


def file_problem(problem: ReadProblem) -> ImportProblem:
    return ImportProblem(problem.row, "", problem.code, problem.message)


@dataclass(frozen=True, slots=True)
class FilePreview:
    """The first rows of a file, where its header is and how its columns map."""

    file_format: str
    encoding: str
    sheets: tuple[str, ...]
    sheet: str
    rows: list[Row]  # the first non-empty rows (PREVIEW_ROWS at most)
    header_index: int  # into rows
    mapping: ImportMapping


def _limits() -> Limits:
    return replace(DEFAULT_LIMITS, max_file_bytes=MAX_BYTES)


def _mapped_head(
    source: TableSource, rows: Iterator[Row], mapping: ImportMapping | None
) -> FilePreview:
    head = list(islice(rows, PREVIEW_ROWS))
    if not head:
        raise ReadProblem("bad_file", "the file has no rows")
    if mapping is not None:
        index, used = fit(mapping, head)
    else:
        index = find_header(head)
        used = propose(head, index)
    used.sheet = source.sheet or None
    return FilePreview(source.file_format, source.encoding, source.sheets, source.sheet, head,
                       index, used)  # fmt: skip


def preview_file(
    path: Path, *, sheet: str | None = None, mapping: ImportMapping | None = None
) -> FilePreview:
    """Read the first rows only: the sheets, the header and the mapping (saved or proposed).
    Raises ReadProblem or MappingInvalid."""
    wanted = sheet or (mapping.sheet if mapping else None)
    with open_table(path, sheet=wanted, score=header_score, limits=_limits()) as source:
        return _mapped_head(source, source.rows(), mapping)


def _check_header(mapping: ImportMapping, cells: tuple[object, ...], problems: Problems) -> None:
    row = mapping.header_row
    if mapping.documented:
        seen: set[str] = set()
        for cell in cells:
            name = spec.header_name(cell)
            if not name:
                continue
            if name in seen:
                problems.add(row, name, "duplicate_column", "the column appears twice")
            elif name not in spec.BY_NAME and name not in spec.EXPORT_ONLY:
                problems.add(row, name, "unknown_column", "not a column of the import format")
            seen.add(name)
    mapped = set(mapping.mapped) | set(mapping.defaults)
    for name in spec.REQUIRED:
        if name not in mapped and not (name == "ref" and not mapping.documented):
            problems.add(row, name, "missing_column", "this column is required")
    if not mapping.documented and not mapped.intersection(_NAME_FIELDS):
        problems.add(row, "full_name", "missing_column", "a column with the name is required")


def _data_rows(
    rows: Iterable[Row], mapping: ImportMapping, notes: Tally, problems: Problems
) -> list[tuple[RowValues, bytes]]:
    """The rows below the header as fields, each with a digest of its cells (to find repeated
    rows without keeping every cell)."""
    found: list[tuple[RowValues, bytes]] = []
    width = max(mapping.mapped.values(), default=-1) + 1 if mapping.documented else 0
    for position, (number, cells) in enumerate(rows):
        if position == 0 and is_numbering_row(cells):
            notes.add(("numbering_row_skipped", ""), number)
            continue
        if is_total_row(cells):
            notes.add(("total_row_skipped", ""), number)
            continue
        if len(found) >= MAX_ROWS:
            problems.add(number, "", "too_many_rows", f"more than {MAX_ROWS:,} rows")
            break
        if width and any(spec.cell_text(cell) for cell in cells[width:]):
            problems.add(number, "", "extra_cells", "more cells than columns in the header")
        texts = "\x1f".join(spec.cell_text(cell) for cell in cells).rstrip("\x1f")
        digest = hashlib.blake2b(texts.encode("utf-8"), digest_size=16).digest()
        found.append((row_values(number, cells, mapping), digest))
    return found


def _ignored_columns(mapping: ImportMapping, notes: Tally) -> None:
    if mapping.documented:
        return
    for column in mapping.columns:
        if column.target == IGNORE and column.header:
            notes.add(("column_not_imported", f"{column.letter}|{column.header}"),
                      mapping.header_row)  # fmt: skip


def _notes(tally: Tally) -> tuple[ImportNote, ...]:
    found = []
    for (code, column), rows in tally.rows.items():
        letter, _, header = column.partition("|")
        column_name, detail = (letter, header) if header else (column, "")
        found.append(ImportNote(code, column_name, tuple(rows), tally.counts[(code, column)],
                                detail))  # fmt: skip
    return tuple(found)


def _unmapped(tally: Tally) -> tuple[UnmappedValue, ...]:
    return tuple(
        UnmappedValue(column, text, tuple(rows), tally.counts[(column, text)])
        for (column, text), rows in sorted(tally.rows.items())
    )


def import_file(
    vault: OpenVault,
    path: Path,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    today: date | None = None,
    sheet: str | None = None,
    mapping: ImportMapping | None = None,
    skip_invalid: bool = False,
) -> ImportReport:
    """Check the file; unless dry_run, write it when it has no problem (or, with skip_invalid,
    write the people whose rows have none and report the rows left out)."""
    vault.require_role(*IMPORT_ROLES)
    report = ImportReport(dry_run=dry_run, file_format=file_format(path), skip_invalid=skip_invalid)
    problems = Problems()
    wanted = sheet or (mapping.sheet if mapping else None)
    try:
        with open_table(path, sheet=wanted, score=header_score, limits=_limits()) as source:
            rows = source.rows()
            head = _mapped_head(source, rows, mapping)
            used, index = head.mapping, head.header_index
            report = replace(report, encoding=source.encoding, sheet=source.sheet,
                             sheets=source.sheets, mapping=used)  # fmt: skip
            _check_header(used, head.rows[index][1], problems)
            checker = RowChecker(vault, used, today or date.today(), problems)
            _ignored_columns(used, checker.notes)
            body = chain(head.rows[index + 1 :], rows)
            data = _data_rows(body, used, checker.notes, problems)
    except ReadProblem as exc:
        return replace(report, problems=(*problems, file_problem(exc)))
    except MappingInvalid as exc:
        return replace(report, problems=(ImportProblem(0, "", "bad_mapping", str(exc)),))
    report = replace(report, rows=len(data))
    if problems and (not skip_invalid or blocking(problems, used.header_row)):
        return replace(report, problems=tuple(problems), notes=_notes(checker.notes))
    try:
        checked = checker.check(data, progress)
    except Cancelled:
        return replace(report, cancelled=True)
    groups = checked.groups
    skipped: set[int] = set()
    if skip_invalid and problems.rows:
        skipped = {n for g in groups if problems.rows.intersection(g.rows) for n in g.rows}
        skipped |= problems.rows
        groups = [g for g in groups if not problems.rows.intersection(g.rows)]
    report = replace(
        report, people=len(groups), cases=len(groups),
        assistance=sum(len(g.assistance) for g in groups), problems=tuple(problems),
        notes=_notes(checked.notes), unmapped=_unmapped(checked.unmapped),
        skipped_rows=tuple(sorted(skipped)), sample=sample_rows(groups),
    )  # fmt: skip
    if dry_run or not report.importable:
        return report
    try:
        write_groups(vault, groups, progress, skipped=len(skipped))
    except Cancelled:
        return replace(report, cancelled=True)
    return replace(report, written=True)


def column_headers(mapping: ImportMapping) -> list[tuple[str, str, str]]:
    """(column letter, header, field) of each column, for showing the mapping chosen."""
    return [(c.letter, c.header, c.target) for c in mapping.columns if c.header or
            c.target != IGNORE]  # fmt: skip


def save_report_text(path: Path, lines: Sequence[str]) -> Path:
    """The import's report where the person chose to keep it (it holds counts, rows, columns
    and problems in words: no cell's value)."""
    write_output_bytes(path, ("\n".join(lines) + "\n").encode("utf-8"))
    return path

"""`import FILE [--dry-run] [--sheet NAME] [--mapping FILE.json] [--skip-invalid]`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from ajo_cases.commands import common
from ajo_cases.commands.data_cmds import progress_printer
from ajo_cases.errors import InvalidInput
from ajo_cases.services.exchange.import_check import ImportNote
from ajo_cases.services.exchange.import_mapping import (
    FULL_NAME,
    IGNORE,
    ImportMapping,
    MappingInvalid,
    read_mapping_file,
    write_mapping_file,
)
from ajo_cases.services.exchange.importer import ImportReport, import_file

_NOTES = {
    "name_order_assumed": "name order assumed (family name first)",
    "age_from_birth_year": "age estimated from the birth year",
    "assistance_on_opening_date": "assistance dated on the day the case was opened "
    "(no assistance date column)",
    "total_row_skipped": "skipped as a total line",
    "numbering_row_skipped": "skipped as the row of column numbers",
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imp = sub.add_parser(
        "import",
        help="import people, cases and assistance from CSV/XLSX (all or nothing)",
        description="Reads the documented import format or an office's own register: the "
        "header row is found and its columns mapped from their names (Tajik, Russian or "
        "English). See docs/import-format.md.",
    )
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="check the file, write nothing")
    imp.add_argument("--sheet", help="the workbook's sheet to read (default: found by its header)")
    imp.add_argument(
        "--mapping", type=Path, metavar="FILE.json",
        help="use this saved column mapping; if the file does not exist, save the one proposed",
    )  # fmt: skip
    imp.add_argument(
        "--skip-invalid", action="store_true",
        help="import the people whose rows are valid and leave out (and list) the others",
    )  # fmt: skip
    imp.set_defaults(handler=run_import)


def _rows(rows: Sequence[int], count: int) -> str:
    shown = ", ".join(str(n) for n in rows)
    more = f", … ({count:,} rows)" if count > len(rows) else ""
    return f"row{'s' if count > 1 else ''} {shown}{more}"


def _print_mapping(report: ImportReport, mapping: ImportMapping) -> None:
    where = f", sheet {report.sheet!r}" if report.sheet else ""
    others = [s for s in report.sheets if s != report.sheet]
    if others:
        where += f" (other sheets: {', '.join(repr(s) for s in others)})"
    print(f"Header in row {mapping.header_row}{where}. Columns:")
    for column in mapping.columns:
        if not column.header and column.target == IGNORE:
            continue
        target = "not imported" if column.target == IGNORE else column.target
        if column.target == FULL_NAME:
            target += " (split into family name, given name, patronymic)"
        print(f"  {column.letter:>3}  {column.header[:40]:<40} -> {target}")
    for field, value in sorted(mapping.defaults.items()):
        print(f"  every row: {field} = {value}")


def _print_notes(notes: Sequence[ImportNote]) -> None:
    shown = [n for n in notes if n.code in _NOTES]
    if shown:
        print("Assumed:")
    for note in shown:
        print(f"  {_NOTES[note.code]}: {_rows(note.rows, note.count)}")


def _print_report(report: ImportReport) -> None:
    if report.mapping is not None:
        _print_mapping(report, report.mapping)
    _print_notes(report.notes)
    if report.unmapped:
        print('Words not mapped to a code (choose one under "values" in a mapping file):')
        for value in report.unmapped:
            print(f"  {value.column}: {value.text!r} in {_rows(value.rows, value.count)}")
    for problem in report.problems:
        where = f"row {problem.row}" if problem.row else "file"
        column = f", {problem.column}" if problem.column else ""
        print(f"{where}{column}: {problem.code}: {problem.message}")


def _mapping(path: Path | None) -> ImportMapping | None:
    if path is None or not path.exists():
        return None
    try:
        return read_mapping_file(path)
    except MappingInvalid as exc:
        raise InvalidInput(f"the mapping file {path.name} cannot be used: {exc}") from None


def run_import(args: argparse.Namespace) -> int:
    saved = _mapping(args.mapping)
    with common.opened(args) as vault:
        report = import_file(
            vault, args.file, dry_run=args.dry_run, sheet=args.sheet, mapping=saved,
            skip_invalid=args.skip_invalid, progress=progress_printer("rows"),
        )  # fmt: skip
    if sys.stderr.isatty():
        print(file=sys.stderr)
    _print_report(report)
    if args.mapping is not None and saved is None and report.mapping is not None:
        try:
            write_mapping_file(args.mapping, report.mapping)
        except OSError as exc:
            raise InvalidInput(f"cannot write {args.mapping} ({exc.strerror})") from None
        print(f"The mapping was saved to {args.mapping}; change it there if needed and run "
              f"again with --mapping {args.mapping}.")  # fmt: skip
    counts = f"{report.people:,} people and cases, {report.assistance:,} assistance records"
    skipped = report.skipped_rows
    left_out = f"; {len(skipped):,} rows with problems left out" if skipped else ""
    if report.cancelled:
        raise InvalidInput("cancelled; nothing was imported")
    if report.dry_run and report.importable:
        print(f"The file can be imported ({report.rows:,} rows: {counts}{left_out}); nothing "
              "written (dry run).")  # fmt: skip
        return 0
    if report.written:
        print(f"Imported {report.rows:,} rows: {counts}{left_out}.")
        return 0
    hint = "" if args.skip_invalid else " (--skip-invalid imports the valid rows)"
    raise InvalidInput(
        f"the file has {len(report.problems)} problem(s); nothing was imported{hint}"
    )

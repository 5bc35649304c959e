"""Importing people, cases and assistance from CSV or XLSX: all rows valid, or nothing written.

Every row is checked first (see import_rows and docs/import-format.md) and every problem is
reported with its row and column. Only a file without problems is written, in one
transaction, through the same bulk path as the demo generator; one "import" audit event
holds the counts (never a value or the file name, which may carry a person's name).
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ajo_cases.domain.records import CaseForm, PersonForm, folded_search_key
from ajo_cases.services.changes import Changes
from ajo_cases.services.demo.demo import (
    BATCH,
    INSERT_ORDER,
    CodeAllocator,
    case_values,
    insert_rows,
    person_values,
)
from ajo_cases.services.demo.demo_names import new_uuid
from ajo_cases.services.exchange import import_rows as spec
from ajo_cases.services.exchange.import_rows import CellError, ImportProblem
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.storage.base import Base, utc_now
from ajo_cases.storage.models import Assistance, Beneficiary, Case, Project

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 50_000
MAX_PROBLEMS = 500
IMPORT_ROLES = ("admin", "case_worker")
Progress = Callable[[int, int], bool]


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

    @property
    def ok(self) -> bool:
        return not self.problems and not self.cancelled

    @property
    def changes(self) -> Changes:
        if not self.written:
            return Changes()
        return Changes.of("person", "case", "assistance")


class _Problems(list[ImportProblem]):
    def add(self, row: int, column: str, code: str, message: str) -> None:
        if len(self) < MAX_PROBLEMS:
            self.append(ImportProblem(row, column, code, message))
        elif len(self) == MAX_PROBLEMS:
            self.append(ImportProblem(0, "", "too_many_problems", "more problems not listed"))


@dataclass
class _Group:
    """One person and case, from the first row with its ref, plus assistance rows."""

    row: int
    values: dict[str, Any]
    assistance: list[dict[str, Any]] = field(default_factory=list)
    person: PersonForm | None = None
    case: CaseForm | None = None


class _Cancelled(Exception):
    pass


Table = tuple[list[str], list[tuple[int, list[Any]]]]


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1251"), "cp1251"  # Windows Excel in Russian/Tajik settings


def _read_csv(path: Path, problems: _Problems) -> tuple[Table, str]:
    try:
        text, encoding = _decode(path.read_bytes())
    except UnicodeDecodeError:
        problems.add(0, "", "bad_encoding", "the file is neither UTF-8 nor Windows-1251 text")
        return ([], []), ""
    if "\x00" in text:
        problems.add(0, "", "bad_file", "the file holds binary data, not CSV text")
        return ([], []), encoding
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)
    records = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    return _table(records, problems), encoding


def _read_xlsx(path: Path, problems: _Problems) -> Table:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        problems.add(0, "", "bad_file", "the file is not a readable XLSX workbook")
        return [], []
    try:
        sheet = book["records"] if "records" in book.sheetnames else book.worksheets[0]
        return _table(sheet.iter_rows(values_only=True), problems)
    finally:
        book.close()


def _table(records: Any, problems: _Problems) -> Table:
    header: list[str] = []
    rows: list[tuple[int, list[Any]]] = []
    for number, record in enumerate(records, 1):
        cells = list(record)
        if number == 1:
            header = [spec.header_name(cell) for cell in cells]
            continue
        if not any(spec.cell_text(cell) for cell in cells):
            continue
        if len(rows) >= MAX_ROWS:
            problems.add(number, "", "too_many_rows", f"more than {MAX_ROWS:,} rows")
            break
        rows.append((number, cells))
    return header, rows


def _check_header(header: list[str], problems: _Problems) -> dict[str, int]:
    index: dict[str, int] = {}
    for position, name in enumerate(header):
        if not name:
            continue
        if name in index:
            problems.add(1, name, "duplicate_column", "the column appears twice")
        elif name not in spec.BY_NAME and name not in spec.EXPORT_ONLY:
            problems.add(1, name, "unknown_column", "not a column of the import format")
        index[name] = position
    for name in spec.REQUIRED:
        if name not in index:
            problems.add(1, name, "missing_column", "this column is required")
    return index


def import_file(
    vault: OpenVault,
    path: Path,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    today: date | None = None,
) -> ImportReport:
    """Validate the file; unless dry_run, write it when (and only when) it has no problem."""
    vault.require_role(*IMPORT_ROLES)
    problems = _Problems()
    file_format = "xlsx" if path.suffix.casefold() in (".xlsx", ".xlsm") else "csv"
    try:
        size = path.stat().st_size
    except OSError as exc:
        problems.add(0, "", "unreadable", f"cannot read the file ({exc.strerror})")
        return ImportReport(problems=tuple(problems), dry_run=dry_run)
    if size > MAX_BYTES:
        problems.add(0, "", "too_large", f"the file is larger than {MAX_BYTES // 2**20} MB")
        return ImportReport(problems=tuple(problems), dry_run=dry_run, file_format=file_format)
    encoding = ""
    if file_format == "xlsx":
        header, rows = _read_xlsx(path, problems)
    else:
        (header, rows), encoding = _read_csv(path, problems)
    index = _check_header(header, problems) if not problems else {}
    report = ImportReport(
        rows=len(rows), dry_run=dry_run, file_format=file_format, encoding=encoding
    )
    if problems:
        return replace(report, problems=tuple(problems))
    try:
        groups = _validate(vault, index, rows, today or date.today(), problems, progress)
        assistance = sum(len(group.assistance) for group in groups)
        report = replace(
            report, people=len(groups), cases=len(groups), assistance=assistance,
            problems=tuple(problems),
        )  # fmt: skip
        if problems or dry_run:
            return report
        _write(vault, groups, progress)
    except _Cancelled:
        return replace(report, cancelled=True)
    return replace(report, written=True)


def _existing_keys(vault: OpenVault) -> set[str]:
    """Folded name and birth year ("key|year") of everyone already in the vault."""
    with vault.read_session() as session:
        rows = session.execute(select(Beneficiary.id, Beneficiary.search_enc)).all()
    table = Beneficiary.__tablename__
    return {vault.cipher.decrypt(table, "search_enc", i, blob) or "" for i, blob in rows if blob}


def _validate(
    vault: OpenVault,
    index: dict[str, int],
    rows: list[tuple[int, list[Any]]],
    today: date,
    problems: _Problems,
    progress: Progress | None,
) -> list[_Group]:
    with vault.read_session() as session:
        projects = {code.casefold(): pid for code, pid in session.execute(
            select(Project.code, Project.id))}  # fmt: skip
    known = _existing_keys(vault)
    groups: dict[str, _Group] = {}
    seen_rows: dict[tuple[str, ...], int] = {}
    people: dict[str, int] = {}
    columns = [(spec.BY_NAME[name], pos) for name, pos in index.items() if name in spec.BY_NAME]
    width = max(index.values(), default=-1) + 1
    for done, (number, cells) in enumerate(rows, 1):
        signature = tuple(spec.cell_text(cell) for cell in cells)
        if signature in seen_rows:
            problems.add(number, "", "duplicate_row", f"same as row {seen_rows[signature]}")
            continue
        seen_rows[signature] = number
        if any(spec.cell_text(cell) for cell in cells[width:]):
            problems.add(number, "", "extra_cells", "more cells than columns in the header")
        values: dict[str, Any] = {}
        for column, position in columns:
            raw = cells[position] if position < len(cells) else None
            if spec.cell_text(raw) == "":
                continue
            try:
                values[column.name] = spec.parse_cell(column, raw, today, projects)
            except CellError as exc:
                problems.add(number, column.name, exc.code, exc.message)
        _add_row(groups, number, values, problems)
        if progress is not None and done % 1000 == 0 and progress(done, len(rows)) is False:
            raise _Cancelled
    for group in groups.values():
        _build_forms(group, problems)
        if group.person is None or not (group.person.cyrillic_name or group.person.latin_name):
            continue
        born = group.person.birth_date
        key = f"{folded_search_key(group.person)}|{born.year if born else ''}"
        if key in people:
            problems.add(group.row, "family_name", "duplicate_person",
                         f"the same person as in row {people[key]}")  # fmt: skip
        elif key in known:
            message = "a person with this name and birth year is already in the vault"
            problems.add(group.row, "family_name", "already_registered", message)
        people.setdefault(key, group.row)
    return list(groups.values())


def _add_row(
    groups: dict[str, _Group], number: int, values: dict[str, Any], problems: _Problems
) -> None:
    ref = values.pop("ref", None)
    if ref is None:
        problems.add(number, "ref", "missing", "every row needs a ref")
        return
    help_values = {k: values.pop(k) for k in spec.ASSISTANCE_COLUMNS if k in values}
    group = groups.get(ref)
    if group is None:
        group = groups[ref] = _Group(number, values)
    else:
        for name, value in values.items():
            if group.values.get(name, value) != value or name not in group.values:
                problems.add(number, name, "conflict",
                             f"differs from row {group.row} with the same ref")  # fmt: skip
    if help_values:
        for name in ("assistance_type", "assistance_date"):
            if name not in help_values:
                problems.add(number, name, "missing", "required for an assistance record")
        group.assistance.append(help_values | {"row": number})


def _build_forms(group: _Group, problems: _Problems) -> None:
    v, row = group.values, group.row
    for name in ("sex", "category", "opened_on"):
        if name not in v:
            problems.add(row, name, "missing", "required on the first row of a ref")
    if not any(v.get(n) for n in ("family_name", "given_name", "latin_name")):
        problems.add(row, "given_name", "missing", "a name is required (in either script)")
    opened: date | None = v.get("opened_on")
    checks = (
        ("birth_date", opened and v.get("birth_date") and v["birth_date"] > opened,
         "the birth date is after the case was opened"),
        ("closed_on", v.get("status") == "closed" and not v.get("closed_on"),
         "a closed case needs closed_on"),
        ("closure_reason", v.get("status") == "closed" and not v.get("closure_reason"),
         "a closed case needs a closure_reason"),
        ("closed_on", v.get("closed_on") and v.get("status") != "closed",
         "closed_on is only for a case with status closed"),
        ("closed_on", opened and v.get("closed_on") and v["closed_on"] < opened,
         "the case is closed before it was opened"),
        ("exploitation_end", v.get("exploitation_end") and v.get("exploitation_start")
         and v["exploitation_end"] < v["exploitation_start"],
         "the exploitation ends before it starts"),
    )  # fmt: skip
    for column, failed, message in checks:
        if failed:
            problems.add(row, column, "inconsistent", message)
    if opened is None or "sex" not in v or "category" not in v:
        return
    person_fields = {k: v[k] for k in spec.PERSON_COLUMNS if k in v and k != "languages"}
    languages = tuple(x.strip() for x in v.get("languages", "").replace(";", ",").split(","))
    estimated = v.get("estimated_age")
    group.person = PersonForm(
        **person_fields, languages=tuple(x for x in languages if x),
        estimated_on=opened if estimated is not None else None,
    )  # fmt: skip
    case_fields = {k: v[k] for k in spec.CASE_COLUMNS if k in v}
    case_fields["project_id"] = case_fields.pop("project", None)
    for name in ("status", "closed_on", "closure_reason"):
        case_fields.pop(name, None)
    group.case = CaseForm(**case_fields)


def _write(vault: OpenVault, groups: list[_Group], progress: Progress | None) -> None:
    now = utc_now()
    cipher = vault.cipher
    with vault.unit_of_work() as session:
        codes = CodeAllocator(session)
        rows: dict[type[Base], list[dict[str, Any]]] = {model: [] for model in INSERT_ORDER}
        for done, group in enumerate(groups, 1):
            assert group.person is not None and group.case is not None
            person = person_values(vault, group.person, now)
            code = codes.next(group.case.opened_on.year)
            case = case_values(vault, person["id"], group.person, group.case, code, now)
            case.update({k: group.values.get(k) for k in ("closed_on", "closure_reason")})
            case["status"] = group.values.get("status", "open")
            rows[Beneficiary].append(person)
            rows[Case].append(case)
            for item in group.assistance:
                help_id = new_uuid()
                rows[Assistance].append({
                    "id": help_id, "case_id": case["id"], "project_id": case["project_id"],
                    "type": item["assistance_type"], "trade": item.get("assistance_trade"),
                    "given_on": item["assistance_date"], "provider_partner_id": None,
                    "cost_minor": item.get("assistance_cost"),
                    "currency": item.get("assistance_currency", "TJS"),
                    "note_enc": cipher.encrypt(Assistance.__tablename__, "note_enc", help_id,
                                               item.get("assistance_note")),
                    "created_by": vault.user, "created_at": now,
                })  # fmt: skip
            if done % BATCH == 0:
                insert_rows(session, rows)
                if progress is not None and progress(done, len(groups)) is False:
                    raise _Cancelled
        insert_rows(session, rows)
        codes.save()
        assistance = sum(len(group.assistance) for group in groups)
        detail = f"people={len(groups)} cases={len(groups)} assistance={assistance}"
        vault.record(session, "import", target_table="case_file", detail=detail)
    vault.caches.pop("names", None)  # rebuilt with the new people on the next search

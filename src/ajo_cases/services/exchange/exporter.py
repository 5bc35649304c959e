"""Exporting people, cases and assistance to CSV, XLSX or HTCDS-named CSV.

CSV and XLSX use the import layout (docs/import-format.md): one row per case, carrying its
first assistance record, then one row per further assistance record with only `ref` and the
assistance columns filled; `ref` is the case code. A full export can be imported into another
vault. A pseudonymized export holds the case code and statistical fields only (no name, birth
date, contact, document, free text, person id or case worker) and leaves out cases whose
person withdrew consent to be counted. Every text cell starting with = + - @ (or a tab or
carriage return) gets a leading apostrophe so no spreadsheet runs it as a formula.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from sqlalchemy import func, select

from ajo_cases.domain.consent import Consent as ConsentRecord
from ajo_cases.domain.consent import counted_in_statistics
from ajo_cases.domain.htcds import htcds_case_status, htcds_column, htcds_multiselect
from ajo_cases.domain.records import PERSONAL_PERSON_FIELDS
from ajo_cases.domain.vocab import (
    AssistanceType,
    CaseStatus,
    ClosureReason,
    ConsentKind,
    EducationLevel,
    ExploitationType,
    LabourIndustry,
    MaritalStatus,
    MethodOfControl,
    RecruiterRelation,
    RecruitmentMethod,
    Sex,
    StatusDecider,
    TraffickingStatus,
)
from ajo_cases.errors import IntegrityFailure, InvalidInput, PermissionDenied
from ajo_cases.services import damaged
from ajo_cases.services.exchange import import_rows as spec
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.storage.models import Assistance, Beneficiary, Case, Consent, Project
from ajo_cases.storage.sealed import unseal
from ajo_cases.vault.output import write_output

FORMATS = ("csv", "xlsx", "htcds")
FORMULA_START = spec.FORMULA_START
Progress = Callable[[int, int], bool]
# Never in a pseudonymized export.
PERSONAL_COLUMNS = frozenset(
    {*PERSONAL_PERSON_FIELDS, "person_id", "worker", "places", "narrative", "assistance_note"}
)
ASSISTANCE_COLUMNS = spec.ASSISTANCE_COLUMNS


# HTCDS export field (or an ajo_ column HTCDS lacks), our cell, vocabulary for htcds_value.
HTCDS_FIELDS: tuple[tuple[str, str, type[StrEnum] | None], ...] = (
    ("ajo_CaseCode", "ref", None), ("first_name", "given_name", None),
    ("middle_name", "patronymic", None), ("last_name", "family_name", None),
    ("birth_date", "birth_date", None), ("sex", "sex", Sex),
    ("marital_status", "marital_status", MaritalStatus),
    ("number_of_children", "children_count", None), ("primary_language", "languages", None),
    ("secondary_language", "languages", None), ("education_level", "education", EducationLevel),
    ("citizenship", "citizenship", None), ("identity_number", "id_document", None),
    ("trafficking_status", "trafficking_status", TraffickingStatus),
    ("status_decided_by", "status_decided_by", StatusDecider),
    ("recruiter_relation", "recruiter_relation", RecruiterRelation),
    ("age_when_trafficked", "age_when_trafficked", None),
    ("recruitment_methods", "recruitment_method", RecruitmentMethod),
    ("methods_of_control", "control_methods", MethodOfControl),
    ("exploitation_types", "exploitation_types", ExploitationType),
    ("labour_industry", "labour_industry", LabourIndustry), ("case_status", "status", None),
    ("closure_reason", "closure_reason", None), ("case_worker", "worker", None),
    ("support_plan_type", "assistance_type", AssistanceType),
    ("ajo_Category", "category", None), ("ajo_District", "district", None),
    ("ajo_AgeAtIntake", "age_at_intake", None), ("ajo_OpenedOn", "opened_on", None),
    ("ajo_ClosedOn", "closed_on", None),
    ("ajo_CountryOfExploitation", "country_exploitation", None), ("ajo_Project", "project", None),
)  # fmt: skip
HTCDS_PERSONAL = frozenset(
    {"first_name", "middle_name", "last_name", "birth_date", "identity_number", "case_worker"}
)


def _htcds_row(cells: dict[str, Any], helps: list[str], names: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    languages = [x for x in (cells.get("languages") or "").split(";") if x]
    for name, source, enum in HTCDS_FIELDS:
        column = name if name.startswith("ajo_") else htcds_column(name)
        value = cells.get(source)
        if name == "support_plan_type":
            value = htcds_multiselect(AssistanceType(code) for code in helps)
        elif name in ("primary_language", "secondary_language"):
            position = 0 if name == "primary_language" else 1
            value = languages[position] if len(languages) > position else None
        elif name == "case_status":
            reason = cells.get("closure_reason")
            value = htcds_case_status(
                CaseStatus(str(value)), ClosureReason(reason) if reason else None
            )
        elif name == "citizenship" and value == "other":
            value = None
        elif enum is not None and value:
            codes = [enum(code) for code in str(value).split(";") if code]
            value = htcds_multiselect(codes)
        out[column] = value
    return {column: out.get(column) for column in names}


@dataclass(frozen=True, slots=True)
class ExportSummary:
    file_format: str
    pseudonymized: bool
    cases: int
    rows: int
    excluded: int  # cases left out because the person withdrew consent to be counted
    damaged: int = 0  # cases left out because a sealed field failed authentication


def neutralise(value: object) -> object:
    """A cell a spreadsheet will not run: text starting with = + - @ gets a leading '."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def columns(file_format: str, pseudonymized: bool) -> list[str]:
    if file_format == "htcds":
        return [
            name if name.startswith("ajo_") else htcds_column(name)
            for name, _, _ in HTCDS_FIELDS
            if not (pseudonymized and name in HTCDS_PERSONAL)
        ]
    names = ["ref", *(c.name for c in spec.COLUMNS if c.name != "ref")]
    names[names.index("opened_on") : names.index("opened_on")] = ["age_at_intake", "age_estimated"]
    names.insert(1, "person_id")
    if pseudonymized:
        names = [n for n in names if n not in PERSONAL_COLUMNS]
    return names


def _text(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    return value


def _money(minor: int | None) -> str | None:
    return None if minor is None else f"{minor // 100}.{minor % 100:02d}"


def _case_cells(vault: OpenVault, case: Case, person: Beneficiary, projects: dict[str, str],
                pseudonymized: bool) -> dict[str, Any]:  # fmt: skip
    cells: dict[str, Any] = {"ref": case.code, "person_id": person.id}
    for name in ("sex", "category", "citizenship", "district", "marital_status", "children_count",
                 "education", "languages", "trafficking_status", "status_decided_by",
                 "estimated_age"):  # fmt: skip
        cells[name] = getattr(person, name)
    for name in ("opened_on", "worker", "identification_source", "risk_level", "status",
                 "closed_on", "closure_reason", "exploitation_types", "labour_industry",
                 "control_methods", "recruitment_method", "recruiter_relation",
                 "country_recruitment", "country_exploitation", "countries_transit",
                 "exploitation_start", "exploitation_end", "age_when_trafficked",
                 "age_at_intake", "age_estimated"):  # fmt: skip
        cells[name] = getattr(case, name)
    cells["project"] = projects.get(case.project_id or "")
    for name in ("exploitation_types", "control_methods", "countries_transit", "languages"):
        cells[name] = (cells[name] or "").replace(",", ";")
    if not pseudonymized:
        for name in PERSONAL_PERSON_FIELDS:
            cells[name] = unseal(vault.cipher, person, f"{name}_enc")
        cells["places"] = unseal(vault.cipher, case, "places_enc")
        cells["narrative"] = unseal(vault.cipher, case, "narrative_enc")
    return cells


def _assistance_cells(vault: OpenVault, item: Assistance, pseudonymized: bool) -> dict[str, Any]:
    cells = {
        "assistance_type": item.type, "assistance_date": item.given_on,
        "assistance_trade": item.trade, "assistance_cost": _money(item.cost_minor),
        "assistance_currency": item.currency if item.cost_minor is not None else None,
    }  # fmt: skip
    if not pseudonymized:
        cells["assistance_note"] = unseal(vault.cipher, item, "note_enc")
    return cells


def _withdrawn(vault: OpenVault) -> set[str]:
    consents: dict[str, list[ConsentRecord]] = defaultdict(list)
    with vault.read_session() as session:
        for case_id, given, on in session.execute(
            select(Consent.case_id, Consent.given, Consent.recorded_on)
            .where(Consent.kind == ConsentKind.STATISTICS.value)
            .order_by(Consent.recorded_on, Consent.created_at)
        ):
            consents[case_id].append(ConsentRecord(ConsentKind.STATISTICS, given, on))
    return {case_id for case_id, found in consents.items() if not counted_in_statistics(found)}


@dataclass
class _Stats:
    cases: int = 0
    rows: int = 0
    excluded: int = 0
    damaged: int = 0


def records(vault: OpenVault, file_format: str, pseudonymized: bool, stats: _Stats,
            progress: Progress | None = None) -> Iterator[list[Any]]:  # fmt: skip
    """Header, then the rows of the export, cells already neutralised."""
    names = columns(file_format, pseudonymized)
    yield names
    skip = _withdrawn(vault) if pseudonymized else set()
    with vault.read_session() as session:
        projects = {pid: code for pid, code in session.execute(select(Project.id, Project.code))}
        helps: dict[str, list[Assistance]] = defaultdict(list)
        for item in session.scalars(select(Assistance).order_by(Assistance.given_on)):
            helps[item.case_id].append(item)
        total = session.scalar(select(func.count()).select_from(Case)) or 0
        query = (
            select(Case, Beneficiary).join(Beneficiary, Case.beneficiary_id == Beneficiary.id)
            .order_by(Case.code).execution_options(yield_per=2000)
        )  # fmt: skip
        for done, (case, person) in enumerate(session.execute(query), 1):
            if progress is not None and done % 2000 == 0 and progress(done, total) is False:
                raise InvalidInput("the export was cancelled")
            if case.id in skip:
                stats.excluded += 1
                continue
            try:
                cells = _case_cells(vault, case, person, projects, pseudonymized)
                items = [_assistance_cells(vault, a, pseudonymized) for a in helps.get(case.id, [])]
            except IntegrityFailure as exc:  # a moved or damaged ciphertext: report and skip
                table = str(exc.params.get("table", "case"))
                row_id = person.id if table == Beneficiary.__tablename__ else case.id
                damaged.note(vault, table, row_id, str(exc.params.get("column", "")))
                stats.damaged += 1
                continue
            stats.cases += 1
            if file_format == "htcds":
                rows = [_htcds_row(cells, [i["assistance_type"] for i in items], names)]
            else:
                rows = [cells | (items[0] if items else {})]
                rows += [{"ref": case.code} | item for item in items[1:]]
            for row in rows:
                stats.rows += 1
                yield [neutralise(_text(row.get(name))) for name in names]


def export_records(
    vault: OpenVault,
    file_format: str,
    target: Path | TextIO,
    *,
    pseudonymized: bool = False,
    progress: Progress | None = None,
) -> ExportSummary:
    """Write the export to a file (atomically) or, for CSV, to a text stream; audited."""
    if file_format not in FORMATS:
        raise InvalidInput(f"unknown export format {file_format!r}: use csv, xlsx or htcds")
    if pseudonymized:
        vault.require_role("admin", "manager")
    elif vault.role != "admin" or not vault.may_read_personal:
        raise PermissionDenied("only an administrator may export personal data; "
                               "use --pseudonymized", role=vault.role)  # fmt: skip
    if file_format == "xlsx" and not isinstance(target, Path):
        raise InvalidInput("an XLSX export needs an output file (-o FILE)")
    stats = _Stats()
    rows = records(vault, file_format, pseudonymized, stats, progress)
    if isinstance(target, Path):
        _write_file(target, file_format, rows)
    else:
        csv.writer(target, lineterminator="\r\n").writerows(rows)
    cases = stats.cases
    summary = ExportSummary(
        file_format, pseudonymized, cases, stats.rows, stats.excluded, stats.damaged
    )
    with vault.unit_of_work(audit_only=True) as session:
        vault.record(session, "export", detail=(
            f"format={file_format} pseudonymized={'yes' if pseudonymized else 'no'} "
            f"rows={summary.rows} cases={cases} excluded={summary.excluded}"
            f"{f' damaged={summary.damaged}' if summary.damaged else ''}"))  # fmt: skip
    return summary


def _write_file(path: Path, file_format: str, rows: Iterator[list[Any]]) -> None:
    """Atomic for a file (no half-written export at the path), into a device or pipe."""

    def write(handle: BinaryIO) -> None:
        if file_format == "xlsx":
            _write_xlsx(handle, rows)
        else:  # a BOM so Excel reads the Cyrillic correctly
            text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
            csv.writer(text, lineterminator="\r\n").writerows(rows)
            text.flush()
            text.detach()

    write_output(path, write)


def _write_xlsx(handle: Any, rows: Iterator[list[Any]]) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("records")
    for row in rows:
        sheet.append(row)
    book.save(handle)

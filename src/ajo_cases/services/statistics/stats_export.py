"""A statistics report as text, CSV, XLSX or JSON (layouts and JSON schema: docs/statistics.md).

Every format shows the same strings for the same entry: counts as integers, amounts as
somoni with two decimals, a small hidden count as "<5" (the threshold), a complementary hidden
entry as "x". Label cells starting with = + - @ get a leading apostrophe, so no spreadsheet
runs them as formulas. Files are written atomically (temp file, fsync, rename) and audited.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any, Final

from ajo_cases.domain.stats_model import TOTAL, Hidden, Measure, StatsReport, Table
from ajo_cases.errors import InvalidInput
from ajo_cases.services.exchange.exporter import neutralise
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.statistics.statistics import STATS_ROLES, describe
from ajo_cases.vault.output import write_output_bytes

FORMATS: Final = ("text", "csv", "xlsx", "json")
SCHEMA: Final = "ajo-cases/statistics/1"
COMPLEMENT_MARK: Final = "x"


def amount_text(minor: int) -> str:
    sign = "-" if minor < 0 else ""
    return f"{sign}{abs(minor) // 100}.{abs(minor) % 100:02d}"


def display(report: StatsReport, table: Table, row: int, column: int) -> str:
    """The string every format shows for one entry ("" for a total the table lacks)."""
    reason = table.hidden.get((row, column))
    if reason is Hidden.SMALL:
        return f"<{report.threshold}"
    if reason is Hidden.COMPLEMENT:
        return COMPLEMENT_MARK
    value = table.exact(row, column)
    if value is None:
        return ""
    return amount_text(value) if table.measure(column) is Measure.AMOUNT else str(value)


def _label(text: str) -> str:
    return str(neutralise(text))


def metadata(report: StatsReport) -> list[tuple[str, str]]:
    flt = report.filter

    def day(value: date | None) -> str:
        return value.isoformat() if value else ""

    return [
        ("schema", SCHEMA),
        ("period_start", day(report.period_start)),
        ("period_end", day(report.period_end)),
        ("project", flt.project or ""),
        ("district", flt.district or ""),
        ("category", flt.category or ""),
        ("age_bands", str(flt.age_bands)),
        ("suppressed", "yes" if report.suppressed else "no"),
        ("threshold", str(report.threshold) if report.suppressed else ""),
        ("excluded_cases", str(report.excluded_cases)),
        ("excluded_persons", str(report.excluded_persons)),
    ]


def grid(report: StatsReport, table: Table) -> list[list[str]]:
    """Header and rows of one table as shown strings, totals row and column included."""
    n_rows, n_cols = table.shape
    with_totals = table.row_totals is not None
    header = [table.name, *(c.code for c in table.columns)] + ([TOTAL] if with_totals else [])
    lines = [header]
    for r in range(n_rows + 1):
        label = table.rows[r] if r < n_rows else TOTAL
        last = n_cols + 1 if with_totals else n_cols
        lines.append([label, *(display(report, table, r, c) for c in range(last))])
    return lines


def to_text(report: StatsReport) -> str:
    out = [f"{key}: {value}" for key, value in metadata(report) if value]
    if report.suppressed:
        out.append(f"<{report.threshold}: fewer than {report.threshold};  "
                   f"{COMPLEMENT_MARK}: hidden so a small number cannot be worked out")  # fmt: skip
    for table in report.tables:
        lines = grid(report, table)
        widths = [max(len(line[i]) for line in lines) for i in range(len(lines[0]))]
        out.append("")
        for line in lines:
            cells = [line[0].ljust(widths[0])]
            cells += [cell.rjust(width) for cell, width in zip(line[1:], widths[1:], strict=True)]
            out.append("  ".join(cells).rstrip())
    return "\n".join(out) + "\n"


def long_rows(report: StatsReport) -> list[list[str]]:
    """One row per entry: table, row, column, measure, shown value (the CSV layout)."""
    rows = [["table", "row", "column", "measure", "value"]]
    rows += [["report", key, "", "", value] for key, value in metadata(report)]
    for table in report.tables:
        n_rows, n_cols = table.shape
        last = n_cols + 1 if table.row_totals is not None else n_cols
        for r in range(n_rows + 1):
            label = table.rows[r] if r < n_rows else TOTAL
            for c in range(last):
                column = table.columns[c].code if c < n_cols else TOTAL
                rows.append([table.name, label, column, table.measure(c).value,
                             display(report, table, r, c)])  # fmt: skip
    return [[_label(cell) for cell in row[:4]] + [row[4]] for row in rows]


def to_csv(report: StatsReport) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(long_rows(report))
    return buffer.getvalue()


def to_json(report: StatsReport) -> dict[str, Any]:
    tables = []
    for table in report.tables:
        n_rows, n_cols = table.shape
        tables.append({
            "name": table.name,
            "rows": list(table.rows),
            "columns": [{"code": c.code, "measure": c.measure.value} for c in table.columns],
            "overlapping": table.overlapping,
            "cells": [[table.value(r, c) for c in range(n_cols)] for r in range(n_rows)],
            "row_totals": None if table.row_totals is None
            else [table.value(r, n_cols) for r in range(n_rows)],
            "column_totals": [table.value(n_rows, c) for c in range(n_cols)],
            "grand_total": table.value(n_rows, n_cols),
            "hidden": [[r, c, reason.value] for (r, c), reason in sorted(table.hidden.items())],
        })  # fmt: skip
    head: dict[str, Any] = dict(metadata(report))
    head.update(suppressed=report.suppressed, threshold=report.threshold if report.suppressed
                else None, excluded_cases=report.excluded_cases,
                excluded_persons=report.excluded_persons, tables=tables)  # fmt: skip
    return head


def to_xlsx(report: StatsReport) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    about = book.create_sheet("report")
    for key, value in metadata(report):
        about.append([key, _label(value)])
    for table in report.tables:
        sheet = book.create_sheet(table.name[:31])
        for r, line in enumerate(grid(report, table)):
            cells: list[object] = [_label(line[0])]
            for c, text in enumerate(line[1:]):
                if r == 0:
                    cells.append(_label(text))
                    continue
                cell = WriteOnlyCell(sheet, value=_number(table, c, text))
                if table.measure(c) is Measure.AMOUNT:
                    cell.number_format = "#,##0.00"
                cells.append(cell)
            sheet.append(cells)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _number(table: Table, column: int, text: str) -> object:
    """A shown value as a spreadsheet number (amounts in somoni); markers stay text."""
    if not text or not (text[0].isdigit() or text[0] == "-"):
        return text or None
    if table.measure(column) is Measure.AMOUNT:
        return float(text)
    return int(text)


def render(report: StatsReport, file_format: str) -> bytes:
    if file_format == "text":
        return to_text(report).encode("utf-8")
    if file_format == "csv":  # a BOM so Excel reads the file as UTF-8
        return to_csv(report).encode("utf-8-sig")
    if file_format == "json":
        return (json.dumps(to_json(report), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if file_format == "xlsx":
        return to_xlsx(report)
    raise InvalidInput(f"unknown statistics format {file_format!r}: use {', '.join(FORMATS)}")


def write_report(vault: OpenVault, report: StatsReport, file_format: str, path: Path) -> None:
    """Write the report to a file atomically; audited as "stats_export"."""
    vault.require_role(*STATS_ROLES)
    data = render(report, file_format)
    write_output_bytes(path, data)
    with vault.unit_of_work(audit_only=True) as session:
        vault.record(session, "stats_export", detail=(
            f"format={file_format} suppressed={'yes' if report.suppressed else 'no'} "
            f"{describe(report.filter)}"))  # fmt: skip

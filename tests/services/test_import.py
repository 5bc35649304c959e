"""Import: every row checked first, a row-by-row report, and all rows or none written."""

from datetime import date, datetime

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from ajo_cases.errors import PermissionDenied
from ajo_cases.services.exchange import importer
from ajo_cases.services.exchange.importer import import_file
from ajo_cases.services.people import search
from ajo_cases.storage.models import Assistance, AuditEntry, Beneficiary, Case, Project

HEADER = [
    "ref",
    "family_name",
    "given_name",
    "latin_name",
    "sex",
    "birth_date",
    "category",
    "district",
    "phone",
    "opened_on",
    "project",
    "status",
    "closed_on",
    "closure_reason",
    "exploitation_types",
    "assistance_type",
    "assistance_date",
    "assistance_cost",
]
GOOD = [
    ["A1", "Қодиров", "Ҷамшед", "Jamshed Qodirov", "M", "12.03.1990", "returnee_migrant",
     "khujand", "+992 92 123 45 67", "2025-02-01", "iom-ct", "", "", "", "", "legal",
     "05.02.2025", "150.50"],
    ["A1", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "medical", "2025-03-01", ""],
    ["A2", "Раҳимова", "Нигора", "", "ж", "1999-07-20", "Victim of trafficking", "isfara", "",
     "01.06.2024", "", "closed", "01.12.2024", "goals_met", "forced_labour; domestic_servitude",
     "", "", ""],
    ["A3", "Иванова", "Ольга", "Olga Ivanova", "female", "", "vulnerable_migrant", "", "",
     "2026-01-15", "", "active", "", "", "", "", "", ""],
]  # fmt: skip
TODAY = date(2026, 6, 30)


def _csv(path, rows, encoding="utf-8", delimiter=","):
    text = "\r\n".join(delimiter.join(cell for cell in row) for row in [HEADER, *rows])
    path.write_bytes(text.encode(encoding))
    return path


def _count(vault, model):
    with vault.read_session() as session:
        return session.scalar(select(func.count()).select_from(model))


def _events(vault):
    with vault.read_session() as session:
        return session.scalars(select(AuditEntry.event)).all()


@pytest.fixture
def vault(admin_vault):
    with admin_vault.unit_of_work() as session:
        session.add(Project(code="IOM-CT", name="Counter-trafficking", donor="IOM"))
    return admin_vault


def _codes(report):
    return {(p.row, p.column, p.code) for p in report.problems}


def test_valid_file_writes_every_row(vault, tmp_path):
    report = import_file(vault, _csv(tmp_path / "ok.csv", GOOD), today=TODAY)
    assert report.ok and report.written, report.problems
    assert (report.rows, report.people, report.cases, report.assistance) == (4, 3, 3, 2)
    assert _count(vault, Beneficiary) == 3 and _count(vault, Case) == 3
    assert _count(vault, Assistance) == 2
    with vault.read_session() as session:
        closed = session.scalar(select(Case).where(Case.status == "closed"))
        assert closed.closed_on == date(2024, 12, 1) and closed.closure_reason == "goals_met"
        assert closed.exploitation_types == "forced_labour,domestic_servitude"
        cost = session.scalar(select(Assistance.cost_minor).where(Assistance.type == "legal"))
        assert cost == 15050
    assert _events(vault).count("import") == 1
    for spelling in ("Jamshed", "Джамшед", "Ҷамшед"):
        assert [hit.code for hit in search.find(vault, spelling)] == ["SH-2025-0001"]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1251", "utf-16"])
def test_encodings(vault, tmp_path, encoding):
    swap = str.maketrans({"Ҷ": "Дж", "Қ": "К", "ҳ": "х", ";": ","})  # cp1251 has no Tajik letters
    rows = [[cell.translate(swap) for cell in row] for row in GOOD]
    path = _csv(tmp_path / "enc.csv", rows, encoding, delimiter=";")
    report = import_file(vault, path, dry_run=True, today=TODAY)
    assert report.ok, report.problems
    assert report.encoding == encoding and report.people == 3
    assert _count(vault, Beneficiary) == 0  # dry run writes nothing


def test_bad_rows_are_reported_and_nothing_is_written(vault, tmp_path):
    rows = [
        *GOOD,
        ["B1", "Саидов", "Фирдавс", "", "m", "31.02.1990", "returnee_migrant", "", "",
         "2025-01-01", "", "", "", "", "", "", "", ""],
        ["B2", "Назаров", "Умед", "", "m", "", "migrant", "mars", "", "2025-01-01", "nope",
         "", "", "", "", "", "", ""],
        ["B3", "=HYPERLINK(\"http://x\")", "Умед", "", "m", "", "other", "", "-1+2",
         "2025-01-01", "", "", "", "", "", "", "", ""],
        GOOD[3],
        ["B4", "Олимов", "Алишер", "", "m", "", "other", "", "", "2099-01-01", "", "", "", "",
         "", "", "", ""],
        ["B5", "Иванова", "Ольга", "", "f", "", "other", "", "", "2025-01-01", "", "", "", "",
         "", "", "", ""],
        ["B6", "Олимов", "Алишер", "", "m", "", "other", "", "", "2025-01-01", "", "closed", "",
         "", "", "legal", "", ""],
    ]  # fmt: skip
    report = import_file(vault, _csv(tmp_path / "bad.csv", rows), today=TODAY)
    assert not report.ok and not report.written
    codes = _codes(report)
    assert (6, "birth_date", "bad_date") in codes
    assert (7, "category", "unknown_code") in codes
    assert (7, "district", "unknown_code") in codes
    assert (7, "project", "unknown_project") in codes
    assert (8, "family_name", "formula") in codes
    assert (8, "phone", "formula") in codes
    assert (9, "", "duplicate_row") in codes
    assert (10, "opened_on", "future_date") in codes
    assert (11, "family_name", "duplicate_person") not in codes  # another birth year: unknown
    assert (12, "closed_on", "inconsistent") in codes
    assert (12, "closure_reason", "inconsistent") in codes
    assert (12, "assistance_date", "missing") in codes
    assert _count(vault, Beneficiary) == 0 and _count(vault, Case) == 0
    assert "import" not in _events(vault)


def test_same_person_twice_and_already_registered(vault, tmp_path):
    twice = [*GOOD, ["A9", *GOOD[0][1:]]]
    report = import_file(vault, _csv(tmp_path / "twice.csv", twice), today=TODAY)
    assert (6, "family_name", "duplicate_person") in _codes(report)
    assert import_file(vault, _csv(tmp_path / "ok.csv", GOOD), today=TODAY).written
    again = import_file(vault, tmp_path / "ok.csv", today=TODAY)
    assert (1 + 1, "family_name", "already_registered") in _codes(again)
    assert _count(vault, Beneficiary) == 3


def test_extra_cells_are_refused(vault, tmp_path):
    rows = [[*GOOD[0][:-1], "150,50"]]  # an unquoted decimal comma splits the cell
    report = import_file(vault, _csv(tmp_path / "x.csv", rows), today=TODAY)
    assert (2, "", "extra_cells") in _codes(report)


def test_conflicting_repeated_ref(vault, tmp_path):
    rows = [GOOD[0], ["A1", "Other", *[""] * 14, "legal", "2025-03-01", ""][: len(HEADER)]]
    rows[1] = ["A1", "Другой", "", "", "", "", "", "", "", "", "", "", "", "", "", "legal",
               "2025-03-01", ""]  # fmt: skip
    report = import_file(vault, _csv(tmp_path / "c.csv", rows), today=TODAY)
    assert (3, "family_name", "conflict") in _codes(report)


def test_file_limits(vault, tmp_path, monkeypatch):
    path = _csv(tmp_path / "big.csv", GOOD)
    monkeypatch.setattr(importer, "MAX_BYTES", 100)
    report = import_file(vault, path, today=TODAY)
    assert _codes(report) == {(0, "", "too_large")}
    monkeypatch.setattr(importer, "MAX_BYTES", 10**6)
    monkeypatch.setattr(importer, "MAX_ROWS", 2)
    assert (4, "", "too_many_rows") in _codes(import_file(vault, path, today=TODAY))
    assert _count(vault, Beneficiary) == 0


def test_header_problems(vault, tmp_path):
    path = tmp_path / "h.csv"
    path.write_text("ref,given_name,sex,colour\nX,Нигора,f,red\n", encoding="utf-8")
    codes = _codes(import_file(vault, path, today=TODAY))
    assert (1, "colour", "unknown_column") in codes
    assert (1, "category", "missing_column") in codes
    assert (1, "opened_on", "missing_column") in codes
    (tmp_path / "bin.csv").write_bytes(b"\x00\x01\x02PK\x03")
    assert {p.code for p in import_file(vault, tmp_path / "bin.csv").problems} == {"bad_file"}


def _xlsx(path, rows):
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_xlsx_with_date_cells_and_a_formula(vault, tmp_path):
    rows = [list(row) for row in GOOD]
    rows[0][5] = datetime(1990, 3, 12)
    rows[2][9] = datetime(2024, 6, 1)
    report = import_file(vault, _xlsx(tmp_path / "ok.xlsx", rows), dry_run=True, today=TODAY)
    assert report.ok and report.file_format == "xlsx", report.problems
    rows[3][2] = "=1+1"
    report = import_file(vault, _xlsx(tmp_path / "f.xlsx", rows), today=TODAY)
    assert (5, "given_name", "formula") in _codes(report)
    assert _count(vault, Beneficiary) == 0
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not really")
    assert _codes(import_file(vault, tmp_path / "broken.xlsx")) == {(0, "", "bad_file")}


def test_manager_may_not_import(vault, tmp_path):
    vault.role = "manager"
    with pytest.raises(PermissionDenied):
        import_file(vault, _csv(tmp_path / "ok.csv", GOOD))

"""Export: formula cells neutralised, pseudonymized exports free of personal data, roles."""

import csv
import io
import shutil
from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from ajo_cases.domain.records import CaseForm, PersonForm
from ajo_cases.errors import PermissionDenied
from ajo_cases.services.access import users
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.casework import cases
from ajo_cases.services.exchange.exporter import FORMULA_START, export_records, neutralise
from ajo_cases.services.exchange.importer import import_file
from ajo_cases.services.people import people
from ajo_cases.storage.models import AuditEntry, Beneficiary, Consent, Project
from tests.support import CANARY_NAME

PW = "a long enough passphrase"
PERSONAL = ["Қаноатзода", "Ҷамшед", "Jamshed Qanoatzoda", "+992 92 555 12 34", "A01234567",
            "кӯчаи Рӯдакӣ 5", "=HYPERLINK(\"http://evil\")", "@SUM(1)", "-2+3"]  # fmt: skip


def _fill(vault):
    with vault.unit_of_work() as session:
        session.add(Project(id="p1", code="IOM-CT", name="CT", donor="IOM"))
    forms = [
        PersonForm(sex="male", category="returnee_migrant", family_name=PERSONAL[0],
                   given_name=PERSONAL[1], latin_name=PERSONAL[2], phone=PERSONAL[3],
                   id_document=PERSONAL[4], address=PERSONAL[5], birth_date=date(1990, 1, 2),
                   district="khujand"),
        PersonForm(sex="female", category="victim_of_trafficking", family_name=PERSONAL[6],
                   given_name=PERSONAL[7], notes=PERSONAL[8], estimated_age=30),
        PersonForm(sex="female", category="other", family_name=CANARY_NAME),
    ]  # fmt: skip
    ids = []
    for form in forms:
        person, _ = people.register(vault, form, allow_duplicate=True)
        case, _ = cases.open_case(
            vault, person.id, CaseForm(date(2025, 3, 1), "p1", worker="nigora", narrative="x")
        )
        ids.append(case.id)
    with vault.unit_of_work() as session:  # the third person withdrew from the statistics
        session.add(Consent(case_id=ids[2], kind="statistics", given=False,
                            recorded_on=date(2025, 4, 1), recorded_by="admin"))  # fmt: skip
    return ids


def _csv_rows(vault, fmt="csv", pseudonymized=False):
    out = io.StringIO()
    summary = export_records(vault, fmt, out, pseudonymized=pseudonymized)
    return list(csv.reader(io.StringIO(out.getvalue()))), summary


def test_neutralise():
    for start in FORMULA_START:
        assert neutralise(start + "x") == "'" + start + "x"
    assert neutralise("Ҷамшед") == "Ҷамшед" and neutralise(5) == 5


def test_full_csv_neutralises_formula_cells(admin_vault):
    _fill(admin_vault)
    rows, summary = _csv_rows(admin_vault)
    assert summary.cases == 3 and summary.excluded == 0
    cells = [cell for row in rows for cell in row]
    assert not [c for c in cells if c.startswith(FORMULA_START)]
    assert "'" + PERSONAL[6] in cells and "'" + PERSONAL[7] in cells and "'" + PERSONAL[3] in cells
    assert PERSONAL[1] in cells and CANARY_NAME in cells
    with admin_vault.read_session() as session:
        details = session.scalars(select(AuditEntry.detail).where(AuditEntry.event == "export"))
        assert list(details) == ["format=csv pseudonymized=no rows=3 cases=3 excluded=0"]


@pytest.mark.parametrize("fmt", ["csv", "htcds"])
def test_pseudonymized_has_no_personal_value(admin_vault, fmt):
    ids = _fill(admin_vault)
    rows, summary = _csv_rows(admin_vault, fmt, pseudonymized=True)
    text = "\n".join(",".join(row) for row in rows)
    for value in [*PERSONAL, CANARY_NAME, "nigora", "1990-01-02", *ids]:
        assert value not in text
    with admin_vault.read_session() as session:
        for person_id in session.scalars(select(Beneficiary.id)):
            assert person_id not in text
    assert summary.cases == 2 and summary.excluded == 1  # consent to be counted withdrawn
    assert rows[1][0].startswith("SH-2025-")


def test_htcds_columns(admin_vault):
    _fill(admin_vault)
    rows, _ = _csv_rows(admin_vault, "htcds")
    header = rows[0]
    assert {"prs_FirstName", "prs_SecondName", "prs_Gender", "cas_Status"} <= set(header)
    first = dict(zip(header, rows[1], strict=True))
    assert first["prs_Gender"] == "Masculine" and first["cas_Status"] == "Active"
    assert first["prs_FirstName"] == PERSONAL[1]


def test_xlsx_export_and_round_trip(admin_vault, tmp_path, template_vault):
    _fill(admin_vault)
    target = tmp_path / "out.xlsx"
    summary = export_records(admin_vault, "xlsx", target)
    assert summary.rows == 3
    book = load_workbook(target, read_only=True)
    values = [c for row in book["records"].iter_rows(values_only=True) for c in row if c]
    book.close()
    assert not [v for v in values if isinstance(v, str) and v.startswith(FORMULA_START)]
    csv_target = tmp_path / "out.csv"
    export_records(admin_vault, "csv", csv_target)
    assert csv_target.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
    assert not list(tmp_path.glob(".*.tmp"))
    # A full export goes back into a fresh vault with the same projects.
    fresh_dir = tmp_path / "fresh"
    shutil.copytree(template_vault[0], fresh_dir)
    admin_vault.close()
    fresh = open_vault(fresh_dir, "admin", "correct horse battery staple")
    try:
        with fresh.unit_of_work() as session:
            session.add(Project(code="IOM-CT", name="CT", donor="IOM"))
        report = import_file(fresh, target)
        # Only the person whose name looks like a formula is refused on the way back in.
        assert {(p.row, p.code) for p in report.problems} <= {(3, "formula"), (3, "missing")}
        assert report.people == 3 and not report.written
    finally:
        fresh.close()


def test_manager_may_export_only_pseudonymized(admin_vault, vault_dir):
    _fill(admin_vault)
    users.add_user(admin_vault, "boss", "manager", PW)
    admin_vault.close()
    manager = open_vault(vault_dir, "boss", PW)
    try:
        with pytest.raises(PermissionDenied):
            export_records(manager, "csv", io.StringIO())
        rows, summary = _csv_rows(manager, "csv", pseudonymized=True)
        assert summary.cases == 2
        assert PERSONAL[1] not in str(rows)
    finally:
        manager.close()


def test_case_worker_may_not_export_names(admin_vault, vault_dir):
    users.add_user(admin_vault, "nigora", "case_worker", PW)
    admin_vault.close()
    worker = open_vault(vault_dir, "nigora", PW)
    try:
        with pytest.raises(PermissionDenied):
            export_records(worker, "csv", io.StringIO())
    finally:
        worker.close()

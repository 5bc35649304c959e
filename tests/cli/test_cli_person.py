"""`person export`, `person erase` and `retention` from the command line."""

import json
from datetime import date

import pytest

from ajo_cases import cli
from ajo_cases.domain.records import CaseForm, PersonForm
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.casework import cases
from ajo_cases.services.people import people
from tests.support import ADMIN, ADMIN_PASSWORD


@pytest.fixture
def env(monkeypatch, vault_dir):
    monkeypatch.setenv("AJO_CASES_DATA_DIR", str(vault_dir))
    monkeypatch.setenv("AJO_CASES_USER", ADMIN)
    monkeypatch.setenv("AJO_CASES_PASSWORD", ADMIN_PASSWORD)
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        form = PersonForm(sex="female", category="returnee_migrant", family_name="Раҳимова",
                          given_name="Нигора", phone="+992 90 000 11 22")  # fmt: skip
        record, _ = people.register(vault, form)
        case, _ = cases.open_case(vault, record.id, CaseForm(date(2015, 2, 1)))
        cases.change_status(vault, case.id, "closed", closure_reason="goals_met",
                            on=date(2016, 1, 5))  # fmt: skip
    finally:
        vault.close()
    return vault_dir


def test_export_pdf_and_json(env, tmp_path, capsys):
    pdf = tmp_path / "нигора.pdf"
    assert cli.main(["person", "export", "sh-2015-0001", "-o", str(pdf), "--lang", "ru"]) == 0
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_mode & 0o077 == 0
    captured = capsys.readouterr()
    assert f"Wrote {pdf}" in captured.out and "not encrypted" in captured.err
    target = tmp_path / "n.json"
    assert cli.main(["person", "export", "SH-2015-0001", "-o", str(target)]) == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["person"]["form"]["given_name"] == "Нигора"
    assert cli.main(["person", "export", "SH-2015-0001", "-o", str(tmp_path / "x.docx")]) == 1
    assert "must end in .pdf or .json" in capsys.readouterr().err
    assert cli.main(["person", "export", "SH-2099-0001", "-o", str(pdf)]) == 1
    assert "no case with the code" in capsys.readouterr().err


def test_erase_asks_then_erases(env, capsys):
    assert cli.main(["person", "erase", "SH-2015-0001", "--reason", "asked"]) == 1
    captured = capsys.readouterr()
    assert "This erases for good the personal data of the person of case SH-2015-0001" in \
        captured.out and "add --yes" in captured.err  # fmt: skip
    assert cli.main(["person", "erase", "SH-2015-0001", "--reason", "Нигора asked",
                     "--yes"]) == 1  # fmt: skip
    assert "may not contain the person's name" in capsys.readouterr().err
    assert cli.main(["person", "erase", "SH-2015-0001", "--reason", "asked", "--yes"]) == 0
    out = capsys.readouterr().out
    assert "1 case(s) kept for statistics" in out and "Backups made before today" in out
    assert cli.main(["find", "Нигора"]) == 0
    assert capsys.readouterr().out == ""


def test_retention_lists_sets_and_applies(env, capsys):
    assert cli.main(["retention"]) == 0
    out = capsys.readouterr().out
    assert "Retention: 7 years after a person's last case was closed (the default" in out
    assert "SH-2015-0001\tlast closed 05.01.2016" in out
    assert cli.main(["retention", "--years", "20"]) == 0
    assert "No one is past it." in capsys.readouterr().out
    assert cli.main(["retention", "--years", "5", "--apply", "--yes"]) == 0
    assert "Anonymised 1 people." in capsys.readouterr().out
    assert cli.main(["retention"]) == 0
    assert "No one is past it." in capsys.readouterr().out
    assert cli.main(["retention", "--years", "0"]) == 1

"""`demo`, `find`, `import`, `export` from the command line: output, roles, exit codes."""

import json
from datetime import date

import pytest

from ajo_cases import cli
from ajo_cases.domain.records import CaseForm, PersonForm
from ajo_cases.services.access import users
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.casework import cases
from ajo_cases.services.people import people
from tests.support import ADMIN, ADMIN_PASSWORD

PW = "a long enough passphrase"


@pytest.fixture
def env(monkeypatch, vault_dir):
    monkeypatch.setenv("AJO_CASES_DATA_DIR", str(vault_dir))
    monkeypatch.setenv("AJO_CASES_USER", ADMIN)
    monkeypatch.setenv("AJO_CASES_PASSWORD", ADMIN_PASSWORD)
    return vault_dir


def _register(vault_dir):
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        form = PersonForm(sex="male", category="returnee_migrant", family_name="Қодиров",
                          given_name="Ҷамшед", latin_name="Jamshed Qodirov")  # fmt: skip
        record, _ = people.register(vault, form)
        cases.open_case(vault, record.id, CaseForm(date(2026, 1, 5)))
        users.add_user(vault, "boss", "manager", PW)
    finally:
        vault.close()


def test_demo_then_find(env, capsys):
    assert cli.main(["demo", "--cases", "300", "--seed", "4"]) == 0
    out = capsys.readouterr().out
    assert "Added 300 demo cases" in out and "Took" in out
    assert cli.main(["find", "Ja"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(line.startswith("SH-20") for line in lines)
    assert cli.main(["find", "Ҷа", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found and set(found[0]) == {"case_id", "code", "person_id", "name", "status"}
    assert all(hit["name"] for hit in found)


@pytest.mark.parametrize("query", ["Jamshed", "Джамшед", "Ҷамшед", "qodir"])
def test_find_any_spelling(env, capsys, query):
    _register(env)
    assert cli.main(["find", query]) == 0
    assert capsys.readouterr().out.strip() == "SH-2026-0001\topen\tҚодиров Ҷамшед"


def test_manager_sees_codes_only(env, monkeypatch, capsys):
    _register(env)
    monkeypatch.setenv("AJO_CASES_USER", "boss")
    monkeypatch.setenv("AJO_CASES_PASSWORD", PW)
    assert cli.main(["find", "SH-2026-0001"]) == 0
    assert capsys.readouterr().out.strip() == "SH-2026-0001\topen\trestricted"
    assert cli.main(["find", "Jamshed", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert cli.main(["find", "2026-0001", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["name"] is None
    assert cli.main(["export", "--format", "csv"]) == 1
    err = capsys.readouterr().err.splitlines()  # besides the note that boss's password is temporary
    assert len([line for line in err if "set by an administrator" not in line]) == 1
    assert cli.main(["export", "--format", "csv", "--pseudonymized"]) == 0
    captured = capsys.readouterr()
    assert "SH-2026-0001" in captured.out and "Ҷамшед" not in captured.out


def test_import_reports_problems_and_exit_1(env, tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("ref,given_name,sex,category,opened_on\nX1,=cmd,f,other,32.01.2025\n")
    assert cli.main(["import", str(bad), "--dry-run"]) == 1
    captured = capsys.readouterr()
    assert "row 2, given_name: formula" in captured.out
    assert "row 2, opened_on: bad_date" in captured.out
    assert "nothing was imported" in captured.err
    good = tmp_path / "good.csv"
    good.write_text("ref,given_name,sex,category,opened_on\nX1,Нигора,f,other,01.02.2025\n")
    assert cli.main(["import", str(good), "--dry-run"]) == 0
    assert "nothing written" in capsys.readouterr().out
    assert cli.main(["import", str(good)]) == 0
    assert "Imported 1 rows" in capsys.readouterr().out
    assert cli.main(["find", "nigora"]) == 0
    assert "Нигора" in capsys.readouterr().out


def test_export_to_stdout_and_files(env, tmp_path, capsys):
    _register(env)
    assert cli.main(["export", "--format", "csv"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("ref,person_id,") and "Ҷамшед" in captured.out
    assert "Exported 1 cases" in captured.err
    assert cli.main(["export", "--format", "xlsx"]) == 1
    assert "-o" in capsys.readouterr().err
    target = tmp_path / "out.xlsx"
    assert cli.main(["export", "--format", "xlsx", "-o", str(target)]) == 0
    assert target.stat().st_size > 0
    assert cli.main(["export", "--format", "htcds", "-o", str(tmp_path / "h.csv")]) == 0
    assert "prs_FirstName" in (tmp_path / "h.csv").read_text(encoding="utf-8-sig")


def test_export_usage_error(env):
    with pytest.raises(SystemExit) as exc:
        cli.main(["export", "--format", "pdf"])
    assert exc.value.code == 2

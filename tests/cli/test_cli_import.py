"""`import` of an office's register from the command line: the dry run shows the mapping and
the words it could not map with their rows, --mapping saves and reuses, --sheet picks the sheet,
--skip-invalid imports the valid rows and lists the others."""

import json

import pytest

from ajo_cases import cli
from tests.services import registers
from tests.support import ADMIN, ADMIN_PASSWORD


@pytest.fixture
def env(monkeypatch, vault_dir):
    monkeypatch.setenv("AJO_CASES_DATA_DIR", str(vault_dir))
    monkeypatch.setenv("AJO_CASES_USER", ADMIN)
    monkeypatch.setenv("AJO_CASES_PASSWORD", ADMIN_PASSWORD)
    return vault_dir


def test_dry_run_saves_the_mapping_then_the_edited_mapping_imports(env, tmp_path, capsys):
    register = registers.russian_register(tmp_path / "реестр.xlsx")
    mapping = tmp_path / "mapping.json"
    assert cli.main(["import", str(register), "--dry-run", "--mapping", str(mapping)]) == 1
    captured = capsys.readouterr()
    out = captured.out
    assert "Header in row 3, sheet 'Реестр 2024' (other sheets: 'Инструкция')" in out
    assert "Ф.И.О." in out and "-> full_name (split into family name" in out
    assert "Подпись" in out and "-> not imported" in out
    assert "skipped as a total line: row 10" in out
    assert "district: 'Мархамат' in row 9" in out
    assert "row 9, district: unknown_code" in out
    assert f"The mapping was saved to {mapping}" in out
    assert "nothing was imported (--skip-invalid imports the valid rows)" in captured.err
    saved = json.loads(mapping.read_text(encoding="utf-8"))
    assert saved["sheet"] == "Реестр 2024" and saved["header_row"] == 3
    saved["values"] = {"district": {"Мархамат": "outside_sughd"}}
    mapping.write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")
    assert cli.main(["import", str(register), "--mapping", str(mapping)]) == 0
    assert "Imported 5 rows: 5 people and cases, 7 assistance records." in capsys.readouterr().out
    assert cli.main(["find", "Ҳасанзода"]) == 0
    assert "Ҳасанзода Фарида духтари Каримҷон" in capsys.readouterr().out


def test_skip_invalid_imports_the_valid_rows_and_lists_the_others(env, tmp_path, capsys):
    register = registers.cp1251_register(tmp_path / "реестр.csv")
    assert cli.main(["import", str(register), "--skip-invalid", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "row 4, category: unknown_code" in out and "row 5, birth_date: bad_date" in out
    assert "can be imported (4 rows: 2 people and cases" in out
    assert "2 rows with problems left out" in out
    assert cli.main(["import", str(register), "--skip-invalid"]) == 0
    assert "Imported 4 rows: 2 people and cases, 2 assistance records; 2 rows with problems " \
        "left out." in capsys.readouterr().out  # fmt: skip


def test_sheet_and_bad_mapping_file(env, tmp_path, capsys):
    register = registers.russian_register(tmp_path / "r.xlsx")
    assert cli.main(["import", str(register), "--dry-run", "--sheet", "Нет"]) == 1
    assert "file: no_sheet: there is no sheet named 'Нет'" in capsys.readouterr().out
    broken = tmp_path / "m.json"
    broken.write_text("{not json", encoding="utf-8")
    assert cli.main(["import", str(register), "--mapping", str(broken)]) == 1
    assert "the mapping file m.json cannot be used: not JSON" in capsys.readouterr().err

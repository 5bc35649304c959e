"""`stats` from the command line: formats agree, a manager can run it, bad input exits 1."""

import csv
import io
import json
from datetime import date
from decimal import Decimal, InvalidOperation

import pytest
from openpyxl import load_workbook

from ajo_cases import cli
from ajo_cases.commands.stats_cmds import parse_day
from ajo_cases.services.access import users
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.demo.demo import fill_demo
from ajo_cases.services.statistics.stats_export import COMPLEMENT_MARK
from tests.support import ADMIN, ADMIN_PASSWORD

PW = "a long enough passphrase"
PERIOD = ["--from", "01.01.2024", "--to", "2024-12-31"]


@pytest.fixture
def env(monkeypatch, vault_dir):
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        fill_demo(vault, cases=400, seed=5, today=date(2025, 6, 30))
        users.add_user(vault, "boss", "manager", PW)
    finally:
        vault.close()
    monkeypatch.setenv("AJO_CASES_DATA_DIR", str(vault_dir))
    monkeypatch.setenv("AJO_CASES_USER", "boss")
    monkeypatch.setenv("AJO_CASES_PASSWORD", PW)
    return vault_dir


def _from_json(data):
    out = {}
    for table in data["tables"]:
        rows, columns = [*table["rows"], "total"], [c["code"] for c in table["columns"]]
        hidden = {(r, c): reason for r, c, reason in table["hidden"]}
        grid = [[*row, *([table["row_totals"][i]] if table["row_totals"] else [])]
                for i, row in enumerate(table["cells"])]  # fmt: skip
        grid.append([*table["column_totals"], *([table["grand_total"]] if table["row_totals"]
                                                else [])])  # fmt: skip
        names = [*columns, "total"] if table["row_totals"] else columns
        for r, row in enumerate(grid):
            for c, value in enumerate(row):
                measure = table["columns"][min(c, len(columns) - 1)]["measure"]
                if (r, c) in hidden:
                    shown = f"<{data['threshold']}" if hidden[(r, c)] == "small" else "x"
                elif measure == "amount":
                    shown = f"{value // 100}.{value % 100:02d}"
                else:
                    shown = str(value)
                out[(table["name"], rows[r], names[c])] = shown
    return out


def _from_csv(text):
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["table", "row", "column", "measure", "value"]
    return {(t, r, c): v for t, r, c, _m, v in rows[1:] if t != "report"}


def _from_grids(grids):
    """Tables given as lists of rows: header (table name, column codes), then label + values."""
    out = {}
    for lines in grids:
        header = lines[0]
        for line in lines[1:]:
            for code, value in zip(header[1:], line[1:], strict=True):
                out[(header[0], line[0], code)] = value
    return out


def _from_text(text, names):
    grids, current = [], None
    for line in text.splitlines():
        words = line.split()
        if words and words[0] in names:
            current = [words]
            grids.append(current)
        elif current is not None and words:
            current.append(words)
        else:
            current = None
    return _from_grids(grids)


def _from_xlsx(path):
    book = load_workbook(path, read_only=True)
    grids = []
    for sheet in book.worksheets[1:]:
        lines = []
        for row in sheet.iter_rows(values_only=True):
            lines.append([_cell(v) for v in row])
        grids.append(lines)
    return _from_grids(grids)


def _cell(value):
    return "" if value is None else str(value)


def _numbers(found):
    """Compare numbers as numbers: a spreadsheet reads 1500.00 back as 1500."""
    out = {}
    for key, value in found.items():
        try:
            out[key] = Decimal(value)
        except InvalidOperation:
            out[key] = value
    return out


def test_formats_agree_for_a_manager(env, capsys, tmp_path):
    assert cli.main(["stats", *PERIOD, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["suppressed"] and data["period_start"] == "2024-01-01"
    expected = _from_json(data)
    assert any(value == "<5" for value in expected.values())
    assert any(value == COMPLEMENT_MARK for value in expected.values())
    assert cli.main(["stats", *PERIOD, "--format", "csv"]) == 0
    assert _from_csv(capsys.readouterr().out) == expected
    assert cli.main(["stats", *PERIOD]) == 0
    names = {table["name"] for table in data["tables"]}
    assert _from_text(capsys.readouterr().out, names) == expected
    target = tmp_path / "stats.xlsx"
    assert cli.main(["stats", *PERIOD, "--format", "xlsx", "-o", str(target)]) == 0
    assert _numbers(_from_xlsx(target)) == _numbers(expected)
    assert "written" in capsys.readouterr().err


def test_exact_numbers_and_threshold(env, capsys):
    assert cli.main(["stats", *PERIOD, "--format", "json", "--no-suppress"]) == 0
    captured = capsys.readouterr()
    exact = json.loads(captured.out)
    assert not exact["suppressed"] and "internal use" in captured.err
    assert all(not table["hidden"] for table in exact["tables"])
    assert cli.main(["stats", *PERIOD, "--format", "json", "--threshold", "11"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "<11" in _from_json(data).values()


def test_filters_and_errors(env, capsys):
    assert cli.main(["stats", "--project", "IOM-CT", "--category", "victim_of_trafficking",
                     "--district", "khujand", "--format", "json"]) == 0  # fmt: skip
    data = json.loads(capsys.readouterr().out)
    assert data["project"] == "IOM-CT" and data["district"] == "khujand"
    for bad in (["--from", "31.02.2024"], ["--project", "NOPE"], ["--format", "xlsx"],
                ["--threshold", "1"], ["--age-bands", "5-9"], ["--category", "x"]):  # fmt: skip
        assert cli.main(["stats", *bad]) == 1
        assert capsys.readouterr().err.startswith("ajo-cases: ")


def test_parse_day():
    assert parse_day("05.03.2025") == parse_day("2025-03-05") == date(2025, 3, 5)

"""Hostile and odd import files: each is refused with a whole-file problem code, read within
the caps, never a traceback and never rows that silently vanish. Time and memory on the
full-size crafted files are measured by benchmarks/bench_hostile_import.py."""

import zipfile
from dataclasses import replace
from datetime import date

import openpyxl.xml
import pytest
from openpyxl import load_workbook

from ajo_cases.services.exchange.importer import import_file
from ajo_cases.services.exchange.read_limits import DEFAULT_LIMITS, ReadProblem
from ajo_cases.services.exchange.table_reader import read_table
from tests.services import crafted_xlsx as crafted

TODAY = date(2026, 6, 30)


def _problems(vault, path):
    report = import_file(vault, path, dry_run=True, today=TODAY)
    assert not report.written
    return [(p.row, p.code) for p in report.problems]


def test_millions_of_empty_rows_stop_at_the_row_cap(admin_vault, tmp_path):
    empty = (f'<row r="{n}"/>' for n in range(2, 1_048_577))
    path = crafted.write(tmp_path / "empty.xlsx", crafted.sheet([crafted.text_row(1, ["ref"]),
                                                                  *empty]))  # fmt: skip
    assert path.stat().st_size < 3 * 2**20  # small on disk, a million rows inside
    assert _problems(admin_vault, path) == [(DEFAULT_LIMITS.max_rows + 1, "too_many_rows")]


def test_one_far_row_is_refused_at_once(admin_vault, tmp_path):
    rows = [*crafted.valid_rows(2), crafted.text_row(1_048_576, ["x"])]
    path = crafted.write(tmp_path / "far.xlsx", crafted.sheet(rows))
    assert _problems(admin_vault, path) == [(1_048_576, "too_many_rows")]


def test_a_huge_shared_strings_part_is_refused_before_it_is_read(admin_vault, tmp_path):
    size = DEFAULT_LIMITS.max_strings_bytes // 18 + 1000  # just over the cap, 18 bytes each
    strings = ("<si><t>aaaa</t></si>" for _ in range(size))
    path = crafted.write(tmp_path / "sst.xlsx", crafted.sheet(crafted.valid_rows(1)), strings)
    assert path.stat().st_size < 2**20
    assert _problems(admin_vault, path) == [(0, "too_large")]


def test_too_many_shared_strings_are_refused_while_reading(tmp_path):
    limits = replace(DEFAULT_LIMITS, max_shared_strings=1000)
    strings = (f"<si><t>{n}</t></si>" for n in range(1001))
    path = crafted.write(tmp_path / "sst.xlsx", crafted.sheet(crafted.valid_rows(1)), strings)
    with pytest.raises(ReadProblem) as caught:
        read_table(path, limits=limits)
    assert caught.value.code == "too_large" and "1,000 different texts" in caught.value.message


def test_a_false_dimension_hides_no_rows(admin_vault, tmp_path):
    path = crafted.write(tmp_path / "dim.xlsx", crafted.sheet(crafted.valid_rows(10), "A1:E2"))
    # the attack: a reader that trusts <dimension> sees one data row instead of ten
    book = load_workbook(path, read_only=True)
    assert len(list(book.worksheets[0].iter_rows(values_only=True))) == 2
    book.close()
    report = import_file(admin_vault, path, today=TODAY)
    assert report.written and report.people == 10, report.problems


def test_a_cell_far_to_the_right_is_refused(admin_vault, tmp_path):
    rows = [*crafted.valid_rows(1), '<row r="3"><c r="XFD3"><v>1</v></c></row>']
    path = crafted.write(tmp_path / "wide.xlsx", crafted.sheet(rows))
    assert _problems(admin_vault, path) == [(3, "too_large")]


@pytest.mark.parametrize(
    "sheet_xml",
    [
        '<?xml version="1.0"?><worksheet><sheetData><row><c t="s"><v>',  # cut short
        '<?xml version="1.0"?><worksheet><sheetData><row></c></row></sheetData></worksheet>',
        '<?xml version="1.0" encoding="UTF-8"?><worksheet>\xff\xfe</worksheet>',
        '<?xml version="1.0"?><worksheet><sheetData><row><c t="s"><v>99</v></c></row>'
        "</sheetData></worksheet>",  # a shared string that is not there
        '<?xml version="1.0"?><worksheet><sheetData><row><c><v>abc</v></c></row>'
        "</sheetData></worksheet>",  # a number that is not one
        '<?xml version="1.0"?><worksheet><sheetData><row><c t="d"><v>soon</v></c></row>'
        "</sheetData></worksheet>",
    ],
)
def test_malformed_xml_is_a_bad_file(admin_vault, tmp_path, sheet_xml):
    path = crafted.write(tmp_path / "bad.xlsx", [sheet_xml])
    assert [code for _, code in _problems(admin_vault, path)] == ["bad_file"]


@pytest.mark.parametrize(
    "prolog",
    [
        # billion laughs: entities that expand exponentially
        '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>',
        # an external entity reading a local file
        '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    ],
)
def test_entities_and_dtds_are_refused(admin_vault, tmp_path, prolog):
    rows = [crafted.text_row(1, crafted.HEADER), crafted.text_row(2, ["&lol3;"])]
    path = crafted.write(tmp_path / "dtd.xlsx", crafted.sheet(rows, prolog=prolog))
    assert _problems(admin_vault, path) == [(0, "bad_file")]


def test_defusedxml_is_installed_for_openpyxl():
    # openpyxl parses with defusedxml when it is installed (its documented recommendation)
    assert openpyxl.xml.DEFUSEDXML


@pytest.mark.parametrize(
    "content",
    [b"PK\x03\x04 not really", b"", b"\x00" * 100, zipfile.ZipFile.__doc__.encode()[:50]],
)
def test_not_a_workbook(admin_vault, tmp_path, content):
    path = tmp_path / "x.xlsx"
    path.write_bytes(content)
    assert [code for _, code in _problems(admin_vault, path)] == ["bad_file"]


def test_a_workbook_without_its_parts(admin_vault, tmp_path):
    path = tmp_path / "parts.xlsx"
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("[Content_Types].xml", crafted.CONTENT_TYPES)
    assert [code for _, code in _problems(admin_vault, path)] == ["bad_file"]


def test_cell_text_over_excels_limit(admin_vault, tmp_path):
    rows = [*crafted.valid_rows(1), crafted.text_row(3, ["x" * 40_000])]
    path = crafted.write(tmp_path / "long.xlsx", crafted.sheet(rows))
    assert _problems(admin_vault, path) == [(3, "too_large")]


def test_element_cell_and_part_caps(tmp_path):
    path = crafted.write(tmp_path / "ok.xlsx", crafted.sheet(crafted.valid_rows(50)),
                         extra_parts=20)  # fmt: skip
    assert len(read_table(path).rows) == 51
    for limits, message in (
        (replace(DEFAULT_LIMITS, max_elements=200), "XML elements"),
        (replace(DEFAULT_LIMITS, max_cells=100), "filled cells"),
        (replace(DEFAULT_LIMITS, max_parts=10), "parts"),
        (replace(DEFAULT_LIMITS, max_sheet_bytes=1000), "MB"),
    ):
        with pytest.raises(ReadProblem, match=message) as caught:
            read_table(path, limits=limits)
        assert caught.value.code == "too_large"


def test_csv_field_over_128_kb(admin_vault, tmp_path):
    path = tmp_path / "long.csv"
    path.write_text('ref,given_name\nR1,"' + "x" * 200_000 + '"\n', encoding="utf-8")
    assert _problems(admin_vault, path) == [(2, "bad_file")]
    path.write_text("ref,given_name\nR1," + "x" * 40_000 + "\n", encoding="utf-8")
    assert _problems(admin_vault, path) == [(2, "too_large")]


def test_csv_caps(admin_vault, tmp_path):
    path = tmp_path / "many.csv"
    path.write_text("ref\n" + "\n" * 70_000 + "x\n", encoding="utf-8")
    assert _problems(admin_vault, path) == [(DEFAULT_LIMITS.max_rows + 1, "too_many_rows")]
    path.write_text("ref\n" + "," * 500 + "x\n", encoding="utf-8")
    assert _problems(admin_vault, path) == [(2, "too_large")]
    path.write_bytes(b"ref,name\n\x98\x98\xff\n")  # undefined in Windows-1251 as well
    assert _problems(admin_vault, path) == [(0, "bad_encoding")]

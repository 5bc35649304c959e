"""Importing the registers offices already keep: header found, columns mapped from Russian or
Tajik headers, full names split, words mapped to codes, several services per cell, dates in
every form; unmappable values listed with rows; nothing written unless valid or skipped."""

import csv
import io
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from ajo_cases.services.exchange.exporter import export_records
from ajo_cases.services.exchange.import_mapping import (
    ImportMapping,
    load,
    read_mapping_file,
    write_mapping_file,
)
from ajo_cases.services.exchange.importer import import_file
from ajo_cases.services.people import search
from ajo_cases.storage.models import Assistance, AuditEntry, Beneficiary
from tests.services import registers

TODAY = date(2026, 6, 30)


def _count(vault, model):
    with vault.read_session() as session:
        return session.scalar(select(func.count()).select_from(model))


def _exported(vault):
    out = io.StringIO()
    export_records(vault, "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    return [row for row in rows if row["sex"]], rows


def _targets(report):
    return {c.header: c.target for c in report.mapping.columns if c.header}


def _codes(report):
    return {(p.row, p.column, p.code) for p in report.problems}


def test_russian_register_dry_run_shows_mapping_and_unmapped_values(admin_vault, tmp_path):
    path = registers.russian_register(tmp_path / "реестр.xlsx")
    report = import_file(admin_vault, path, dry_run=True, today=TODAY)
    assert report.sheet == "Реестр 2024" and report.sheets == ("Инструкция", "Реестр 2024")
    assert report.mapping.header_row == 3
    assert _targets(report) == {
        "№ п/п": "ref", "Ф.И.О.": "full_name", "Пол": "sex", "Дата рождения": "birth_date",
        "Район": "district", "Категория": "category", "Дата обращения": "opened_on",
        "Вид оказанной помощи": "assistance_type", "Страна миграции": "country_exploitation",
        "Тел.": "phone", "Подпись": "ignore",
    }  # fmt: skip
    notes = {note.code: note for note in report.notes}
    assert notes["numbering_row_skipped"].rows == (4,)
    assert notes["total_row_skipped"].rows == (10,)
    assert notes["column_not_imported"].detail == "Подпись"
    assert notes["age_from_birth_year"].rows == (6, 7)  # "1999" and 1985: years only
    assert notes["assistance_on_opening_date"].count == 5
    assert [(u.column, u.text, u.rows) for u in report.unmapped] == [("district", "Мархамат", (9,))]
    assert _codes(report) == {(9, "district", "unknown_code")}
    assert not report.written and _count(admin_vault, Beneficiary) == 0


def test_russian_register_imported_with_the_users_choice_for_a_word(admin_vault, tmp_path):
    path = registers.russian_register(tmp_path / "реестр.xlsx")
    first = import_file(admin_vault, path, dry_run=True, today=TODAY)
    mapping = replace(first.mapping, values={"district": {"Мархамат": "outside_sughd"}})
    report = import_file(admin_vault, path, mapping=mapping, today=TODAY)
    assert report.written and report.ok, report.problems
    assert (report.people, report.assistance) == (5, 7)  # "юр., мед." and "психолог; приют": 2
    people, _ = _exported(admin_vault)
    by_family = {row["family_name"]: row for row in people}
    jamshed = by_family["Қодиров"]
    assert (jamshed["given_name"], jamshed["patronymic"]) == ("Ҷамшед", "Раҳимович")
    assert (jamshed["birth_date"], jamshed["district"]) == ("1990-03-12", "khujand")
    assert (jamshed["category"], jamshed["country_exploitation"]) == ("returnee_migrant", "RU")
    nigora = by_family["Раҳимова"]
    assert (nigora["birth_date"], nigora["estimated_age"]) == ("", "25")  # 2024 - 1999
    assert nigora["district"] == "b_gafurov" and nigora["category"] == "victim_of_trafficking"
    olga = by_family["Ivanova"]
    assert (olga["given_name"], olga["opened_on"]) == ("Olga", registers.EXCEL_DATE.isoformat())
    assert olga["district"] == "j_rasulov" and olga["sex"] == "female"
    farida = by_family["Ҳасанзода"]
    assert (farida["given_name"], farida["patronymic"]) == ("Фарида", "духтари Каримҷон")
    assert farida["birth_date"] == "2001-07-20" and farida["district"] == "spitamen"
    alisher = by_family["Саидов"]
    assert alisher["patronymic"] == "ибни Олим" and alisher["district"] == "outside_sughd"
    with admin_vault.read_session() as session:
        kinds = sorted(session.scalars(select(Assistance.type)))
        assert kinds == sorted(["legal", "medical", "psychological", "accommodation",
                                "food_nfi", "legal", "medical"])  # fmt: skip
        detail = session.scalar(select(AuditEntry.detail).where(AuditEntry.event == "import"))
    assert detail == "people=5 cases=5 assistance=7"
    for spelling in ("Jamshed", "Джамшед", "Ҷамшед"):
        assert len(search.find(admin_vault, spelling)) == 1


def test_tajik_register_with_latin_names(admin_vault, tmp_path):
    report = import_file(admin_vault, registers.tajik_register(tmp_path / "ф.xlsx"), today=TODAY)
    assert report.written, report.problems
    assert _targets(report) == {
        "Рақам": "ref", "Ному насаб": "full_name", "Ҷинс": "sex", "Соли таваллуд": "birth_year",
        "Ноҳия": "district", "Гурӯҳ": "category", "Санаи муроҷиат": "opened_on",
        "Намуди кӯмак": "assistance_type",
    }  # fmt: skip
    people, _ = _exported(admin_vault)
    names = {(r["family_name"], r["given_name"], r["patronymic"]): r for r in people}
    assert set(names) == {
        ("Шарипова", "Мадина", ""), ("Qodirov", "Jamshed", ""),
        ("Rahimova", "Nigora", "Rustam qizi"),
    }  # fmt: skip
    madina = names[("Шарипова", "Мадина", "")]
    assert (madina["district"], madina["estimated_age"]) == ("khujand", "29")
    assert madina["category"] == "returnee_migrant"
    assert names[("Rahimova", "Nigora", "Rustam qizi")]["birth_date"] == "2000-05-12"
    assert names[("Qodirov", "Jamshed", "")]["category"] == "victim_of_trafficking"
    assert report.assistance == 5  # "ҳуқуқӣ, тиббӣ" and "иҷтимоӣ ва ҳуқуқӣ" are two each


def test_cp1251_csv_nothing_written_until_valid_or_skipped(admin_vault, tmp_path):
    path = registers.cp1251_register(tmp_path / "реестр.csv")
    report = import_file(admin_vault, path, today=TODAY)
    assert report.encoding == "cp1251" and report.mapping.header_row == 2
    assert _codes(report) == {(4, "category", "unknown_code"), (5, "birth_date", "bad_date")}
    assert not report.written and _count(admin_vault, Beneficiary) == 0
    skipped = import_file(admin_vault, path, today=TODAY, skip_invalid=True)
    assert skipped.written and skipped.skipped_rows == (4, 5)
    assert (skipped.people, skipped.assistance) == (2, 2)
    people, _ = _exported(admin_vault)
    assert sorted(r["family_name"] for r in people) == ["Olimova", "Кодиров"]
    with admin_vault.read_session() as session:
        detail = session.scalar(select(AuditEntry.detail).where(AuditEntry.event == "import"))
    assert detail.endswith("skipped_rows=2")


def test_mapping_saved_reused_and_defaults_fill_a_missing_field(admin_vault, tmp_path):
    path = tmp_path / "no-category.csv"
    path.write_text(
        "ФИО;Пол;Дата обращения\nҚодиров Ҷамшед;м;01.02.2025\nРаҳимова Нигора;ж;03.02.2025\n",
        encoding="utf-8",
    )
    first = import_file(admin_vault, path, dry_run=True, today=TODAY)
    assert (1, "category", "missing_column") in _codes(first)
    saved = tmp_path / "mapping.json"
    write_mapping_file(saved, first.mapping)
    assert saved.stat().st_mode & 0o077 == 0
    text = saved.read_text(encoding="utf-8")
    assert '"header": "ФИО", "field": "full_name"' in text  # one line per column, readable
    edited = text.replace('"defaults": {}', '"defaults": {"category": "returnee_migrant"}')
    saved.write_text(edited, encoding="utf-8")
    report = import_file(admin_vault, path, mapping=read_mapping_file(saved), today=TODAY)
    assert report.written and report.people == 2, report.problems
    people, _ = _exported(admin_vault)
    assert {r["category"] for r in people} == {"returnee_migrant"}


def test_saved_mapping_finds_columns_by_header_after_they_moved(admin_vault, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("Пол;ФИО;Категория;Дата обращения\nм;Қодиров Ҷамшед;ЖТЛ;01.02.2025\n")
    mapping = import_file(admin_vault, path, dry_run=True, today=TODAY).mapping
    moved = tmp_path / "b.csv"
    moved.write_text("ФИО;Дата обращения;Пол;Категория\nРаҳимова Нигора;01.02.2025;ж;ЖТЛ\n")
    report = import_file(admin_vault, moved, mapping=load(mapping.to_json()), today=TODAY)
    assert report.written, report.problems
    people, _ = _exported(admin_vault)
    assert (people[0]["family_name"], people[0]["sex"]) == ("Раҳимова", "female")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("{", "not JSON"),
        ('{"format": "other"}', "not an AJO Cases import mapping"),
        ('{"format": "ajo-cases-import-mapping", "columns": [{"column": "A", "field": "x"}]}',
         "unknown field"),
        ('{"format": "ajo-cases-import-mapping", "values": {"sex": {"ж": "woman"}}}',
         "not a sex code"),
        ('{"format": "ajo-cases-import-mapping", "values": {"notes": {"a": "b"}}}',
         "only hold words of code fields"),
    ],
)  # fmt: skip
def test_bad_mapping_files_are_refused(text, reason):
    from ajo_cases.services.exchange.import_mapping import MappingInvalid

    with pytest.raises(MappingInvalid, match=reason):
        load(text)


def test_sheet_chosen_by_name(admin_vault, tmp_path):
    path = registers.russian_register(tmp_path / "r.xlsx")
    wrong = import_file(admin_vault, path, dry_run=True, sheet="Инструкция", today=TODAY)
    assert wrong.sheet == "Инструкция"
    assert ("missing_column" in {p.code for p in wrong.problems}) and not wrong.written
    missing = import_file(admin_vault, path, dry_run=True, sheet="Нет такого", today=TODAY)
    assert [p.code for p in missing.problems] == ["no_sheet"]
    assert "Реестр 2024" in missing.problems[0].message


def test_a_register_without_a_ref_column_takes_each_row_as_a_person(admin_vault, tmp_path):
    path = tmp_path / "r.csv"
    path.write_text(
        "ФИО,Пол,Год рождения,Категория,Дата обращения,Вид помощи,Дата помощи\n"
        "Қодиров Ҷамшед,м,1990,ЖТЛ,01.02.2025,юр.,05.02.2025\n"
        "Раҳимова Нигора,ж,1999,ЖТЛ,03.02.2025,юр.,\n",
        encoding="utf-8",
    )
    report = import_file(admin_vault, path, today=TODAY)
    # with an assistance date column, an assistance record needs its date
    assert _codes(report) == {(3, "assistance_date", "missing")}
    assert not report.written


def test_one_amount_for_several_services_is_refused(admin_vault, tmp_path):
    path = tmp_path / "r.csv"
    path.write_text(
        "ФИО,Пол,Категория,Дата обращения,Вид помощи,Сумма\n"
        "Қодиров Ҷамшед,м,ЖТЛ,01.02.2025,юр. и мед.,150\n",
        encoding="utf-8",
    )
    report = import_file(admin_vault, path, today=TODAY)
    assert _codes(report) == {(2, "assistance_cost", "inconsistent")}


def test_bare_years_are_only_for_birth(admin_vault, tmp_path):
    path = tmp_path / "r.csv"
    path.write_text(
        "ФИО,Пол,Категория,Дата обращения\nҚодиров Ҷамшед,м,ЖТЛ,2024\n", encoding="utf-8"
    )
    report = import_file(admin_vault, path, today=TODAY)
    assert _codes(report) == {(2, "opened_on", "bad_date")}
    assert "only a year" in report.problems[0].message


def test_mapping_type_is_plain_data():
    assert ImportMapping(1, []).to_json().startswith("{\n")

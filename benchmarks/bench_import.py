"""Import of 10,000-row XLSX files (validated, then written), as the office would do it.

    python benchmarks/bench_import.py [--rows 10000] [--runs 3]

Two files: the import layout (a demo vault exported to XLSX), and an office's own register
made from the same people: two title rows, Russian headers, the full name in one cell, words
for sex, district ("г. Худжанд", "н. Б. Гафуров"), category and type of help (several in one
cell, abbreviated), dates as text, some birth dates as a bare year. The register is imported
with the mapping the import proposes (header found, columns mapped, words to codes). Each is
imported into a fresh vault that has the same projects; reports the dry run (validation) and
the full import, medians of the runs, and the register's ratio to the import layout.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from ajo_cases.vault import kdf

kdf.use_weak_test_parameters()

from ajo_cases.domain.names import fold  # noqa: E402
from ajo_cases.services.access.opening import create_vault  # noqa: E402
from ajo_cases.services.demo import demo_names  # noqa: E402
from ajo_cases.services.demo.demo import fill_demo  # noqa: E402
from ajo_cases.services.exchange.exporter import export_records  # noqa: E402
from ajo_cases.services.exchange.importer import import_file  # noqa: E402
from ajo_cases.storage.models import Project  # noqa: E402

RESULTS = Path(__file__).parent / "results"
PASSWORD = "benchmark passphrase long enough"


def _kept(records: list[tuple[object, ...]], rows: int) -> list[tuple[object, ...]]:
    """The first `rows` rows, without the demo's namesakes born in the same year and without
    exact repeats (the importer rightly refuses both)."""
    header = [str(name) for name in records[0]]
    col = {name: header.index(name) for name in header}
    seen_people: set[str] = set()
    seen_rows: set[tuple[object, ...]] = set()
    skipped: set[object] = set()
    kept = [records[0]]
    for record in records[1:]:
        ref = record[col["ref"]]
        if record[col["sex"]]:  # the first row of a case
            name = " ".join(str(record[col[n]] or "") for n in
                            ("family_name", "given_name", "patronymic", "latin_name"))  # fmt: skip
            key = f"{fold(name)}|{str(record[col['birth_date']] or '')[:4]}"
            if key in seen_people:
                skipped.add(ref)
            seen_people.add(key)
        if ref in skipped or record in seen_rows:
            continue
        seen_rows.add(record)
        kept.append(record)
        if len(kept) > rows:
            break
    return kept


def _export_demo(folder: Path, name: str, cases: int) -> Path:
    vault, _ = create_vault(folder / f"source-{name}", "admin", PASSWORD)
    try:
        fill_demo(vault, cases=max(1, cases), seed=1)
        path = folder / f"{name}.xlsx"
        export_records(vault, "xlsx", path)
    finally:
        vault.close()
    return path


def make_file(folder: Path, rows: int) -> Path:
    """A demo vault exported to XLSX, trimmed to `rows` rows."""
    path = _export_demo(folder, "records", int(rows / 1.5))
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    kept = _kept(list(book["records"].iter_rows(values_only=True)), rows)
    book.close()
    from openpyxl import Workbook

    out = Workbook(write_only=True)
    sheet = out.create_sheet("records")
    for row in kept:
        sheet.append(list(row))
    trimmed = folder / f"import-{rows}.xlsx"
    out.save(trimmed)
    return trimmed


_RU = {
    "female": "жен.", "male": "муж.", "other_unknown": "не указан", "victim_of_trafficking": "ЖТЛ",
    "returnee_migrant": "Вернувшийся мигрант", "vulnerable_migrant": "уязвимый мигрант",
    "migrant_family_member": "член семьи мигранта", "other": "другое",
}  # fmt: skip
_HELP = {"legal": "юр.", "medical": "мед.", "psychological": "психол.", "social": "соц."}
REGISTER_HEADER = ["№ п/п", "Ф.И.О.", "Пол", "Дата рождения", "Район", "Категория",
                   "Дата обращения", "Вид помощи", "Телефон"]  # fmt: skip


def _words(code: str, vocab: str) -> str:
    from ajo_cases.reports.vocabulary import label

    return _HELP.get(code) or label(vocab, code, "ru")


def _dmy(value: object) -> str:
    text = str(value or "")[:10]
    return f"{text[8:10]}.{text[5:7]}.{text[:4]}" if len(text) == 10 else text


def make_register(folder: Path, rows: int) -> Path:
    """The same people as an office's register: one row per person, words instead of codes."""
    from openpyxl import Workbook, load_workbook

    source = load_workbook(_export_demo(folder, "people", int(rows * 1.2)), read_only=True)
    records = list(source["records"].iter_rows(values_only=True))
    source.close()
    col = {str(name): i for i, name in enumerate(records[0])}
    width = len(records[0])
    records = [tuple(r) + (None,) * (width - len(r)) for r in records]
    people: dict[object, list[object]] = {}
    helps: dict[object, list[str]] = {}
    seen: set[str] = set()
    for record in records[1:]:
        ref = record[col["ref"]]
        if record[col["sex"]]:
            key = fold(" ".join(str(record[col[n]] or "") for n in
                                ("family_name", "given_name", "patronymic")))  # fmt: skip
            if key not in seen:  # demo namesakes: the import rightly refuses a second one
                people[ref] = list(record)
            seen.add(key)
        if record[col["assistance_type"]]:
            helps.setdefault(ref, []).append(_words(str(record[col["assistance_type"]]),
                                                    "assistance_type"))  # fmt: skip
    book = Workbook()
    sheet = book.active
    sheet.append(["Реестр получателей помощи"])
    sheet.append(["Согдийская область"])
    sheet.append(REGISTER_HEADER)
    for number, (ref, r) in enumerate(list(people.items())[:rows], 1):
        name = " ".join(str(r[col[n]] or "") for n in ("family_name", "given_name", "patronymic"))
        born = _dmy(r[col["birth_date"]]) if number % 3 else str(r[col["birth_date"]] or "")[:4]
        district = r[col["district"]]
        place = f"г. {_words(str(district), 'district')}" if district else ""
        sheet.append([number, name.strip(), _RU[str(r[col["sex"]])] if r[col["sex"]] in _RU
                      else "", born, place, _RU[str(r[col["category"]])],
                      _dmy(r[col["opened_on"]]), "; ".join(helps.get(ref, [])),
                      r[col["phone"]]])  # fmt: skip
    path = folder / f"register-{rows}.xlsx"
    book.save(path)
    return path


def run_once(folder: Path, path: Path, run: int, dry_run: bool) -> tuple[float, object]:
    vault, _ = create_vault(folder / f"target-{path.stem}-{run}-{int(dry_run)}", "admin", PASSWORD)
    try:
        with vault.unit_of_work() as session:
            for code, name, donor in demo_names.PROJECTS:
                session.add(Project(code=code, name=name, donor=donor))
        started = time.perf_counter()
        report = import_file(vault, path, dry_run=dry_run)
        return time.perf_counter() - started, report
    finally:
        vault.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        files = {"import layout": make_file(folder, args.rows)}
        files["register"] = make_register(folder, args.rows)
        summary: dict[str, dict[str, float]] = {}
        for label, path in files.items():
            results: dict[str, list[float]] = {"validate_s": [], "import_s": []}
            for run in range(args.runs):
                for dry_run, key in ((True, "validate_s"), (False, "import_s")):
                    seconds, report = run_once(folder, path, run, dry_run)
                    assert report.ok, report.problems[:5]  # type: ignore[attr-defined]
                    results[key].append(seconds)
            summary[label] = {
                "rows": report.rows,  # type: ignore[attr-defined]
                "people": report.people,  # type: ignore[attr-defined]
                "assistance": report.assistance,  # type: ignore[attr-defined]
                "file_mb": round(path.stat().st_size / 2**20, 2),
                **{f"{k}_median": round(statistics.median(v), 2) for k, v in results.items()},
            }
    layout, register = summary["import layout"], summary["register"]
    summary["register_vs_layout"] = {
        key: round(register[key] / layout[key], 2)
        for key in ("validate_s_median", "import_s_median")
    }
    print(
        f"{'file':<14} {'rows':>7} {'people':>7} {'file MB':>8} {'validate s':>11} {'import s':>9}"
    )
    for label in files:
        row = summary[label]
        print(f"{label:<14} {row['rows']:>7,} {row['people']:>7,} {row['file_mb']:>8} "
              f"{row['validate_s_median']:>11} {row['import_s_median']:>9}")  # fmt: skip
    ratio = summary["register_vs_layout"]
    print(
        f"register / import layout (same run): validate {ratio['validate_s_median']}x, "
        f"import {ratio['import_s_median']}x; runs: {args.runs}"
    )
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"import_{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(summary, indent=2), encoding="utf-8")
    print(f"written {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

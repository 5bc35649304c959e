"""The donor report PDF: Tajik words, embedded fonts, hidden cells as "<5", the same numbers
as the JSON export, neutral metadata."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from ajo_cases.domain.charts import charts_for
from ajo_cases.domain.stats_model import Measure, StatsFilter
from ajo_cases.reports.donor_report import build_donor_report, entry_text
from ajo_cases.reports.model import Letterhead
from ajo_cases.reports.stats_texts import WORDS, row_label, stats_text, table_title
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.demo.demo import fill_demo
from ajo_cases.services.statistics import statistics as stats
from ajo_cases.services.statistics import stats_export
from tests.reports.pdfcheck import base_name, flat_text, fonts, metadata_text
from tests.support import ADMIN, ADMIN_PASSWORD

TODAY = date(2026, 3, 1)
YEAR = StatsFilter(date(2025, 1, 1), date(2025, 12, 31))
HEAD = Letterhead(name="AJO Khujand", address="Khujand, Sughd")


@pytest.fixture(scope="module")
def reports(template_vault, tmp_path_factory):
    folder = tmp_path_factory.mktemp("donor") / "vault"
    shutil.copytree(template_vault[0], folder)
    vault = open_vault(folder, ADMIN, ADMIN_PASSWORD)
    try:
        fill_demo(vault, cases=300, seed=3, today=TODAY)
        donor = stats.compute(vault, YEAR, today=TODAY)
        exact = stats.compute(vault, YEAR, suppress=False, today=TODAY)
    finally:
        vault.close()
    return donor, exact


def _pdf(report, lang="tg"):
    return build_donor_report(report, charts_for(report), HEAD, lang, "Counter-trafficking",
                              printed_on=TODAY)  # fmt: skip


def _json_text(table, value, column, lang):
    """A JSON export value as the PDF prints it."""
    if value is None:
        return None
    if table.measure(column) is Measure.AMOUNT:
        whole, cents = divmod(value, 100)
        return f"{whole:,}".replace(",", "\u00a0") + ("." if lang == "en" else ",") + f"{cents:02d}"
    return str(value)


def test_tajik_words_and_hidden_cells(reports):
    donor, _exact = reports
    text = flat_text(_pdf(donor))
    for key in ("donor_report", "persons_by_category", "assistance_persons", "total", "charts"):
        assert stats_text("tg", key) in text
    assert "Қурбонии савдои одамон" in text and "Махфӣ" in text and "Саҳифаи 1 аз" in text
    assert "01.01.2025 – 31.12.2025" in text
    assert any(donor_table.hidden for donor_table in donor.tables)
    assert "<5" in text and stats_text("tg", "legend_small", n=5) in text


def test_numbers_agree_with_the_json_export(reports):
    donor, _exact = reports
    text = flat_text(_pdf(donor))
    exported = {t["name"]: t for t in stats_export.to_json(donor)["tables"]}
    for table in donor.tables:
        data = exported[table.name]
        n_rows, n_cols = table.shape
        assert table_title("tg", table.name) in text
        # the totals row, as the JSON export has it (null = hidden, printed "<5" or "x")
        totals = [*data["column_totals"], *([data["grand_total"]] if data["row_totals"] else [])]
        printed = []
        for c, value in enumerate(totals):
            shown = _json_text(table, value, c, "tg")
            assert (shown is None) == ((n_rows, c) in table.hidden)
            printed.append(
                shown if shown is not None else entry_text(donor, table, n_rows, c, "tg")
            )
        expected = " ".join([stats_text("tg", "total"), *printed])
        assert " ".join(expected.split()) in text, table.name  # no-break spaces as spaces
        for r in range(n_rows):  # every cell's JSON value equals what the PDF prints
            for c in range(n_cols):
                shown = _json_text(table, data["cells"][r][c], c, "tg")
                assert shown is None or shown == entry_text(donor, table, r, c, "tg")
        label = row_label("tg", table.name, table.rows[0])
        assert " ".join(label.split()[:1]) in text


def test_fonts_embedded_and_metadata_neutral(reports):
    donor, exact = reports
    for report in (donor, exact):
        pdf = _pdf(report, "ru")
        used = fonts(pdf)
        assert used and all(used.values())
        assert {base_name(name) for name in used} <= {"DejaVuSans", "DejaVuSans-Bold"}
        meta = metadata_text(pdf)
        assert "Статистический отчёт" in meta
        assert "SH-" not in meta and "-20" not in meta  # no case code


def test_exact_report_says_so_and_every_language_builds(reports):
    donor, exact = reports
    text = flat_text(_pdf(exact, "en"))
    assert "internal use only" in text and "<5" not in text
    for lang in ("tg", "ru", "en"):
        assert _pdf(donor, lang).startswith(b"%PDF")
    assert set(WORDS) >= {name for name in donor.names}

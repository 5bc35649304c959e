"""The statistics dashboard as a manager: filters, tables, charts, drill-down, export."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from sqlalchemy import select

from ajo_cases.services.access import users
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.demo.demo import fill_demo
from ajo_cases.storage.models import AuditEntry
from ajo_cases.ui.statistics.chart_widget import ChartWidget
from ajo_cases.ui.statistics.statistics_page import DrillDownDialog
from ajo_cases.ui.statistics.stats_table_model import CodeRole, HiddenRole
from tests.support import ADMIN, ADMIN_PASSWORD
from tests.ui.case_helpers import modal
from tests.ui.conftest import unlock

PW = "manager passphrase long enough"
CODE = re.compile(r"^[A-Z]{2,}-\d{4}-\d{4,}$")


@pytest.fixture
def manager_session(make_session, vault_dir, qtbot):
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        fill_demo(vault, cases=150, seed=7, today=date.today())
        users.add_user(vault, "boss", "manager", PW)
    finally:
        vault.close()
    session = make_session(vault_dir)
    unlock(qtbot, session, "boss", PW)
    return session


def _page(session, qtbot):
    window = session.main_window
    assert window.show_page("statistics")
    page = window.pages["statistics"]
    qtbot.waitUntil(lambda: page.report is not None, timeout=10_000)
    return page


def _events(session):
    with session.vault.read_session() as db:
        return [event for (event,) in db.execute(select(AuditEntry.event))]


def _shown_cell(page):
    model = page.model
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            index = model.index(r, c)
            if not index.data(HiddenRole) and index.data() not in ("", "0"):
                return index
    raise AssertionError("no shown number")


def test_manager_sees_tables_and_charts_and_filters(manager_session, qtbot, qtmodeltester):
    page = _page(manager_session, qtbot)
    page.date_from.setDate(page.date_from.date().addYears(-3))
    assert page.date_from.displayFormat() == "dd.MM.yyyy"
    page.show_button.click()
    qtbot.waitUntil(lambda: page.report.filter.date_from.year == date.today().year - 3,
                    timeout=10_000)  # fmt: skip
    assert page.report.suppressed and page.tables.count() == len(page.report.names)
    assert page.model.rowCount() == len(page.report.tables[0].rows) + 1
    qtmodeltester.check(page.model)
    totals = page.model.index(page.model.rowCount() - 1, page.model.columnCount() - 1)
    assert totals.data(CodeRole) == ("total", "total")
    page.tables.setCurrentRow(page.report.names.index("assistance_services"))
    qtmodeltester.check(page.model)
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "Cost, TJS"
    charts = page.chart_widgets()
    assert len(charts) == 5 and all(isinstance(c, ChartWidget) for c in charts)
    page.tabs.setCurrentIndex(1)
    assert not charts[0].grab().isNull()

    page.category.setCurrentIndex(page.category.findData("victim_of_trafficking"))
    page.show_button.click()
    qtbot.waitUntil(lambda: page.report.filter.category == "victim_of_trafficking",
                    timeout=10_000)  # fmt: skip
    first = page.report.table("persons_by_category")
    assert first.rows[0] == "victim_of_trafficking"
    assert all(v == 0 for v in first.cells[1]) or 1 in {r for r, _c in first.hidden}


def test_drill_down_shows_case_codes_only_and_is_audited(manager_session, qtbot):
    page = _page(manager_session, qtbot)
    page.date_from.setDate(page.date_from.date().addYears(-3))
    page.show_button.click()
    qtbot.waitUntil(lambda: page.report.filter.date_from.year < date.today().year,
                    timeout=10_000)  # fmt: skip
    index = _shown_cell(page)
    page.drill_down(index)
    qtbot.waitUntil(lambda: page.dialog is not None, timeout=10_000)
    dialog = page.dialog
    assert isinstance(dialog, DrillDownDialog)
    assert dialog.codes and all(CODE.match(code) for code in dialog.codes)
    assert dialog.list.count() == len(dialog.codes)
    assert len(dialog.codes) >= int(index.data())  # persons: at least one case each
    dialog.close()
    assert "stats_drill_down" in _events(manager_session)


def test_exact_counts_are_audited_and_exports_warn(manager_session, qtbot, tmp_path):
    page = _page(manager_session, qtbot)
    page.exact.setChecked(True)
    qtbot.waitUntil(lambda: not page.report.suppressed, timeout=10_000)
    assert page.warning.isVisibleTo(page) and "internal" in page.warning.text()
    assert "stats_exact" in _events(manager_session)
    page.exact.setChecked(False)
    qtbot.waitUntil(lambda: page.report.suppressed, timeout=10_000)

    for fmt in ("csv", "pdf"):
        target = tmp_path / f"out.{fmt}"
        page.export_buttons[fmt].click()
        warning = modal(QMessageBox)
        assert "not encrypted" in warning.text()
        warning.button(QMessageBox.StandardButton.Save).click()
        modal(QFileDialog).fileSelected.emit(str(target))  # as choosing the file does
        qtbot.waitUntil(target.exists, timeout=20_000)
        QApplication.activeModalWidget().reject()
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")
    assert "<5" in (tmp_path / "out.csv").read_text("utf-8-sig")
    events = _events(manager_session)
    assert "stats_export" in events and "print" in events


def test_charts_draw_only_what_the_tables_show(manager_session, qtbot):
    """A hidden cell ("<5", "x") is a hatched mark with its marker, never a zero-length bar,
    and the chart says so under it."""
    page = _page(manager_session, qtbot)
    assert page.report.suppressed
    page.tabs.setCurrentIndex(1)
    charts = page.chart_widgets()
    with_hidden = [chart for chart in charts if chart.spec.hidden]
    assert with_hidden  # 150 demo cases by sex and category leave small cells
    for chart in charts:
        chart.grab()  # paints
        hidden = {(c, s) for (s, c) in chart.spec.hidden}
        marked = {(c, s) for c, s, kind in chart.drawn if kind == "hidden"}
        assert marked == hidden, chart.spec.table
        for c, s, kind in chart.drawn:
            if kind == "value":
                assert chart.spec.series[s][1][c] > 0  # only values the table shows
        assert bool(chart.note()) == bool(hidden)
    note = with_hidden[0].note()
    assert "<5" in note and "hides" in note
    assert with_hidden[0].sizeHint().height() > with_hidden[0]._line() * 2


def test_a_chart_whose_values_are_all_hidden_has_no_empty_axis(qtbot):
    from ajo_cases.domain.charts import ChartSpec
    from ajo_cases.domain.stats_model import Hidden

    spec = ChartSpec(
        "bar", "grants_by_sector", "grants_by_sector", ("tailoring", "livestock"),
        (("approved", (0, 0)),), "grant_sector",
        hidden={(0, 0): Hidden.SMALL, (0, 1): Hidden.COMPLEMENT},
    )  # fmt: skip
    chart = ChartWidget(spec, 5)
    qtbot.addWidget(chart)
    chart.resize(520, chart.sizeHint().height())
    chart.grab()
    assert chart.drawn == [(0, 0, "hidden"), (1, 0, "hidden")]
    assert chart.markers(0) == [(0, "<5")] and chart.markers(1) == [(0, "x")]

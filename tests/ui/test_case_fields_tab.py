"""The Case tab: the fields every case is worked with (project, worker, identification,
risk), reassigning a case audited with both names, and the Trafficking tab saved alongside."""

from __future__ import annotations

from ajo_cases.services.access import audit_view
from ajo_cases.services.casework import cases
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.cases.case_window import CaseWindow
from ajo_cases.ui.kit.form_widgets import CheckList
from tests.ui.case_helpers import WORKER, WORKER_PASSWORD, add_case, add_user, idle


def test_reassign_and_edit_both_case_tabs_in_one_save(admin_vault, qtbot):
    add_user(admin_vault, WORKER, "case_worker", WORKER_PASSWORD)
    case_id = add_case(admin_vault, worker="admin")
    window = CaseWindow(PageContext(admin_vault), case_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.detail is not None, timeout=10_000)
    tab = window.tab_pages["case"]
    assert window.tabs.currentWidget() is tab  # where every case is worked: the first tab
    qtbot.waitUntil(lambda: tab.worker.findData(WORKER) >= 0, timeout=10_000)
    for combo, code in ((tab.worker, WORKER), (tab.source, "hotline"), (tab.risk, "high")):
        combo.setCurrentIndex(combo.findData(code))
        combo.activated.emit(combo.currentIndex())  # as a choice with the mouse does
    trafficking = window.tab_pages["trafficking"]
    window.tabs.setCurrentWidget(trafficking)
    trafficking.types.item(0).setCheckState(trafficking.types.item(0).checkState().Checked)
    assert window.save_button.isEnabled()
    window.save_button.click()
    qtbot.waitUntil(lambda: not window.dirty(), timeout=10_000)
    form = cases.get_case(admin_vault, case_id).form
    assert (form.worker, form.identification_source, form.risk_level) == (WORKER, "hotline", "high")
    assert len(form.exploitation_types) == 1
    qtbot.waitUntil(lambda: f"worker: {WORKER}" in window.header.facts.text(), timeout=10_000)
    updates = [e for e in audit_view.audit_page(admin_vault)
               if e.event == "update" and e.target_id == case_id]  # fmt: skip
    assert any(e.detail == f"worker admin->{WORKER}" for e in updates)
    history = window.tab_pages["history"]
    qtbot.waitUntil(lambda: history.model.rowCount() > 0, timeout=10_000)
    shown = [history.model.index(row, 3).data() for row in range(history.model.rowCount())]
    assert f"Case: case worker admin → {WORKER}" in shown
    idle(qtbot)


def test_a_field_someone_else_changed_is_not_overwritten(admin_vault):
    from dataclasses import replace

    import pytest

    from ajo_cases.errors import InvalidInput

    case_id = add_case(admin_vault)
    start = cases.get_case(admin_vault, case_id).form
    cases.update_case_fields(admin_vault, case_id, start, replace(start, risk_level="low"))
    # another field from the same starting point saves; the same field is refused
    other = replace(start, identification_source="police")
    cases.update_case_fields(admin_vault, case_id, start, other)
    with pytest.raises(InvalidInput):
        cases.update_case_fields(admin_vault, case_id, start, replace(start, risk_level="high"))
    form = cases.get_case(admin_vault, case_id).form
    assert (form.risk_level, form.identification_source) == ("low", "police")


def test_multi_choice_lists_show_whole_rows(qtbot):
    # the Trafficking tab (it scrolls) shows every form of exploitation and means of control
    short, long = CheckList("control_method", max_rows=17), CheckList("country")
    for checks in (short, long):
        qtbot.addWidget(checks)
        checks.show()
        rows = min(checks.count(), checks.max_rows)
        inside = checks.viewport().height()
        assert inside == rows * checks.sizeHintForRow(0)  # whole rows, none cut in half
    assert short.verticalScrollBar().maximum() == 0  # every option shows
    assert long.count() > long.max_rows

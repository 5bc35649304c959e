"""Follow-ups: the due list with its filters, "overdue" as a word, marking done, opening a case,
the model tester, and a manager who has no such page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from ajo_cases.services.casework import followups
from ajo_cases.services.changes import Changes
from ajo_cases.ui.app.pages import PageContext, default_registry
from ajo_cases.ui.kit.record_model import ID_ROLE
from ajo_cases.ui.worklists import followups_page as cols
from ajo_cases.ui.worklists.followups_page import FollowUpsPage
from tests.ui.case_helpers import add_case, idle, person_form
from tests.ui.worklist_helpers import TODAY, overdue_task


def make_page(vault, qtbot) -> FollowUpsPage:
    page = FollowUpsPage(PageContext(vault))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    return page


def test_lists_overdue_tasks_with_the_word(admin_vault, qtbot):
    case_id = add_case(admin_vault)
    overdue_task(admin_vault, case_id, days=3)
    from ajo_cases.domain.records_casework import PlanActionForm
    from ajo_cases.services.casework import plans

    plans.add_plan_action(admin_vault, case_id, PlanActionForm("Call", due_on=TODAY))
    page = make_page(admin_vault, qtbot)
    assert page.model.rowCount() == 2
    first = page.proxy.index(0, cols.DUE)
    due = (TODAY - dt.timedelta(days=3)).strftime("%d.%m.%Y")
    assert first.data() == f"{due} · overdue"
    assert first.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert page.proxy.index(1, cols.DUE).data() == TODAY.strftime("%d.%m.%Y")
    assert page.proxy.index(0, cols.NAME).data() == "Каримова Зарина"
    assert page.proxy.index(0, cols.KIND).data()

    page.overdue_only.setChecked(True)
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == 1)
    assert page.count_label.text() == "Shown: 1"


def test_mine_only_and_empty_state(admin_vault, qtbot):
    overdue_task(admin_vault, add_case(admin_vault, worker="someone_else"))
    page = make_page(admin_vault, qtbot)
    assert page.model.rowCount() == 1
    page.apply_request({"mine_only": True})
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == 0)
    assert page.stack.currentWidget() is page.empty
    assert "Nothing is due" in page.empty.text()


def test_mark_done_with_the_date(admin_vault, qtbot):
    case_id = add_case(admin_vault)
    overdue_task(admin_vault, case_id)
    page = make_page(admin_vault, qtbot)
    announced: list[Changes] = []
    page.context.changes.changed.connect(announced.append)
    page.context.changes.changed.connect(page.refresh)
    assert not page.done_button.isEnabled()
    page.table.selectRow(0)
    assert page.done_button.isEnabled()
    yesterday = TODAY - dt.timedelta(days=1)
    page.done_on.setDate(page.done_on.date().addDays(-1))
    page.done_button.click()
    qtbot.waitUntil(lambda: bool(announced) and not page.loading, timeout=10_000)
    assert announced[0].touches("follow_up") and announced[0].concerns_case(case_id)
    assert page.model.rowCount() == 0
    from ajo_cases.services.casework.case_detail import case_detail

    assert case_detail(admin_vault, case_id).follow_ups[0].done_on == yesterday


def test_enter_and_double_click_open_the_case(admin_vault, qtbot):
    case_id = add_case(admin_vault)
    overdue_task(admin_vault, case_id)
    page = make_page(admin_vault, qtbot)
    page.show()
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert case_id in page.case_windows
    window = page.case_windows[case_id]
    qtbot.waitUntil(lambda: window.detail is not None, timeout=10_000)
    window.close()
    qtbot.waitUntil(lambda: case_id not in page.case_windows)
    idle(qtbot)


def test_model_tester(admin_vault, qtbot, qtmodeltester):
    case_ids = {add_case(admin_vault, person_form(year=year)) for year in (1990, 1991, 1992)}
    for case_id in case_ids:
        overdue_task(admin_vault, case_id)
    page = make_page(admin_vault, qtbot)
    assert page.model.rowCount() == 3 == len(followups.list_due(admin_vault))
    assert {page.model.index(row, 0).data(ID_ROLE) for row in range(3)} == case_ids
    qtmodeltester.check(page.model)


def test_roles():
    registry = default_registry()
    for role in ("admin", "case_worker", "shelter_staff"):
        assert "followups" in {spec.id for spec in registry.for_role(role)}
    assert "followups" not in {spec.id for spec in registry.for_role("manager")}

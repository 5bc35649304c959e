"""Grants: status filter, money, the next monitoring visit, opening a case, the model tester,
and a manager who sees the list with case codes only."""

from __future__ import annotations

from ajo_cases.domain.records_grants import PurchaseForm
from ajo_cases.services.casework import grants, worklists
from ajo_cases.ui.app.pages import PageContext, default_registry
from ajo_cases.ui.worklists import grants_page as cols
from ajo_cases.ui.worklists.grants_page import GrantsPage
from tests.ui.case_helpers import add_case, idle, person_form
from tests.ui.worklist_helpers import TODAY, as_manager, submitted_grant


def make_page(vault, qtbot) -> GrantsPage:
    page = GrantsPage(PageContext(vault))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    return page


def test_lists_money_handover_and_monitoring(admin_vault, qtbot):
    case_id = add_case(admin_vault)
    grant_id = submitted_grant(admin_vault, case_id)
    grants.approve(admin_vault, grant_id, 250000)
    grants.add_purchase(admin_vault, grant_id, PurchaseForm("Sewing machine", 1, 250000, TODAY))
    grants.hand_over(admin_vault, grant_id, TODAY, "Khujand")
    submitted_grant(admin_vault, add_case(admin_vault, person_form(year=1980)))
    page = make_page(admin_vault, qtbot)
    assert page.model.rowCount() == 2
    page.apply_request({"status": "handed_over"})
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == 1)
    row = [page.proxy.index(0, c).data() for c in range(8)]
    assert row[cols.CODE] == worklists.case_codes(admin_vault, [case_id])[case_id]
    assert row[cols.SECTOR] == "Tailoring"
    assert row[cols.STATUS] == "Handed over"
    assert row[cols.AMOUNT].replace("\u00a0", " ").replace(",", "") in (
        "2500.00 TJS",
        "2 500.00 TJS",
    )
    assert row[cols.HANDED] == TODAY.strftime("%d.%m.%Y")
    assert row[cols.MONITORING]  # the first monitoring visit is planned
    page.apply_request({"status": "rejected"})
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == 0)
    assert page.stack.currentWidget() is page.empty


def test_double_click_opens_the_case(admin_vault, qtbot):
    case_id = add_case(admin_vault)
    submitted_grant(admin_vault, case_id)
    page = make_page(admin_vault, qtbot)
    page.show()
    page.table.doubleClicked.emit(page.proxy.index(0, 1))
    window = page.case_windows[case_id]
    qtbot.waitUntil(lambda: window.detail is not None, timeout=10_000)
    window.close()
    idle(qtbot)


def test_model_tester(admin_vault, qtbot, qtmodeltester):
    for year in (1990, 1991):
        submitted_grant(admin_vault, add_case(admin_vault, person_form(year=year)))
    page = make_page(admin_vault, qtbot)
    assert page.model.rowCount() == 2 == len(worklists.grant_rows(admin_vault))
    qtmodeltester.check(page.model)


def test_manager_sees_codes_without_titles(admin_vault, vault_dir, qtbot):
    submitted_grant(admin_vault, add_case(admin_vault))
    manager = as_manager(admin_vault, vault_dir)
    try:
        assert "grants" in {s.id for s in default_registry().for_role("manager")}
        page = make_page(manager, qtbot)
        assert page.model.rowCount() == 1
        assert page.model.rows[0].record.form.title is None
        shown = [page.proxy.index(0, c).data() for c in range(6)]
        assert "Sewing shop" not in shown and "Каримова" not in " ".join(shown)
        idle(qtbot)
    finally:
        manager.close()

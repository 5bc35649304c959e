"""People & cases: the lazy table model, filters, instant search, sorting and roles."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from ajo_cases.domain.records import CaseFilter
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.cases import case_table_model as columns
from ajo_cases.ui.cases.case_list_page import CaseListPage
from ajo_cases.ui.cases.case_table_model import ID_ROLE, SORT_ROLE, CaseTableModel
from tests.ui.case_helpers import MANAGER, MANAGER_PASSWORD, add_user, idle


@pytest.fixture
def demo_vault(admin_vault, qtbot) -> Iterator[object]:
    from ajo_cases.services.demo.demo import fill_demo

    fill_demo(admin_vault, cases=260, seed=3)
    yield admin_vault
    idle(qtbot)


def loaded(qtbot, model: CaseTableModel) -> None:
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)


def test_model_passes_the_model_tester(demo_vault, qtbot, qtmodeltester):
    model = CaseTableModel(demo_vault)
    model.reload(CaseFilter())
    loaded(qtbot, model)
    assert model.rowCount() == 200 and model.total == 260
    assert model.canFetchMore()
    qtmodeltester.check(model)  # the tester asks for the remaining page itself
    qtbot.waitUntil(lambda: model.rowCount() == 260, timeout=10_000)
    assert not model.canFetchMore()
    qtmodeltester.check(model)
    index = model.index(0, columns.UPDATED)
    assert model.data(index, ID_ROLE) == model.rows[0].id
    assert isinstance(model.data(index, SORT_ROLE), str)


def test_sorting_happens_in_sql(demo_vault, qtbot):
    model = CaseTableModel(demo_vault)
    model.reload(CaseFilter())
    model.sort(columns.CODE, Qt.SortOrder.AscendingOrder)
    loaded(qtbot, model)
    codes = [row.code for row in model.rows]
    assert codes == sorted(codes)
    model.sort(columns.AGE, Qt.SortOrder.DescendingOrder)
    loaded(qtbot, model)
    ages = [row.age if row.age is not None else -1 for row in model.rows]
    assert ages == sorted(ages, reverse=True)


def test_page_lists_filters_and_searches(demo_vault, qtbot):
    page = CaseListPage(PageContext(demo_vault))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.total == 260, timeout=10_000)
    assert page.count_label.text() == "Cases: 260"
    assert page.table.verticalHeader().sectionResizeMode(0).name == "Fixed"

    page.filters.status.setCurrentIndex(page.filters.status.findData("closed"))
    page.reload()
    qtbot.waitUntil(lambda: page.model.filter.statuses == ("closed",) and not page.model.loading)
    assert page.model.rows and all(row.status == "closed" for row in page.model.rows)
    page.clear_filters()
    qtbot.waitUntil(lambda: page.model.total == 260 and not page.model.loading)

    first = page.model.rows[0]
    word = first.name.split()[0]
    page.search.setText(word[:4])  # typing waits ~150 ms, then searches
    qtbot.waitUntil(lambda: page.model.search_ids is not None and not page.model.loading)
    assert first.id in {row.id for row in page.model.rows}
    assert page.model.total < 260

    page.search.setText(first.code)
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=5_000)
    assert page.model.rows[0].code == first.code

    page.search.setText("Zzzqqq")
    qtbot.waitUntil(lambda: page.model.total == 0, timeout=5_000)
    assert page.stack.currentWidget() is page.empty
    assert "New person" in page.empty.text()


def test_enter_opens_the_case(demo_vault, qtbot):
    page = CaseListPage(PageContext(demo_vault))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    case_id = page.model.case_id(0)
    assert case_id in page.case_windows
    window = page.case_windows[case_id]
    qtbot.waitUntil(lambda: window.detail is not None, timeout=10_000)
    window.close()
    qtbot.waitUntil(lambda: case_id not in page.case_windows)


def test_manager_sees_restricted_names_and_no_registration(demo_vault, vault_dir, qtbot):
    from ajo_cases.services.access.opening import open_vault

    add_user(demo_vault, MANAGER, "manager", MANAGER_PASSWORD)
    manager = open_vault_again(demo_vault, vault_dir, open_vault)
    try:
        page = CaseListPage(PageContext(manager))
        qtbot.addWidget(page)
        qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
        name = page.model.index(0, columns.NAME).data()
        assert name == "restricted"
        assert not page.new_button.isVisibleTo(page)
        assert "code" in page.search.placeholderText()
        page.new_person()
        assert page.person_dialog is None
        idle(qtbot)
    finally:
        manager.close()


def open_vault_again(admin, vault_dir, open_vault):
    """The manager on the same folder: the admin's session lets go of the lock first."""
    admin.lock.release()
    vault = open_vault(vault_dir, MANAGER, MANAGER_PASSWORD)
    return vault


def test_a_record_with_a_moved_ciphertext_is_listed_as_damaged(admin_vault, qtbot):
    """The list still loads; the damaged row says so instead of a name or "restricted"."""
    from datetime import date

    from sqlalchemy import text

    from ajo_cases.domain.records import CaseForm, PersonForm
    from ajo_cases.services.casework import cases
    from ajo_cases.services.people import people

    ids = []
    for family in ("Раҳимова", "Каримова"):
        form = PersonForm(sex="female", category="returnee_migrant", family_name=family)
        person, _ = people.register(admin_vault, form, allow_duplicate=True)
        cases.open_case(admin_vault, person.id, CaseForm(opened_on=date(2026, 2, 1)))
        ids.append(person.id)
    with admin_vault.engine.begin() as conn:
        conn.execute(
            text("UPDATE beneficiary SET family_name_enc = (SELECT family_name_enc FROM "
                 "beneficiary WHERE id = :src) WHERE id = :dst"),
            {"src": ids[0], "dst": ids[1]},
        )  # fmt: skip
    model = CaseTableModel(admin_vault)
    model.reload(CaseFilter())
    loaded(qtbot, model)
    shown = sorted(model.data(model.index(r, columns.NAME)) for r in range(model.rowCount()))
    assert shown == ["damaged", "Раҳимова"]
    row = next(r for r in range(model.rowCount()) if model.rows[r].damaged)
    tip = model.data(model.index(row, columns.NAME), Qt.ItemDataRole.ToolTipRole)
    assert "integrity check" in tip

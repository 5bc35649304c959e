"""The Activities screen: record an informational meeting through the dialog, edit and
delete it, see it counted in the donor statistics; managers see the list only."""

from __future__ import annotations

import datetime as dt

from ajo_cases.domain.records_casework import ActivityForm, ProjectForm
from ajo_cases.domain.stats_model import StatsFilter
from ajo_cases.services.casework import activities, partners
from ajo_cases.services.statistics import statistics
from ajo_cases.ui.activities.activities_page import ActivitiesPage
from ajo_cases.ui.activities.activity_dialog import ActivityDialog
from ajo_cases.ui.app.pages import PageContext, default_registry
from ajo_cases.ui.kit.dialogs import FormDialog
from ajo_cases.ui.kit.record_model import ID_ROLE
from tests.ui.case_helpers import MANAGER, MANAGER_PASSWORD, add_user, idle, modal


def make_page(vault, qtbot) -> ActivitiesPage:
    page = ActivitiesPage(PageContext(vault))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    return page


def test_record_edit_and_delete_a_meeting(admin_vault, qtbot):
    project, _ = partners.add_project(admin_vault, ProjectForm("SM", "Safe migration"))
    page = make_page(admin_vault, qtbot)
    assert page.stack.currentWidget() is page.stack.empty
    page.add_button.click()
    dialog = modal(ActivityDialog)
    qtbot.waitUntil(lambda: dialog.project.count() == 2, timeout=10_000)
    dialog.ok.click()
    assert dialog.isVisible()  # no kind chosen: refused next to the field
    assert dialog.group.messages["kind"].isVisible()
    dialog.kind.set_code("information_meeting")
    dialog.ok.click()
    assert dialog.isVisible()  # nobody took part: refused next to the field
    assert dialog.group.messages["counts"].isVisible()
    dialog.district.set_code("isfara")
    dialog.topic.setText("Safe migration")
    dialog.project.setCurrentIndex(dialog.project.findData(project.id))
    for name, value in (("women", 23), ("men", 4), ("girls", 6)):
        dialog.counts.spins[name].setValue(value)
    assert dialog.counts.total.text() == "= 33 in all"
    dialog.ok.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert page.model.index(0, 1).data() == "Informational meeting"
    assert page.model.index(0, 4).data() == "SM"
    assert page.model.index(0, 9).data() == "33"
    assert page.count_label.text() == "Activities: 1 · participants: 33"

    report = statistics.compute(admin_vault, StatsFilter(), suppress=False)
    assert report.table("activities").column_totals[0] == 1  # it feeds the donor statistics

    page.table.selectRow(0)
    page.edit_button.click()
    edit = modal(ActivityDialog)
    qtbot.waitUntil(lambda: edit.project.currentData() == project.id, timeout=10_000)
    edit.counts.spins["boys"].setValue(7)
    edit.ok.click()
    qtbot.waitUntil(lambda: page.model.index(0, 9).data() == "40", timeout=10_000)
    record = activities.list_activities(admin_vault)[0]
    assert (record.form.boys, record.form.project_id) == (7, project.id)

    page.table.selectRow(0)
    page.delete_button.click()
    from PySide6.QtWidgets import QMessageBox

    box = modal(QMessageBox)
    assert "Safe migration" in box.text()
    next(b for b in box.buttons() if b.text() == "Delete").click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10_000)
    assert activities.list_activities(admin_vault) == []
    idle(qtbot)


def test_filters_and_the_manager_sees_the_list_only(admin_vault, vault_dir, qtbot):
    from ajo_cases.services.access.opening import open_vault

    day = dt.date(2026, 3, 5)
    activities.add_activity(admin_vault, ActivityForm("training", day, "khujand", "Budgets", men=8))
    activities.add_activity(admin_vault, ActivityForm("information_meeting", day, women=12))
    add_user(admin_vault, MANAGER, "manager", MANAGER_PASSWORD)
    admin_vault.lock.release()
    manager = open_vault(vault_dir, MANAGER, MANAGER_PASSWORD)
    try:
        page = make_page(manager, qtbot)
        qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
        assert not page.add_button.isVisibleTo(page) and not page.delete_button.isVisibleTo(page)
        page.kind_filter.setCurrentIndex(page.kind_filter.findData("training"))
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
        assert page.model.index(0, 3).data() == "Budgets"
        assert page.model.index(0, 0).data(ID_ROLE)
        page.edit()  # nothing opens for a manager
        assert not isinstance(page.dialog, FormDialog)
        idle(qtbot)
    finally:
        manager.close()


def test_every_role_finds_activities_in_the_navigation():
    registry = default_registry()
    for role in ("admin", "case_worker", "shelter_staff", "manager"):
        ids = [spec.id for spec in registry.for_role(role)]
        assert "activities" in ids

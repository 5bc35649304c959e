"""A manager's approval of a case plan as a step: the case worker submits, a manager finds
the plan among those awaiting approval, approves or returns it; every step audited."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

from ajo_cases.domain.records_casework import AssessmentForm
from ajo_cases.errors import InvalidInput, PermissionDenied
from ajo_cases.services.access import audit_view
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.casework import plan_approval, plans
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.cases.case_list_page import CaseListPage
from ajo_cases.ui.cases.case_window import CaseWindow
from tests.ui.case_helpers import (
    MANAGER,
    MANAGER_PASSWORD,
    WORKER,
    WORKER_PASSWORD,
    add_case,
    add_user,
    idle,
    wait_modal,
)


def open_window(qtbot, vault, case_id: str) -> CaseWindow:
    window = CaseWindow(PageContext(vault), case_id)  # deletes itself when closed
    window.show()
    qtbot.waitUntil(lambda: window.detail is not None, timeout=10_000)
    window.tabs.setCurrentWidget(window.tab_pages["plan"])
    return window


def plan_status(qtbot, window: CaseWindow, status: str) -> None:
    qtbot.waitUntil(lambda: window.detail.case.plan.status == status, timeout=10_000)


def test_submit_then_a_manager_approves(admin_vault, vault_dir, qtbot):
    case_id = add_case(admin_vault, worker=WORKER)
    add_user(admin_vault, MANAGER, "manager", MANAGER_PASSWORD)
    add_user(admin_vault, WORKER, "case_worker", WORKER_PASSWORD)
    admin_vault.lock.release()
    worker = open_vault(vault_dir, WORKER, WORKER_PASSWORD)
    try:
        window = open_window(qtbot, worker, case_id)
        tab = window.tab_pages["plan"]
        assert tab.approval.text() == "Plan: not yet submitted for approval"
        tab.submit_button.click()  # an empty plan cannot be submitted
        box = wait_modal(qtbot, QMessageBox)
        assert "Add an assessment or a planned action" in box.text()
        box.accept()
        form = AssessmentForm(assessed_on=dt.date.today(), risk_level="medium", needs=("legal",))
        plans.add_assessment(worker, case_id, form)
        window.reload()
        qtbot.waitUntil(lambda: len(window.detail.assessments) == 1, timeout=10_000)
        tab.submit_button.click()
        plan_status(qtbot, window, "submitted")
        assert not tab.submit_button.isEnabled()
        assert not tab.approve_button.isVisible()  # case workers do not approve plans
        window.close()
        idle(qtbot)
    finally:
        worker.close()

    manager = open_vault(vault_dir, MANAGER, MANAGER_PASSWORD)
    try:
        page = CaseListPage(PageContext(manager))
        qtbot.addWidget(page)
        page.show()
        assert page.plans_button.isVisible()
        page.plans_button.click()
        qtbot.waitUntil(
            lambda: page.preset_box.isVisible() and page.model.total == 1, timeout=10_000
        )
        assert page.model.case_id(0) == case_id
        window = open_window(qtbot, manager, case_id)
        tab = window.tab_pages["plan"]
        assert tab.approve_button.isVisible() and not tab.submit_button.isVisible()
        tab.approve_button.click()
        plan_status(qtbot, window, "approved")
        assert tab.approval.text() == f"Plan: approved by {MANAGER} on {dt.date.today():%d.%m.%Y}"
        with pytest.raises(PermissionDenied):
            plan_approval.submit_plan(manager, case_id)
        window.close()
        idle(qtbot)
    finally:
        manager.close()


def test_return_and_the_audit_trail(admin_vault):
    case_id = add_case(admin_vault)
    plans.add_assessment(
        admin_vault, case_id, AssessmentForm(assessed_on=dt.date.today(), risk_level="low")
    )
    plan_approval.submit_plan(admin_vault, case_id)
    with pytest.raises(InvalidInput):
        plan_approval.submit_plan(admin_vault, case_id)  # already awaiting a decision
    plan_approval.return_plan(admin_vault, case_id)
    with pytest.raises(InvalidInput):
        plan_approval.approve_plan(admin_vault, case_id)  # returned: submit again first
    plan_approval.submit_plan(admin_vault, case_id)
    record, _ = plan_approval.approve_plan(admin_vault, case_id)
    assert record.plan.status == "approved" and record.plan.decided_by == "admin"
    steps = [(e.event, e.detail) for e in audit_view.audit_page(admin_vault)
             if e.event.startswith("plan_")]  # fmt: skip
    assert steps == [
        ("plan_approve", "submitted->approved"), ("plan_submit", "returned->submitted"),
        ("plan_return", "submitted->returned"), ("plan_submit", "draft->submitted"),
    ]  # fmt: skip

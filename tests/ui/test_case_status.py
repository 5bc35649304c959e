"""The case lifecycle from the case window: open → active → follow-up → closed → reopened,
only the moves the lifecycle allows offered, each audited; no admission while staying."""

from __future__ import annotations

from ajo_cases.services.access import audit_view
from ajo_cases.services.casework import shelter
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.cases.case_window import CaseWindow
from ajo_cases.ui.cases.tabs.profile import StatusDialog
from tests.ui.case_helpers import add_case, idle, modal


def visible_moves(window: CaseWindow) -> set[str]:
    return {target for target, action in window.header.status_actions.items()
            if action.isVisible()}  # fmt: skip


def wait_status(qtbot, window: CaseWindow, status: str) -> None:
    qtbot.waitUntil(
        lambda: window.detail is not None and window.detail.case.status == status, timeout=10_000
    )


def test_the_lifecycle_is_walked_from_the_case_window(admin_vault, qtbot):
    case_id = add_case(admin_vault)
    window = CaseWindow(PageContext(admin_vault), case_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.detail is not None, timeout=10_000)
    assert window.header.close_case.isVisible()
    assert visible_moves(window) == {"active", "closed"}
    window.header.status_actions["active"].trigger()
    wait_status(qtbot, window, "active")
    assert window.header.status.text() == "Active"
    assert visible_moves(window) == {"follow_up", "closed"}
    window.header.status_actions["follow_up"].trigger()
    wait_status(qtbot, window, "follow_up")
    assert visible_moves(window) == {"active", "closed"}
    window.header.status_actions["closed"].trigger()
    dialog = modal(StatusDialog)
    dialog.reason.setCurrentIndex(dialog.reason.findData("goals_met"))
    dialog.ok.click()
    wait_status(qtbot, window, "closed")
    assert visible_moves(window) == {"reopen"}
    window.header.status_actions["reopen"].trigger()
    dialog = modal(StatusDialog)
    dialog.note.setPlainText("She came back for legal help.")
    dialog.ok.click()
    wait_status(qtbot, window, "active")
    moves = [entry.detail for entry in audit_view.audit_page(admin_vault)
             if entry.event == "status_change" and entry.target_id == case_id]  # fmt: skip
    assert moves == ["closed->active", "follow_up->closed", "active->follow_up", "open->active"]
    idle(qtbot)


def test_admit_is_disabled_while_the_person_stays(admin_vault, qtbot):
    case_id = add_case(admin_vault)
    bed, _ = shelter.add_bed(admin_vault, "B2")
    shelter.admit(admin_vault, case_id, bed.id)
    window = CaseWindow(PageContext(admin_vault), case_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.detail is not None, timeout=10_000)
    assert window.header.admit.isVisible() and not window.header.admit.isEnabled()
    assert "discharge" in window.header.admit.toolTip()
    other = add_case(admin_vault)
    second = CaseWindow(PageContext(admin_vault), other)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitUntil(lambda: second.detail is not None, timeout=10_000)
    assert second.header.admit.isEnabled()
    idle(qtbot)

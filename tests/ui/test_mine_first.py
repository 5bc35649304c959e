"""Work queues that fit the person: a case worker's Home and lists start with their own work,
everyone's is one click away; Referrals and Grants show the name (for roles that may read it),
the worker and a search box, overdue items and fresh answers first."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ajo_cases.services.casework import referrals
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.home.home_page import HomePage
from ajo_cases.ui.worklists import grants_page, referrals_page
from ajo_cases.ui.worklists.grants_page import GrantsPage
from ajo_cases.ui.worklists.referrals_page import ReferralsPage
from tests.ui.case_helpers import WORKER, add_case, idle, person_form
from tests.ui.worklist_helpers import (
    TODAY,
    as_manager,
    as_worker,
    late_referral,
    overdue_task,
    sent_referral,
    submitted_grant,
)


def fill(admin) -> tuple[str, str]:
    """Two cases of the worker (one referral overdue, one answered today), one of the admin."""
    mine = add_case(admin, worker=WORKER)
    other = add_case(admin, person_form("Нигина", "Ҳасанова", 1988), worker="admin")
    late_referral(admin, mine)
    answered = sent_referral(admin, add_case(admin, person_form("Мавҷуда", "Саидова"), WORKER))
    referrals.accept(admin, answered, TODAY)
    sent_referral(admin, other, partner="Беморхонаи шаҳр")
    overdue_task(admin, mine)
    overdue_task(admin, other)
    submitted_grant(admin, mine)
    submitted_grant(admin, other)
    return mine, other


def wait(qtbot, page) -> None:
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)


def texts(page, column: int) -> list[str]:
    return [page.proxy.index(row, column).data() for row in range(page.proxy.rowCount())]


def test_a_case_worker_starts_with_their_own_work(admin_vault, vault_dir, qtbot):
    fill(admin_vault)
    worker = as_worker(admin_vault, vault_dir)
    try:
        _walk_as_worker(worker, qtbot)
    finally:
        idle(qtbot)
        worker.close()


def _walk_as_worker(worker, qtbot) -> None:
    home = HomePage(PageContext(worker))
    qtbot.addWidget(home)
    home.show()  # Home counts once it is on screen
    qtbot.waitUntil(lambda: home.summary is not None, timeout=10_000)
    assert home.mine_only.isChecked() and home.summary.mine_only
    assert home.cards["referrals"].value.text() == "1"  # the late one; the other was answered
    assert home.cards["grants"].value.text() == "1"
    opened: list[tuple[str, dict]] = []
    home.context.navigator.navigate.connect(lambda pid, req: opened.append((pid, req)))
    home.cards["grants"].open_button.click()
    assert opened[-1][1]["mine_only"] is True

    home.summary = None
    home.mine_only.click()  # everyone's, one click away
    qtbot.waitUntil(lambda: home.summary is not None, timeout=10_000)
    assert home.cards["referrals"].value.text() == "2"
    assert home.cards["grants"].value.text() == "2"
    home.cards["grants"].open_button.click()
    assert opened[-1][1]["mine_only"] is False

    page = ReferralsPage(PageContext(worker))
    qtbot.addWidget(page)
    wait(qtbot, page)
    assert page.mine_only.isChecked()
    assert page.proxy.rowCount() == 2
    assert texts(page, referrals_page.WORKER) == [WORKER, WORKER]
    assert not page.table.isColumnHidden(referrals_page.NAME)
    names = texts(page, referrals_page.NAME)
    assert names == ["Каримова Зарина", "Саидова Мавҷуда"]  # the overdue one, then the answer
    assert "·" in texts(page, referrals_page.DUE)[0]  # marked overdue in words
    bold = page.proxy.index(1, referrals_page.STATUS).data(Qt.ItemDataRole.FontRole)
    assert bold is not None and bold.bold()

    page.mine_only.click()
    qtbot.waitUntil(lambda: not page.loading and page.proxy.rowCount() == 3, timeout=10_000)
    assert "admin" in texts(page, referrals_page.WORKER)
    page.search.setText("ҳасанова")
    assert texts(page, referrals_page.NAME) == ["Ҳасанова Нигина"]
    assert page.count_label.text() == "Shown: 1"


def test_grants_for_a_manager_have_no_names_and_start_with_everyone(admin_vault, vault_dir, qtbot):
    fill(admin_vault)
    manager = as_manager(admin_vault, vault_dir)
    try:
        page = GrantsPage(PageContext(manager))
        qtbot.addWidget(page)
        wait(qtbot, page)
        assert not page.mine_only.isChecked()
        assert page.table.isColumnHidden(grants_page.NAME)
        assert set(texts(page, grants_page.NAME)) == {"restricted"}
        assert sorted(texts(page, grants_page.WORKER)) == ["admin", WORKER]
        idle(qtbot)
    finally:
        manager.close()

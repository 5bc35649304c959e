"""Home cards: each count, the list each card opens, the backup warning, and what each role
sees (a manager: counts only, and only lists without names)."""

from __future__ import annotations

from ajo_cases.services.casework import shelter
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.home.home_page import HomePage
from tests.ui.case_helpers import add_case, idle, person_form
from tests.ui.conftest import unlock
from tests.ui.worklist_helpers import as_manager, overdue_task, sent_referral, submitted_grant


def fill(vault) -> None:
    first = add_case(vault)
    second = add_case(vault, person_form(year=1980), worker="someone_else")
    overdue_task(vault, first)
    overdue_task(vault, second, days=5)
    overdue_task(vault, second, days=9, what="Check the documents")
    sent_referral(vault, first)
    submitted_grant(vault, second)
    bed, _ = shelter.add_bed(vault, "A1")
    shelter.add_bed(vault, "A2")
    shelter.admit(vault, first, bed.id)


def make_home(vault, qtbot) -> HomePage:
    page = HomePage(PageContext(vault))
    qtbot.addWidget(page)
    page.show()  # Home counts once it is on screen
    qtbot.waitUntil(lambda: page.summary is not None, timeout=10_000)
    return page


def test_card_counts(admin_vault, qtbot):
    fill(admin_vault)
    page = make_home(admin_vault, qtbot)
    values = {card_id: card.value.text() for card_id, card in page.cards.items()}
    assert values == {
        "mine": "1",
        "overdue": "3",
        "referrals": "1",
        "shelter": "1 / 2",
        "grants": "1",
        "backup": "never",
        "retention": "0",
    }
    # the retention reminder shows only while someone is past the period
    assert not page.cards["retention"].isVisibleTo(page)
    assert "in 2 cases" in page.cards["overdue"].detail.text()
    assert "1 admitted, 0 discharged" in page.cards["shelter"].detail.text()
    backup = page.cards["backup"]
    assert backup.warning.isVisibleTo(backup) and "No backup" in backup.warning.text()
    assert page.welcome.text() == "Welcome, admin"  # the welcome and facts cards stay


def test_each_card_opens_its_list(admin_vault, qtbot):
    fill(admin_vault)
    page = make_home(admin_vault, qtbot)
    opened: list[tuple[str, dict]] = []
    page.context.navigator.navigate.connect(lambda pid, req: opened.append((pid, req)))
    for card in page.cards.values():
        assert card.clickable
        card.open_button.click()
    assert opened == [
        ("cases", {"preset": "mine"}),
        ("followups", {"overdue_only": True, "mine_only": False}),
        ("referrals", {"status": "sent", "mine_only": False}),
        ("shelter", {}),
        ("grants", {"status": "submitted,handed_over,monitoring", "mine_only": False}),
        ("backups", {}),
        ("retention", {}),
    ]


def test_cards_navigate_in_the_main_window(make_session, vault_dir, qtbot):
    from ajo_cases.services.access.opening import open_vault
    from tests.support import ADMIN, ADMIN_PASSWORD

    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    fill(vault)
    vault.close()
    session = make_session(vault_dir)
    unlock(qtbot, session)
    window = session.main_window
    home = window.pages["home"]
    qtbot.waitUntil(lambda: home.summary is not None, timeout=10_000)

    home.cards["overdue"].open_button.click()
    assert window.current_page_id() == "followups"
    followups = window.pages["followups"]
    assert followups.overdue_only.isChecked()
    qtbot.waitUntil(lambda: not followups.loading and followups.model.rowCount() == 3)

    home.cards["referrals"].open_button.click()
    referrals = window.pages["referrals"]
    assert window.current_page_id() == "referrals"
    qtbot.waitUntil(lambda: not referrals.loading and referrals.model.rowCount() == 1)

    home.cards["grants"].open_button.click()
    grants = window.pages["grants"]
    qtbot.waitUntil(lambda: not grants.loading and grants.model.rowCount() == 1)

    home.cards["mine"].open_button.click()
    cases = window.pages["cases"]
    assert window.current_page_id() == "cases"
    qtbot.waitUntil(lambda: cases.preset == "mine" and cases.preset_box.isVisibleTo(cases))
    qtbot.waitUntil(lambda: cases.model.total == 1 and not cases.model.loading)
    idle(qtbot)


def test_manager_sees_counts_and_only_lists_without_names(admin_vault, vault_dir, qtbot):
    fill(admin_vault)
    manager = as_manager(admin_vault, vault_dir)
    try:
        page = make_home(manager, qtbot)
        assert "mine" not in page.cards
        assert page.cards["overdue"].value.text() == "3"
        assert page.targets["overdue"] == ("cases", {"preset": "overdue"})
        assert page.targets["referrals"] == ("cases", {"preset": "awaiting_answer"})
        assert page.targets["grants"][0] == "grants"
        assert not page.cards["backup"].clickable
        assert "Ask the administrator" in page.cards["backup"].warning.text()
        texts = " ".join(
            label.text() for card in page.cards.values() for label in (card.value, card.detail)
        )
        assert "Каримова" not in texts
        idle(qtbot)
    finally:
        manager.close()


def test_shelter_staff_see_shelter_and_follow_ups(admin_vault, vault_dir, qtbot):
    from ajo_cases.services.access.opening import open_vault
    from tests.ui.case_helpers import add_user

    add_user(admin_vault, "gulnora", "shelter_staff", "shelter staff password long")
    admin_vault.lock.release()
    staff = open_vault(vault_dir, "gulnora", "shelter staff password long")
    try:
        page = make_home(staff, qtbot)
        assert set(page.cards) == {"overdue", "shelter", "backup"}
        assert page.targets["overdue"][0] == "followups"
        idle(qtbot)
    finally:
        staff.close()

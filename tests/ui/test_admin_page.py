from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from shiboken6 import isValid

from ajo_cases.ui.admin.user_dialogs import AddUserDialog
from tests.ui.case_helpers import idle, modal, press, wait_modal

PASSWORD = "staff member passphrase"


def _admin_page(session, qtbot):
    window = session.main_window
    assert window.show_page("administration")
    page = window.pages["administration"]
    qtbot.waitUntil(lambda: len(page.users) == 1, timeout=5_000)
    return page


def _names(page):
    return [info.name for info in page.users]


def test_add_then_remove_a_user_with_confirmation(unlocked, qtbot):
    page = _admin_page(unlocked, qtbot)
    page.add_button.click()
    dialog = page.dialog
    assert isinstance(dialog, AddUserDialog) and dialog.isVisible()
    dialog.name.setText("Nigora")
    dialog.role.setCurrentIndex(dialog.role.findData("shelter_staff"))
    dialog.passwords.password.setText(PASSWORD)
    dialog.passwords.repeat.setText(PASSWORD)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "Nigora" in _names(page), timeout=10_000)
    qtbot.waitUntil(lambda: not isValid(dialog))  # closed and deleted
    assert page.table.item(1, 4).text() == "Shelter staff"
    home = unlocked.main_window.pages["home"]
    assert home.accounts_value.text() == "2"  # the change was announced to every page

    page.table.selectRow(_names(page).index("Nigora"))
    page.remove_button.click()
    box = modal(QMessageBox)
    assert "“Nigora”" in box.text() and "cannot unlock" in box.text()
    press(box, "Cancel")  # nothing happens
    idle(qtbot)
    assert "Nigora" in _names(page)
    page.remove_button.click()
    press(modal(QMessageBox), "Remove “Nigora”")
    qtbot.waitUntil(lambda: "Nigora" not in _names(page), timeout=10_000)
    # removing says that rotating the keys completes it, and offers it
    offer = wait_modal(qtbot, QMessageBox)
    assert "completes the removal" in offer.text()
    press(offer, "Rotate keys…")
    backups = unlocked.main_window.pages["backups"]
    assert unlocked.main_window.current_page_id() == "backups" and backups.isVisible()
    question = modal(QMessageBox)
    assert "every personal field" in question.text()
    press(question, "Cancel")


def test_add_user_rejects_a_weak_password_in_the_dialog(unlocked, qtbot):
    page = _admin_page(unlocked, qtbot)
    page.add_button.click()
    dialog = page.dialog
    dialog.name.setText("Nigora")
    dialog.passwords.password.setText("nigora12345678")
    dialog.passwords.repeat.setText("nigora12345678")
    assert "account name" in dialog.passwords.problems_label.text()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert "account name" in dialog.error.text()
    assert dialog.isVisible()
    dialog.reject()


def test_own_account_cannot_be_removed(unlocked, qtbot):
    page = _admin_page(unlocked, qtbot)
    page.table.selectRow(0)
    assert page.password_button.isEnabled()
    assert not page.remove_button.isEnabled()


def test_a_password_set_by_the_administrator_is_replaced_after_unlock(
    make_session, vault_dir, qtbot
):
    from ajo_cases.services.access import users
    from ajo_cases.services.access.opening import open_vault
    from ajo_cases.ui.admin.user_dialogs import ChangePasswordDialog
    from tests.support import ADMIN, ADMIN_PASSWORD
    from tests.ui.conftest import unlock

    with open_vault(vault_dir, ADMIN, ADMIN_PASSWORD) as admin:
        users.add_user(admin, "Nigora", "case_worker", PASSWORD)
    session = make_session(vault_dir)
    unlock(qtbot, session, "Nigora", PASSWORD)
    window = session.main_window
    assert "set by an administrator" in window.banner.text()  # told at unlock, not blocked
    assert window.show_page("administration")
    page = window.pages["administration"]
    page.own_button.click()
    dialog = page.dialog
    assert isinstance(dialog, ChangePasswordDialog) and dialog.isVisible()
    dialog.passwords.password.setText(PASSWORD)  # the one the administrator gave
    dialog.passwords.repeat.setText(PASSWORD)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert "not the one you were given" in dialog.error.text()
    own = "my very own passphrase"
    dialog.passwords.password.setText(own)
    dialog.passwords.repeat.setText(own)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not isValid(dialog), timeout=10_000)
    assert not session.vault.password_is_temporary
    assert "password_temporary" not in session.vault.warnings


@pytest.mark.parametrize("backend", ["server"])
def test_removing_an_account_of_a_server_vault_offers_the_online_rotation(unlocked, qtbot):
    from ajo_cases.services.access import users

    users.add_user(unlocked.vault, "Nigora", "case_worker", PASSWORD)
    window = unlocked.main_window
    assert window.show_page("administration")
    page = window.pages["administration"]
    qtbot.waitUntil(lambda: "Nigora" in _names(page), timeout=10_000)
    page.table.selectRow(_names(page).index("Nigora"))
    page.remove_button.click()
    press(modal(QMessageBox), "Remove “Nigora”")
    qtbot.waitUntil(lambda: "Nigora" not in _names(page), timeout=10_000)
    offer = wait_modal(qtbot, QMessageBox)
    assert "login on the office server is disabled" in offer.text()
    assert "personal-data key" in offer.text() and "temporary password" in offer.text()
    press(offer, "Rotate keys…")
    assert window.current_page_id() == "backups"
    question = modal(QMessageBox)
    assert "other computers keep working" in question.text()
    press(question, "Cancel")
